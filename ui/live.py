"""Live updates in the GUI: what colleagues change on the same board appears here within a second.

A watcher thread holds the core's change feed (`ws.changes()`: LISTEN/NOTIFY on PostgreSQL,
PRAGMA data_version on SQLite; its own read-only connection, it never writes) and hands each
batch of changes to the GUI thread. The context then says what changed (cases_changed,
meetings_changed, ...), so the case list, the agenda and the worklist reload as after a save of
our own; an open case hears about changes to itself (`case_changed_elsewhere`): reloaded at once
when it is not being edited, otherwise the editor offers "Reload / Keep editing"."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import translate
from ui.tasks import LIVE_THREADS

if TYPE_CHECKING:
    from tumorboard.services import Change, Workspace

log = logging.getLogger(__name__)

#: how long one wait for changes lasts (seconds): also how long stopping the watcher can take
WAIT_SECONDS = 0.25

#: which of the context's notices each audited entity means
NOTICES: dict[str, tuple[str, ...]] = {
    "case": ("cases", "meetings"), "patient": ("cases", "meetings", "followups"),
    "imaging_study": ("cases",), "lab_result": ("cases",),
    "meeting": ("meetings",), "agenda_item": ("meetings", "cases"),
    "decision": ("meetings", "cases", "followups"), "followup": ("followups", "cases"),
    "setting": ("settings",),
}
EVERYTHING = ("cases", "meetings", "followups")


def notices_for(changes: list[Change]) -> set[str]:
    out: set[str] = set()
    for c in changes:
        out.update(NOTICES.get(c.entity, EVERYTHING))
    return out


class Watcher(QThread):
    """Waits for changes on its own connection; `arrived` carries each batch to the GUI thread."""

    arrived = Signal(object)  # list[Change]
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tumorboard-live-updates")
        self._workspace = workspace
        self._stop = threading.Event()
        LIVE_THREADS.add(self)

    def run(self) -> None:
        try:
            feed = self._workspace.changes()
        except Exception as exc:  # noqa: BLE001 - live updates are a help, not a condition to work
            log.warning("live updates are off: %s", type(exc).__name__)
            self.failed.emit(type(exc).__name__)
            return
        try:
            while not self._stop.is_set():
                try:
                    batch = feed.poll(timeout=WAIT_SECONDS)
                except Exception as exc:  # noqa: BLE001 - e.g. the server restarted: say so once, stop
                    log.warning("live updates stopped: %s", type(exc).__name__)
                    self.failed.emit(type(exc).__name__)
                    return
                if batch:
                    self.arrived.emit(batch)
        finally:
            feed.close()

    def stop(self) -> None:
        self._stop.set()
        self.wait()


class ChangedElsewhereBar(QFrame):
    """"Changed by NAME at TIME: Reload / Keep editing", above a case that is being edited."""

    def __init__(self, reload: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setStyleSheet("#changedElsewhere { background: #fff4ce; border: 1px solid #c19c00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(translate("Live", "Reload"))
        self.keep_button = QPushButton(translate("Live", "Keep editing"))
        self.reload_button.setToolTip(translate("Live", "Show the saved case; your unsaved changes are dropped"))
        self.keep_button.setToolTip(translate("Live", "Go on; saving will be refused until you reload"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.reload_button)
        lay.addWidget(self.keep_button)
        self._reload = reload
        self.reload_button.clicked.connect(self._reload_clicked)
        self.keep_button.clicked.connect(self.hide)
        self.hide()

    def _reload_clicked(self) -> None:
        self.hide()
        self._reload()

    def tell(self, change: Change) -> None:
        when = change.at.astimezone().strftime("%H:%M") if change.at else ""
        self.text.setText(translate("Live", "This case was changed by {name} at {time} on another workstation.")
                          .format(name=change.actor or translate("Live", "someone"), time=when))
        self.show()
