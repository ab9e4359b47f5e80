"""Start-up with the first glance (ui/app.py, tumorboard/services/glance.py): the main window comes with the
case list's first page read before the database is opened; the Workspace opens on the database thread as
its first job and the service's rows replace the glance's. What the user asks for meanwhile waits for the
open Workspace (or is disabled); an open that fails is said as before."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import wait_idle


def make_board(path: Path, cases: int = 60) -> Path:
    """A board of this OS account (its admin), closed cleanly: the glance can vouch for it."""
    from tumorboard.services import Workspace

    with Workspace.open(path) as ws:
        for n in range(cases):
            ws.cases.create({"patient": {"mrn": f"FG-{n:03d}", "name": f"Berg {n:03d}"},
                             "facts": {"primary_site": "colorectal"}})
    return path


def gui_args(db: Path, **more: Any) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), demo=False, demo_cases=300, screenshot=None, parameters_file=None, **more)


def main_windows() -> list[Any]:
    from ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def names(model: Any) -> list[str]:
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_the_window_shows_the_glance_rows_then_the_service_rows(qtbot: Any, app: Any, tmp_path: Path) -> None:
    """The real start (ui.app.serve_glance, its event loop): first the glance's rows with the Workspace not yet
    open and only the case list offered, then the service's rows, the same, with everything offered."""
    from tumorboard.services import Workspace
    from tumorboard.services.schemas import CaseQuery
    from ui.app import serve_glance
    from ui.models.case_table import FIRST_PAGE, first_page_query

    board = make_board(tmp_path / "board.sqlite")
    with Workspace.open(board) as ws:
        wanted = [r.name for r in ws.cases.query(first_page_query(CaseQuery()))]
    seen: dict[str, Any] = {}
    ticks = [0]

    def drive() -> None:
        ticks[0] += 1
        wins = main_windows()
        if ticks[0] > 1500:
            QApplication.quit()
            return
        if wins:
            w = wins[0]
            state = (w.cases.model.source, w.ctx.is_open, names(w.cases.model)[:FIRST_PAGE], w.cases.model.rowCount(),
                     w.nav.isEnabled(), w.act_new.isEnabled(), w.cases.new_button.isEnabled())
            seen.setdefault("first", state)
            if w.cases.model.source == "service" and w.ctx.tasks.idle() and not w.cases.model.loading:
                seen["last"] = state
                w.close()
                return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert serve_glance(app, board, gui_args(board), None) == 0
    assert len(wanted) == FIRST_PAGE
    assert seen["first"] == ("glance", False, wanted, FIRST_PAGE, False, False, False)  # nothing else offered
    assert seen["last"] == ("service", True, wanted, 60, True, True, True)  # then every case, everything offered
    assert not main_windows()


def test_the_remembered_sort_is_the_order_the_glance_reads(qtbot: Any, app: Any, tmp_path: Path) -> None:
    """The list's header remembers its sort (MRN, descending): the first window notes it while it is built (no
    query is made then) and the glance reads that order; the service's rows that follow are in it too."""
    from PySide6.QtCore import QSettings, Qt

    from tumorboard.services import Workspace
    from ui.app import serve_glance
    from ui.context import Context
    from ui.main_window import MainWindow

    board = make_board(tmp_path / "board.sqlite", cases=50)
    with Workspace.open(board) as ws:
        ctx = Context(ws)
        window = MainWindow(ctx)
        window.cases.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # MRN, descending
        window.cases.save_layout(QSettings())
        ctx.shutdown()
        window.deleteLater()
    seen: dict[str, Any] = {}

    def drive() -> None:
        wins = main_windows()
        if wins:
            model = wins[0].cases.model
            seen.setdefault("first", (model.source, model.sort_order, names(model)[:3]))
            if model.source == "service" and wins[0].ctx.tasks.idle() and not model.loading:
                seen["last"] = (model.source, model.query.sort, model.query.descending, names(model)[:3])
                wins[0].close()
                return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert serve_glance(app, board, gui_args(board), None) == 0
    assert seen["first"] == ("glance", ("mrn", True), ["Berg 049", "Berg 048", "Berg 047"])
    assert seen["last"] == ("service", "mrn", True, ["Berg 049", "Berg 048", "Berg 047"])


def test_the_glance_is_not_used_when_it_cannot_vouch_for_the_file(app: Any, tmp_path: Path) -> None:
    """After an unclean shutdown the whole-file check runs before any window (the ordinary start): no window."""
    from tumorboard.store.integrity import marker_path
    from ui.app import serve_glance

    board = make_board(tmp_path / "board.sqlite", cases=3)
    marker_path(board).unlink()
    before = len(main_windows())
    assert serve_glance(app, board, gui_args(board), None) is None
    assert len(main_windows()) == before


