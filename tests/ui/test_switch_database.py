"""File → Open another database…: the choice is checked here, then Tumorboard goes on with it in the same
process (ui.app.serve opens the next window): no restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.conftest import make_case, wait_idle
from ui.main_window import MainWindow
from ui.views.welcome import WelcomeDialog


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records the event loop being ended for the next window (no real quit in a test)."""
    quits: list[str] = []
    monkeypatch.setattr(MainWindow, "quit_application", staticmethod(lambda: quits.append("quit")))
    yield quits


@pytest.fixture
def next_ws(window: Any) -> Iterator[Any]:
    """The workspace the switch opened, closed after the test."""
    yield lambda: window.next_workspace
    if window.next_workspace is not None:
        window.next_workspace.close()


def choose(monkeypatch: pytest.MonkeyPatch, pick: Any) -> list[str]:
    """The dialog answers with `pick(dialog)`; returns the intro texts it showed."""
    shown: list[str] = []

    def exec_(dlg: WelcomeDialog) -> int:
        shown.append(dlg.windowTitle())
        pick(dlg)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return shown


def test_a_new_database_is_created_remembered_and_opened_without_a_restart(
        qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launches: list,
        next_ws: Any) -> None:
    target = tmp_path / "ward" / "board.sqlite"

    def pick(dlg: WelcomeDialog) -> None:
        dlg.new.setChecked(True)
        dlg.new_path.setText(str(target))
        dlg.hospital.setText("St. Elsewhere")

    shown = choose(monkeypatch, pick)
    assert window.switch_database()
    assert shown == ["Open another database"]
    assert target.is_file(), "created (and migrated) before the switch"
    assert launches == ["quit"] and not window.isVisible()
    assert QSettings().value("database/location") == str(target)
    new = next_ws()
    assert str(new.location).endswith(str(target)) and new.settings.get().hospital_name == "St. Elsewhere"


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


def test_demo_data_opens_a_demo_board(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, launches: list, next_ws: Any) -> None:
    choose(monkeypatch, lambda dlg: dlg.demo.setChecked(True))
    assert window.switch_database()
    demo = next_ws()
    assert "tumorboard-demo-" in str(demo.location) and demo.cases.count() == 300


def test_cancelling_the_dialog_changes_nothing(window: Any, monkeypatch: pytest.MonkeyPatch, launches: list) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    assert not window.switch_database()
    assert launches == [] and window.isVisible()


def test_the_settings_page_offers_the_same_switch(window: Any, monkeypatch: pytest.MonkeyPatch, launches: list,
                                                  next_ws: Any) -> None:
    shown = choose(monkeypatch, lambda dlg: dlg.demo.setChecked(True))
    window.go("settings")
    window.settings_page.switch_button.click()
    assert shown == ["Open another database"] and launches == ["quit"] and next_ws() is not None


def test_the_program_goes_on_in_a_new_window_on_the_chosen_database(
        qtbot: Any, app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real event loop of ui.app.serve: switch from one board to another and end the program there."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tumorboard.services import Workspace
    from ui.app import serve

    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    for path, mrn in ((first, "F-1"), (second, "S-1")):
        with Workspace.open(path) as ws:
            make_case(ws, mrn=mrn)
    choose(monkeypatch, lambda dlg: (dlg.open_file.setChecked(True), dlg.open_path.setText(str(second))))
    seen: list[tuple[str, int]] = []
    ticks = [0]

    def drive() -> None:  # every 50 ms: on the first board switch, on the second end the program
        ticks[0] += 1
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if ticks[0] > 600:  # 30 s: give up, the assertions below say what was seen
            QApplication.quit()
            return
        if window is not None and window.ctx.tasks.idle() and window.cases.model.rowCount():
            name = Path(str(window.ctx.ws.location).split(": ", 1)[-1]).name
            if not seen or seen[-1][0] != name:
                seen.append((name, window.cases.model.rowCount()))
                if name == "first.sqlite":
                    window.switch_database()
                else:
                    window.close()
                    return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(0, drive)
    assert serve(app, Workspace.open(first), None) == 0
    assert seen == [("first.sqlite", 1), ("second.sqlite", 1)]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
