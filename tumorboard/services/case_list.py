"""The case list at hospital scale: filtering, sorting and paging happen in SQL.

Search matches a substring of the patient's name or MRN in any script: both are
stored folded (Patient.search_key, tumorboard.store.types.text_key) because
SQLite's LIKE folds ASCII only; the same statement runs on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Select, select

from tumorboard.store.models import AgendaItem, Case, Patient
from tumorboard.store.types import like_pattern

from .rows import as_dicts
from .schemas import CaseQuery, CaseRow

ROW_COLUMNS = (
    Case.id,
    Case.patient_id,
    Patient.mrn,
    Patient.name,
    Patient.sex,
    Patient.birth_date,
    Case.primary_site,
    Case.status,
    Case.title,
    Case.liver_mets,
    Case.updated_at,
    Case.updated_by,
    Case.version,
)

SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "name": (Patient.name_key,),
    "mrn": (Patient.mrn,),
    "site": (Case.primary_site, Patient.name_key),
    "status": (Case.status, Patient.name_key),
    "updated": (Case.updated_at,),
}


def filtered(q: CaseQuery, *columns: Any) -> Select[Any]:
    stmt = select(*columns).select_from(Case).join(Patient, Patient.id == Case.patient_id)
    if q.search.strip():
        stmt = stmt.where(Patient.search_key.like(like_pattern(q.search), escape="\\"))
    if q.site is not None:
        stmt = stmt.where(Case.primary_site == q.site.value)
    if q.status is not None:
        stmt = stmt.where(Case.status == q.status.value)
    if q.meeting_id is not None:
        stmt = stmt.where(Case.id.in_(select(AgendaItem.case_id).where(AgendaItem.meeting_id == q.meeting_id)))
    return stmt


def ordered(q: CaseQuery, stmt: Select[Any]) -> Select[Any]:
    keys = [*SORT_KEYS[q.sort], Case.id]
    stmt = stmt.order_by(*(k.desc() if q.descending else k.asc() for k in keys))
    return stmt.offset(q.offset or None).limit(q.limit)


def rows_statement(q: CaseQuery) -> Select[Any]:
    return ordered(q, filtered(q, *ROW_COLUMNS))


def ids_statement(q: CaseQuery) -> Select[Any]:
    return ordered(q, filtered(q, Case.id))


def rows_for_ids_statement(ids: Sequence[int]) -> Select[Any]:
    return select(*ROW_COLUMNS).join(Patient, Patient.id == Case.patient_id).where(Case.id.in_(list(ids)))


CASE_ROWS = TypeAdapter(list[CaseRow])


def to_rows(rows: Sequence[Any]) -> list[CaseRow]:
    """One validation call for the whole page (pydantic-core loops in Rust)."""
    return CASE_ROWS.validate_python(as_dicts(rows))
