"""The case list at hospital scale: filtering, sorting and paging happen in SQL.

Search matches a substring of the patient's name or MRN in any script: both are
stored folded (col(Patient.search_key), tumorboard.store.types.text_key) because
SQLite's LIKE folds ASCII only; the same statements run on PostgreSQL.

A search page (search + limit, the GUI's first page while the user types) has two
plans, and neither is fast for every term: walking the sort index until a page of
matches is found is fast when many patients match ("a": about half of them) but
reads nearly the whole table when the matches sort late (Chinese names sort after
Latin ones); finding all matches first and sorting them is fast for a rare term
but sorts half the table for "a". Each database's planner picks one plan from
its statistics, SQLite the second and PostgreSQL the first, and each is slow for
the other kind of term (bench.store measures both). So a bounded probe reads the
ids of the matching patients first (at most SEARCH_PROBE of them): when there are
that many, the page walks the sort order; when fewer, the probe has found them
all and the page is read for exactly those patients (store.idlist), so the
search is scanned once. (Probe and page are two reads, not one snapshot: a
patient added between them appears at the list's next refresh.) Before the probe,
a term of one or two characters tries a walk capped at WALK_CAP rows in one
statement: the first keystrokes match many, and their page is usually found there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import (
    ColumnElement,
    Engine,
    Integer,
    Select,
    String,
    bindparam,
    case,
    cast,
    extract,
    func,
    select,
)
from sqlmodel import col

from tumorboard.store.idlist import in_id_list
from tumorboard.store.models import AgendaItem, Case, Patient
from tumorboard.store.prepared import Prepared
from tumorboard.store.types import Day, like_pattern

from . import readiness_stored
from .schemas import CaseQuery, CaseRow
from .trusted_rows import TrustedRows


def _age_years() -> ColumnElement[Any]:
    """The patient's age in whole years on the day bound as age_year / age_month_day (MMDD), in SQL
    (both databases): the year difference, less one before the birthday."""
    born = col(Patient.birth_date)
    before_birthday = case((extract("month", born) * 100 + extract("day", born)
                            > bindparam("age_month_day", type_=Integer), 1), else_=0)
    age = bindparam("age_year", type_=Integer) - extract("year", born) - before_birthday
    return cast(age, Integer).label("age_years")  # PostgreSQL's EXTRACT gives numeric


def age_params(today: date) -> dict[str, int]:
    return {"age_year": today.year, "age_month_day": today.month * 100 + today.day}


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
    _age_years(),
)

#: the name order is the case's copy of its patient's name_key (Case.name_key): with the filters on
#: site and status it is one index (migration 0007), walked for a page of 50 rows
SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "name": (col(Case.name_key),),
    "mrn": (col(Patient.mrn),),
    "site": (col(Case.primary_site), col(Case.name_key)),
    "status": (col(Case.status), col(Case.name_key)),
    "updated": (col(Case.updated_at),),
    # youngest first (ascending age): the latest birth date first; unknown birth dates last either way
    "age": (col(Patient.birth_date).is_(None), col(Patient.birth_date), col(Case.name_key)),
}
#: sort keys whose direction is the reverse of the list's (a later birth date is a lower age)
REVERSED_KEYS = {("age", 1)}


#: A search page with at least this many matching patients walks the sort order (plan "walk");
#: with fewer, the rows of exactly those patients are read and sorted (plan "ids"). Sorting 5,000 rows
#: costs a few milliseconds; at 5,000 matches or more, a walk finds a page of 50 after
#: reading on average 50 x (patients / matches) rows, 1,000 at 100,000 patients.
SEARCH_PROBE = 5000


def _search_match() -> ColumnElement[bool]:
    return col(Patient.search_key).like(bindparam("search", type_=String), escape="\\")


#: sort orders that read the patient's row (the others are the case's own columns)
PATIENT_SORTS = frozenset({"mrn", "age"})


def filtered(q: CaseQuery, *columns: Any, plan: str = "all", patient: bool = True) -> Select[Any]:
    """The filters of `q` with its values bound by name (see params()).

    plan (searches only): "all" filters through a subquery of the matching patients, which both
    databases read first; "walk" filters the joined rows, so a sort index can be walked; "ids"
    takes the matching patients' ids as the bound list "patient_ids" (found by the probe).
    patient=False: the patients table is joined only when a search or the sort needs it (the case
    ids and counts: the whole list in name order is then one index of the cases)."""
    stmt = select(*columns).select_from(Case)
    if patient or (q.search.strip() and plan != "ids") or q.sort in PATIENT_SORTS:
        stmt = stmt.join(Patient, col(Patient.id) == col(Case.patient_id))
    if q.search.strip():
        if plan == "walk":
            stmt = stmt.where(_search_match())
        elif plan == "ids":
            stmt = stmt.where(in_id_list(col(Case.patient_id), "patient_ids"))
        else:
            stmt = stmt.where(col(Patient.id).in_(select(col(Patient.id)).where(_search_match())))
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


def _descending(q: CaseQuery, count: int) -> list[bool]:
    """Per sort key (count of them, the case id last): whether it runs downwards."""
    down = [q.descending != ((q.sort, i) in REVERSED_KEYS) for i in range(count)]
    if q.sort == "age":
        down[0] = False  # unknown birth dates last in both directions
    return down


def _order(q: CaseQuery, plan: str = "all") -> list[ColumnElement[Any]]:
    keys = [*SORT_KEYS[q.sort], col(Case.id)]
    if plan == "ids":
        keys = [func.coalesce(k, k) for k in keys]
    return [k.desc() if d else k.asc() for k, d in zip(keys, _descending(q, len(keys)), strict=True)]


def ordered(q: CaseQuery, stmt: Select[Any], plan: str = "all") -> Select[Any]:
    """plan "ids": the sort keys are wrapped (coalesce(k, k): the same value, the same order) so
    that no planner walks an index on them to find the few patients' rows: it sorts them."""
    stmt = stmt.order_by(*_order(q, plan))
    if q.offset:
        stmt = stmt.offset(bindparam("offset", type_=Integer))
    if q.limit is not None:
        stmt = stmt.limit(bindparam("limit", type_=Integer))
    return stmt


