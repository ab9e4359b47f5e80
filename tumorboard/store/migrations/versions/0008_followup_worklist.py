"""The follow-up worklist as a worklist, and follow-ups dated from the treatment:

- followups.done_on: the day the test was actually done (completed_at is when it was recorded);
- followups.responsible: who sees to the follow-up (filled from the decision's "who informs");
- followups.provisional: due counted from the meeting because no treatment date was known;
- decisions.treatment_done_on: the day the treatment was given (the schedule counts from it);
- indexes for the worklist's filters and sorts (test, responsible).

Revision ID: 0008_followup_worklist
Revises: 0012_search_trgm
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tumorboard.store.types import Day

revision = "0008_followup_worklist"
down_revision = "0012_search_trgm"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("followups") as batch:
        batch.add_column(sa.Column("done_on", Day(), nullable=True))
        batch.add_column(sa.Column("responsible", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("provisional", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("treatment_done_on", Day(), nullable=True))
    # follow-ups planned before: the decision's "who informs", the day the result was recorded
    op.execute(
        "UPDATE followups SET responsible = (SELECT d.informer FROM decisions d WHERE d.id = followups.decision_id) "
        "WHERE decision_id IS NOT NULL"
    )
    op.execute("UPDATE followups SET responsible = '' WHERE responsible IS NULL")
    op.create_index("ix_followups_status_test_due", "followups", ["status", "test", "due"])
    op.create_index("ix_followups_responsible", "followups", ["responsible"])


def downgrade() -> None:
    op.drop_index("ix_followups_responsible", table_name="followups")
    op.drop_index("ix_followups_status_test_due", table_name="followups")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("treatment_done_on")
    with op.batch_alter_table("followups") as batch:
        batch.drop_column("provisional")
        batch.drop_column("responsible")
        batch.drop_column("done_on")
