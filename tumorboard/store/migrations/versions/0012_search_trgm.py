"""PostgreSQL: a trigram (pg_trgm) GIN index on patients.search_key, so substring search by
name or MRN in any script uses an index at department scale (tumorboard/store/search_index.py).
Nothing changes on SQLite (its search reads the small search-key index, 0003).

Revision ID: 0012_search_trgm
Revises: 0009_referrer_columns
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from tumorboard.store import search_index

revision = "0012_search_trgm"
down_revision = "0009_referrer_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.create(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().execute(text(f"DROP INDEX IF EXISTS {search_index.INDEX}"))
