"""The department server's password in the GUI: never in plain text. The URL is remembered without it,
the password goes to the operating system's keyring when asked to (else it is asked each time), the
restarted program gets it through its environment, not its command line. On the real PostgreSQL server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from tests.ui.test_switch_database import choose, launches, next_ws  # noqa: F401 - fixtures
from ui.views.welcome import WelcomeDialog

SECRET = "s3cret-" + uuid.uuid4().hex[:6]


class MemoryKeyring(KeyringBackend):
    """Stands in for the workstation's keyring (this Linux test machine has none); keyring's own API."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def server_db(db_url: str) -> str:
    if "://" not in db_url:
        pytest.skip("needs TUMORBOARD_TEST_POSTGRES_URL (the server-mode dialog connects to a real server)")
    return db_url


def _settings_files() -> str:
    QSettings().sync()
    folder = Path(QSettings().fileName()).parent
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_a_password_typed_into_the_address_is_taken_out_of_it(qtbot: Any, app: Any) -> None:
    dlg = WelcomeDialog(Path("x.sqlite"))
    qtbot.addWidget(dlg)
    dlg.server.setChecked(True)
    dlg.server_url.setText(f"postgresql+psycopg://board:{SECRET}@db.example.org/tumorboard")
    c = dlg.choice()
    assert c.location == "postgresql+psycopg://board@db.example.org/tumorboard" and c.password == SECRET
    assert dlg.server_password.echoMode() == dlg.server_password.EchoMode.Password


def test_without_a_keyring_remembering_is_unavailable_and_said(qtbot: Any, app: Any) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dlg = WelcomeDialog(Path("x.sqlite"))
        qtbot.addWidget(dlg)
        assert not dlg.remember_password.isEnabled() and "asked for at each start" in dlg.remember_password.toolTip()
    finally:
        keyring.set_keyring(before)


def test_the_password_goes_to_the_keyring_and_nowhere_else(
        window: Any, server_db: str, monkeypatch: pytest.MonkeyPatch, launches: list,  # noqa: F811
        memory_keyring: MemoryKeyring, next_ws: Any) -> None:  # noqa: F811
    from ui.app import open_workspace
    from ui.server_login import KEYRING_SERVICE

    def pick(dlg: WelcomeDialog) -> None:
        dlg.server.setChecked(True)
        dlg.server_url.setText(server_db)
        dlg.server_password.setText(SECRET)
        assert dlg.remember_password.isEnabled()
        dlg.remember_password.setChecked(True)

    choose(monkeypatch, pick)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert window.switch_database()
    assert memory_keyring.items == {(KEYRING_SERVICE, server_db): SECRET}
    assert QSettings().value("database/location") == server_db
    assert SECRET not in _settings_files(), "the settings file holds no password"
    assert next_ws().location.startswith("PostgreSQL") and launches == ["quit"]
    assert "PGPASSWORD" not in os.environ, "kept in the keyring: nothing else"

    asked: list[str] = []
    import ui.server_login as login

    monkeypatch.setattr(login, "ask_password", lambda *a: asked.append("asked"))
    monkeypatch.delenv("TUMORBOARD_DATABASE_URL", raising=False)
    ws = open_workspace(type("Args", (), {"demo": False, "db": None, "screenshot": None})())
    try:
        assert ws.location.startswith("PostgreSQL") and asked == []
    finally:
        ws.close()


def test_not_remembered_the_password_stays_in_memory_only(
        window: Any, server_db: str, monkeypatch: pytest.MonkeyPatch, launches: list,  # noqa: F811
        memory_keyring: MemoryKeyring, next_ws: Any) -> None:  # noqa: F811
    memory_keyring.items[("Tumorboard database server", server_db)] = "an old one"

    def pick(dlg: WelcomeDialog) -> None:
        dlg.server.setChecked(True)
        dlg.server_url.setText(server_db)
        dlg.server_password.setText(SECRET)
        dlg.remember_password.setChecked(False)

    choose(monkeypatch, pick)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert window.switch_database()
    assert memory_keyring.items == {}, "unticked: an old remembered password is forgotten"
    assert "PGPASSWORD" not in os.environ, "no restart: the open connection pool has it, nothing else"
    assert SECRET not in _settings_files()
    assert next_ws().cases.count() == 0, "the server board is open and answers"
