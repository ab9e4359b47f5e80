"""The whole-file check the open skipped runs beside the window: a really damaged file is said at once in the
main window, and the next save is refused (tumorboard/store/integrity.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from tests.core.store.test_whole_file_check import _board, _damage_cases_table


def test_damage_found_after_opening_is_said_and_saves_are_refused(qtbot: Any, app: Any, tmp_path: Any) -> None:
    from tumorboard.errors import StorageError
    from tumorboard.services import Workspace
    from ui.context import Context
    from ui.main_window import MainWindow

    db = _board(tmp_path / "board.sqlite", cases=40)
    _damage_cases_table(db, keep_time=True)  # bit rot: the clean close's marker still matches
    ws = Workspace.open(db)
    ctx = Context(ws)
    window = MainWindow(ctx)
    try:
        window.show()
        with qtbot.waitSignal(ctx.whole_file_checked, timeout=30000) as checked:
            ctx.start_whole_file_check()
        assert checked.args == [False]
        qtbot.waitUntil(lambda: window.damage_box is not None and window.damage_box.isVisible(), timeout=5000)
        assert window.damage_box is not None and str(db) in window.damage_box.text()
        assert "DAMAGED" in window.db_label.text()
        with pytest.raises(StorageError, match="damaged"):
            ws.settings.update(ws.settings.get().model_copy(update={"hospital_name": "After damage"}))
    finally:
        window.close()
        ctx.shutdown()
        window.deleteLater()
        QCoreApplication.processEvents()
        ws.close()


def test_a_whole_file_passes_quietly(qtbot: Any, app: Any, tmp_path: Any) -> None:
    from tumorboard.services import Workspace
    from ui.context import Context

    db = _board(tmp_path / "board.sqlite", cases=10)
    ws = Workspace.open(db)
    ctx = Context(ws)
    try:
        with qtbot.waitSignal(ctx.whole_file_checked, timeout=30000) as checked:
            ctx.start_whole_file_check()
        assert checked.args == [True]
    finally:
        ctx.shutdown()
        ws.close()
