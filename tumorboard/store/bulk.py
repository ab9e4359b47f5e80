"""Bulk inserts at driver speed: one executemany per batch, values converted once per
distinct value (dates and timestamps repeat), for SQLite and PostgreSQL alike.

SQLAlchemy Core's executemany converts every value of every row through the
column types; at 100,000 cases that costs more than the inserts themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Dialect, Float, Table
from sqlalchemy.types import TypeEngine


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` in one executemany."""
    if not rows:
        return
    keys = list(rows[0])
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else keys
    processors = [_processor(table.c[k].type, conn.dialect) for k in names]
    # (position, memo, converter): values repeat (dates, timestamps), so each is converted once
    convert = [(i, {}, p) for i, p in enumerate(processors) if p is not None]
    pick = itemgetter(*names)
    params: list[Any] = []
    append = params.append
    for row in rows:
        picked = pick(row)
        values = list(picked) if len(names) > 1 else [picked]
        for i, memo, process in convert:
            value = values[i]
            if value is None:
                continue
            try:
                values[i] = memo[value]
            except KeyError:
                if len(memo) > 50_000:  # bounded: values that never repeat gain nothing
                    memo.clear()
                values[i] = memo[value] = process(value)
            except TypeError:  # unhashable (JSON lists and objects)
                values[i] = process(value)
        append(tuple(values) if compiled.positional else dict(zip(names, values, strict=True)))
    conn.exec_driver_sql(str(compiled), params)


def _processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    # sqlite3 takes bool and float as they are; converting them again only costs time
    if dialect.name == "sqlite" and isinstance(type_, Boolean | Float):
        return None
    return type_.dialect_impl(dialect).bind_processor(dialect)
