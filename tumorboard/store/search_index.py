"""Substring search at department scale on PostgreSQL: a pg_trgm GIN index on the folded
search key (name and MRN), so `search_key LIKE '%...%'` in any script uses an index instead of
reading every patient (postgresql.org/docs/current/pgtrgm.html#PGTRGM-INDEX).

pg_trgm ships with PostgreSQL's contrib and is a "trusted" extension (PostgreSQL 13 and newer):
the database's owner may create it. Where it is missing or may not be created, the migration
leaves the index out, and `tumorboard server check` prints what the DBA must run (DBA_SQL)."""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

INDEX = "ix_patients_search_trgm"
DBA_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON patients USING gin (search_key gin_trgm_ops);"
)

log = logging.getLogger(__name__)


def has_extension(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar())


def has_index(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"), {"n": INDEX}).scalar())


def create(conn: Connection) -> bool:
    """Create the extension (when allowed) and the index; False, with a warning, where it cannot."""
    if conn.dialect.name != "postgresql":
        return False
    if not has_extension(conn):
        try:
            with conn.begin_nested():  # a refusal must not abort the migration's transaction
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except Exception as exc:  # noqa: BLE001 - not available or not allowed: say so, go on
            log.warning("pg_trgm could not be created (%s); substring search scans the patients table. "
                        "The DBA can run: %s", type(exc).__name__, DBA_SQL.replace("\n", " "))
            return False
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS {INDEX} ON patients USING gin (search_key gin_trgm_ops)"))
    return True