#: A search of at most this many characters first walks at most WALK_CAP rows of the list's order
#: (plan "capped"): one or two letters match many patients ("a": about half), so a page of them is found
#: within the first few hundred rows, in one statement; the probe (two statements) cost 4 ms of which
#: the page was 0.7 at 100,000 cases on PostgreSQL. When the capped walk does not fill the page, the
#: probe decides as before (a rare or late-sorting term: the wasted walk is WALK_CAP index rows).
SHORT_TERM = 2
WALK_CAP = 500


def _capped(q: CaseQuery) -> Select[Any]:
    """Plan "capped": the first :walk_cap rows of the list's order (the other filters applied, the cases'
    own index walked, no patient read), then the search among them, in the same order. Its page is the
    true page whenever it is full: the page's matches all lie within the rows walked."""
    keys = [*SORT_KEYS[q.sort], col(Case.id)]
    down = _descending(q, len(keys))
    walked = filtered(q.model_copy(update={"search": "", "offset": 0, "limit": None}),
                      *(k.label(f"k{i}") for i, k in enumerate(keys)), patient=False)
    walked = walked.order_by(*(k.desc() if d else k.asc() for k, d in zip(keys, down, strict=True)))
    sub = walked.limit(bindparam("walk_cap", type_=Integer)).subquery("walked")
    last = sub.c[f"k{len(keys) - 1}"]  # the case id
    stmt = (select(*ROW_COLUMNS).select_from(sub).join(Case, col(Case.id) == last)
            .join(Patient, col(Patient.id) == col(Case.patient_id)).where(_search_match())
            .order_by(*(sub.c[f"k{i}"].desc() if d else sub.c[f"k{i}"].asc() for i, d in enumerate(down))))
    if q.offset:
        stmt = stmt.offset(bindparam("offset", type_=Integer))
    return stmt.limit(bindparam("limit", type_=Integer))


