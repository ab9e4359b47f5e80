"""Users and roles: the `users` table (identity -> display name, role, active) and the role
each decision was recorded / amended with (decisions.recorded_role, decisions.amended_role).

Decisions recorded before this revision keep recorded_role '' (the role was not known then).
A board that has no users yet (every board before this revision) makes the first account that
opens it its admin (tumorboard.services.users.bootstrap).

Revision ID: 0006_users_roles
Revises: 0005_audit_chain
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_users_roles"
down_revision = "0005_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("identity"),
    )
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("recorded_role", sa.String(length=20), nullable=False, server_default=""))
        batch.add_column(sa.Column("amended_role", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("amended_role")
        batch.drop_column("recorded_role")
    op.drop_table("users")
