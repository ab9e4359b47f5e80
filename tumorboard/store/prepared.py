"""SELECTs compiled once and run on the driver's cursor: the case list's hot path.

SQLAlchemy's execute() costs a fixed ~0.2 ms (cache key, Row objects) that is
larger than a 50-row indexed page itself; the GUI asks for such pages while
scrolling. The SQL and the type conversions still come from SQLAlchemy (the
statement is built with the ORM's columns and compiled for the dialect), only
the per-call machinery is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Dialect, Engine, Select

if TYPE_CHECKING:
    from sqlalchemy.sql.type_api import _BindProcessorType, _ResultProcessorType


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: list[str] | None
    binds: dict[str, _BindProcessorType[Any] | None]
    defaults: dict[str, Any]
    columns: list[str]
    results: list[_ResultProcessorType[Any] | None]


class Prepared:
    """One statement shape, compiled per dialect on first use."""

    def __init__(self, build: Callable[[], Select[Any]], replan: bool = False) -> None:
        """replan: plan the statement for its bound values on every run (PostgreSQL: never psycopg's
        server-side prepared statement, whose generic plan cannot tell a rare search term from a
        common one); for statements whose best plan depends on the values (LIKE)."""
        self._build = build
        self._replan = replan
        self._compiled: dict[str, _Compiled] = {}

    def run(self, engine: Engine, params: Mapping[str, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """(column names, rows as tuples of converted values)."""
        # Connect before compiling: the first connection initialises the dialect from the server
        # (PostgreSQL's standard_conforming_strings decides how LIKE's ESCAPE '\\' is written).
        raw = engine.raw_connection()  # pooled; close() hands it back (and rolls back on PostgreSQL)
        try:
            c = self._compiled.get(engine.dialect.name) or self._compile(engine.dialect)
            args = self._args(c, params)
            driver = raw.driver_connection
            # PostgreSQL: one SELECT needs no transaction; without autocommit psycopg sends BEGIN
            # and the pool a ROLLBACK, two more round trips than the query (server mode's lists)
            single = engine.dialect.name == "postgresql" and getattr(driver, "autocommit", True) is False
            if single:
                driver.autocommit = True  # type: ignore[union-attr]
            try:
                cursor = raw.cursor()
                if self._replan and engine.dialect.name == "postgresql":
                    psycopg_cursor: Any = cursor
                    psycopg_cursor.execute(c.sql, args, prepare=False)
                else:
                    cursor.execute(c.sql, args)
                rows: list[tuple[Any, ...]] = list(cursor.fetchall())
                cursor.close()
            finally:
                if single:
                    driver.autocommit = False  # type: ignore[union-attr]  # as the pool hands it to others
        finally:
            raw.close()
        convert = [(i, f) for i, f in enumerate(c.results) if f is not None]
        if convert:
            rows = [_converted(row, convert) for row in rows]
        return c.columns, rows

    def statement(self, engine: Engine, params: Mapping[str, Any]) -> tuple[str, Any]:
        """The SQL text and the driver's parameters that run() sends: for EXPLAIN, and for a benchmark's
        baseline that sends the same statement through the driver alone."""
        with engine.connect():  # the dialect initialised from the server first (see run())
            pass
        c = self._compiled.get(engine.dialect.name) or self._compile(engine.dialect)
        return c.sql, self._args(c, params)

    @staticmethod
    def _args(c: _Compiled, params: Mapping[str, Any]) -> Any:
        values: dict[str, Any] = {}
        for k, v in {**c.defaults, **params}.items():
            process = c.binds.get(k)
            values[k] = process(v) if process is not None and v is not None else v
        return tuple(values[name] for name in c.positional) if c.positional is not None else values

    def _compile(self, dialect: Dialect) -> _Compiled:
        stmt = self._build()
        compiled = stmt.compile(dialect=dialect)
        binds = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect) for name, bind in compiled.binds.items()
        }
        results = [col.type.dialect_impl(dialect).result_processor(dialect, None) for col in stmt.selected_columns]
        entry = _Compiled(
            sql=str(compiled),
            positional=list(compiled.positiontup or ()) if compiled.positional else None,
            binds=binds,
            # values SQLAlchemy bound itself (e.g. SQLite's OFFSET 0 after a LIMIT)
            defaults={name: bind.value for name, bind in compiled.binds.items() if not bind.required},
            columns=[col.key or "" for col in stmt.selected_columns],  # unlabelled expressions (count) have none
            results=results,
        )
        self._compiled[dialect.name] = entry
        return entry


def _converted(row: tuple[Any, ...], convert: list[tuple[int, _ResultProcessorType[Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for i, f in convert:
        if values[i] is not None:
            values[i] = f(values[i])
    return tuple(values)
