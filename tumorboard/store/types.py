"""Column types and text keys shared by the tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from . import sqlite_values


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored and returned as UTC-aware datetimes.

    SQLite keeps no time zone: the text is naive UTC ("2026-11-23 07:47:16.482165",
    SQLAlchemy's own format), converted with the C-level isoformat functions."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            return None if value is None else _utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")

        return process

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: str | None) -> datetime | None:
            return None if value is None else sqlite_values.utc_datetime(value)

        return process

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else _utc(value)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column; use datetime.now(UTC)")
    return value.astimezone(UTC)


class Day(TypeDecorator[date]):
    """A calendar date; on SQLite the ISO text SQLAlchemy writes, parsed by date.fromisoformat."""

    impl = Date
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: date | None) -> str | None:
            if value is None:
                return None
            return (value.date() if isinstance(value, datetime) else value).isoformat()

        return process

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: str | None) -> date | None:
            return None if value is None else sqlite_values.day(value)

        return process


def utcnow() -> datetime:
    return datetime.now(UTC)


def text_key(text: str | None) -> str:
    """Case- and width-insensitive key for sorting and substring search in any script.

    SQLite's LIKE folds ASCII only, so the folding happens here, once, on write."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with % and _ taken literally (ESCAPE '\\')."""
    key = text_key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{key}%"
