"""The first glance: the case list's first page, read with sqlite3 before the database is opened.

Opening a board (Workspace.open) imports SQLAlchemy and the tables, about half a second, before any of the
board can be shown. The GUI shows its first window with the rows this module reads, and opens the
Workspace right after on its database thread (ui/app.py); the list is then read again through the
service, which replaces these rows.

The rows are given ONLY when this can vouch for them; otherwise the answer is None and the program
takes its ordinary path (which says what is wrong, as it always did). Each refusal has its reason
(REASONS), logged without any patient data:

- a local SQLite file that exists (not a server URL, not on a network drive);
- a recent clean close vouches for the file as it is now (store/integrity.py: after a crash, a copy,
  a sync tool or an old check the whole-file check runs first, before anything is shown);
- its schema is this program's (SCHEMA_HEAD): no migration is due, no newer program wrote it;
- the account may read the board: the users table's row for the OS account, judged by the same rule
  the services apply (permissions.as_current, allows(..., "read")); a board with no users yet is
  left to the open, which makes its first admin;
- the list's query has no search or filter (the generated statements are the first page of each sort).

The statement is the case list service's own, compiled by SQLAlchemy for SQLite and shipped as
resources/queries/case_list_first_page.json (glance_sql.py, tools/update_glance_sql.py; a test fails
when it differs); its result conversions are the column types' own (store/sqlite_values.py). The
file is opened read-only. This module imports neither SQLAlchemy nor Qt nor pydantic: its rows are GlanceRow
tuples (CaseRow's fields, values and types) and its query any object with CaseQuery's fields (FirstPage, the
first window's), so the first window is shown before the services' schemas are imported.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from tumorboard.engine.vocabulary import PrimarySite
from tumorboard.resources import read_text
from tumorboard.store.database import is_network_path
from tumorboard.store.integrity import marker_vouches, read_only_uri
from tumorboard.store.migrate import SCHEMA_HEAD
from tumorboard.store.sqlite_values import CONVERSIONS

from .case_codes import CaseSort, CaseStatus, Sex
from .identity import os_account
from .permissions import USER_ROW_SQL, allows, as_current

log = logging.getLogger(__name__)

RESOURCE = ("queries", "case_list_first_page.json")  # as glance_sql.RESOURCE (that module imports SQLAlchemy)

#: why the glance was not given (the reason codes; said in the log, tested one by one)
REASONS = {
    "missing": "no such file (a first run, or a mistyped path: the open says which)",
    "network": "the file is on a network drive (the open refuses it)",
    "not vouched": "no recent clean close vouches for the file (the whole-file check runs first)",
    "schema": "the file's schema is not this program's (a migration, or a newer program)",
    "no users": "the board has no users yet (the open makes this account its admin)",
    "may not read": "this account may not read the board (the open says so)",
    "query": "the list's query has a search or a filter",
    "statements": "the shipped statements are for another schema",
    "unreadable": "SQLite could not read the file",
}


class GlanceRow(NamedTuple):
    """A row of the case list as the glance reads it: CaseRow's fields in CaseRow's order, with the same values
    and types (the codes as their enums, dates, UTC timestamps; a test compares them field by field). A plain
    tuple, not the service's pydantic model: the first window shows it before pydantic is imported."""

    id: int
    patient_id: int
    mrn: str
    name: str
    sex: Sex
    birth_date: date | None
    primary_site: PrimarySite
    status: CaseStatus
    title: str
    liver_mets: str | None
    updated_at: datetime
    updated_by: str
    version: int
    age_years: int | None = None


#: the columns read as codes, made the enums the service's rows have
_CODES: dict[str, type[Sex] | type[PrimarySite] | type[CaseStatus]] = {
    "sex": Sex, "primary_site": PrimarySite, "status": CaseStatus}


