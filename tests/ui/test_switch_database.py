"""File → Open another database…: the choice is checked here, then Tumorboard starts again on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.conftest import make_case, wait_idle
from ui.main_window import MainWindow
from ui.views.welcome import WelcomeDialog


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(MainWindow, "start_detached", staticmethod(lambda program, args: started.append((program, args))))
    monkeypatch.setattr(MainWindow, "quit_application", staticmethod(lambda: started.append(("quit", []))))
    return started


def choose(monkeypatch: pytest.MonkeyPatch, pick: Any) -> list[str]:
    """The dialog answers with `pick(dialog)`; returns the intro texts it showed."""
    shown: list[str] = []

    def exec_(dlg: WelcomeDialog) -> int:
        shown.append(dlg.windowTitle())
        pick(dlg)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return shown


def test_a_new_database_is_created_remembered_and_the_program_starts_again_on_it(
        qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    target = tmp_path / "ward" / "board.sqlite"

    def pick(dlg: WelcomeDialog) -> None:
        dlg.new.setChecked(True)
        dlg.new_path.setText(str(target))
        dlg.hospital.setText("St. Elsewhere")

    shown = choose(monkeypatch, pick)
    assert window.switch_database()
    assert shown == ["Open another database"]
    assert target.is_file(), "created (and migrated) before the switch"
    program, args = launches[0]
    assert args[-3:] == ["--db", str(target), "gui"] and launches[-1] == ("quit", [])
    assert QSettings().value("database/location") == str(target)
    assert not window.isVisible()
    from tumorboard.services import Workspace

    new = Workspace.open(target)
    try:
        assert new.settings.get().hospital_name == "St. Elsewhere"
    finally:
        new.close()


def test_a_file_that_is_not_a_database_is_refused_and_the_program_stays(
        qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("minutes of the last meeting", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: warnings.append(text))
    choose(monkeypatch, lambda dlg: (dlg.open_file.setChecked(True), dlg.open_path.setText(str(bogus))))
    before = QSettings().value("database/location")
    assert not window.switch_database()
    assert warnings and launches == [] and window.isVisible()
    assert QSettings().value("database/location") == before
    make_case(ctx.ws)  # still working on the current database
    window.cases.load_now()
    wait_idle(qtbot, ctx)
    assert window.cases.model.rowCount() == 1


def test_demo_data_starts_the_program_in_demo_mode(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    choose(monkeypatch, lambda dlg: dlg.demo.setChecked(True))
    assert window.switch_database()
    assert launches[0][1][-2:] == ["gui", "--demo"]


def test_cancelling_the_dialog_changes_nothing(window: Any, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    assert not window.switch_database()
    assert launches == [] and window.isVisible()


def test_the_settings_page_offers_the_same_switch(window: Any, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    shown = choose(monkeypatch, lambda dlg: dlg.demo.setChecked(True))
    window.go("settings")
    window.settings_page.switch_button.click()
    assert shown == ["Open another database"] and launches[0][1][-2:] == ["gui", "--demo"]
