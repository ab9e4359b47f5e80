"""What every view shares: the Workspace, the database thread, and change notices.

Views never call each other; they tell the context what changed and listen to it.

At start the context can come before its Workspace (ui/app.py, the first glance): Context(None,
location=...) holds the database thread's jobs until `open_in_background()` opens the Workspace
there as the first job; `opened` says when it is open (`is_open`), and only then is `ws` usable."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tumorboard.errors import StorageError, error_text
from ui.date_field import set_clock
from ui.live import Watcher, notices_for
from ui.tasks import Tasks

if TYPE_CHECKING:
    from tumorboard.services import Change, Workspace


class Context(QObject):
    cases_changed = Signal()
    meetings_changed = Signal()
    followups_changed = Signal()
    settings_changed = Signal()
    open_case_requested = Signal(int)  # case id; 0 = a new case
    review_requested = Signal(int)  # meeting id
    #: a colleague (another workstation or program) saved something of this case: the Change
    case_changed_elsewhere = Signal(object)
    switch_database_requested = Signal()  # Settings asks the main window to open another database
    #: the background whole-file check found the database damaged: the message (saves are refused from now on)
    database_damaged = Signal(str)
    #: the background whole-file check ended: True whole, False damaged (tests wait on it)
    whole_file_checked = Signal(bool)
    #: the Workspace is open (the first glance's window: it was opened on the database thread)
    opened = Signal(object)

    def __init__(self, workspace: Workspace | None, log_path: Path | None = None, parent: QObject | None = None,
                 location: str = "") -> None:
        super().__init__(parent)
        self._ws = workspace
        #: where the database is, for people (the status bar), known before the Workspace is open
        self.location = workspace.location if workspace is not None else location
        self.tasks = Tasks(workspace, self)
        set_clock(self.today)  # date fields judge "not after today" by the workspace's clock
        self.log_path = log_path
        #: written files are handed to the print dialog or the system viewer (False: screenshots, tests)
        self.open_files = True
        self._watcher: Watcher | None = None
        #: the latest changes the live feed delivered, ours included (tests wait on them)
        self.live_recent: deque[Change] = deque(maxlen=200)
        self._checker: threading.Thread | None = None

    @property
    def ws(self) -> Workspace:
        if self._ws is None:
            raise RuntimeError("the database is not open yet: wait for Context.opened")
        return self._ws

    @property
    def is_open(self) -> bool:
        return self._ws is not None

    def open_in_background(self, opener: Callable[[], Workspace],
                           failure: Callable[[BaseException], object]) -> None:
        """Open the Workspace on the database thread, before every job asked for so far; `opened` follows
        on the GUI thread, or failure(exc)."""
        self.tasks.open(opener, success=self._opened, failure=failure)

    def _opened(self, ws: Workspace) -> None:
        self._ws = ws
        self.location = ws.location
        self.opened.emit(ws)

    def start_whole_file_check(self) -> None:
        """SQLite's whole-file check, skipped at open because a recent clean close vouched for the file
        (tumorboard/store/integrity.py), runs now on a thread of its own: the window stays usable, the
        database thread is not held up, and damage is said at once (database_damaged)."""
        if self._checker is not None:
            return

        def check() -> None:
            try:
                problems = self.ws.verify_whole_file()
            except Exception:  # noqa: BLE001 - a failing check must not end the program; the next open checks
                logging.getLogger(__name__).exception("the background whole-file check failed")
                return
            if problems is None:
                return  # interrupted: the program is closing
            if problems:
                try:
                    self.ws.db.refuse_if_damaged()
                except StorageError as exc:
                    self.database_damaged.emit(error_text(exc, None))  # in the window's language
            self.whole_file_checked.emit(not problems)

        self._checker = threading.Thread(target=check, name="whole-file check", daemon=True)
        self._checker.start()

    def start_live_updates(self) -> None:
        """Show colleagues' changes as they are committed (ui/live.py); idempotent."""
        if self._watcher is None and self._ws is not None:
            self._watcher = Watcher(self._ws, self)
            self._watcher.arrived.connect(self._changes_arrived)
            self._watcher.start()

    def _changes_arrived(self, changes: list[Change]) -> None:
        if self._watcher is None:
            return  # shut down: a batch queued before the watcher stopped has no one to refresh
        self.live_recent.extend(changes)
        theirs = [c for c in changes if c.origin != self.ws.db.origin]  # our own saves refresh themselves
        if not theirs:
            return
        notices = notices_for(theirs)
        for name, signal in (("cases", self.cases_changed), ("meetings", self.meetings_changed),
                             ("followups", self.followups_changed), ("settings", self.settings_changed)):
            if name in notices:
                signal.emit()
        for c in theirs:
            if c.case_id is not None:
                self.case_changed_elsewhere.emit(c)

    def today(self) -> date:
        """The workspace clock's day (tests fix it), never the wall clock directly. Before the Workspace is
        open (nothing asks then: no date field is shown) the services' default clock's day, the calendar's."""
        return self._ws.today() if self._ws is not None else date.today()

    def everything_changed(self) -> None:
        self.cases_changed.emit()
        self.meetings_changed.emit()
        self.followups_changed.emit()

    def shutdown(self) -> None:
        if self._checker is not None:
            self.ws.interrupt_checks()
            self._checker.join(timeout=10)
            self._checker = None
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.tasks.shutdown()
