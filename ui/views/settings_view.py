"""Settings: hospital name and logo, core specialties for the quorum, the rule
parameters (read-only, with citations), the database location, backup and restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services import Workspace
from tumorboard.services.audit import AuditReport
from tumorboard.services.schemas import Progress, Settings, StandingMember, TierChange
from ui.context import Context
from ui.i18n import core_text, label, language, translate
from ui.views.about import rule_set_text


class SettingsView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsView")
        self.settings: Settings | None = None
        title = QLabel(translate("Settings", "Settings"))
        title.setObjectName("pageTitle")

        self.hospital = QLineEdit()
        self.hospital.setAccessibleName(translate("Settings", "Hospital name"))
        self.logo = QLineEdit()
        self.logo.setAccessibleName(translate("Settings", "Logo file"))
        self.logo.setPlaceholderText(translate("Settings", "PNG or JPEG printed on handouts (optional)"))
        browse = QPushButton(translate("Settings", "Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.specialties = QPlainTextEdit()
        self.specialties.setAccessibleName(translate("Settings", "Core specialties, one per line"))
        self.specialties.setMaximumHeight(84)
        self.specialties.setMinimumHeight(60)  # three lines of a list, never squeezed to a sliver
        self.members = QPlainTextEdit()
        self.members.setObjectName("standingMembers")
        self.members.setAccessibleName(translate("Settings", "Standing members, one per line: name, role"))
        self.members.setPlaceholderText(translate("Settings", "Dr. Chen, hepatobiliary surgery\nDr. Weber, radiology"))
        self.members.setMaximumHeight(84)
        self.members.setMinimumHeight(60)
        self.members_error = QLabel()
        self.members_error.setObjectName("fieldError")
        self.members_error.hide()
        # whom patients call: printed on every patient document, which is refused while these are blank
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(translate("Settings", "Contact for patients: name"))
        self.contact_name.setPlaceholderText(translate("Settings", "e.g. the liver clinic nurses"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setAccessibleName(translate("Settings", "Contact for patients: phone"))
        self.contact_hours = QLineEdit()
        self.contact_hours.setAccessibleName(translate("Settings", "Contact for patients: hours"))
        self.contact_hours.setPlaceholderText(translate("Settings", "e.g. Monday to Friday, 8:00 to 16:00"))
        self.board_email = QLineEdit()
        self.board_email.setAccessibleName(translate("Settings", "The board's e-mail address: calendar invitations come from it"))
        self.board_email.setPlaceholderText(translate("Settings", "e.g. liver-mdt@hospital.example"))
        self.inform_days = QSpinBox()
        self.inform_days.setRange(0, 30)
        self.inform_days.setAccessibleName(translate("Settings", "Inform patient and referrer within (working days)"))
        self.slot_default = QSpinBox()
        self.slot_default.setRange(1, 240)
        self.slot_default.setSuffix(translate("Settings", " min"))
        self.slot_default.setAccessibleName(translate("Settings", "Minutes per case on the agenda"))
        self.save_button = QPushButton(translate("Settings", "Save settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("muted")
        board = QGroupBox(translate("Settings", "The board"))
        bf = QFormLayout(board)
        bf.addRow(translate("Settings", "Hospital name"), self.hospital)
        bf.addRow(translate("Settings", "Logo"), logo_row)
        bf.addRow(translate("Settings", "Core specialties\n(quorum)"), self.specialties)
        bf.addRow(translate("Settings", "Standing members\n(name, role)"), self.members)
        bf.addRow("", self.members_error)
        bf.addRow(translate("Settings", "Patients call"), self.contact_name)
        bf.addRow(translate("Settings", "Phone"), self.contact_phone)
        bf.addRow(translate("Settings", "Hours"), self.contact_hours)
        bf.addRow(translate("Settings", "Invitations from"), self.board_email)
        bf.addRow(translate("Settings", "Inform within\n(working days)"), self.inform_days)
        bf.addRow(translate("Settings", "Minutes per case"), self.slot_default)
        srow = QHBoxLayout()
        srow.addWidget(self.save_button)
        srow.addWidget(self.saved_note, 1)
        bf.addRow(srow)
        self.test_print_button = QPushButton(translate("Settings", "Test print"))
        self.test_print_button.setToolTip(translate(
            "Settings", "A handout with invented patients under this letterhead: checks logo, name and printer"))
        self.test_print_button.clicked.connect(lambda: self.test_print())
        trow = QHBoxLayout()
        trow.addWidget(self.test_print_button)
        note = QLabel(translate("Settings", "invented patients, this letterhead"))
        note.setObjectName("muted")
        trow.addWidget(note)
        trow.addStretch(1)
        bf.addRow(translate("Settings", "Handouts"), trow)

        self.db_label = QLabel(ctx.ws.location)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.setWordWrap(True)
        self.backup_button = QPushButton(translate("Settings", "Back up now…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(translate("Settings", "Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore)
        if not ctx.ws.is_sqlite:
            for b in (self.backup_button, self.restore_button):
                b.setEnabled(False)
                b.setToolTip(translate("Settings", "Server databases are backed up by the server's administrator."))
        db = QGroupBox(translate("Settings", "Database"))
        dl = QFormLayout(db)
        dl.addRow(translate("Settings", "Location"), self.db_label)
        self.switch_button = QPushButton(translate("Settings", "Open another database…"))
        self.switch_button.setToolTip(translate("Settings", "Another file, a new one, the department server or demo "
                                                "data; the window reopens on it"))
        self.switch_button.clicked.connect(self.ctx.switch_database_requested.emit)
        brow = QHBoxLayout()
        brow.addWidget(self.backup_button)
        brow.addWidget(self.restore_button)
        brow.addWidget(self.switch_button)
        brow.addStretch(1)
        dl.addRow(brow)
        self.audit_button = QPushButton(translate("Settings", "Check the audit trail"))
        self.audit_button.setToolTip(translate("Settings", "Recompute the audit trail's hash chain and every decision's "
                                               "fingerprint: shows whether anything was changed or deleted outside "
                                               "Tumorboard"))
        self.audit_button.clicked.connect(self.check_audit_trail)
        self.audit_result = QLabel("")
        self.audit_result.setWordWrap(True)
        self.audit_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        arow = QHBoxLayout()
        arow.addWidget(self.audit_button)
        arow.addWidget(self.audit_result, 1)
        dl.addRow(arow)
        hint = QLabel(translate("Settings", "Also from File → Open another database…, or at start: tumorboard "
                                "--db FILE gui, or TUMORBOARD_DATABASE_URL for a server."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        dl.addRow(hint)

        self.parameters = QTableWidget(0, 4)
        self.parameters.setMinimumHeight(200)  # a few parameters visible even on a low screen (the page scrolls)
        self.parameters.setObjectName("parameters")
        self.parameters.setAccessibleName(translate("Settings", "Rule parameters"))
        self.parameters.setHorizontalHeaderLabels([translate("Settings", "Parameter"), translate("Settings", "Value"),
                                                   translate("Settings", "Meaning"), translate("Settings", "Source")])
        self.parameters.verticalHeader().setVisible(False)
        self.parameters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parameters.setWordWrap(True)
        hh = self.parameters.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.parameters.setAlternatingRowColors(True)
        hh.sectionResized.connect(lambda *_: self.parameters.resizeRowsToContents())
        params = QGroupBox(translate("Settings", "Rule parameters (read-only)") + "  ·  " + rule_set_text())
        pl = QVBoxLayout(params)
        note = QLabel(translate("Settings", "Thresholds the decision support uses, each with its source. "
                         "They are changed only by a reviewed parameter file, never here."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        pl.addWidget(note)
        pl.addWidget(self.parameters)
        self.reevaluate_button = QPushButton(translate("Settings", "Re-evaluate all open cases"))
        self.reevaluate_button.setToolTip(translate(
            "Settings", "Run the decision rules again on every open case (after a rule-set or parameter update)"))
        self.reevaluate_button.clicked.connect(self.reevaluate_all)
        self.reevaluate_note = QLabel()
        self.reevaluate_note.setObjectName("muted")
        self.reevaluate_note.setWordWrap(True)
        rrow = QHBoxLayout()
        rrow.addWidget(self.reevaluate_button)
        rrow.addWidget(self.reevaluate_note, 1)
        pl.addLayout(rrow)
        # after a run: the open cases whose first choice changed (double-click or Enter opens the case)
        self.reevaluate_changes = QListWidget()
        self.reevaluate_changes.setAccessibleName(translate("Settings", "Cases whose first choice changed"))
        self.reevaluate_changes.setWordWrap(True)
        self.reevaluate_changes.setMaximumHeight(160)
        self.reevaluate_changes.itemActivated.connect(self._open_changed_case)
        self.reevaluate_changes.setVisible(False)
        pl.addWidget(self.reevaluate_changes)
        self._fill_parameters()

        top = QHBoxLayout()
        top.addWidget(board, 3)
        top.addWidget(db, 2)
        # the page scrolls when the screen is lower than the page (1366x768): squeezed instead, the two-line
        # labels and the lists were cut in half and "Save settings" lost its bottom
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(params, 1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

    def _fill_parameters(self) -> None:
        try:
            infos = self.ctx.ws.rules.describe()
        except Exception as exc:  # noqa: BLE001 - show the problem instead of an empty table
            self.parameters.setRowCount(1)
            self.parameters.setItem(0, 0, QTableWidgetItem(translate("Settings", "Parameters unavailable: {e}").format(e=exc)))
            return
        self.parameters.setRowCount(len(infos))
        for r, p in enumerate(infos):
            cells = (p.name, p.value_text_in(language()), core_text(p.description), p.citation)
            for c, text in enumerate(cells):
                it = QTableWidgetItem(str(text))
                it.setToolTip(str(text))
                self.parameters.setItem(r, c, it)
        self.parameters.resizeRowsToContents()

    # -- settings --------------------------------------------------------------------
    def on_shown(self) -> None:
        self.parameters.resizeRowsToContents()
        self.ctx.tasks.run(lambda ws: ws.settings.get(), success=self.show_settings, parent=self)

    def show_settings(self, s: Settings) -> None:
        self.settings = s
        self.hospital.setText(s.hospital_name)
        self.logo.setText(s.logo_path or "")
        self.specialties.setPlainText("\n".join(s.core_specialties))
        self.members.setPlainText("\n".join(f"{m.name}, {m.role}" for m in s.standing_members))
        self.contact_name.setText(s.contact_name)
        self.contact_phone.setText(s.contact_phone)
        self.contact_hours.setText(s.contact_hours)
        self.board_email.setText(s.board_email)
        self.inform_days.setValue(s.inform_within_working_days)
        self.slot_default.setValue(s.slot_minutes)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Settings", "Choose the hospital logo"), "",
                                              translate("Settings", "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def save(self) -> None:
        if self.settings is None:
            return
        specialties = [x.strip() for x in self.specialties.toPlainText().splitlines() if x.strip()]
        members, bad = [], []
        for line in (x.strip() for x in self.members.toPlainText().splitlines()):
            name, _, role = line.rpartition(",")
            if not line:
                continue
            if not name.strip() or not role.strip():
                bad.append(line)
            else:
                members.append(StandingMember(name=name.strip(), role=role.strip()))
        self.members_error.setText(translate("Settings", "Standing members: write each as “name, role”: {lines}")
                                   .format(lines="; ".join(bad)) if bad else "")
        self.members_error.setVisible(bool(bad))
        if bad:
            return
        new = self.settings.model_copy(update={
            "standing_members": members,
            "hospital_name": self.hospital.text().strip(),  # blank is refused with a message, not reverted
            "logo_path": self.logo.text().strip() or None,
            "core_specialties": specialties,
            "contact_name": self.contact_name.text().strip(),
            "contact_phone": self.contact_phone.text().strip(),
            "contact_hours": self.contact_hours.text().strip(),
            "board_email": self.board_email.text().strip(),
            "inform_within_working_days": self.inform_days.value(),
            "slot_minutes": self.slot_default.value(),
        })

        def done(s: Settings) -> None:
            self.show_settings(s)
            self.saved_note.setText(translate("Settings", "Saved."))
            self.ctx.settings_changed.emit()

        data, base = type(self.settings).model_validate(new.model_dump()), self.settings
        self.ctx.tasks.run(lambda ws: ws.settings.update(data, base=base), success=done, failure=self._save_failed,
                           parent=self)

    def _save_failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(self, exc)
        self.on_shown()  # show what is stored now; the user applies their change again

    # -- decision support and printing ---------------------------------------------------
    def reevaluate_all(self) -> None:
        """ws.cases.reevaluate_all() on the database thread, with a cancellable progress dialog."""
        self.reevaluate_button.setEnabled(False)
        self.reevaluate_note.setText(translate("Settings", "Re-evaluating…"))

        def done(last: Progress | None) -> None:
            self.reevaluate_button.setEnabled(True)
            self._show_changes(last.changes if last is not None else [])
            if last is None or not last.total:
                self.reevaluate_note.setText(translate("Settings", "No open cases to re-evaluate."))
            else:
                self.reevaluate_note.setText(translate(
                    "Settings", "{n} open case(s) re-evaluated; {changed} with a changed first-choice recommendation.")
                    .format(n=last.done, changed=last.changed or 0))
            self.ctx.cases_changed.emit()

        def failed(exc: BaseException) -> None:
            from ui.errors import show_error
            from ui.tasks import Cancelled

            self.reevaluate_button.setEnabled(True)
            if isinstance(exc, Cancelled):
                self.reevaluate_note.setText(translate("Settings", "Stopped; the cases done so far keep their new evaluation."))
            else:
                self.reevaluate_note.setText("")
                show_error(self, exc)

        self.ctx.tasks.run_progress(self, translate("Settings", "Re-evaluating open cases…"),
                                    lambda ws: ws.cases.reevaluate_all(), success=done, failure=failed)

    def _show_changes(self, changes: list[TierChange]) -> None:
        """One line per case whose tier-1 options changed (or whose stored facts must be corrected)."""
        self.reevaluate_changes.clear()
        for c in changes:
            head = translate("Settings", "Case {id} · MRN {mrn}").format(id=c.case_id, mrn=c.mrn)
            if c.problem:
                text = translate("Settings", "{head}: the stored facts contradict each other; open the case and "
                                 "correct them. {problem}").format(head=head, problem=" ".join(c.problem.split()))
            else:
                def names(codes: list[str]) -> str:
                    return ", ".join(label(m) for m in codes) or translate("Settings", "none")

                text = translate("Settings", "{head}: first choice was {old}; now {new} (rules {rules})").format(
                    head=head, old=names(c.old_tier1), new=names(c.new_tier1), rules=", ".join(c.rules))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.case_id)
            self.reevaluate_changes.addItem(item)
        self.reevaluate_changes.setVisible(bool(changes))

    def _open_changed_case(self, item: QListWidgetItem) -> None:
        self.ctx.open_case_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def test_print(self, done: Callable[[Path], None] | None = None) -> None:
        """A specimen handout (invented patients) under this hospital's letterhead, to the print dialog."""
        from ui.printing import export_file

        def build(ws: Workspace) -> bytes:
            from tumorboard.services.reports import specimen_pdf

            return specimen_pdf(ws)

        export_file(self.ctx, self, build, "tumorboard-test-print.pdf", done=done, then="print")

    # -- backup and restore --------------------------------------------------------------
    def backup_now(self) -> None:
        if not self.ctx.ws.is_sqlite:
            return
        default = Path.home() / f"tumorboard-backup-{datetime.now():%Y%m%d-%H%M}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self, translate("Settings", "Back up the database"), str(default),
                                              translate("Settings", "SQLite database (*.sqlite)"))
        if path:
            self.backup_to(Path(path))

    # -- audit trail ------------------------------------------------------------------
    def check_audit_trail(self) -> None:
        self.audit_button.setEnabled(False)
        self.audit_result.setText(translate("Settings", "Checking…"))

        def done(report: AuditReport) -> None:
            self.audit_button.setEnabled(True)
            if report.ok:
                text = translate("Settings", "Intact: {events} audit events and {decisions} decisions checked; nothing "
                                 "was changed outside Tumorboard.").format(events=report.events,
                                                                           decisions=report.covered_rows)
                self.audit_result.setStyleSheet("")
            else:
                text = translate("Settings", "Does not match: {problem}").format(problem=report.problem)
                self.audit_result.setStyleSheet("color: #b00020;")
            self.audit_result.setText(text)

        def failed(exc: BaseException) -> None:
            self.audit_button.setEnabled(True)
            self.audit_result.setText(translate("Settings", "The check could not run: {error}").format(error=exc))

        self.ctx.tasks.run(lambda ws: ws.audit.verify(), success=done, failure=failed, parent=self)

    def backup_to(self, path: Path) -> None:
        # the save dialog has asked before replacing an existing file (a database open in a program is still refused)
        self.ctx.tasks.run(lambda ws: ws.backup(path, force=True), success=lambda p: QMessageBox.information(
            self, translate("Settings", "Backup done"), translate("Settings", "The database was backed up to:\n{p}").format(p=p)),
            parent=self)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Settings", "Choose a backup"), str(Path.home()),
                                              translate("Settings", "SQLite database (*.sqlite *.db)"))
        if not path:
            return
        answer = QMessageBox.warning(
            self, translate("Settings", "Restore from a backup"),
            translate("Settings", "The current database will be replaced by the backup (it is checked first; a copy of "
               "the current one is kept). Tumorboard closes afterwards; start it again. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_kept: Path | None) -> None:
            QMessageBox.information(self, translate("Settings", "Restored"),
                                    translate("Settings", "The backup was restored. Tumorboard will now close."))
            QApplication.quit()

        # one service call: only an admin may; a bad backup is refused with the board still open
        self.ctx.tasks.run(lambda ws: ws.restore_from(path), success=done, parent=self)
