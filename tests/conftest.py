"""Fixtures shared by every test folder: a fresh database per test.

Storage and service tests are marked `db`. They run on a temporary SQLite file,
or, when TUMORBOARD_TEST_POSTGRES_URL names a PostgreSQL server (URL ending in
/postgres), on a freshly created, uniquely named database there, dropped afterwards.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

POSTGRES_ENV = "TUMORBOARD_TEST_POSTGRES_URL"
#: "today" for every test's workspace: the session's first day, fixed through the run (a run that crosses
#: midnight still sees one day). Tests take it from the `today` fixture or ws.today(), never date.today().
SESSION_DAY = date.today()

# the program's log goes to a throw-away folder for the whole run (the CLI logs every command), never into
# the user's own log; a test that checks the log sets its own folder
if "TUMORBOARD_LOG_DIR" not in os.environ:
    os.environ["TUMORBOARD_LOG_DIR"] = tempfile.mkdtemp(prefix="tumorboard-test-log-")
    atexit.register(shutil.rmtree, os.environ["TUMORBOARD_LOG_DIR"], True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "db: storage/service test; runs on SQLite, or on PostgreSQL when TUMORBOARD_TEST_POSTGRES_URL is set",
    )


@pytest.fixture
def today() -> date:
    """The day the test workspaces' clock says it is (SESSION_DAY)."""
    return SESSION_DAY


@pytest.fixture(scope="session")
def session_clock() -> object:
    """One FixedClock for every test workspace: the day is SESSION_DAY, the time runs on from noon, so
    two workspaces of one test stamp their rows in the order they write them."""
    from tumorboard.services import FixedClock

    return FixedClock(SESSION_DAY)


@pytest.fixture(autouse=True)
def _environment_restored() -> Iterator[None]:
    """Whatever a test sets in os.environ is undone after it (order independence)."""
    saved = dict(os.environ)
    yield
    if os.environ != saved:
        os.environ.clear()
        os.environ.update(saved)


def postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: SQLite file path or PostgreSQL URL."""
    server = postgres_server_url()
    if server is None:
        yield str(tmp_path / "board.sqlite")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def open_workspace(db_url: str, session_clock: object) -> Iterator[Callable[..., object]]:
    """Open (another) session on the test database: open_workspace(actor="bob", role="coordinator").

    The first actor opens the new board and so is its admin (as the account creating a database is).
    Each later actor is registered by that admin with `role` first (default clinician: everything but
    settings and users); role=None leaves an unknown actor unregistered (a viewer)."""
    from tumorboard.services import Workspace

    opened: list[Workspace] = []

    def _open(actor: str = "tester", role: str | None = "clinician") -> Workspace:
        if opened and role is not None and actor != opened[0].actor:
            opened[0].users.set_role(actor, role)
        ws = Workspace.open(db_url, actor=actor)
        ws.clock = session_clock  # type: ignore[assignment]
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.close()


@pytest.fixture
def workspace(open_workspace: Callable[..., object]) -> object:
    """A Workspace on a fresh database, acting as "tester"."""
    return open_workspace("tester")


@pytest.fixture
def is_postgres() -> bool:
    return postgres_server_url() is not None


@pytest.fixture
def cli_admin(workspace: Any) -> str:
    """The account `tumorboard --db` runs as in this test run (the OS account, or the server login),
    registered as admin of the test board by its creator: for tests that drive the CLI on the board
    the `workspace` fixture made (the CLI never takes a name from the environment)."""
    from tumorboard.services.database import authenticated_identity

    account = authenticated_identity(workspace.engine, workspace.url)
    if account != workspace.actor:
        workspace.users.set_role(account, "admin")
    return account


@pytest.fixture(autouse=True)
def _core_language_restored() -> Iterator[None]:
    """The core's session language back to English after each test (the GUI sets it to its own)."""
    yield
    from tumorboard.i18n import set_default_language

    set_default_language("en")
