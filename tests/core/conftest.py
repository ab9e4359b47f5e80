"""Helpers for core tests (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def dump_database(ws: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: compare before and after."""
    from sqlalchemy import select
    from sqlmodel import SQLModel

    import tumorboard.store.models  # noqa: F401

    out = {}
    with ws.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


@pytest.fixture
def make_case(workspace: Any) -> Callable[..., Any]:
    """make_case(mrn="M1", name="Anna Berg", **facts) -> CaseDetail on the test workspace."""
    counter = iter(range(1, 10_000))

    def _make(mrn: str | None = None, name: str = "Anna Berg", ws: Any = None, **facts: Any) -> Any:
        facts.setdefault("primary_site", "colorectal")
        return (ws or workspace).cases.create(
            {"patient": {"mrn": mrn or f"MRN{next(counter):05d}", "name": name}, "facts": facts}
        )

    return _make
