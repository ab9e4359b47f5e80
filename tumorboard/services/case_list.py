"""The case list at hospital scale: filtering, sorting and paging happen in SQL.

Search matches a substring of the patient's name or MRN in any script: both are
stored folded (col(Patient.search_key), tumorboard.store.types.text_key) because
SQLite's LIKE folds ASCII only; the same statement runs on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Engine, Integer, Select, String, bindparam, func, select
from sqlmodel import col

from tumorboard.store.models import AgendaItem, Case, Patient
from tumorboard.store.prepared import Prepared
from tumorboard.store.types import Day, like_pattern

from . import readiness_stored
from .schemas import CaseQuery, CaseRow

ROW_COLUMNS = (
    col(Case.id),
    col(Case.patient_id),
    col(Patient.mrn),
    col(Patient.name),
    col(Patient.sex),
    col(Patient.birth_date),
    col(Case.primary_site),
    col(Case.status),
    col(Case.title),
    col(Case.liver_mets),
    col(Case.updated_at),
    col(Case.updated_by),
    col(Case.version),
)

SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "name": (col(Patient.name_key),),
    "mrn": (col(Patient.mrn),),
    "site": (col(Case.primary_site), col(Patient.name_key)),
    "status": (col(Case.status), col(Patient.name_key)),
    "updated": (col(Case.updated_at),),
}


def filtered(q: CaseQuery, *columns: Any) -> Select[Any]:
    """The filters of `q` with its values bound by name (see params())."""
    stmt = select(*columns).select_from(Case).join(Patient, col(Patient.id) == col(Case.patient_id))
    if q.search.strip():
        # a subquery: SQLite scans the small search_key index, then sorts the few matches
        matches = select(col(Patient.id)).where(col(Patient.search_key).like(bindparam("search", type_=String), escape="\\"))
        stmt = stmt.where(col(Patient.id).in_(matches))
    if q.site is not None:
        stmt = stmt.where(col(Case.primary_site) == bindparam("site", type_=String))
    if q.status is not None:
        stmt = stmt.where(col(Case.status) == bindparam("status", type_=String))
    if q.meeting_id is not None:
        meeting = select(col(AgendaItem.case_id)).where(col(AgendaItem.meeting_id) == bindparam("meeting_id", type_=Integer))
        stmt = stmt.where(col(Case.id).in_(meeting))
    if q.ready is not None:  # the stored checklist, age limits applied as of today (readiness_stored.py)
        stmt = stmt.where(readiness_stored.predicate(
            q.ready, bindparam("imaging_since", type_=Day), bindparam("labs_since", type_=Day)))
    return stmt


def ordered(q: CaseQuery, stmt: Select[Any]) -> Select[Any]:
    keys = [*SORT_KEYS[q.sort], col(Case.id)]
    stmt = stmt.order_by(*(k.desc() if q.descending else k.asc() for k in keys))
    if q.offset:
        stmt = stmt.offset(bindparam("offset", type_=Integer))
    if q.limit is not None:
        stmt = stmt.limit(bindparam("limit", type_=Integer))
    return stmt


def params(q: CaseQuery, ready_since: tuple[date, date] | None = None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if q.ready is not None:
        if ready_since is None:
            raise ValueError("a readiness filter needs the age limits (imaging since, labs since)")
        values["imaging_since"], values["labs_since"] = ready_since
    if q.search.strip():
        values["search"] = like_pattern(q.search)
    if q.site is not None:
        values["site"] = q.site.value
    if q.status is not None:
        values["status"] = q.status.value
    if q.meeting_id is not None:
        values["meeting_id"] = q.meeting_id
    if q.offset:
        values["offset"] = q.offset
    if q.limit is not None:
        values["limit"] = q.limit
    return values


def _shape(q: CaseQuery) -> tuple[Any, ...]:
    return (bool(q.search.strip()), q.site is not None, q.status is not None, q.meeting_id is not None,
            q.sort, q.descending, bool(q.offset), q.limit is not None, q.ready)


@lru_cache(maxsize=512)
def _prepared(kind: str, shape: tuple[Any, ...]) -> Prepared:
    q = CaseQuery(search="x" if shape[0] else "", site="other" if shape[1] else None,
                  status="draft" if shape[2] else None, meeting_id=0 if shape[3] else None,
                  sort=shape[4], descending=shape[5], offset=1 if shape[6] else 0, limit=1 if shape[7] else None,
                  ready=shape[8])
    if kind == "rows":
        return Prepared(lambda: ordered(q, filtered(q, *ROW_COLUMNS)))
    if kind == "ids":
        return Prepared(lambda: ordered(q, filtered(q, col(Case.id))))
    return Prepared(lambda: filtered(q, func.count(col(Case.id))))


def run(engine: Engine, kind: str, q: CaseQuery,
        ready_since: tuple[date, date] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """kind: "rows" (CaseRow columns), "ids" or "count"; ready_since: the readiness age limits."""
    return _prepared(kind, _shape(q)).run(engine, params(q, ready_since))


@lru_cache(maxsize=64)
def _rows_for(count: int) -> Prepared:
    ids = [bindparam(f"id{i}", type_=Integer) for i in range(count)]
    return Prepared(lambda: select(*ROW_COLUMNS).join(Patient, col(Patient.id) == col(Case.patient_id)).where(col(Case.id).in_(ids)))


def rows_for_ids(engine: Engine, ids: Sequence[int]) -> list[CaseRow]:
    columns, rows = _rows_for(len(ids)).run(engine, {f"id{i}": v for i, v in enumerate(ids)})
    return to_rows(columns, rows)


CASE_ROWS = TypeAdapter(list[CaseRow])


def to_rows(columns: list[str], rows: Sequence[tuple[Any, ...]]) -> list[CaseRow]:
    """One validation call for the whole page (pydantic-core loops in Rust)."""
    return CASE_ROWS.validate_python([dict(zip(columns, r, strict=True)) for r in rows])
