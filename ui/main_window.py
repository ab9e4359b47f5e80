"""The main window: navigation, pages, menus and shortcuts, status bar, remembered layout.

At start it can be shown before its Workspace is open (ui/app.py: the case list shows the first glance's
rows). Until the context says `opened`, the other pages, the menus' commands and "New case" are disabled;
a case opened from the list meanwhile opens once the Workspace is (searching, filtering and sorting
queue their reads on the database thread behind the opening)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui.context import Context
from ui.geometry import fit, keep_on_screen
from ui.i18n import translate
from ui.permissions import guard, make_banner, role_label, show_role
from ui.views.about import rule_set_text, show_about
from ui.views.cases_view import CasesView

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the other pages are imported when first shown (start-up time)
    from tumorboard.services import Workspace
    from ui.views.case_editor import CaseEditor
    from ui.views.followups_view import FollowUpsView
    from ui.views.meetings_view import MeetingsView
    from ui.views.review_view import ReviewView
    from ui.views.settings_view import SettingsView

PAGES = ("cases", "meetings", "review", "followups", "settings", "figures")


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.next_workspace: Workspace | None = None  # set by switch_database: ui.app.serve opens it next
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("Main", "Tumorboard"))
        self.editors: dict[int, CaseEditor] = {}

        self.cases = CasesView(ctx)
        # the other pages are built when first shown: start-up only pays for the case list
        self._factories = {"meetings": ("ui.views.meetings_view", "MeetingsView"),
                           "review": ("ui.views.review_view", "ReviewView"),
                           "followups": ("ui.views.followups_view", "FollowUpsView"),
                           "settings": ("ui.views.settings_view", "SettingsView"),
                           "figures": ("ui.views.figures_view", "FiguresView")}
        self._built: dict[str, QWidget] = {"cases": self.cases}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("Main", "Navigation"))
        self.nav.setFixedWidth(170)
        names = [translate("Main", "Cases"), translate("Main", "Meetings"), translate("Main", "Review"),
                 translate("Main", "Follow-ups"), translate("Main", "Settings"), translate("Main", "Board figures")]
        for name in names:
            QListWidgetItem(name, self.nav)
        self.stack = QStackedWidget()
        for name in PAGES:
            self.stack.addWidget(self._built.get(name) or QWidget())
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.role_banner = make_banner(self, central)  # the banner above the pages follows the role
        self.setTabOrder(self.nav, self.stack)

        self._build_status_bar()
        self._build_menus()
        ctx.open_case_requested.connect(lambda case_id: self._when_open(self.open_case, case_id))
        ctx.review_requested.connect(lambda meeting_id: self._when_open(self.start_review, meeting_id))
        ctx.switch_database_requested.connect(self.switch_database)
        ctx.database_damaged.connect(self.database_damaged)
        self.damage_box: QMessageBox | None = None
        #: what was asked for before the Workspace was open, done (in order) once it is
        self._after_open: list[Callable[[], object]] = []
        self._waiting: list[QAction] = []  # the commands disabled until then
        self._restore_layout()
        if ctx.is_open:
            self._workspace_open()
        else:
            self._wait_for_workspace()
            ctx.opened.connect(lambda _ws: self._workspace_open())

    def _when_open(self, action: Callable[[int], object], value: int) -> None:
        """Do `action(value)` now, or once the Workspace is open (asked from the first glance's list)."""
        if self.ctx.is_open:
            action(value)
        else:
            self._after_open.append(lambda: action(value))

    def _wait_for_workspace(self) -> None:
        """The window before its Workspace is open: only the case list, finding in it, and quitting."""
        keep = {self.act_find, self.act_quit}
        self._waiting = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()
                         if a not in keep and not a.isSeparator() and a.isEnabled()]
        for act in self._waiting:
            act.setEnabled(False)
        self.nav.setEnabled(False)
        self.cases.new_button.setEnabled(False)

    def _workspace_open(self) -> None:
        """The Workspace is open: the user's role decides what is offered, and what was asked for meanwhile runs."""
        ws = self.ctx.ws
        for act in self._waiting:
            act.setEnabled(True)
        self._waiting = []
        self.nav.setEnabled(True)
        self.cases.new_button.setEnabled(True)
        guard(self.cases, ws)
        self.db_label.setText(translate("Main", "Database: {where}").format(where=ws.location))
        user = ws.user
        self.user_label.setText(translate("Main", "{who} ({role})").format(
            who=user.display_name or user.identity, role=role_label(user.role.value if user.role else None)))
        show_role(self, self.role_banner, ws)
        self.rules_label.setText(rule_set_text())
        self.ctx.start_live_updates()  # colleagues' changes appear without a reload (ui/live.py)
        model = self.cases.model
        if model.source == "glance" or not (model.source or model.loading):
            model.reload()  # the service's rows replace the first glance's (or come first: no glance was shown)
        waiting, self._after_open = self._after_open, []
        for action in waiting:
            action()

    def database_damaged(self, text: str) -> None:
        """The background whole-file check found damage: said at once (saves are refused from now on)."""
        self.db_label.setText(translate("Main", "Database: {where} — DAMAGED, nothing more is saved").format(
            where=self.ctx.ws.location))
        self.damage_box = QMessageBox(QMessageBox.Icon.Critical, translate("Main", "The database is damaged"), text,
                                      QMessageBox.StandardButton.Ok, self)
        self.damage_box.open()

    # -- chrome ------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(translate("Main", "Database: {where}").format(where=self.ctx.location))
        self.db_label.setAccessibleName(translate("Main", "Database location"))
        self.rules_label = QLabel()  # the rule set, once the Workspace is open (it loads the rules)
        self.user_label = QLabel()  # the signed-in user, once the Workspace is open
        self.user_label.setAccessibleName(translate("Main", "Signed in as"))
        self.busy_label = QLabel()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.rules_label)
        self.ctx.tasks.busy_changed.connect(
            lambda busy: self.busy_label.setText(translate("Main", "Working…") if busy else ""))

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot, menu) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(translate("Main", "&File"))
        self.act_new = self._action(translate("Main", "&New case"), QKeySequence.StandardKey.New, lambda: self.open_case(0), file)
        self.act_print = self._action(translate("Main", "&Print…"), QKeySequence.StandardKey.Print,
                                      lambda: self._print_current(), file)
        self.act_open_pdf = self._action(translate("Main", "Open as P&DF"), None,
                                         lambda: self._print_current(then="open"), file)
        file.addSeparator()
        self.act_import_referrals = self._action(translate("Main", "Import &referrals…"), None,
                                                 self.import_referrals, file)
        self.act_import_fhir = self._action(translate("Main", "Import FHIR &bundle…"), None, self.import_fhir, file)
        self.act_export_fhir = self._action(translate("Main", "&Export the meeting as FHIR…"), None,
                                            lambda: self.export_meeting_fhir(), file)
        file.addSeparator()
        self.act_switch = self._action(translate("Main", "&Open another database…"), None, self.switch_database, file)
        self.act_backup = self._action(translate("Main", "&Back up now…"), None,
                                       lambda: self.settings_page.backup_now(), file)
        file.addSeparator()
        self.act_quit = self._action(translate("Main", "&Quit"), QKeySequence.StandardKey.Quit, self.close, file)
        edit = mb.addMenu(translate("Main", "&Edit"))
        self.act_find = self._action(translate("Main", "&Find case"), QKeySequence.StandardKey.Find, self._find, edit)
        view = mb.addMenu(translate("Main", "&View"))
        for i in range(len(PAGES)):
            self._action(self.nav.item(i).text(), f"Ctrl+{i + 1}", lambda _=False, i=i: self.go(PAGES[i]), view)
        view.addSeparator()
        self.act_full = self._action(translate("Main", "&Full screen (meeting room)"), "F11",
                                     self.toggle_full_screen, view)
        review = mb.addMenu(translate("Main", "&Review"))
        self.act_next = self._action(translate("Main", "&Next case"), "Ctrl+Right", lambda: self.review.next_case(), review)
        self.act_prev = self._action(translate("Main", "&Previous case"), "Ctrl+Left",
                                     lambda: self.review.previous_case(), review)
        helpm = mb.addMenu(translate("Main", "&Help"))
        self._action(translate("Main", "Open the &log folder"), None, self._open_log_folder, helpm)
        self._action(translate("Main", "&About Tumorboard"), None, lambda: show_about(self, self.ctx), helpm)

    def import_referrals(self) -> None:
        from ui.views.referral_import import start_import

        start_import(self.ctx, self)

    def import_fhir(self) -> None:
        from ui.views.fhir_exchange import start_import

        start_import(self.ctx, self)

    def export_meeting_fhir(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> None:
        """File > Export the meeting as FHIR: the meeting shown on the Meetings page (the page opens if
        another is shown); with none chosen, says so."""
        page = self.meetings
        if page.export_fhir(ask_where=ask_where, done=done):
            return
        self.go("meetings")
        box = QMessageBox(QMessageBox.Icon.Information, translate("Main", "Export the meeting as FHIR"),
                          translate("Main", "Choose a meeting with cases on its agenda on the Meetings page first."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("chooseMeetingFirst")
        box.open()

    # -- pages --------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page `name`, built on first use."""
        if name not in self._built:
            module, cls = self._factories[name]
            page = getattr(importlib.import_module(module), cls)(self.ctx)
            index = PAGES.index(name)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            guard(page, self.ctx.ws)
            self._built[name] = page
        return self._built[name]

    @property
    def meetings(self) -> MeetingsView:
        return self.page("meetings")  # type: ignore[return-value]

    @property
    def review(self) -> ReviewView:
        return self.page("review")  # type: ignore[return-value]

    @property
    def followups(self) -> FollowUpsView:
        return self.page("followups")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsView:
        return self.page("settings")  # type: ignore[return-value]

    # -- navigation ---------------------------------------------------------------
    def go(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row])
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "on_shown", None)
        if refresh:
            refresh()

    def toggle_full_screen(self) -> None:
        """For the meeting-room screen: the whole screen, no navigation column."""
        full = not self.isFullScreen()
        self.nav.setVisible(not full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()

    def _find(self) -> None:
        self.go("cases")
        self.cases.focus_search()

    def _print_current(self, then: str = "print") -> None:
        """Print what is on screen (the print dialog), or ("open") open its PDF in the system viewer."""
        page = self.stack.currentWidget()
        printer = getattr(page, "print_current", None)
        if printer:
            printer(then=then)
        else:
            QMessageBox.information(self, translate("Main", "Print"),
                                    translate("Main", "Open a case, a meeting or the review to print it."))

    def _open_log_folder(self) -> None:
        if self.ctx.log_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.log_path.parent)))

    # -- cases ------------------------------------------------------------------------
    def open_case(self, case_id: int) -> CaseEditor:
        """Open (or raise) the editor of a case; 0 = a new case."""
        if case_id and case_id in self.editors:
            ed = self.editors[case_id]
            ed.raise_()
            ed.activateWindow()
            return ed
        from ui.views.case_editor import CaseEditor

        ed = CaseEditor(self.ctx, case_id or None, self)
        guard(ed, self.ctx.ws)
        ed.setWindowFlag(Qt.WindowType.Window, True)
        ed.saved.connect(lambda cid, ed=ed: self._editor_saved(ed, cid))
        ed.closed.connect(self._forget_editor)
        if case_id:
            self.editors[case_id] = ed
        fit(ed, 1280, 860)  # within a 1366x768 screen, bottom edge included
        ed.show()
        return ed

    def open_editors(self) -> list[CaseEditor]:
        from ui.views.case_editor import CaseEditor

        return [ed for ed in self.findChildren(CaseEditor) if ed.isVisible()]

    def _editor_saved(self, ed: CaseEditor, case_id: int) -> None:
        self.editors[case_id] = ed

    def _forget_editor(self, case_id: int) -> None:
        self.editors.pop(case_id, None)

    def start_review(self, meeting_id: int) -> None:
        self.go("review")
        self.review.load_meeting(meeting_id)

    # -- layout memory --------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = QSettings()
        geo = s.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
            keep_on_screen(self)  # remembered on a larger screen
        else:
            fit(self, 1360, 860)
        state = s.value("main/state")
        if state is not None:
            self.restoreState(state)
        self.cases.restore_layout(s)
        remembered = s.value("main/page", "cases")
        page = remembered if isinstance(remembered, str) and remembered in PAGES else "cases"
        if page != "cases" and not self.ctx.is_open:  # the other pages need the Workspace
            self._after_open.append(lambda: self.go(page))
            page = "cases"
        self.go(page)

    remember_layout = True  # off for --screenshot runs: they must not change the user's layout

    def save_layout(self) -> None:
        if not self.remember_layout:
            return
        s = QSettings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.setValue("main/page", PAGES[max(self.nav.currentRow(), 0)])
        self.cases.save_layout(s)

    # -- another database -----------------------------------------------------------------
    @staticmethod
    def quit_application() -> None:
        """How the event loop is ended so that ui.app.serve opens the next window (tests replace it). A function
        of its own: staticmethod(QApplication.quit) copied Qt's __doc__, whose making loaded PySide's whole
        signature mapping when this class was defined (15-27 ms of the start, issue 17)."""
        QApplication.quit()

    def switch_database(self) -> bool:
        """Choose another database (file, new file, server or demo) and go on working on it, in this
        program: no restart, the server password stays in memory (or the keyring), never on a command line.

        The choice is opened here, so a wrong path, an unreachable server or an account without access
        is said now and the program keeps running on the current database. Open editors are closed
        first (unsaved changes are asked about). On success the new workspace waits in
        `next_workspace`, this window closes and `ui.app.serve` opens the next one; True then."""
        from ui.database_choice import default_database_path, name_hospital, open_choice, open_demo
        from ui.errors import explain
        from ui.views.welcome import WelcomeDialog

        dlg = WelcomeDialog(default_database_path(), self, current=str(self.ctx.ws.location))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        choice = dlg.choice()
        try:
            if choice.kind == "demo":
                ws = open_demo(300)
                if choice.hospital_name:
                    name_hospital(ws, choice.hospital_name)
            else:
                ws = open_choice(choice)
        except Exception as exc:  # noqa: BLE001 - say why and stay on the current database
            info = explain(exc)
            QMessageBox.warning(self, info.title, info.text)
            return False
        try:
            ws.require("read")  # a disabled account on the other database: said now, and we stay
        except Exception as exc:  # noqa: BLE001
            ws.close()
            info = explain(exc)
            QMessageBox.warning(self, info.title, info.text)
            return False
        if not self.close():  # an editor with unsaved changes was kept open
            ws.close()
            return False
        log.info("switching to another database: %s", ws.location)
        self.next_workspace = ws
        self.quit_application()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        for ed in self.open_editors():  # new, never-saved editors too
            if not ed.close():
                event.ignore()
                return
        if "review" in self._built and not self.review.can_leave():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