def page(q: CaseQuery, plan: str = "all") -> Select[Any]:
    """The rows of a page (ROW_COLUMNS). Plan "capped": see _capped. Plan "ids" (a search matching few patients) with the case's own
    sort keys picks the page's case ids from the cases alone, by the (patient_id, name_key, id) index, and
    joins the patients for those rows only: joined first, PostgreSQL read or hashed every matching
    case's row and patient (62 ms for the 4,489 patients named 秀 at 100,000 cases; now about 10 ms)."""
    if plan == "capped":
        return _capped(q)
    if plan == "ids" and q.sort not in PATIENT_SORTS:
        ids = ordered(q, filtered(q, col(Case.id), plan="ids", patient=False), plan="ids")
        return (select(*ROW_COLUMNS).select_from(Case).join(Patient, col(Patient.id) == col(Case.patient_id))
                .where(col(Case.id).in_(ids)).order_by(*_order(q)))
    return ordered(q, filtered(q, *ROW_COLUMNS, plan=plan), plan=plan)


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
def _prepared(kind: str, shape: tuple[Any, ...], plan: str = "all") -> Prepared:
    q = CaseQuery(search="x" if shape[0] else "", site="other" if shape[1] else None,
                  status="draft" if shape[2] else None, meeting_id=0 if shape[3] else None,
                  sort=shape[4], descending=shape[5], offset=1 if shape[6] else 0, limit=1 if shape[7] else None,
                  ready=shape[8])
    replan = bool(shape[0])  # a search: its plan depends on the term (Prepared)
    if kind == "rows":
        return Prepared(lambda: page(q, plan), replan=replan)
    if kind == "ids":
        return Prepared(lambda: ordered(q, filtered(q, col(Case.id), patient=False)), replan=replan)
    return Prepared(lambda: filtered(q, func.count(col(Case.id)), patient=False), replan=replan)


#: the ids of the patients the search matches, at most SEARCH_PROBE of them (a bounded scan)
_PROBE = Prepared(lambda: select(col(Patient.id)).where(_search_match()).limit(bindparam("probe", type_=Integer)),
                  replan=True)


def run(engine: Engine, kind: str, q: CaseQuery, ready_since: tuple[date, date] | None = None,
        today: date | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """kind: "rows" (CaseRow columns), "ids" or "count"; ready_since: the readiness age limits;
    today: the day ages are counted to (rows)."""
    values = params(q, ready_since)
    if kind == "rows":
        values |= age_params(today or date.today())
    plan = "all"
    if kind == "rows" and q.limit is not None and q.search.strip():  # a page of a search: probe first
        if len(q.search.strip()) <= SHORT_TERM and q.sort not in PATIENT_SORTS:  # likely many matches
            walked = _prepared(kind, _shape(q), "capped").run(engine, values | {"walk_cap": WALK_CAP})
            if len(walked[1]) == q.limit:
                return walked
        found = _PROBE.run(engine, {"search": values["search"], "probe": SEARCH_PROBE})[1]
        if len(found) >= SEARCH_PROBE:
            plan = "walk"
        else:
            plan = "ids"
            values["patient_ids"] = [r[0] for r in found]
    return _prepared(kind, _shape(q), plan).run(engine, values)


def statement(engine: Engine, kind: str, q: CaseQuery, ready_since: tuple[date, date] | None = None,
              today: date | None = None, plan: str = "all") -> tuple[str, Any]:
    """The SQL text and the driver's parameters of the statement run() sends for `q` (plan: a search
    page's plan, see filtered()): for EXPLAIN, and for a benchmark's baseline that sends the very
    same statement through the driver alone."""
    values = params(q, ready_since)
    if kind == "rows":
        values |= age_params(today or date.today())
    return _prepared(kind, _shape(q), plan).statement(engine, values)


@lru_cache(maxsize=64)
def _rows_for(count: int) -> Prepared:
    ids = [bindparam(f"id{i}", type_=Integer) for i in range(count)]
    return Prepared(lambda: select(*ROW_COLUMNS).join(Patient, col(Patient.id) == col(Case.patient_id)).where(col(Case.id).in_(ids)))


def rows_for_ids(engine: Engine, ids: Sequence[int], today: date | None = None) -> list[CaseRow]:
    values: dict[str, Any] = {f"id{i}": v for i, v in enumerate(ids)} | age_params(today or date.today())
    columns, rows = _rows_for(len(ids)).run(engine, values)
    return to_rows(columns, rows)


CASE_ROWS = TypeAdapter(list[CaseRow])
#: the rows of ROW_COLUMNS, built without validating them again (trusted_rows.py)
_BUILD = TrustedRows(CaseRow, [str(c.key) for c in select(*ROW_COLUMNS).selected_columns])


def to_rows(columns: list[str], rows: Sequence[tuple[Any, ...]]) -> list[CaseRow]:
    """The page's rows as CaseRow: built directly from ROW_COLUMNS' values, which come through the
    columns' type processors (store.prepared); validated (one pydantic call) for any other columns."""
    if tuple(columns) == _BUILD.columns:
        return _BUILD.build(rows)
    return CASE_ROWS.validate_python([dict(zip(columns, r, strict=True)) for r in rows])
