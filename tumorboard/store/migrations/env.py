"""Alembic environment: runs on the connection tumorboard.store.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import tumorboard.store.models  # noqa: F401 - registers the tables on SQLModel.metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via tumorboard.store.migrate
    raise RuntimeError("run migrations through tumorboard.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
