"""Start the desktop application: Qt, fonts, translations, logging, crash
handler, the database (first-run welcome when there is none), the main window.

The first glance (issue 17, start-up): on a local SQLite board the main window is shown with the case
list's first page read by tumorboard/services/glance.py -- with sqlite3, before SQLAlchemy and the
tables are imported -- and the Workspace is opened right after on the database thread, as its first
job (ui/tasks.py); the list is then read again through the service. Until then the window offers the
case list only (ui/main_window.py). When the glance cannot vouch for the file (after a crash, a
schema to migrate, an account that may not read, a server, a first run, a demo, screenshots ...) the
ordinary start runs, as before: the Workspace opened, then the window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tumorboard.applog import setup_logging
from tumorboard.resources import real_path, resource
from ui import crash
from ui.database_choice import default_database_path, name_hospital, open_choice, open_demo
from ui.i18n import install_translators
from ui.server_login import open_server
from ui.style import STYLESHEET

if TYPE_CHECKING:
    from tumorboard.services import Workspace

log = logging.getLogger("tumorboard.gui")

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")
#: Latin first, then the shipped CJK font: Chinese names never show as boxes
FONT_FAMILIES = ["DejaVu Sans", "Droid Sans Fallback"]


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Tumorboard")
    QCoreApplication.setApplicationName("Tumorboard")
    register_fonts(app)
    install_translators(app)
    app.setStyleSheet(STYLESHEET)
    icon = resource("icons", "app.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(real_path("icons", "app.png"))))
    return app


def register_fonts(app: QApplication) -> list[str]:
    families: list[str] = []
    for name in FONT_FILES:
        fid = QFontDatabase.addApplicationFont(str(real_path("fonts", name)))
        if fid < 0:
            log.warning("font %s could not be registered", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(fid))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    return families


# -- the database ------------------------------------------------------------------
def glance_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file open_workspace would open without asking anything, when there is one; None for a
    demo, a server, a first run (and --screenshot: it takes the ordinary path)."""
    if args.demo or args.screenshot:
        return None
    named = getattr(args, "db", None) or os.environ.get("TUMORBOARD_DATABASE_URL")
    if named:
        return None if "://" in named else Path(named)
    remembered = str(QSettings().value("database/location") or "")
    if "://" in remembered:
        return None
    if remembered and Path(remembered).exists():
        return Path(remembered)
    default = default_database_path()
    return default if default.exists() else None


def open_workspace(args: argparse.Namespace) -> Workspace | None:
    """The Workspace to use, asking on first run; None when the user cancelled."""
    from tumorboard.services import Workspace

    if args.demo:
        return open_demo(args.demo_cases, show_progress=not args.screenshot)
    parameters = getattr(args, "parameters_file", None)  # `tumorboard --parameters FILE gui`
    named = getattr(args, "db", None) or os.environ.get("TUMORBOARD_DATABASE_URL")
    if named and "://" in named:
        return open_server(named)[0]  # the keyring's password, or asked
    if named:
        return Workspace.open(args.db, parameters=parameters)
    remembered = str(QSettings().value("database/location") or "")
    if "://" in remembered:
        return open_server(remembered)[0]
    if remembered and Path(remembered).exists():
        return Workspace.open(remembered, parameters=parameters)  # a vanished file is asked for again below
    if default_database_path().exists():
        return Workspace.open(None, parameters=parameters)
    return first_run()


def first_run() -> Workspace | None:
    from ui.errors import explain
    from ui.views.welcome import WelcomeDialog

    while True:
        dlg = WelcomeDialog(default_database_path())
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dlg.choice()
        try:
            ws = open_demo(300) if choice.kind == "demo" else open_choice(choice)
        except Exception as exc:  # noqa: BLE001 - say why, offer the dialog again
            info = explain(exc)
            QMessageBox.warning(None, info.title, info.text)
            continue
        if choice.hospital_name and choice.kind == "demo":
            name_hospital(ws, choice.hospital_name)
        return ws


def settle_memory() -> None:
    """Move everything loaded at start-up out of the garbage collector's view: a full
    collection over it blocked the GUI thread for 250 ms while scrolling (measured). No collection
    first: at this point it found nothing to free (0 objects, 100,000 cases) and cost 90-240 ms of
    the start (measured, issue 17)."""
    gc.freeze()