class ListQuery(Protocol):
    """What the glance reads of the list's query: CaseQuery's fields (CaseQuery is one; so is FirstPage)."""

    @property
    def search(self) -> str: ...
    @property
    def site(self) -> object: ...
    @property
    def status(self) -> object: ...
    @property
    def meeting_id(self) -> int | None: ...
    @property
    def ready(self) -> bool | None: ...
    @property
    def sort(self) -> str: ...
    @property
    def descending(self) -> bool: ...
    @property
    def offset(self) -> int: ...
    @property
    def limit(self) -> int | None: ...


@dataclass(frozen=True)
class FirstPage:
    """The first `limit` rows of the whole list in one sort: CaseQuery's fields and defaults (a test compares
    them), without pydantic -- what the first window asks the glance for."""

    limit: int
    sort: CaseSort = "name"
    descending: bool = False
    search: str = ""
    site: PrimarySite | None = None
    status: CaseStatus | None = None
    meeting_id: int | None = None
    ready: bool | None = None
    offset: int = 0


@dataclass(frozen=True)
class Glance:
    """rows: the first page, or None with `reason` (a key of REASONS)."""

    rows: list[GlanceRow] | None
    reason: str = ""


@cache
def _statements() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(*RESOURCE))
    return data


def _statement(query: ListQuery) -> dict[str, Any] | None:
    if query.search.strip() or query.site is not None or query.status is not None or query.meeting_id is not None \
            or query.ready is not None or query.offset or query.limit is None:
        return None
    found: dict[str, Any] | None = _statements()["statements"].get(f"{query.sort}:{'desc' if query.descending else 'asc'}")
    return found


def look(path: str | Path, query: ListQuery, today: date, identity: str | None = None) -> Glance:
    """The first page of `query` in the SQLite file at `path` as the case list service would give it on `today`
    to `identity` (default: the OS account, as the open authenticates it), when this can vouch for it."""
    db = Path(path)
    statement = _statement(query)
    if statement is None:
        return Glance(None, "query")
    if _statements()["schema"] != SCHEMA_HEAD or tuple(statement["columns"]) != GlanceRow._fields:
        return Glance(None, "statements")
    if is_network_path(db):
        return Glance(None, "network")
    if not db.is_file():
        return Glance(None, "missing")
    if marker_vouches(db, today) is None:
        return Glance(None, "not vouched")
    try:
        conn = sqlite3.connect(read_only_uri(db), uri=True, timeout=2)
    except sqlite3.Error:
        return Glance(None, "unreadable")
    try:
        conn.execute("BEGIN")  # one snapshot: the schema, the account and the rows as of one moment
        try:
            revisions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.OperationalError:
            return Glance(None, "schema")
        if revisions != [SCHEMA_HEAD]:
            return Glance(None, "schema")
        who = identity or os_account()
        row = conn.execute(USER_ROW_SQL, {"identity": who}).fetchone()
        if row is None and conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
            return Glance(None, "no users")
        if not allows(as_current(who, row).role, "read"):
            return Glance(None, "may not read")
        values = {**statement["defaults"], "age_year": today.year, "age_month_day": today.month * 100 + today.day,
                  "limit": query.limit}
        found = conn.execute(statement["sql"], tuple(values[name] for name in statement["positional"])).fetchall()
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        log.info("first glance: SQLite could not read the file (%s)", type(exc).__name__)
        return Glance(None, "unreadable")
    finally:
        conn.close()
    convert: list[tuple[int, Any]] = [(i, CONVERSIONS[name]) for i, name in enumerate(statement["conversions"])
                                      if name is not None]
    convert += [(GlanceRow._fields.index(name), code) for name, code in _CODES.items()]
    rows = []
    for raw in found:
        cells = list(raw)
        for i, f in convert:
            if cells[i] is not None:
                cells[i] = f(cells[i])
        rows.append(GlanceRow(*cells))
    return Glance(rows)


def first_page(path: str | Path, query: ListQuery, today: date) -> list[GlanceRow] | None:
    """look()'s rows, or None (the reason logged, never a name or an MRN)."""
    glance = look(path, query, today)
    if glance.rows is None:
        log.info("first glance not used: %s", REASONS.get(glance.reason, glance.reason))
    return glance.rows
