"""What every service shares: input coercion, optimistic locking, audit snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from enum import Enum
from typing import Any, Protocol, TypeVar, overload

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import class_mapper
from sqlmodel import Session, SQLModel

from tumorboard.engine.vocabulary import LABELS
from tumorboard.errors import FieldProblem, InvalidInput, NotFound, StaleEdit, StorageError
from tumorboard.i18n import Code, msg

from .database import Database
from .events import record_event

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T", bound=SQLModel)
E = TypeVar("E", bound=Enum)


def coerce(model: type[M], value: M | dict[str, Any], what: str) -> M:
    """Accept the boundary model or a plain mapping (the CLI, tests); refuse with field names."""
    if not isinstance(value, model):
        try:
            value = model.model_validate(value)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc, what) from None
    problems = list(_beyond_64_bits(value, ""))
    if problems:
        raise InvalidInput(problems, what)
    return value


#: the database stores whole numbers in 64 bits (SQLite INTEGER, PostgreSQL BIGINT at most)
INT64 = (-(2**63), 2**63 - 1)


def _beyond_64_bits(value: Any, path: str) -> Iterator[FieldProblem]:
    """Whole numbers no database column can hold (2**63 raised OverflowError deep in the driver)."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _beyond_64_bits(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
        yield FieldProblem(path or "(input)", value, msg("allowed: a whole number of at most {most}", most=f"{INT64[1]:,}"))
    elif isinstance(value, dict):  # case facts travel as a mapping
        for key, item in value.items():
            yield from _beyond_64_bits(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _beyond_64_bits(item, f"{path}.{i}")


def refuse(field: str, value: Any, allowed: str, what: str = "input") -> InvalidInput:
    return InvalidInput([FieldProblem(field, value, allowed)], what)


def coded(kind: type[E], value: Any, field: str, what: str) -> E:
    """`value` as a member of the code list `kind`, or refuse naming the field and every allowed code."""
    try:
        return kind(value)
    except ValueError:
        raise refuse(field, value, msg("one of {codes}", codes=[code_word(m.value) for m in kind]), what) from None


def code_word(value: str) -> Code:
    """A code said in a refusal: the code in English (what the CLI takes), its label in Chinese."""
    from .schemas import CASE_STATUS_LABELS

    return Code(value, LABELS.get(value) or CASE_STATUS_LABELS.get(value) or value)


def get_row(session: Session, table: type[T], key: Any, entity: str, *, lock: bool = False) -> T:
    """The row or NotFound; `lock` takes a row lock on PostgreSQL (SQLite writers are serialised)."""
    row = session.get(table, key, with_for_update=lock or None)
    if row is None:
        raise NotFound(entity, key)
    return row


def check_version(row: Any, expected: int | None, entity: str) -> None:
    """Refuse a save that started from an older version, naming who changed it and when."""
    if expected is not None and row.version != expected:
        raise StaleEdit(entity, row.id, row.updated_by, row.updated_at)


def touch(row: Any, db: Database) -> None:
    row.version += 1
    row.updated_by = db.actor
    row.updated_at = db.now()


def stamp_new(row: Any, db: Database) -> None:
    now = db.now()
    row.created_by = row.updated_by = db.actor
    row.created_at = row.updated_at = now


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


SKIP_IN_AUDIT = frozenset({"recommendation", "search_key", "name_key", "created_at", "created_by"})


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(row: _Stored) -> int:
    """The primary key of a row in the database: the tables' ids are None only before the first flush."""
    if row.id is None:
        raise StorageError(msg("{record} has no id yet: it was not written", record=type(row).__name__))
    return row.id


@overload
def snapshot(row: SQLModel) -> dict[str, Any]: ...
@overload
def snapshot(row: None) -> None: ...
def snapshot(row: SQLModel | None) -> dict[str, Any] | None:
    """The row's columns as JSON values, for the audit trail's before -> after."""
    if row is None:
        return None
    table = class_mapper(type(row)).local_table
    return {c.key: jsonable(getattr(row, c.key)) for c in table.columns if c.key not in SKIP_IN_AUDIT}


def audit(
    session: Session,
    db: Database,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    if before is not None and after is not None:
        # keep only what changed (plus nothing else): the trail stays readable
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after.get(k) for k in sorted(changed)}
    record_event(session, at=db.now(), actor=db.actor, entity=entity, entity_id=entity_id, action=action,
                 before=jsonable(before), after=jsonable(after))


