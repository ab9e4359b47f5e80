"""Small dialogs of the Meetings page: a new meeting, choosing ready cases, a reason."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services.meetings import next_meeting_day
from tumorboard.services.schemas import MeetingIn
from ui.date_field import DateField, today
from ui.i18n import DATE_LOCALE, label, translate


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, like: Any = None, today: date | None = None) -> None:
        """`like`: the latest meeting; the new one defaults to its weekday, time, place and title.
        `today`: the workspace clock's day (ctx.today())."""
        super().__init__(parent)
        self.setWindowTitle(translate("Meetings", "New meeting"))
        self.setMinimumWidth(460)  # the title and the place hint must not be cut off
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        day = next_meeting_day(like.meeting_date if like is not None else None, today or date.today())
        self.day = DateField(translate("Meetings", "Meeting date"), latest=None, unknown_allowed=False)
        self.day.set_date(day)
        # the weekday beside it, written as the meeting list writes it (day_text)
        self.weekday = QLabel()
        self.weekday.setObjectName("muted")
        self.day.changed.connect(self._show_weekday)
        self._show_weekday()
        day_row = QWidget()
        dr = QHBoxLayout(day_row)
        dr.setContentsMargins(0, 0, 0, 0)
        dr.addWidget(self.day)
        dr.addWidget(self.weekday, 1)
        start = like.start_time if like is not None and like.start_time else time(16, 0)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(translate("Meetings", "Start time"))
        self.place = QLineEdit()
        self.place.setAccessibleName(translate("Meetings", "Place"))
        self.place.setPlaceholderText(translate("Meetings", "e.g. Conference room 3B"))
        if like is not None and like.place:
            self.place.setText(like.place)
        self.title = QLineEdit((like.title if like is not None and like.title else "")
                               or translate("Meetings", "Liver metastasis board"))
        self.title.setAccessibleName(translate("Meetings", "Title"))
        form.addRow(translate("Meetings", "Date"), day_row)
        form.addRow(translate("Meetings", "Start time"), self.start)
        form.addRow(translate("Meetings", "Place"), self.place)
        form.addRow(translate("Meetings", "Title"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_weekday(self) -> None:
        d = self.day.date()
        self.weekday.setText(DATE_LOCALE["locale"].toString(QDate(d.year, d.month, d.day), "dddd") if d else "")

    def problems(self) -> list[str]:
        """A meeting needs a readable date, a title and a place (the invitation and the minutes print them)."""
        out = []
        if problem := self.day.problem():
            out.append(problem)
        if not self.title.text().strip():
            out.append(translate("Meetings", "Title: enter the board's name, e.g. Liver metastasis board."))
        if not self.place.text().strip():
            out.append(translate("Meetings", "Place: enter where the board meets, e.g. Conference room 3B."))
        return out

    def accept(self) -> None:
        problems = self.problems()
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        if not problems:
            super().accept()

    def meeting(self) -> MeetingIn:
        d, t = self.day.date() or today(), self.start.time()
        return MeetingIn(meeting_date=d, start_time=time(t.hour(), t.minute()),
                         place=self.place.text().strip(), title=self.title.text().strip())


class ChooseCasesDialog(QDialog):
    """Tick ready cases to list them on the agenda."""

    def __init__(self, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Meetings", "Add ready cases"))
        self.resize(560, 480)
        lay = QVBoxLayout(self)
        note = QLabel(translate("Meetings", "Cases marked ready for the board. Tick the ones to discuss; the agenda "
                                "flags any whose checklist is not complete."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Meetings", "Ready cases"))
        for r in rows:
            it = QListWidgetItem(f"{r.name}  ·  {r.mrn}  ·  {label(r.primary_site)}")
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            it.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(it)
        if not rows:
            empty = QLabel(translate("Meetings", "No case is ready for the board at the moment."))
            empty.setObjectName("emptyState")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(empty, 1)
            self.list.hide()
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(translate("Meetings", "Add to agenda"))  # says what OK does
        self.add_button.setEnabled(False)
        self.list.itemChanged.connect(lambda _it: self.add_button.setEnabled(bool(self.chosen())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            it = self.list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(int(it.data(Qt.ItemDataRole.UserRole)))
        return out


class ReasonDialog(QDialog):
    """Asks for a reason (defer, amend); OK stays disabled until one is written."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None,
                 owners: list[str] | None = None) -> None:
        """`owners`: when given, also asks who sees to the open task (a name from the list, or typed)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        lab = QLabel(prompt)
        lab.setWordWrap(True)
        lay.addWidget(lab)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(title)
        lay.addWidget(self.text)
        self.owner_box: QComboBox | None = None
        if owners is not None:
            lay.addWidget(QLabel(translate("Review", "Who sees to it (owner of the open task)")))
            self.owner_box = QComboBox()
            self.owner_box.setEditable(True)
            self.owner_box.setAccessibleName(translate("Review", "Owner of the open task"))
            self.owner_box.addItems(["", *owners])
            lay.addWidget(self.owner_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.reason())))
        lay.addWidget(self.buttons)

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def owner(self) -> str:
        return self.owner_box.currentText().strip() if self.owner_box is not None else ""