# -- running ---------------------------------------------------------------------------
#: the background whole-file check starts this long after the window is shown
WHOLE_FILE_CHECK_AFTER_MS = 3000

_IN_EVENT_LOOP: list[bool] = [False]


def run_event_loop(app: QApplication) -> int:
    """app.exec(), with the signal handlers told that the loop is running (stop_on_signals)."""
    _IN_EVENT_LOOP[0] = True
    try:
        return app.exec()
    finally:
        _IN_EVENT_LOOP[0] = False


def stop_on_signals(app: QApplication) -> None:
    """SIGTERM, SIGINT and SIGHUP end the program the ordinary way, so what runs at exit runs (the demo's
    temporary folder is removed, settings are saved): in the event loop it is left, before it (while a
    demo is being made) SystemExit unwinds. A socket wakes Qt's loop so Python sees the signal at once."""
    import signal
    import socket

    def stop(signum: int, _frame: Any) -> None:
        log.info("stopping on signal %d", signum)
        if _IN_EVENT_LOOP[0]:
            app.quit()
        else:
            raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, stop)
    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError):  # the handlers still run, at the next Python call from Qt
        log.warning("no wake-up socket for signals")
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(512))  # drained; Python runs the handler now
    app._tumorboard_wakeup = (reader, writer, notifier)  # type: ignore[attr-defined]  # kept alive


