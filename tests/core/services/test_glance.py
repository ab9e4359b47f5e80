"""The first window's glance (tumorboard/services/glance.py): the case list's first page read with sqlite3
before the database is opened -- the same rows as the service, or none when it cannot vouch for them."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tumorboard.services import FixedClock, Workspace
from tumorboard.services import glance as glance_module
from tumorboard.services.demo import populate
from tumorboard.services.glance import REASONS, FirstPage, GlanceRow, look
from tumorboard.services.schemas import CaseQuery, CaseRow
from tumorboard.store.integrity import leave_marker, marker_path

ADMIN = "glance.admin"
FIRST = 40


def first(sort: str = "name", descending: bool = False, **more: Any) -> CaseQuery:
    return CaseQuery.model_validate({"sort": sort, "descending": descending, "limit": FIRST, **more})


@pytest.fixture(scope="module")
def demo_board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo board (patients of every script, unknown birth dates, decisions), closed cleanly."""
    path = tmp_path_factory.mktemp("glance") / "board.sqlite"
    with Workspace.open(path, actor=ADMIN) as ws:
        for _ in populate(ws.db, 150, 7):
            pass
        ws.cases.create({"patient": {"mrn": "G-NO-BIRTH", "name": "Ohne Geburtstag"},
                         "facts": {"primary_site": "colorectal"}})
    return path


@pytest.fixture
def board(demo_board: Path, tmp_path: Path) -> Path:
    """A copy of the demo board with its clean-close marker (each test may spoil its own)."""
    path = tmp_path / "board.sqlite"
    path.write_bytes(demo_board.read_bytes())
    with Workspace.open(path, actor=ADMIN):
        pass
    assert marker_path(path).exists()
    return path


def service_rows(path: Path, query: CaseQuery, today: date) -> list[Any]:
    with Workspace.open(path, actor=ADMIN) as ws:
        ws.clock = FixedClock(today)
        return ws.cases.query(query)


def fields_of(rows: list[Any]) -> list[list[tuple[str, Any, type]]]:
    """Each row's fields in order, with each value and its type: a glance row (a plain tuple) and the service's
    CaseRow (pydantic) compare equal only when every field has the same value of the same type."""
    return [[(name, getattr(r, name), type(getattr(r, name))) for name in CaseRow.model_fields] for r in rows]


def test_the_glance_row_has_exactly_the_service_rows_fields() -> None:
    assert GlanceRow._fields == tuple(CaseRow.model_fields)
    assert GlanceRow._field_defaults == {name: f.default for name, f in CaseRow.model_fields.items()
                                         if not f.is_required()}


def test_the_first_page_query_has_the_case_querys_fields_and_defaults() -> None:
    """FirstPage (no pydantic) stands for CaseQuery(limit=N) in the first window: same fields, same defaults."""
    page = FirstPage(limit=FIRST)
    assert {f.name for f in dataclasses.fields(FirstPage)} == set(CaseQuery.model_fields)
    assert {name: getattr(page, name) for name in CaseQuery.model_fields} == CaseQuery(limit=FIRST).model_dump()
    assert look.__annotations__["query"] == "ListQuery"


def test_the_shipped_statements_are_what_sqlalchemy_compiles_today() -> None:
    """resources/queries/case_list_first_page.json is the case list service's statement: regenerate it with
    tools/update_glance_sql.py when the statement, its columns or the schema change."""
    from tumorboard.resources import read_text
    from tumorboard.services.glance_sql import RESOURCE, text

    assert read_text(*RESOURCE) == text(), "run: python tools/update_glance_sql.py"


