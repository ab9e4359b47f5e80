"""Calendar UIDs (a UUID stored with each meeting and follow-up, filled for existing rows) and
new optional case facts (segments, vessels, histology, RAS/BRAF/MSI, comorbidities), per-case slot lengths on the agenda, and the minutes as the MDT outcome record: a decision names the responsible clinician and the
referrer or GP to be informed; a deferral names who owns the open task (the meeting it goes to is the
carried-over agenda item's).

Revision ID: 0007_mdt_record
Revises: 0008_followup_worklist
Create Date: 2026-12-04
"""

from __future__ import annotations

from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision = "0007_mdt_record"
down_revision = "0008_followup_worklist"
branch_labels = None
depends_on = None


def _fill_uids(table: str) -> None:
    conn = op.get_bind()
    ids = [r[0] for r in conn.execute(sa.text(f"SELECT id FROM {table} WHERE uid IS NULL"))]
    if ids:
        conn.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                     [{"uid": str(uuid4()), "id": i} for i in ids])


NEW_FACTS = (
    ("liver_segments", sa.JSON()), ("major_vessels", sa.JSON()), ("histology", sa.String(200)),
    ("ras_status", sa.String(20)), ("braf_status", sa.String(20)), ("msi_status", sa.String(20)),
    ("comorbidities", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:  # new optional case facts for the case page
        for name, kind in NEW_FACTS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    for table in ("meetings", "followups"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
        _fill_uids(table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("responsible_clinician", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("referrer", sa.String(200), nullable=False, server_default=""))
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("deferral_owner", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("slot_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name, _kind in reversed(NEW_FACTS):
            batch.drop_column(name)
    for table in ("followups", "meetings"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uid")
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("slot_minutes")
        batch.drop_column("deferral_owner")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("referrer")
        batch.drop_column("responsible_clinician")
