"""Alembic migrations: the only way the schema changes (see tumorboard/store/migrate.py)."""
