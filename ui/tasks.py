"""Background work: one worker thread owns the database.

Modelled on Anki's CollectionOp/QueryOp + taskman: a call site is one line,

    tasks.run(lambda ws: ws.cases.create(data), success=self._created, parent=self)

`fn` runs on the database thread with the Workspace; `success(result)` or
`failure(exc)` is then called on the GUI thread. Jobs run one at a time in the
order they were submitted, so writes never race each other. Long core work is
a generator of Progress (TagStudio's habit); `run_progress` drives a
cancellable QProgressDialog from it.

At start the window can come before the database is open (ui/app.py, the first glance): Tasks(None)
holds every job asked for until `open()` queues the opening of the Workspace as the first job; the
held jobs follow it in order, so none runs before the Workspace is whole, and none is lost.
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from tumorboard.errors import InvalidInput, TumorboardError
from ui.i18n import translate

if TYPE_CHECKING:
    from tumorboard.services import Workspace

log = logging.getLogger(__name__)


#: every timer and database thread the GUI made, so tests can prove none outlives them
LIVE_TIMERS: weakref.WeakSet[QTimer] = weakref.WeakSet()
LIVE_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def make_timer(parent: QObject, interval_ms: int, slot: Callable[[], None], single_shot: bool = True) -> QTimer:
    """A QTimer owned by `parent` (stopped and deleted with it), registered for the leak check."""
    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    LIVE_TIMERS.add(timer)
    return timer


class Cancelled(Exception):
    """The user pressed Cancel on a progress dialog."""


T = TypeVar("T")
S = TypeVar("S")


@dataclass(eq=False)
class Job(Generic[T]):
    """One piece of work for the database thread: `fn(workspace)`, then `success(result)` on the GUI thread."""

    fn: Callable[[Workspace], T]
    success: Callable[[T], object] | None = None
    failure: Callable[[BaseException], object] | None = None
    parent: QWidget | None = None
    progress: Callable[[int, int, str], None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    id: int = 0
    dialog: QProgressDialog | None = None
    #: the job that opens the Workspace (Tasks.open): its result becomes the database thread's workspace
    opens: bool = False


class NotOpen(RuntimeError):
    """A job asked for the database after its opening failed: dropped, nobody is told (the failed opening
    is what the user is told about, and the program then ends)."""


class _Worker(QObject):
    """Lives on the database thread; runs jobs in submission order."""

    done = Signal(object, bool, object)  # job, ok, result-or-exception
    progressed = Signal(object, int, int, str)

    def __init__(self, workspace: Workspace | None) -> None:
        super().__init__()
        self.workspace = workspace

    @Slot(object)
    def execute(self, job: Job[Any]) -> None:
        try:
            if job.cancel.is_set():
                raise Cancelled()
            if job.opens:
                self.workspace = job.fn(None)  # type: ignore[arg-type]  # the opener takes no workspace
                result: Any = self.workspace
            elif self.workspace is None:
                raise NotOpen("the database could not be opened")
            else:
                result = job.fn(self.workspace)
            if isinstance(result, Iterator) and job.progress is not None:
                result = self._drain(job, result)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            if isinstance(exc, TumorboardError):  # InvalidInput, StaleEdit, NotFound, PermissionDenied, a file not written
                # a refusal the user is shown in words: no traceback, and no values (they may be patient data)
                log.info("refused: %s (%s)", type(exc).__name__,
                         ", ".join(p.field for p in exc.problems) if isinstance(exc, InvalidInput) else "")
            elif not isinstance(exc, Cancelled | NotOpen):
                log.warning("background task failed: %s", exc, exc_info=exc)
            self.done.emit(job, False, exc)
        else:
            self.done.emit(job, True, result)

    def _drain(self, job: Job[Any], steps: Iterator[Any]) -> Any:
        last = None
        try:
            for step in steps:
                last = step
                self.progressed.emit(
                    job, int(getattr(step, "done", 0)), int(getattr(step, "total", 0)),
                    str(getattr(step, "message", "") or ""),
                )
                if job.cancel.is_set():
                    raise Cancelled()
        finally:
            close = getattr(steps, "close", None)
            if close:
                close()  # lets the core's generator roll back / clean up
        return last


class Tasks(QObject):
    """The GUI thread's handle on the database thread."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ids = itertools.count(1)
        self._pending: dict[int, Job[Any]] = {}
        self._closed = False
        #: jobs asked for before the Workspace's opening was queued (None: nothing is held any more)
        self._held: list[Job[Any]] | None = [] if workspace is None else None
        self._thread = QThread()
        self._thread.setObjectName("tumorboard-db")
        LIVE_THREADS.add(self._thread)
        self._worker = _Worker(workspace)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    # -- submitting ---------------------------------------------------------
    def run(
        self,
        fn: Callable[[Workspace], T],
        success: Callable[[T], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        parent: QWidget | None = None,
    ) -> Job[T]:
        """Run `fn(workspace)` on the database thread; `success(result)` or `failure(exc)` follows
        on the GUI thread (no failure callback: the error is shown in a message box)."""
        job = Job(fn, success, failure, parent, id=next(self._ids))
        return self._queue(job)

    def run_progress(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[Workspace], Iterator[S]],
        success: Callable[[S | None], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
    ) -> Job[Iterator[S]]:
        """Run a core generator of Progress with a cancellable progress dialog."""
        dialog = QProgressDialog(title, translate("Tasks", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, message: str) -> None:
            if dialog.wasCanceled():  # Escape or closing the dialog cancels too
                job.cancel.set()
                return
            if total:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            if message:
                dialog.setLabelText(message)

        def finish(callback: Callable[[Any], object] | None) -> Callable[[Any], None]:
            def wrapped(value: Any) -> None:  # the last step the generator yielded (None: it yielded none)
                dialog.close()
                dialog.deleteLater()
                if callback:
                    callback(value)
            return wrapped

        def failed(exc: BaseException) -> None:
            if failure:
                failure(exc)
            elif not isinstance(exc, Cancelled):
                from ui.errors import show_error

                show_error(parent, exc)

        job: Job[Iterator[S]] = Job(fn, finish(success), finish(failed), parent, progress=progress,
                                    id=next(self._ids), dialog=dialog)
        dialog.canceled.connect(job.cancel.set)
        return self._queue(job)

    def open(self, opener: Callable[[], Workspace], success: Callable[[Workspace], object] | None = None,
             failure: Callable[[BaseException], object] | None = None) -> Job[Workspace]:
        """Open the Workspace on the database thread (`opener()`), first; the jobs held until now follow it.
        success(workspace) on the GUI thread; then `workspace` is set here too."""
        if self._held is None:
            raise RuntimeError("the workspace is already open or being opened")

        def opened(ws: Workspace) -> None:
            self.workspace = ws
            if success:
                success(ws)

        job: Job[Workspace] = Job(lambda _none: opener(), opened, failure, id=next(self._ids), opens=True)
        held, self._held = self._held, None
        self._queue(job)
        for waiting in held:
            self._queue(waiting)
        return job

    def _queue(self, job: Job[T]) -> Job[T]:
        if self._held is not None and not self._closed:  # before the opening: held, in order
            self._held.append(job)
            return job
        if self._closed or not self._thread.isRunning():
            # Closing: a late refresh (a live-update notice, a result that was already queued)
            # asks for more work. Nothing will run it, and nobody waits for it.
            log.debug("job %d dropped: the database thread has been shut down", job.id)
            if job.dialog is not None:
                job.dialog.close()
            return job
        self._pending[job.id] = job
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return job

    # -- results on the GUI thread -------------------------------------------
    @Slot(object, int, int, str)
    def _progressed(self, job: Job[Any], done: int, total: int, message: str) -> None:
        if job.progress and job.id in self._pending:
            job.progress(done, total, message)

    @Slot(object, bool, object)
    def _finished(self, job: Job[Any], ok: bool, result: Any) -> None:
        self._pending.pop(job.id, None)
        if self._closed:
            return  # finished after shutdown: the window it would update is closing
        if not self._pending:
            self.busy_changed.emit(False)
        if job.parent is not None and not isValid(job.parent):
            return  # the widget that asked is gone; nobody to tell
        if not ok and isinstance(result, NotOpen):
            log.debug("job %d dropped: the database could not be opened", job.id)
            return
        if ok:
            if job.success:
                job.success(result)
        elif isinstance(result, Cancelled):
            if job.failure and job.dialog is not None:
                job.failure(result)  # closes the dialog; callers ignore Cancelled
        elif job.failure:
            job.failure(result)
        else:
            from ui.errors import show_error

            show_error(job.parent, result)

    # -- state ---------------------------------------------------------------
    def idle(self) -> bool:
        return not self._pending and not self._held

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel what is running, let the thread finish, and stop it. Later requests are dropped."""
        self._closed = True
        for job in list(self._pending.values()):
            job.cancel.set()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.error("database thread did not stop in %d ms", timeout_ms)
        self._pending.clear()
        self._held = None
        opened = self._worker.workspace
        if self.workspace is None and opened is not None and not self._thread.isRunning():
            # opened on the database thread after the window closed: nobody got it, so it is closed here
            # (cleanly: the next start may skip the whole-file check)
            self._worker.workspace = None
            opened.close()
