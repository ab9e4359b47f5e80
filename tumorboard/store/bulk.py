"""Bulk inserts at driver speed: one executemany per batch, values converted once per
distinct value (dates and timestamps repeat), for SQLite and PostgreSQL alike.
A JSON value the caller has already serialised comes as JsonText and is passed on as it is.

SQLAlchemy Core's executemany converts every value of every row through the
column types; at 100,000 cases that costs more than the inserts themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Dialect, Float, Table
from sqlalchemy.types import TypeEngine


class JsonText(str):
    """A JSON document already serialised (e.g. by pydantic's model_dump_json, much faster than
    a dict through json.dumps), for a JSON column; any other str there is a JSON string value."""


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` in one executemany."""
    if not rows:
        return
    keys = list(rows[0])
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else keys
    columns = [list(map(itemgetter(name), rows)) for name in names]  # column-wise: C loops, not Python
    for i, name in enumerate(names):
        process = _processor(table.c[name].type, conn.dialect)
        if process is None:
            continue
        if isinstance(table.c[name].type, JSON) and any(type(v) is JsonText for v in columns[i]):
            columns[i] = [_json_value(v, process) for v in columns[i]]
        else:
            columns[i] = _converted(columns[i], process)
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    conn.exec_driver_sql(str(compiled), params)


def _converted(column: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """Convert each distinct value once (dates and timestamps repeat), then map the column."""
    try:
        distinct = {value: process(value) for value in set(column) if value is not None}
    except TypeError:  # unhashable values: JSON lists (few distinct ones) and objects
        return _converted_json(column, process)
    distinct[None] = None
    return list(map(distinct.__getitem__, column))


def _converted_json(column: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    memo: dict[tuple[Any, ...], Any] = {}
    out: list[Any] = []
    for value in column:
        if value is None:
            out.append(None)
        elif type(value) is list:
            try:
                key = tuple(value)
                out.append(memo[key])
            except KeyError:
                out.append(memo.setdefault(key, process(value)))
            except TypeError:  # a list holding objects
                out.append(process(value))
        else:
            out.append(process(value))
    return out


def _json_value(value: Any, process: Callable[[Any], Any]) -> Any:
    if value is None:
        return None
    return str(value) if type(value) is JsonText else process(value)  # the driver gets a plain str


def _processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    # sqlite3 takes bool and float as they are; converting them again only costs time
    if dialect.name == "sqlite" and isinstance(type_, Boolean | Float):
        return None
    return type_.dialect_impl(dialect).bind_processor(dialect)
