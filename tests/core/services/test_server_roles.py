"""Server mode: the PostgreSQL server enforces the board's roles (`tumorboard server setup`).

Real logins on the test server (names unique per test, prefixed h15b_, dropped afterwards);
each person connects with their own login and the board knows them by `session_user`.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from tests.conftest import postgres_server_url
from tumorboard.errors import InvalidInput, PermissionDenied
from tumorboard.services import Workspace
from tumorboard.services.server_roles import setup

pytestmark = [pytest.mark.db, pytest.mark.skipif(postgres_server_url() is None,
                                                 reason="needs TUMORBOARD_TEST_POSTGRES_URL (a PostgreSQL server)")]


@dataclass
class Board:
    dba_url: str
    prefix: str
    admin: str
    clinician: str
    coordinator: str
    viewer: str
    stranger: str

    def url(self, login: str) -> str:
        return make_url(self.dba_url).set(username=login, password=None).render_as_string(hide_password=False)


@pytest.fixture
def board() -> Iterator[Board]:
    server = postgres_server_url()
    assert server is not None
    tag = f"h15b_{uuid.uuid4().hex[:8]}_"
    database = f"{tag}board"
    logins = {who: f"{tag}{who}" for who in ("alice", "cleo", "carl", "vera", "sam")}
    dba = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    try:
        with dba.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{database}"'))
            for login in logins.values():
                conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        dba_url = make_url(server).set(database=database).render_as_string(hide_password=False)
        yield Board(dba_url, tag, logins["alice"], logins["cleo"], logins["carl"], logins["vera"], logins["sam"])
    finally:
        with dba.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                 {"p": tag.replace("_", r"\_") + "%"}).scalars().all()
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        dba.dispose()


def _raw(url: str, sql: str, **params: object) -> None:
    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    finally:
        engine.dispose()


def _has_column(board: Board, table: str, column: str) -> bool:
    engine = create_engine(board.dba_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM information_schema.columns WHERE table_name = :t AND "
                                     "column_name = :c"), {"t": table, "c": column}).first() is not None
    finally:
        engine.dispose()


def _set_up(board: Board) -> None:
    setup(make_url(board.dba_url), board.admin, board.prefix)
    with Workspace.open(board.url(board.admin)) as ws:  # the admin connects with their own login
        assert ws.actor == board.admin and ws.user.role == "admin"
        ws.users.set_role(board.clinician, "clinician")
        ws.users.set_role(board.coordinator, "coordinator")
        ws.users.add(board.viewer, "viewer", "Vera Viewer")


def test_each_login_gets_the_database_privileges_of_its_role(board: Board) -> None:
    _set_up(board)
    # the coordinator prepares a case and a meeting; cannot record the decision
    with Workspace.open(board.url(board.coordinator)) as ws:
        assert ws.actor == board.coordinator and ws.user.role == "coordinator"
        case = ws.cases.create({"patient": {"mrn": "S-1", "name": "Server Patient"},
                                "facts": {"primary_site": "colorectal", "primary_resected": True,
                                          "liver_mets": "none", "age_years": 63, "ecog": 0}})
        meeting = ws.meetings.create({"meeting_date": date(2026, 12, 2)})
        item = ws.meetings.add_case(meeting.id, case.id, "Surveillance?")
        decision = {"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"}
        with pytest.raises(PermissionDenied) as err:
            ws.decisions.record(decision)
        assert err.value.action == "decision.record" and err.value.needed == "clinician"
    # ... and the server refuses the coordinator's raw INSERT into decisions
    with pytest.raises(ProgrammingError, match="permission denied"):
        _raw(board.url(board.coordinator),
             "INSERT INTO decisions (version, created_at, created_by, updated_at, updated_by, case_id, modalities, "
             "intent, rationale, patient_preference, trial_considered, deviation, informer, patient_informed, "
             "referrer_informed, notes, rule_set_name, rule_set_version, recorded_by, recorded_role, recorded_at) "
             "VALUES (1, now(), 'x', now(), 'x', :case, '[]', 'curative', '', '', false, false, '', false, false, "
             "'', '', '', 'x', 'x', now())", case=case.id)
    # the clinician records it; the decision names who and in which role
    with Workspace.open(board.url(board.clinician)) as ws:
        d = ws.decisions.record(decision)
        assert d.recorded_by == board.clinician and d.recorded_role == "clinician"
    # the viewer reads, cannot write through the services, nor by raw SQL
    with Workspace.open(board.url(board.viewer)) as ws:
        assert ws.user.role == "viewer" and ws.cases.get(case.id).patient.mrn == "S-1"
        with pytest.raises(PermissionDenied):
            ws.cases.update(case.id, {"title": "changed"}, expected_version=1)
    for sql in ("INSERT INTO patients (version, created_at, created_by, updated_at, updated_by, mrn, name, sex, "
                "name_key, search_key) VALUES (1, now(), 'v', now(), 'v', 'V-1', 'Forged', 'unknown', '', '')",
                "UPDATE cases SET title = 'forged'", "DELETE FROM agenda_items"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            _raw(board.url(board.viewer), sql)
    # nobody's connection changes or deletes audit events, not even the admin's
    forgeries = ["UPDATE audit_events SET actor = 'Dr. Innocent'", "DELETE FROM audit_events", "TRUNCATE audit_events"]
    if _has_column(board, "audit_events", "hash"):  # the hash chain: set once, by the program, never again
        forgeries.append("UPDATE audit_events SET hash = 'forged', prev_hash = 'forged'")
    for login in (board.admin, board.clinician):
        for sql in forgeries:
            with pytest.raises(ProgrammingError, match="permission denied|must be owner|never changed"):
                _raw(board.url(login), sql)


def test_a_login_the_board_does_not_know_is_a_viewer_and_the_server_agrees(board: Board) -> None:
    _set_up(board)
    # sam has a login but no board role: the server does not even let him connect to the database
    with pytest.raises(Exception, match="permission denied"):
        Workspace.open(board.url(board.stranger))
    with Workspace.open(board.url(board.admin)) as ws:
        ws.users.set_role(board.stranger, "viewer")
    with Workspace.open(board.url(board.stranger)) as ws:
        assert ws.user.role == "viewer" and ws.user.registered
        with pytest.raises(PermissionDenied):
            ws.meetings.create({"meeting_date": date(2026, 12, 9)})


def test_a_changed_role_changes_the_server_privileges_at_once(board: Board) -> None:
    _set_up(board)
    with Workspace.open(board.url(board.viewer)) as viewer:
        with pytest.raises(PermissionDenied):
            viewer.meetings.create({"meeting_date": date(2026, 12, 9)})
        with Workspace.open(board.url(board.admin)) as admin:
            admin.users.set_role(board.viewer, "coordinator")
        assert viewer.meetings.create({"meeting_date": date(2026, 12, 9)}).id  # the same open workspace
        with Workspace.open(board.url(board.admin)) as admin:
            admin.users.disable(board.viewer)
            with pytest.raises(InvalidInput, match="only active admin"):
                admin.users.disable(board.admin)
        with pytest.raises(PermissionDenied, match="disabled"):
            viewer.meetings.create({"meeting_date": date(2026, 12, 16)})
    with pytest.raises(OperationalError, match="permission denied for database"):  # not even a connection
        _raw(board.url(board.viewer), "INSERT INTO attendances (meeting_id, name, role, present) "
             "VALUES (1, 'x', 'y', true)")


def test_setup_sql_is_printed_for_the_dba_and_setup_runs_from_the_cli(board: Board) -> None:
    cli = [sys.executable, "-m", "tumorboard"]
    printed = subprocess.run([*cli, "server", "setup", board.dba_url, "--admin", board.admin, "--prefix",
                              board.prefix, "--print-sql"], capture_output=True, text=True, timeout=120)
    assert printed.returncode == 0, printed.stderr
    assert 'REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM PUBLIC;' in printed.stdout
    assert f'GRANT SELECT ON "cases" TO "{board.prefix}viewer";' in printed.stdout
    ran = subprocess.run([*cli, "server", "setup", board.dba_url, "--admin", board.admin, "--prefix", board.prefix],
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    me = subprocess.run([*cli, "--db", board.url(board.admin), "users", "me"], capture_output=True, text=True,
                        timeout=120)
    assert me.returncode == 0 and me.stdout.startswith(f"{board.admin}: admin"), me.stdout + me.stderr
    # again (as after an upgrade): idempotent
    again = subprocess.run([*cli, "server", "setup", board.dba_url, "--admin", board.admin, "--prefix",
                            board.prefix], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    refused = subprocess.run([*cli, "server", "setup", board.dba_url, "--admin", "h15b_no_such_login", "--prefix",
                              board.prefix], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "existing PostgreSQL login" in refused.stderr


def test_sslmode_in_the_url_is_honoured_and_the_password_never_shown() -> None:
    from tumorboard.errors import StorageError

    server = make_url(postgres_server_url() or "")
    # the test server speaks no TLS: a URL that demands it is refused, not quietly sent in clear text
    demanding = server.set(password="s3cret-h15b", query={"sslmode": "require"}).render_as_string(hide_password=False)
    with pytest.raises(StorageError) as err:
        Workspace.open(demanding)
    assert "SSL" in str(err.value) and "s3cret-h15b" not in str(err.value)


def test_a_login_that_may_not_change_tables_is_told_to_ask_the_dba_for_an_upgrade(board: Board) -> None:
    from tumorboard.errors import StorageError
    from tumorboard.services.permissions import Role
    from tumorboard.services.server_roles import setup_statements
    from tumorboard.store.database import make_engine
    from tumorboard.store.migrate import upgrade_to

    dba = make_engine(make_url(board.dba_url))
    try:
        upgrade_to(dba, "0004_readiness_columns")  # the tables of an older version of the program
        with dba.begin() as conn:
            tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
            for statement in setup_statements(make_url(board.dba_url).database or "", tables, board.prefix,
                                              [(board.coordinator, Role.coordinator)]):
                conn.exec_driver_sql(statement)
        with pytest.raises(StorageError, match="may not change them") as err:
            Workspace.open(board.url(board.coordinator))
        assert "tumorboard server setup" in str(err.value)
        with dba.connect() as conn:  # nothing was changed
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0004_readiness_columns"
    finally:
        dba.dispose()
