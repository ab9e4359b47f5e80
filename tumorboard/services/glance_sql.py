"""The case list's first-page statements as the first window's glance runs them (glance.py), generated
from the case list service's own statements (case_list.py, compiled by store/prepared.py for SQLite).

`python tools/update_glance_sql.py` writes them to resources/queries/case_list_first_page.json;
tests/core/services/test_glance.py fails when that file differs from what SQLAlchemy compiles today,
so the glance can only ever run the service's statement. This module imports SQLAlchemy: only the tool
and the tests use it, never the program at start."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import create_engine

from tumorboard.store.migrate import SCHEMA_HEAD
from tumorboard.store.types import Day, UTCDateTime

from . import case_list
from .schemas import CaseQuery

#: where the generated statements are shipped (tumorboard_resources)
RESOURCE = ("queries", "case_list_first_page.json")


def first_page_query(sort: str, descending: bool) -> CaseQuery:
    """The case list's first page with no search or filter, as the GUI asks for it (only its shape counts:
    the limit is bound when the statement runs)."""
    return CaseQuery.model_validate({"sort": sort, "descending": descending, "offset": 0, "limit": 1})


def _conversion(column: Any, processor: Any) -> str | None:
    """The name of the result conversion of a column (sqlite_values.CONVERSIONS), None for none."""
    if isinstance(column.type, Day):
        return "day"
    if isinstance(column.type, UTCDateTime):
        return "utc_datetime"
    if processor is not None:
        raise ValueError(f"the column {column.key} converts its results in a way the glance does not know; "
                         "add the conversion to tumorboard/store/sqlite_values.py")
    return None


def statements() -> dict[str, Any]:
    """{"schema": SCHEMA_HEAD, "statements": {"name:asc": {sql, positional, defaults, columns, conversions}}}."""
    engine = create_engine("sqlite://", hide_parameters=True)
    try:
        with engine.connect():  # the dialect initialised from a connection, as Prepared.run compiles it
            pass
        out: dict[str, Any] = {}
        for sort in case_list.SORT_KEYS:
            for descending in (False, True):
                q = first_page_query(sort, descending)
                prepared = case_list._prepared("rows", case_list._shape(q))
                compiled = prepared._compile(engine.dialect)
                if compiled.positional is None:
                    raise ValueError("SQLite's statements bind by position")
                unknown = [name for name, process in compiled.binds.items() if process is not None]
                if unknown:
                    raise ValueError(f"bound values the glance would have to convert: {unknown}")
                statement = prepared._build()
                out[f"{sort}:{'desc' if descending else 'asc'}"] = {
                    "sql": compiled.sql,
                    "positional": compiled.positional,
                    # the values SQLAlchemy bound itself, by their place in the text (SQLite binds by position)
                    "defaults": {k: v for k, v in compiled.defaults.items() if k in (compiled.positional or ())},
                    "columns": compiled.columns,
                    "conversions": [_conversion(c, p) for c, p in
                                    zip(statement.selected_columns, compiled.results, strict=True)],
                }
        return {"schema": SCHEMA_HEAD, "statements": out}
    finally:
        engine.dispose()


def text() -> str:
    """The resource file's text."""
    return json.dumps(statements(), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
