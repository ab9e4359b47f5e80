"""What every view shares: the Workspace, the database thread, and change notices.

Views never call each other; they tell the context what changed and listen to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tumorboard.services import Workspace
from ui.tasks import Tasks


class Context(QObject):
    cases_changed = Signal()
    meetings_changed = Signal()
    followups_changed = Signal()
    settings_changed = Signal()
    open_case_requested = Signal(int)  # case id; 0 = a new case
    review_requested = Signal(int)  # meeting id

    def __init__(self, workspace: Workspace, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace = workspace
        self.tasks = Tasks(workspace, self)
        self.log_path = log_path

    def today(self) -> date:
        """The workspace clock's day (tests fix it), never the wall clock directly."""
        return self.ws.today()

    def everything_changed(self) -> None:
        self.cases_changed.emit()
        self.meetings_changed.emit()
        self.followups_changed.emit()

    def shutdown(self) -> None:
        self.tasks.shutdown()
