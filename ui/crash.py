"""Last-resort handler for uncaught exceptions (Picard's idea).

The traceback goes to the log file and a small dialog says where it is. It
is switched off under tests (pytest-qt reports the exception instead) and by
TUMORBOARD_NO_CRASH_DIALOG=1 in CI."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from tumorboard.applog import safe_traceback
from ui.i18n import translate

log = logging.getLogger("tumorboard.crash")
_showing = False


def crash_dialog_enabled() -> bool:
    return not (os.environ.get("TUMORBOARD_NO_CRASH_DIALOG") or "pytest" in sys.modules)


def install(log_path: Path) -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        if not crash_dialog_enabled() or QApplication.instance() is None or _showing:
            previous(kind, exc, tb)
            return
        _showing = True  # one dialog at a time, even if painting raises again
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("Crash", "Tumorboard: unexpected error"),
                              translate("Crash", "An unexpected error occurred. Saved data is safe; the last "
                                 "action may not have completed.\n\nThe details were written to:\n{path}\n\n"
                                 "Please send this file to your IT support.").format(path=log_path))
            box.setDetailedText(safe_traceback(exc))  # a database's own text is not shown: it may quote names
            box.exec()
        finally:
            _showing = False

    sys.excepthook = hook