def run(args: argparse.Namespace) -> int:
    log_path = setup_logging(console=True)
    app = make_application()
    stop_on_signals(app)
    crash.install(log_path)
    path = glance_file(args)
    if path is not None:
        code = serve_glance(app, path, args, log_path)
        if code is not None:
            return code
    from ui.errors import explain

    try:
        ws = open_workspace(args)
    except Exception as exc:  # noqa: BLE001 - a database that cannot be opened: say why, exit 2
        log.exception("could not open the database")
        info = explain(exc)
        if args.screenshot:
            print(f"tumorboard: {info.text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, info.title, info.text)
        return 2
    if ws is None:
        return 0
    return start(app, ws, args, log_path)


def start(app: QApplication, ws: Workspace, args: argparse.Namespace, log_path: Path | None) -> int:
    """The ordinary start on an open Workspace: the account checked, then the window (or the screenshots)."""
    from tumorboard.errors import PermissionDenied
    from ui.context import Context
    from ui.errors import explain
    from ui.main_window import MainWindow

    try:
        ws.require("read")  # a disabled account: said now and plainly, not as a failing case list
    except PermissionDenied as exc:
        info = explain(exc)
        ws.close()
        if args.screenshot:
            print(f"tumorboard: {info.text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, info.title, info.text)
        return 2
    if args.screenshot:
        ctx = Context(ws, log_path)
        window = MainWindow(ctx)
        window.remember_layout = False
        window.cases.load_now()
        settle_memory()
        try:
            from ui.screenshots import capture

            ctx.open_files = False
            saved = capture(window, Path(args.screenshot))
            print("\n".join(str(p) for p in saved))
            return 0
        finally:
            ctx.shutdown()
            ws.close()
    return serve(app, ws, log_path)


def serve_glance(app: QApplication, path: Path, args: argparse.Namespace, log_path: Path | None) -> int | None:
    """Show the main window with the first glance's rows, open the Workspace on the database thread, and run
    the event loop (then go on as serve() when another database is chosen). None: the glance could not vouch
    for the file; nothing was shown and the ordinary start follows."""
    from tumorboard.services import glance
    from ui.models.case_table import FIRST_PAGE

    # no pydantic, no services' schemas before the window is shown: the glance's rows are plain tuples and its
    # query a plain record of the list's sort (start-up time, issue 17)
    today = date.today()  # the services' clock is the calendar's day (services/clock.py Clock.today)
    rows = glance.first_page(path, glance.FirstPage(limit=FIRST_PAGE), today)
    if rows is None:
        return None
    from ui.context import Context
    from ui.main_window import MainWindow

    parameters = getattr(args, "parameters_file", None)
    ctx = Context(None, log_path, location=f"SQLite: {path.resolve()}")
    window = MainWindow(ctx)
    sort, descending = window.cases.model.sort_order  # the remembered sort may be another
    if (sort, descending) != ("name", False):
        rows = glance.first_page(path, glance.FirstPage(limit=FIRST_PAGE, sort=sort, descending=descending),  # type: ignore[arg-type]
                                 today) or []  # [] (rare): the service's rows follow
    window.cases.model.show_glance(rows)
    outcome: dict[str, Any] = {}

    def opener() -> Workspace:  # on the database thread
        from tumorboard.services import Workspace

        ws = Workspace.open(path, parameters=parameters)
        try:
            ws.require("read")  # as start(): a disabled account is refused (the glance saw it allowed)
        except BaseException:
            ws.close()
            raise
        return ws

    def failed(exc: BaseException) -> None:  # said as the ordinary start says it, then the program ends
        from ui.errors import explain

        log.error("could not open the database: %s", type(exc).__name__)
        info = explain(exc)
        QMessageBox.critical(window, info.title, info.text)
        outcome["code"] = 2
        app.exit(2)

    check_later = make_timer_for(window, ctx)

    def opened(ws: Workspace) -> None:
        outcome["ws"] = ws
        log.info("window open on %s", ws.location)
        window.cases.model.complete.connect(lambda _n: settle_memory(), Qt.ConnectionType.SingleShotConnection)
        check_later.start()

    ctx.opened.connect(opened)
    try:
        window.show()
        # the opening starts once the list's rows are painted: its imports (SQLAlchemy, the tables, pydantic) on
        # the database thread hold Python's lock for tens of ms at a time, and started at once they held up the
        # first paint and the first answer of the event loop (issue 17)
        after_first_paint(window.cases.table.viewport(), lambda: ctx.open_in_background(opener, failure=failed))
        code = run_event_loop(app)
    finally:
        check_later.stop()
        window.hide()  # closed by the user, or the open failed: the program ends (or goes on in a new window)
        ctx.shutdown()  # waits for the database thread; a Workspace it opened after the window closed is closed
        ws = outcome.get("ws")
        if ws is not None:
            ws.close()
    following = window.next_workspace
    window.deleteLater()
    if "code" in outcome:
        return int(outcome["code"])
    if following is None:
        return code
    return serve(app, following, log_path)


#: the opening starts at the latest this long after the window is shown, painted or not (a hidden window)
OPEN_AT_THE_LATEST_MS = 300


class _FirstPaint(QObject):
    """Calls `then` once, a zero-time timer after `widget`'s first paint (the event loop goes on with the rest of
    that paint first), or OPEN_AT_THE_LATEST_MS after it was asked when no paint comes."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            then()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """`then()` once `widget` has been painted (or OPEN_AT_THE_LATEST_MS after this call, whichever is first)."""
    _FirstPaint(widget, then)


def make_timer_for(window: QWidget, ctx: Any) -> QTimer:
    """The background whole-file check the open skipped, WHOLE_FILE_CHECK_AFTER_MS after the list is in."""
    from ui.tasks import make_timer

    return make_timer(window, WHOLE_FILE_CHECK_AFTER_MS, ctx.start_whole_file_check)


def serve(app: QApplication, ws: Workspace, log_path: Path | None) -> int:
    """Show the main window on `ws` and run the event loop. File → Open another database… ends the
    loop with the next workspace chosen and opened (MainWindow.next_workspace): this one's database
    thread, live-update watcher and connections are closed, and a new window opens on the next."""
    from ui.context import Context
    from ui.main_window import MainWindow
    from ui.tasks import make_timer

    while True:
        ctx = Context(ws, log_path)
        window = MainWindow(ctx)
        window.cases.load_now()
        settle_memory()
        # the whole-file check the open skipped (tumorboard/store/integrity.py), once the case list is in:
        # started at once it competed with the first list load for the disk
        check_later = make_timer(window, WHOLE_FILE_CHECK_AFTER_MS, ctx.start_whole_file_check)
        try:
            window.show()
            log.info("window open on %s", ws.location)
            check_later.start()
            code = run_event_loop(app)
        finally:
            check_later.stop()
            ctx.shutdown()
            ws.close()
        following = window.next_workspace
        window.deleteLater()
        if following is None:
            return code
        ws = following