def test_what_is_asked_before_the_workspace_is_open_waits_for_it(qtbot: Any, app: Any, tmp_path: Path) -> None:
    """A case opened from the glance's list, a search typed and a read asked for while the Workspace is still
    opening: none runs on a half-open Workspace, none is lost; they follow the open, in order."""
    from tumorboard.services import Workspace, glance
    from ui.context import Context
    from ui.main_window import MainWindow
    from ui.models.case_table import first_page_query
    from ui.views.case_editor import CaseEditor

    board = make_board(tmp_path / "board.sqlite")
    ctx = Context(None, location=f"SQLite: {board}")
    ctx.open_files = False
    window = MainWindow(ctx)
    rows = glance.first_page(board, first_page_query(window.cases.current_query()), ctx.today())
    assert rows
    window.cases.model.show_glance(rows)
    window.show()
    qtbot.waitExposed(window)
    gate = threading.Event()
    opened_at: list[bool] = []
    reads: list[tuple[bool, int]] = []

    def opener() -> Any:  # held at the gate: the test acts while the Workspace is opening
        assert gate.wait(30)
        ws = Workspace.open(board)
        opened_at.append(True)
        return ws

    failures: list[BaseException] = []
    try:
        first_id = window.cases.model.case_id(0)
        assert first_id is not None
        ctx.open_case_requested.emit(first_id)  # double-click / Enter on the first row
        window.cases.search.setText("Berg 05")
        window.cases.apply_filter()
        ctx.tasks.run(lambda ws: (bool(opened_at), ws.cases.count()), success=reads.append)
        ctx.open_in_background(opener, failure=failures.append)
        qtbot.wait(300)
        assert not window.findChildren(CaseEditor) and reads == []  # waiting, not run, not dropped
        assert names(window.cases.model)[:2] == ["Berg 000", "Berg 001"]  # the glance still shown
        assert not window.nav.isEnabled() and not window.act_new.isEnabled()
        gate.set()
        qtbot.waitUntil(lambda: ctx.is_open and bool(reads) and bool(window.findChildren(CaseEditor)), timeout=20000)
        assert failures == []
        assert reads == [(True, 60)]  # after the Workspace was whole
        editor = window.editors[first_id]
        assert editor.isVisible()
        qtbot.waitUntil(lambda: window.cases.model.source == "service" and not window.cases.model.loading,
                        timeout=20000)
        assert names(window.cases.model) == [f"Berg {n:03d}" for n in range(50, 60)]  # the search, typed before
        assert window.nav.isEnabled() and window.act_new.isEnabled()
    finally:
        gate.set()
        for ed in window.open_editors():
            ed.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        window.close()
        if ctx.is_open:
            wait_idle(qtbot, ctx)
        ctx.shutdown()
        if ctx.is_open:
            ctx.ws.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def test_an_open_that_fails_after_the_glance_is_said_as_before(app: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is fine (the glance vouched for it) but the open fails: a parameter file that cannot be used.
    Said in the same words as the ordinary start says it, and the program ends with 2."""
    from tumorboard.services import Workspace
    from ui.app import serve_glance
    from ui.errors import explain

    board = make_board(tmp_path / "board.sqlite", cases=3)
    bad = tmp_path / "hospital.toml"
    bad.write_text("this is = not [ toml\n", encoding="utf-8")
    twin = tmp_path / "twin.sqlite"  # the ordinary open's words, on a copy (a failed open takes the marker)
    twin.write_bytes(board.read_bytes())
    with pytest.raises(Exception) as ordinary:
        Workspace.open(twin, parameters=bad)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a: said.append((title, text)))
    args = gui_args(board)
    args.parameters_file = str(bad)
    assert serve_glance(app, board, args, None) == 2
    info = explain(ordinary.value)
    assert said == [(info.title, info.text)]
    assert str(bad) in info.text
    assert not main_windows()


def test_jobs_held_before_a_failed_open_never_run_without_a_workspace(qtbot: Any, app: Any) -> None:
    from ui.tasks import NotOpen, Tasks

    tasks = Tasks(None)
    ran: list[str] = []
    failed: list[BaseException] = []
    try:
        tasks.run(lambda ws: ran.append("read"), failure=failed.append)
        assert tasks.idle() is False  # held

        def opener() -> Any:
            raise OSError("the disk went away")

        tasks.open(opener, failure=failed.append)
        qtbot.waitUntil(lambda: len(failed) == 1 and tasks.idle(), timeout=10000)
        qtbot.wait(50)
        assert ran == []  # never run on no workspace
        assert len(failed) == 1 and isinstance(failed[0], OSError)  # the opening's failure is said, once
        assert tasks.workspace is None
        with pytest.raises(NotOpen):  # what the held job met on the database thread
            raise NotOpen("the database could not be opened")
    finally:
        tasks.shutdown()


#: the real program in a process of its own; when the list's rows are first on screen it prints which of the
#: heavy libraries are loaded and whether the Workspace is open, then ends
FIRST_PAINT_PROBE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def probe():
    from ui.main_window import MainWindow
    wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not wins or wins[0].cases.model.rowCount() == 0:
        QTimer.singleShot(1, probe)
        return
    w = wins[0]
    loaded = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'sqlalchemy', 'sqlmodel', 'alembic'})
    print(w.cases.model.source, w.ctx.is_open, w.cases.model.data(w.cases.model.index(0, 1)), loaded, flush=True)
    os._exit(0)
QTimer.singleShot(0, probe)
from ui.launcher import main
sys.exit(main(["--db", sys.argv[1], "gui"]))
"""


def test_the_first_window_shows_its_rows_before_pydantic_or_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """`tumorboard --db FILE gui` (issue 17, start-up): the window with the glance's rows comes before the services'
    schemas (pydantic) and the store (SQLAlchemy) are imported -- they are what made the start slow."""
    import os
    import subprocess
    import sys

    board = make_board(tmp_path / "board.sqlite", cases=5)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TUMORBOARD_LOG_DIR=str(tmp_path / "log"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), TUMORBOARD_NO_OPEN="1")
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(board)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "glance False Berg 000 []"
