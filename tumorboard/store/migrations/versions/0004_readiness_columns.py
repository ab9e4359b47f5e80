"""The readiness checklist as columns the case list can filter on in SQL:
cases.ready_facts, cases.ready_imaging_on, cases.ready_labs_on (+ a covering index).

The values are worked out by the services (they need the engine), right after this
migration on open (tumorboard.services.readiness_stored.fill_missing).

Revision ID: 0004_readiness_columns
Revises: 0003_search_key_index
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tumorboard.store.types import Day

revision = "0004_readiness_columns"
down_revision = "0003_search_key_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("ready_facts", sa.Boolean(), nullable=True))
    op.add_column("cases", sa.Column("ready_imaging_on", Day(), nullable=True))
    op.add_column("cases", sa.Column("ready_labs_on", Day(), nullable=True))
    # covering: the list walks patients by name and filters each case without reading its row
    op.create_index("ix_cases_readiness", "cases", ["patient_id", "ready_facts", "ready_imaging_on", "ready_labs_on"])


def downgrade() -> None:
    op.drop_index("ix_cases_readiness", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("ready_labs_on")
        batch.drop_column("ready_imaging_on")
        batch.drop_column("ready_facts")
