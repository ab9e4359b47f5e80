"""How dates and timestamps stored as text in SQLite become Python values, without SQLAlchemy.

The column types (types.py: Day, UTCDateTime) convert results with these functions, and so does
the first window's glance (tumorboard/services/glance.py), which reads the case list's first page
with sqlite3 before SQLAlchemy is imported: one conversion, whichever reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any


def day(value: str) -> date:
    """A Day column's ISO text."""
    return date.fromisoformat(value)


def utc_datetime(value: str) -> datetime:
    """A UTCDateTime column's naive-UTC text ("2026-11-23 07:47:16.482165")."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


#: conversion name (as the generated query resource names it) -> function
CONVERSIONS: dict[str, Callable[[str], Any]] = {"day": day, "utc_datetime": utc_datetime}
