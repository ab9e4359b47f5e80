"""Start-up pieces: fonts, errors in plain language, background ops, progress
that can be cancelled, the crash handler, the first-run dialog, window memory."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase, QFontMetrics
from sqlalchemy.exc import OperationalError

from tests.ui.conftest import wait_idle
from tumorboard.errors import FieldProblem, InvalidInput, StaleEdit


def test_cjk_font_is_registered_and_covers_chinese_names(app: Any) -> None:
    assert "Droid Sans Fallback" in QFontDatabase.families()
    metrics = QFontMetrics(app.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "张伟李静"), "Chinese would show as boxes"


@pytest.mark.parametrize(("exc", "words"), [
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), "disk holding the database is full"),
    (OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked")), "another program or workstation"),
    (InvalidInput([FieldProblem("ecog", 7, "a whole number from 0 to 4")]), "ECOG performance status: “7” is not allowed"),
    (StaleEdit("case", 1, "dr.lee", None), "changed by dr.lee"),
])
def test_errors_become_plain_language(app: Any, exc: BaseException, words: str) -> None:
    from ui.errors import explain

    info = explain(exc)
    assert words in info.text, info.text


def test_background_op_reports_success_and_failure_on_the_gui_thread(qtbot: Any, ctx: Any) -> None:
    import threading

    gui = threading.get_ident()
    seen: list[Any] = []
    ctx.tasks.run(lambda ws: threading.get_ident(), success=lambda tid: seen.append(("ok", tid != gui,
                                                                                       threading.get_ident() == gui)))
    ctx.tasks.run(lambda ws: ws.cases.get(999), failure=lambda e: seen.append(("failed", type(e).__name__)))
    wait_idle(qtbot, ctx)
    assert seen == [("ok", True, True), ("failed", "NotFound")]


def test_work_asked_for_while_closing_is_dropped_not_raised(qtbot: Any, ctx: Any) -> None:
    """A live-update refresh or a queued result can arrive while the window closes (CI saw a
    meeting reload raise "the database thread has been shut down" in teardown)."""
    import threading

    from ui.tasks import Tasks

    tasks = Tasks(ctx.ws)
    seen: list[str] = []
    gate = threading.Event()
    tasks.run(lambda ws: gate.wait(5), success=lambda _: seen.append("late result"))
    gate.set()
    tasks.shutdown()
    job = tasks.run(lambda ws: seen.append("ran"), success=lambda _: seen.append("late success"))
    qtbot.wait(200)  # the first job's queued result, and anything else, has had its chance
    assert job.id and seen == [] and tasks.idle()


def test_progress_generator_can_be_cancelled(qtbot: Any, ctx: Any) -> None:
    import time

    from tumorboard.services.schemas import Progress
    from ui.tasks import Cancelled

    closed: list[bool] = []
    started: list[int] = []

    def steps(ws: Any) -> Any:
        def gen() -> Any:
            try:
                for i in range(200):
                    started.append(i)
                    time.sleep(0.01)
                    yield Progress(done=i, total=200, message=f"step {i}")
            finally:
                closed.append(True)
        return gen()

    outcome: list[Any] = []
    job = ctx.tasks.run_progress(None, "Working", steps, success=outcome.append, failure=outcome.append)
    qtbot.waitUntil(lambda: bool(started))  # the work is running: now cancel it
    from PySide6.QtWidgets import QPushButton

    job.dialog.findChild(QPushButton).click()  # the Cancel button
    wait_idle(qtbot, ctx)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert closed == [True], "the core generator was closed (its clean-up ran)"


def test_crash_handler_writes_the_log_and_stays_quiet_under_tests(app: Any, tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    from ui import crash

    previous = sys.excepthook
    calls: list[Any] = []
    sys.excepthook = lambda *a: calls.append(a)
    try:
        crash.install(tmp_path / "tumorboard.log")
        assert not crash.crash_dialog_enabled()
        with caplog.at_level(logging.CRITICAL, logger="tumorboard.crash"):
            try:
                raise RuntimeError("boom")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert "uncaught exception" in caplog.text and "boom" in caplog.text
    assert calls, "the previous hook still runs (pytest reports the error)"


def test_welcome_dialog_offers_the_four_starts(app: Any, tmp_path: Path) -> None:
    from ui.views.welcome import WelcomeDialog

    dlg = WelcomeDialog(tmp_path / "data" / "tumorboard.sqlite")
    assert dlg.choice().kind == "new" and dlg.choice().location.endswith("tumorboard.sqlite")
    dlg.open_file.setChecked(True)
    assert "existing database file" in dlg.problem()
    existing = tmp_path / "x.sqlite"
    existing.write_bytes(b"")
    dlg.open_path.setText(str(existing))
    assert dlg.problem() == "" and dlg.choice().location == str(existing)
    dlg.server.setChecked(True)
    dlg.server_url.setText("not a url")
    assert dlg.problem()
    dlg.server_url.setText("postgresql+psycopg://board@db.hospital/tumorboard")
    assert dlg.problem() == ""
    dlg.demo.setChecked(True)
    dlg.hospital.setText("北京协和医院")
    assert dlg.choice() == type(dlg.choice())("demo", "", "北京协和医院")
    dlg.deleteLater()


def test_window_layout_is_remembered(qtbot: Any, window: Any) -> None:
    window.go("settings")
    window.resize(1111, 777)
    window.save_layout()
    assert QSettings().value("main/page") == "settings"
    assert QSettings().value("main/geometry") is not None


def test_about_box_names_versions_and_log(qtbot: Any, window: Any) -> None:
    from ui.views.about import show_about

    box = show_about(window, window.ctx)
    text = box.text()
    assert "Tumorboard" in text and "Rule set" in text and "Database schema" in text and "Log file" in text
    box.close()


def test_status_bar_shows_database_and_rule_set(window: Any) -> None:
    assert str(window.ctx.ws.location) in window.db_label.text()
    assert "Rule set" in window.rules_label.text()


def test_every_view_has_accessible_names(window: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit

    window.open_case(0)
    unnamed = [w.objectName() or type(w).__name__ for w in window.findChildren(QLineEdit) + window.findChildren(QComboBox)
               if w.isVisibleTo(w.window()) and not w.accessibleName() and not w.parent().inherits("QAbstractSpinBox")
               and not w.parent().inherits("QComboBox")]
    assert unnamed == []


def test_chinese_translation_loads(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from ui.i18n import DATE_LOCALE, day_text, install_translators, label, translate

    monkeypatch.setenv("TUMORBOARD_LANG", "zh_CN")
    monkeypatch.setitem(DATE_LOCALE, "locale", DATE_LOCALE["locale"])  # restored after the test
    assert day_text(date(2026, 12, 9)) == "Wed 09 Dec 2026"
    assert day_text(date(2026, 9, 30)) == "Wed 30 Sep 2026", "three letters for every month"
    loaded = install_translators(app)
    try:
        assert translate("Main", "Cases") == "病例"
        assert label("colorectal") == "结直肠", "vocabulary labels are translated too"
        assert day_text(date(2026, 12, 9)) == "2026年12月9日 周三"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消", "Qt's own buttons follow"
    finally:
        for t in loaded:
            QCoreApplication.removeTranslator(t)
    assert translate("Main", "Cases") == "Cases"


def test_database_full_keeps_the_input_and_says_so(qtbot: Any, window: Any, ctx: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.conftest import make_case
    from tests.ui.helpers import enter

    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    enter(editor, "ecog", "2")

    def full(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("UPDATE cases", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(ctx.ws.cases, "update", full)
    assert editor.save()
    wait_idle(qtbot, ctx)
    assert "disk holding the database is full" in editor.last_error_box.text()
    assert editor.form.controls["ecog"].editor.text() == "2" and editor.is_dirty()
    editor.last_error_box.close()


def test_first_run_creates_the_database_where_shown_and_names_the_hospital(
        app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from PySide6.QtWidgets import QDialog

    from ui import app as app_module
    from ui.views.welcome import WelcomeDialog

    monkeypatch.delenv("TUMORBOARD_DATABASE_URL", raising=False)
    monkeypatch.setattr(app_module, "default_database_path", lambda: tmp_path / "data" / "tumorboard.sqlite")
    QSettings().remove("database/location")
    shown: list[str] = []

    def answer(dlg: WelcomeDialog) -> int:
        shown.append(dlg.new_path.text())
        dlg.hospital.setText("北京协和医院")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    args = argparse.Namespace(demo=False, demo_cases=0, screenshot=None, db=None)
    ws = app_module.open_workspace(args)
    try:
        assert shown == [str(tmp_path / "data" / "tumorboard.sqlite")], "the dialog showed where it will live"
        assert (tmp_path / "data" / "tumorboard.sqlite").is_file()
        assert ws.settings.get().hospital_name == "北京协和医院"
        assert QSettings().value("database/location") == str(tmp_path / "data" / "tumorboard.sqlite")
    finally:
        ws.close()
        QSettings().remove("database/location")
