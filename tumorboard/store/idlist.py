"""`column IN (a list of ids bound as ONE parameter)`, for both databases.

An expanded `IN (:id1, :id2, ...)` of a few thousand ids costs PostgreSQL more
to plan than the query itself, and a statement compiled once (store.prepared)
cannot expand. The list is bound as one value instead: an integer array on
PostgreSQL (`= ANY(:ids)`), a JSON array on SQLite (`IN (SELECT value FROM
json_each(:ids))`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ARRAY, BindParameter, ColumnElement, Dialect, Integer, String, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import Boolean, TypeDecorator, TypeEngine


class IdList(TypeDecorator[Sequence[int]]):
    """A list of integer ids as one bound value."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(Integer))
        return dialect.type_descriptor(String())

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name == "postgresql":
            return lambda ids: [int(i) for i in ids]
        return lambda ids: json.dumps([int(i) for i in ids])


class InIdList(ColumnElement[bool]):
    """`column` is one of the ids bound to `param` (an IdList parameter)."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a predicate already: no "= 1" where SQLite has no boolean type

    def __init__(self, column: Any, param: BindParameter[Any]) -> None:
        self.column, self.param = column, param


@compiles(InIdList)
def _in_json(element: InIdList, compiler: SQLCompiler, **kw: Any) -> str:
    column, ids = compiler.process(element.column, **kw), compiler.process(element.param, **kw)
    return f"{column} IN (SELECT value FROM json_each({ids}))"


@compiles(InIdList, "postgresql")
def _any_array(element: InIdList, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY({compiler.process(element.param, **kw)})"


def in_id_list(column: Any, name: str) -> InIdList:
    """`column IN` the ids later bound to the parameter `name` (a sequence of ints); column: a column
    or an ORM attribute (sqlmodel.col)."""
    return InIdList(column, bindparam(name, type_=IdList()))
