"""The tamper-evident audit trail: audit_events.prev_hash / hash (a SHA-256 chain), audit_covers
(the content digest of each decision as its audit event saw it) and audit_chain (the chain's
newest event; the lock that keeps the chain linear).

Existing events are chained here and every existing decision is covered by one event,
"audit chain started": audit_chain.chained_from .. sealed_up_to are the events that existed
before, chained when the database was migrated (their earlier history cannot be proven);
from then on every event is chained as it is written.

Revision ID: 0005_audit_chain
Revises: 0007_mdt_record
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_audit_chain"
down_revision = "0007_mdt_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from tumorboard.store.audit import start_chain

    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_covers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["audit_events.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_covers_event_id", "audit_covers", ["event_id"])
    op.create_index("ix_audit_covers_entity", "audit_covers", ["entity", "entity_id"])
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("chained_from", sa.Integer(), nullable=True),
        sa.Column("sealed_up_to", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    start_chain(op.get_bind())


def downgrade() -> None:
    op.drop_table("audit_chain")
    op.drop_index("ix_audit_covers_entity", table_name="audit_covers")
    op.drop_index("ix_audit_covers_event_id", table_name="audit_covers")
    op.drop_table("audit_covers")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
