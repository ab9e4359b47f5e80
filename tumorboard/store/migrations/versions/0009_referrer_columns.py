"""Who referred the case and the patient's GP: cases.referrer and cases.gp, filled by the
referral import (tumorboard import referrals) and addressed by the letter to the referrer.

Revision ID: 0009_referrer_columns
Revises: 0004_readiness_columns
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_referrer_columns"
down_revision = "0004_readiness_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("referrer", sa.String(length=200), nullable=True))
    op.add_column("cases", sa.Column("gp", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("gp")
        batch.drop_column("referrer")