@pytest.mark.parametrize("sort", ["name", "mrn", "site", "status", "updated", "age"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_glance_rows_are_the_service_rows(board: Path, today: date, sort: str, descending: bool) -> None:
    query = first(sort, descending)
    seen = look(board, query, today, identity=ADMIN)
    assert seen.reason == "" and seen.rows is not None
    wanted = service_rows(board, query, today)
    assert len(wanted) == FIRST
    assert fields_of(seen.rows) == fields_of(wanted)  # every field: ages, birth dates, timestamps (UTC), codes
    light = look(board, FirstPage(limit=FIRST, sort=sort, descending=descending), today, identity=ADMIN)
    assert light.rows == seen.rows  # the first window's query (no pydantic) reads the same rows


def test_ages_and_unknown_birth_dates_come_through(board: Path, today: date) -> None:
    everyone = CaseQuery(sort="age", descending=True, limit=1000)
    rows = look(board, everyone, today, identity=ADMIN).rows
    assert rows is not None and fields_of(rows) == fields_of(service_rows(board, everyone, today))
    assert rows[-1].birth_date is None and rows[-1].age_years is None  # unknown births last, either way
    assert rows[0].age_years is not None and rows[0].age_years >= rows[-2].age_years  # type: ignore[operator]
    for r in rows[:-1]:  # whole years on `today`, one less before the birthday
        born = r.birth_date
        assert born is not None
        assert r.age_years == today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def test_the_os_account_unlisted_on_the_board_reads_as_a_viewer(board: Path, today: date) -> None:
    """As the services: an account the board does not list acts as a viewer, who may read."""
    seen = look(board, first(), today)  # the OS account (the demo's admin is another)
    assert seen.rows is not None and len(seen.rows) == FIRST


def test_the_file_is_not_changed_and_the_open_still_takes_the_marker(board: Path, today: date) -> None:
    before = board.read_bytes(), board.stat().st_mtime_ns
    assert look(board, first(), today, identity=ADMIN).rows is not None
    assert (board.read_bytes(), board.stat().st_mtime_ns) == before
    assert marker_path(board).exists()  # the glance only reads the marker; the open judges again
    with Workspace.open(board, actor=ADMIN) as ws:
        assert ws.db.whole_check is not None and ws.db.whole_check.pending  # the check skipped at open: vouched


# -- refusals: one test per reason, real files -----------------------------------------------------------
def refused(path: Path, today: date, reason: str, query: CaseQuery | None = None, identity: str = ADMIN) -> None:
    assert reason in REASONS
    seen = look(path, query or first(), today, identity=identity)
    assert (seen.rows, seen.reason) == (None, reason)


def test_refused_for_a_missing_file(tmp_path: Path, today: date) -> None:
    refused(tmp_path / "nowhere.sqlite", today, "missing")


def test_refused_on_a_network_drive(board: Path, today: date, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mount table says nfs (store.database.is_network_path reads it; the open refuses such a file)."""
    from tumorboard.store import database

    real = database.is_network_path
    mounts = f"server:/export {board.parent} nfs4 rw 0 0\n"
    monkeypatch.setattr(glance_module, "is_network_path", lambda p: real(p, mounts=mounts))
    refused(board, today, "network")


def test_refused_after_an_unclean_shutdown(board: Path, today: date) -> None:
    marker_path(board).unlink()  # a crash leaves no marker: the whole-file check runs before anything is shown
    refused(board, today, "not vouched")


def test_refused_when_another_program_wrote_the_file_since_the_clean_close(board: Path, today: date) -> None:
    conn = sqlite3.connect(board)
    conn.execute("UPDATE patients SET name = name || ' (edited)' WHERE id = 1")
    conn.commit()
    conn.close()
    refused(board, today, "not vouched")


def test_refused_when_the_last_whole_check_is_too_old(board: Path, today: date) -> None:
    refused(board, date(today.year + 1, 1, 1), "not vouched")


def revouch(path: Path, today: date, sql: str) -> None:
    """Change the file with sqlite3 and leave a clean-close marker for it as it now is."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute(sql)
    conn.commit()
    conn.close()
    assert leave_marker(path, today)


def test_refused_for_a_database_of_another_schema(board: Path, today: date) -> None:
    revouch(board, today, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    refused(board, today, "schema")


def test_refused_for_a_board_without_users(board: Path, today: date) -> None:
    revouch(board, today, "DELETE FROM users")
    refused(board, today, "no users")


def test_refused_for_a_disabled_account(board: Path, today: date) -> None:
    with Workspace.open(board, actor=ADMIN) as ws:
        ws.users.set_role("someone.else", "clinician")
        ws.users.disable("someone.else")
    refused(board, today, "may not read", identity="someone.else")
    with pytest.raises(Exception, match="disabled"):  # the services' own rule says the same
        with Workspace.open(board, actor="someone.else") as ws:
            ws.require("read")


@pytest.mark.parametrize("more", [{"search": "berg"}, {"site": "colorectal"}, {"status": "draft"},
                                  {"ready": True}, {"meeting_id": 1}])
def test_refused_for_a_search_or_a_filter(board: Path, today: date, more: dict[str, Any]) -> None:
    refused(board, today, "query", first(**more))


def test_refused_for_a_file_sqlite_cannot_read(tmp_path: Path, today: date) -> None:
    path = tmp_path / "not-a-board.sqlite"
    path.write_bytes(b"these are not the pages of a database" * 200)
    assert leave_marker(path, today)
    refused(path, today, "unreadable")


def test_the_glance_imports_neither_sqlalchemy_nor_qt(board: Path, today: date) -> None:
    """Nor pydantic: the first window's rows and query are plain tuples and records (start-up time)."""
    code = ("import sys, datetime\nfrom tumorboard.services.glance import FirstPage, look\n"
            "rows = look(sys.argv[1], FirstPage(limit=40), datetime.date.today(), "
            f"identity={ADMIN!r}).rows\nassert rows, 'no rows'\n"
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'PySide6', 'alembic', 'pydantic') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, str(board)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
