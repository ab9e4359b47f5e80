"""The Meetings page: meetings, their agenda (drag to reorder, a question per case,
not-ready cases flagged), attendance with roles and the quorum check."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services import Workspace
from tumorboard.services.schemas import AttendeeIn, CaseQuery, MeetingBoard
from ui.context import Context
from ui.i18n import day_text, language, translate
from ui.models.agenda import AgendaModel
from ui.printing import export_file, make_pdf
from ui.style import BAD_FG, OK_FG
from ui.views.meeting_dialogs import ChooseCasesDialog, NewMeetingDialog


def meeting_text(m: Any) -> str:
    when = day_text(m.meeting_date)
    if m.start_time:
        when += m.start_time.strftime(" %H:%M")
    return f"{when}  ·  {m.title or translate('Meetings', 'Meeting')}" + (f"  ·  {m.place}" if m.place else "")


class MeetingsView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("meetingsView")
        self.meeting: Any = None
        self._stored_order: list[int] = []  # the agenda order as last loaded or saved (reorder checks it)
        self._loading = False
        self._quorum: Any = None  # the quorum as last shown
        self._latest: Any = None  # the latest meeting (the new-meeting dialog starts from it)
        self._core: list[str] = []  # the core specialties a quorum needs (from the settings)

        title = QLabel(translate("Meetings", "Meetings"))
        title.setObjectName("pageTitle")
        self.meeting_list = QListWidget()
        self.meeting_list.setAccessibleName(translate("Meetings", "Meetings"))
        self.meeting_list.currentRowChanged.connect(self._meeting_chosen)
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.setSpacing(2)
        self.new_button = QPushButton(translate("Meetings", "New meeting…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_meeting)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(title)
        ll.addWidget(self.new_button)
        ll.addWidget(self.meeting_list, 1)

        self.heading = QLabel(translate("Meetings", "Choose or create a meeting."))
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("muted")

        # agenda
        self.agenda = AgendaModel(self)
        self.agenda.reordered.connect(self._reordered)
        self.agenda_view = QListView()
        self.agenda_view.setObjectName("agenda")
        self.agenda_view.setAccessibleName(translate("Meetings", "Agenda"))
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setSpacing(2)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.setUniformItemSizes(False)
        self.agenda_view.selectionModel().currentChanged.connect(self._item_chosen)
        # the chosen case stands out (alternating rows hid the default highlight)
        self.agenda_view.setStyleSheet(
            "QListView#agenda::item:selected { background: #cfe3f7; color: #1d2b3a; border-left: 4px solid #1f6fb2; }")
        self._question_item: Any = None  # the agenda item the question box shows and saves to
        self._select_after_load: int | None = None  # after Move up/down: the agenda item to select again
        self.empty_agenda = QLabel(translate("Meetings", "No cases on this agenda yet. “Add ready cases…” lists the "
                                                         "cases marked ready for the board."))
        self.empty_agenda.setObjectName("emptyState")
        self.empty_agenda.setWordWrap(True)
        self.empty_agenda.hide()
        self.up_button = QPushButton(translate("Meetings", "Move up"))
        self.up_button.setToolTip("Ctrl+Up")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("Meetings", "Move down"))
        self.down_button.setToolTip("Ctrl+Down")
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, +1)):
            shortcut = QShortcut(self.agenda_view)
            shortcut.setKey(QKeySequence(Qt.KeyboardModifier.ControlModifier | key))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.question = QLineEdit()
        self.question.setAccessibleName(translate("Meetings", "Question for the board"))
        self.question.setPlaceholderText(translate("Meetings", "The question for the board about the selected case"))
        self.question.editingFinished.connect(self._save_question)
        self.slot_minutes = QSpinBox()  # minutes for the selected case; 0 shows the board's setting
        self.slot_minutes.setRange(0, 240)
        self.slot_minutes.setSpecialValueText(translate("Meetings", "default"))
        self.slot_minutes.setSuffix(translate("Meetings", " min"))
        self.slot_minutes.setAccessibleName(translate("Meetings", "Minutes planned for the selected case"))
        self.slot_minutes.editingFinished.connect(self._save_slot)
        self.add_button = QPushButton(translate("Meetings", "Add ready cases…"))
        self.add_button.clicked.connect(self.choose_cases)
        self.remove_button = QPushButton(translate("Meetings", "Remove from agenda"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.review_button = QPushButton(translate("Meetings", "Start review"))
        self.review_button.setObjectName("primary")
        self.review_button.clicked.connect(lambda: self.meeting and ctx.review_requested.emit(self.meeting.id))
        self.handout_button = QPushButton(translate("Meetings", "Print handout"))
        self.handout_button.clicked.connect(lambda: self.print_current())
        self.minutes_button = QPushButton(translate("Meetings", "Print minutes"))
        self.minutes_button.clicked.connect(self.print_minutes)
        self.invite_button = QPushButton(translate("Meetings", "Export invitation (.ics)"))
        self.invite_button.setToolTip(translate("Meetings", "A calendar invitation with the agenda (cases by number, no names)"))
        self.invite_button.clicked.connect(lambda: self.export_invitation())
        self.fhir_button = QPushButton(translate("Meetings", "Export FHIR (.json)"))
        self.fhir_button.setToolTip(translate("Meetings", "Every case on the agenda as a FHIR R4 / mCODE bundle "
                                                          "(patients, decisions, follow-ups) for the hospital's record"))
        self.fhir_button.clicked.connect(lambda: self.export_fhir())
        self.finalise_button = QPushButton(translate("Meetings", "Finalise meeting"))
        self.finalise_button.clicked.connect(self.finalise)
        agenda_box = QGroupBox(translate("Meetings", "Agenda (drag, or Ctrl+Up / Ctrl+Down, to reorder)"))
        al = QVBoxLayout(agenda_box)
        al.addWidget(self.empty_agenda)
        al.addWidget(self.agenda_view, 1)
        qrow = QHBoxLayout()
        qrow.addWidget(QLabel(translate("Meetings", "Question:")))
        qrow.addWidget(self.question, 1)
        qrow.addWidget(QLabel(translate("Meetings", "Time:")))
        qrow.addWidget(self.slot_minutes)
        al.addLayout(qrow)
        brow = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            brow.addWidget(b)
        brow.addStretch(1)
        al.addLayout(brow)

        # attendance
        self.attendance = QTableWidget(0, 3)
        self.attendance.setAccessibleName(translate("Meetings", "Attendance"))
        self.attendance.setHorizontalHeaderLabels([translate("Meetings", "Name"), translate("Meetings", "Role"),
                                                   translate("Meetings", "Present")])
        hh = self.attendance.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.attendance.verticalHeader().setVisible(False)
        self.att_name = QLineEdit()
        self.att_name.setPlaceholderText(translate("Meetings", "Name"))
        self.att_name.setAccessibleName(translate("Meetings", "Attendee name"))
        self.att_role = QComboBox()
        self.att_role.setEditable(True)
        self.att_role.setAccessibleName(translate("Meetings", "Attendee role"))
        self.att_add = QPushButton(translate("Meetings", "Add"))
        self.att_add.clicked.connect(self._add_attendee)
        self.att_save = QPushButton(translate("Meetings", "Save attendance"))
        self.att_save.clicked.connect(self.save_attendance)
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        self.quorum.setTextFormat(Qt.TextFormat.RichText)
        att_box = QGroupBox(translate("Meetings", "Attendance and quorum"))
        tl = QVBoxLayout(att_box)
        tl.addWidget(self.attendance, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.att_name, 1)
        arow.addWidget(self.att_add)
        tl.addLayout(arow)
        tl.addWidget(self.att_role)
        tl.addWidget(self.att_save)
        tl.addWidget(self.quorum)

        actions = QHBoxLayout()
        for b in (self.review_button, self.handout_button, self.minutes_button, self.invite_button,
                  self.fhir_button, self.finalise_button):
            actions.addWidget(b)
        actions.addStretch(1)

        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(agenda_box)
        inner.addWidget(att_box)
        inner.setSizes([690, 450])  # room for the attendees' roles; agenda rows are short
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.state)
        rl.addLayout(actions)
        rl.addWidget(inner, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([230, 1110])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addWidget(split)
        self._enable(False)
        ctx.meetings_changed.connect(self.refresh)
        ctx.settings_changed.connect(self._fill_roles)

    # -- loading ----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        keep = self.meeting.id if self.meeting else None
        self.ctx.tasks.run(lambda ws: ws.meetings.list(), success=lambda rows: self._fill_list(rows, keep), parent=self)
        self._fill_roles()

    def _fill_roles(self) -> None:
        self.ctx.tasks.run(lambda ws: ws.settings.get(), success=self._roles, parent=self)

    def _roles(self, settings: Any) -> None:
        self._core = list(settings.core_specialties)
        current = self.att_role.currentText()
        self.att_role.clear()
        roles = [*settings.core_specialties, translate("Meetings", "nursing"), translate("Meetings", "pathology")]
        self.att_role.addItems(list(dict.fromkeys(roles)))  # each role once (pathology is a core specialty by default)
        if current:
            self.att_role.setCurrentText(current)

    def _fill_list(self, rows: list[Any], keep: int | None) -> None:
        self._loading = True
        self.meeting_list.clear()
        rows = sorted(rows, key=lambda m: (m.meeting_date, m.start_time or 0), reverse=True)
        self._latest = rows[0] if rows else None  # a new meeting defaults to its weekday, time and place
        chosen = 0
        for i, m in enumerate(rows):
            when = day_text(m.meeting_date) + (m.start_time.strftime("  %H:%M") if m.start_time else "")
            it = QListWidgetItem(when + "\n" + translate("Meetings", "%n case(s)", "", m.item_count)
                                 + ("  ·  " + translate("Meetings", "finalised") if m.finalised else ""))
            it.setToolTip(meeting_text(m))
            it.setData(Qt.ItemDataRole.UserRole, m.id)
            self.meeting_list.addItem(it)
            if m.id == keep:
                chosen = i
        self._loading = False
        if rows:
            if keep is None:  # the next upcoming meeting, else the latest
                upcoming = [i for i, m in enumerate(rows) if m.meeting_date >= self.ctx.today()]
                chosen = upcoming[-1] if upcoming else 0
            self.meeting_list.setCurrentRow(chosen)
            self._meeting_chosen(chosen)

    def _meeting_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        mid = self.meeting_list.item(row).data(Qt.ItemDataRole.UserRole)
        self.load_meeting(int(mid))

    def load_meeting(self, meeting_id: int) -> None:
        self.ctx.tasks.run(lambda ws: ws.meetings.board(meeting_id, language()), success=self._show_meeting, parent=self)

    def _show_meeting(self, board: MeetingBoard) -> None:
        m, quorum, ready = board.meeting, board.quorum, board.readiness
        self.meeting = m
        self._stored_order = [it.id for it in m.agenda]
        self.heading.setText(meeting_text(m))
        for i in range(self.meeting_list.count()):  # keep the list's selection on the meeting shown
            if self.meeting_list.item(i).data(Qt.ItemDataRole.UserRole) == m.id and self.meeting_list.currentRow() != i:
                self._loading = True
                self.meeting_list.setCurrentRow(i)
                self._loading = False
        flagged = 0
        self.agenda.readiness = dict(ready)
        self.agenda.set_items(m.agenda)
        self.empty_agenda.setVisible(not m.agenda)
        moved = self._select_after_load
        if moved is not None:  # after Move up/down the moved case stays selected
            self._select_after_load = None
            row = next((r for r, it in enumerate(m.agenda) if it.id == moved), None)
            if row is not None:
                self._question_item = None
                self.select_row(row)
        self._question_item = None  # what it showed was saved (or belongs to another meeting)
        self._item_chosen()  # the question box follows the selection: none selected, nothing shown
        flagged = sum(1 for it in m.agenda if self.agenda.not_ready(it))
        state = translate("Meetings", "Finalised") if m.finalised else translate("Meetings", "Planned")
        state += "  ·  " + translate("Meetings", "%n case(s) on the agenda", "", len(m.agenda))
        if flagged:
            state += "  ·  ⚠ " + translate("Meetings", "%n case(s) not ready", "", flagged)
        self.state.setText(state)
        self._fill_attendance(m.attendance)
        self._show_quorum(quorum)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        editable = on and self.meeting is not None and not self.meeting.finalised
        for w in (self.add_button, self.remove_button, self.question, self.slot_minutes, self.att_add, self.att_save,
                  self.finalise_button, self.up_button, self.down_button):
            w.setEnabled(editable)
        self.question.setEnabled(editable and self._question_item is not None)
        for w in (self.review_button, self.handout_button, self.minutes_button, self.invite_button):
            w.setEnabled(on and self.meeting is not None)
        self.fhir_button.setEnabled(on and self.meeting is not None and bool(self.meeting.agenda))
        self.agenda_view.setDragEnabled(editable)

    # -- meetings ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        dlg = NewMeetingDialog(self, like=self._latest, today=self.ctx.today())
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_meeting(dlg.meeting())

    def create_meeting(self, data: Any) -> None:
        def done(m: Any) -> None:
            self.meeting = m
            self.ctx.meetings_changed.emit()

        self.ctx.tasks.run(lambda ws: ws.meetings.create(data), success=done, parent=self)

    def finalise(self) -> None:
        if not self.meeting:
            return
        pending = [it for it in self.agenda.items if not it.outcome]
        if pending:  # the service refuses these: say so before trying
            QMessageBox.information(
                self, translate("Meetings", "Finalise meeting"),
                translate("Meetings", "%n case(s) on the agenda have no decision and were not deferred. Record a decision or defer each before finalising.", "", len(pending)))  # noqa: E501 - one literal for lupdate
            return
        if self._quorum is not None and not self._quorum.met:
            answer = QMessageBox.question(
                self, translate("Meetings", "Finalise meeting"),
                translate("Meetings", "The quorum was not met (missing: {roles}). The minutes will say so. "
                          "Finalise anyway?").format(roles=", ".join(self._quorum.missing_roles)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        mid = self.meeting.id
        self.ctx.tasks.run(lambda ws: ws.meetings.finalise(mid), success=lambda _r: self.ctx.everything_changed(),
                           parent=self)

    # -- agenda -----------------------------------------------------------------------------
    def choose_cases(self) -> None:
        if not self.meeting:
            return

        def show(rows: list[Any]) -> None:
            dlg = ChooseCasesDialog(rows, self)
            if dlg.exec() == QDialog.DialogCode.Accepted and dlg.chosen():
                self.add_cases(dlg.chosen())

        self.ctx.tasks.run(lambda ws: ws.cases.query(CaseQuery(status="ready", limit=500)), success=show, parent=self)

    def add_cases(self, case_ids: list[int], question: str = "") -> None:
        mid = self.meeting.id

        self.ctx.tasks.run(lambda ws: ws.meetings.add_cases(mid, case_ids, question),
                           success=lambda _r: self._changed(), parent=self)

    def _changed(self) -> None:
        self.ctx.meetings_changed.emit()
        self.ctx.cases_changed.emit()

    def selected_item(self) -> Any:
        return self.agenda.item(self.agenda_view.currentIndex().row())

    def select_row(self, row: int) -> None:
        self.agenda_view.selectionModel().setCurrentIndex(
            self.agenda.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def remove_selected(self) -> None:
        it = self.selected_item()
        if it is None:
            return
        self.ctx.tasks.run(lambda ws: ws.meetings.remove_item(it.id), success=lambda _r: self._changed(), parent=self)

    def _item_chosen(self, *_: Any) -> None:
        """The question box shows (and saves to) the selected case; with none selected it is empty and off."""
        if self._question_item is not None and self.question.text().strip() != (self._question_item.question or ""):
            self._save_question()  # typed, then another case chosen: saved to the case it was typed for
        it = self.selected_item()
        self._question_item = it
        self.question.setText(it.question if it else "")
        self.question.setPlaceholderText(
            translate("Meetings", "The question for the board about the selected case") if it
            else translate("Meetings", "Select a case on the agenda to write its question"))
        self.question.setEnabled(it is not None and self.meeting is not None and not self.meeting.finalised)
        self.slot_minutes.setValue(it.slot_minutes or 0 if it else 0)

    def move_selected(self, step: int) -> None:
        """Move the selected case up or down the agenda (the keyboard's way to reorder)."""
        row = self.agenda_view.currentIndex().row()
        ids = [it.id for it in self.agenda.items]
        if self.meeting is None or self.meeting.finalised or not 0 <= row < len(ids) or not 0 <= row + step < len(ids):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self._select_after_load = ids[row + step]
        self._reordered(ids)

    def _save_slot(self) -> None:
        it = self.selected_item()
        minutes = self.slot_minutes.value() or None
        if it is None or minutes == it.slot_minutes:
            return
        mid = self.meeting.id
        self.ctx.tasks.run(lambda ws: ws.meetings.set_slot_minutes(it.id, minutes, expected_version=it.version),
                           success=lambda _r: self.load_meeting(mid),
                           failure=lambda exc: self._save_failed(exc, mid), parent=self)

    def _save_question(self) -> None:
        it = self._question_item
        text = self.question.text().strip()
        if it is None or text == (it.question or ""):
            return
        mid = self.meeting.id
        self.ctx.tasks.run(lambda ws: ws.meetings.set_question(it.id, text, expected_version=it.version),
                           success=lambda _r: self.load_meeting(mid),
                           failure=lambda exc: self._save_failed(exc, mid), parent=self)

    def _reordered(self, ids: list[int]) -> None:
        if not self.meeting:
            return
        mid, shown = self.meeting.id, self._stored_order
        self._stored_order = list(ids)  # a second drag before the reload starts from this one
        self.ctx.tasks.run(lambda ws: ws.meetings.reorder(mid, ids, expected_order=shown),
                           success=lambda _r: self.load_meeting(mid),
                           failure=lambda exc: self._save_failed(exc, mid), parent=self)

    def _save_failed(self, exc: BaseException, mid: int) -> None:
        from ui.errors import show_error

        show_error(self, exc)
        self.load_meeting(mid)  # show what is stored (another user's change, the order as saved)

    # -- attendance ------------------------------------------------------------------------------
    def _fill_attendance(self, attendees: list[Any]) -> None:
        self.attendance.setRowCount(0)
        for a in attendees:
            self._append_attendee(a.name, a.role, a.present)

    def _append_attendee(self, name: str, role: str, present: bool) -> None:
        r = self.attendance.rowCount()
        self.attendance.insertRow(r)
        self.attendance.setItem(r, 0, QTableWidgetItem(name))
        role_item = QTableWidgetItem(role)
        role_item.setToolTip(role)
        self.attendance.setItem(r, 1, role_item)
        box = QCheckBox()
        box.setChecked(present)
        box.setAccessibleName(translate("Meetings", "{name} present").format(name=name))
        box.toggled.connect(self._ticked)
        self.attendance.setCellWidget(r, 2, box)

    def _ticked(self, *_: Any) -> None:
        """The quorum as the ticks now stand, marked unsaved until "Save attendance"."""
        from tumorboard.services.meetings import quorum_of

        present = [a.role for a in self.attendees() if a.present]
        self._show_quorum(quorum_of(present, self._core), unsaved=True)

    def _add_attendee(self) -> None:
        name, role = self.att_name.text().strip(), self.att_role.currentText().strip()
        if not name or not role:
            return
        self._append_attendee(name, role, True)
        self.att_name.clear()
        self.save_attendance()

    def attendees(self) -> list[AttendeeIn]:
        out = []
        for r in range(self.attendance.rowCount()):
            cells = (self.attendance.item(r, 0), self.attendance.item(r, 1))
            name, role = (c.text().strip() if c is not None else "" for c in cells)
            box = self.attendance.cellWidget(r, 2)
            if name and role:
                out.append(AttendeeIn(name=name, role=role, present=isinstance(box, QCheckBox) and box.isChecked()))
        return out

    def save_attendance(self) -> None:
        if not self.meeting:
            return
        mid, people, version = self.meeting.id, self.attendees(), self.meeting.version

        def done(_attendees: object) -> None:
            self.load_meeting(mid)  # the new version (the next save starts from it) and the quorum

        self.ctx.tasks.run(lambda ws: ws.meetings.set_attendance(mid, people, expected_version=version),
                           success=done, failure=lambda exc: self._save_failed(exc, mid), parent=self)

    def _show_quorum(self, q: Any, unsaved: bool = False) -> None:
        self._quorum = q
        # Before the day the ticks are who is expected; the quorum is confirmed at the meeting.
        ahead = self.meeting is not None and not self.meeting.finalised and self.meeting.meeting_date > self.ctx.today()
        if q.met:
            text = translate("Meetings", "Quorum expected (confirm attendance on the day)") if ahead \
                else translate("Meetings", "Quorum met")
            self.quorum.setText(f"<b style='color:{OK_FG}'>✔ {html.escape(text)}</b>")
        else:
            missing = ", ".join(q.missing_roles)
            text = translate("Meetings", "No quorum expected") if ahead else translate("Meetings", "No quorum")
            self.quorum.setText(f"<b style='color:{BAD_FG}'>✘ {html.escape(text)}</b> — "
                                + html.escape(translate("Meetings", "missing: {roles}").format(roles=missing)))
        if unsaved:
            self.quorum.setText(self.quorum.text() + "<br><i>" + html.escape(
                translate("Meetings", "Attendance changed: not saved yet (Save attendance)")) + "</i>")
        self.att_save.setDefault(unsaved)

    # -- printing ------------------------------------------------------------------------------------
    def print_current(self, then: str = "print") -> None:
        if self.meeting:
            make_pdf(self.ctx, self, "handout", self.meeting.id, f"handout-{self.meeting.meeting_date}.pdf", then=then)

    def print_minutes(self) -> None:
        if self.meeting:
            make_pdf(self.ctx, self, "minutes", self.meeting.id, f"minutes-{self.meeting.meeting_date}.pdf")

    def export_invitation(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> None:
        """The meeting as a calendar invitation (.ics), built and written off the GUI thread."""
        if not self.meeting:
            return
        mid = self.meeting.id

        def build(ws: Workspace) -> bytes:
            from tumorboard.services.reports import meeting_ics

            # an invitation to those on the attendance list with an e-mail address; else the event alone
            return meeting_ics(ws, mid, invite=None)

        export_file(self.ctx, self, build, f"tumor-board-{self.meeting.meeting_date}.ics", ask_where=ask_where, done=done)

    def export_fhir(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> bool:
        """The meeting's cases as one FHIR Bundle (.json), through the service `tumorboard export fhir --meeting`
        uses, built and written off the GUI thread. False: no meeting with cases is shown."""
        if not self.meeting or not self.meeting.agenda:
            return False
        mid = self.meeting.id
        export_file(self.ctx, self, lambda ws: ws.fhir.export_meeting(mid),
                    f"tumor-board-{self.meeting.meeting_date}-fhir.json", ask_where=ask_where, done=done)
        return True
