"""The follow-up worklist: overdue, due, upcoming, and decisions not yet told to
the patient and referring doctor. Marking "new lesion" sends the case back to the board."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.date_field import DateField
from ui.i18n import label, translate
from ui.labels import RESULTS, result_label
from ui.style import BAD_FG


class CompleteDialog(QDialog):
    def __init__(self, row: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        """`today`: the workspace clock's day (ctx.today())."""
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUps", "Follow-up done"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.patient_name}</b> · {row.mrn}<br>{label(row.test)} · {row.due.isoformat()}"))
        self.result = QComboBox()
        self.result.setAccessibleName(translate("FollowUps", "Result"))
        self.result.addItem(translate("FollowUps", "Choose the result…"), None)  # nothing is recorded by default
        for r in RESULTS:
            self.result.addItem(result_label(r), r)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("FollowUps", "Note"))
        today = today or date.today()
        self.rebook = DateField(translate("FollowUps", "Book again for"), latest=None, earliest=today, unknown_allowed=False)
        self.rebook.set_date(today + timedelta(days=7))
        self.rebook_label = QLabel(translate("FollowUps", "Book again for"))
        form.addRow(translate("FollowUps", "Result"), self.result)
        form.addRow(self.rebook_label, self.rebook)
        form.addRow(translate("FollowUps", "Note"), self.note)
        hint = QLabel(translate("FollowUps", "“New lesion” or “progression” puts the case back on the board's ready list."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.result.currentIndexChanged.connect(self._result_changed)
        self._result_changed()

    def _result_changed(self, *_: Any) -> None:
        chosen = self.result.currentData()
        self.ok.setEnabled(chosen is not None)
        missed = chosen == "not_done"  # a missed test is booked again, never just dropped
        self.rebook.setVisible(missed)
        self.rebook_label.setVisible(missed)

    def rebook_on(self) -> date | None:
        if self.result.currentData() != "not_done":
            return None
        return self.rebook.date()


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setAccessibleName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widths = (130, 260, 150, 320, 90) if len(headers) == 5 else (110, 220, 300, 180, 110, 110, 140)
    for c, width in enumerate(widths):
        t.setColumnWidth(c, width)
    # the test (or the decision) takes the spare width, not a short rule id at the far right
    hh.setSectionResizeMode(3 if len(headers) == 5 else 2, QHeaderView.ResizeMode.Stretch)
    if len(headers) == 5:
        t.horizontalHeaderItem(4).setToolTip(translate(
            "FollowUps", "The follow-up rule in the rule catalogue that planned this test"))
    return t


class Worklist(QStackedWidget):
    """A table, or a plain sentence when it is empty: a blank grid looks like a fault."""

    def __init__(self, table: QTableWidget, empty_text: str) -> None:
        super().__init__()
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(table)
        self.addWidget(self.empty)

    def refresh(self) -> None:
        self.setCurrentWidget(self.table if self.table.rowCount() else self.empty)


class FollowUpsView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followupsView")
        self.worklist: Any = None
        title = QLabel(translate("FollowUps", "Follow-ups"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        heads = [translate("FollowUps", "Due"), translate("FollowUps", "Patient"), translate("FollowUps", "MRN"),
                 translate("FollowUps", "Test"), translate("FollowUps", "Rule")]
        self.tables = {
            "overdue": _table(heads, translate("FollowUps", "Overdue follow-ups")),
            "due": _table(heads, translate("FollowUps", "Due follow-ups")),
            "upcoming": _table(heads, translate("FollowUps", "Upcoming follow-ups")),
        }
        self.uncommunicated = _table([translate("FollowUps", "Decided"), translate("FollowUps", "Patient"), translate("FollowUps", "Decision"),
                                      translate("FollowUps", "Who informs"), translate("FollowUps", "Inform patient by"),
                                      translate("FollowUps", "Inform referrer by"), translate("FollowUps", "Told")],
                                     translate("FollowUps", "Decisions not yet communicated"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("FollowUps", "Worklist"))
        empty = {"overdue": translate("FollowUps", "No follow-ups overdue."),
                 "due": translate("FollowUps", "No follow-ups due soon."),
                 "upcoming": translate("FollowUps", "No further follow-ups planned."),
                 "uncommunicated": translate("FollowUps", "Every decision has been communicated to the patient "
                                                          "and the referring doctor.")}
        self.pages = {key: Worklist(self.tables.get(key, self.uncommunicated), empty[key]) for key in empty}
        for key, text in (("overdue", translate("FollowUps", "Overdue")), ("due", translate("FollowUps", "Due")),
                          ("upcoming", translate("FollowUps", "Upcoming"))):
            self.tabs.addTab(self.pages[key], text)
            self.tables[key].doubleClicked.connect(lambda *_: self.complete_selected())
        self.tabs.addTab(self.pages["uncommunicated"], translate("FollowUps", "Not yet communicated"))
        self.done_button = QPushButton(translate("FollowUps", "Mark done…"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.complete_selected)
        self.open_button = QPushButton(translate("FollowUps", "Open case"))
        self.open_button.clicked.connect(self._open_case)
        self.patient_told = QPushButton(translate("FollowUps", "Patient informed"))
        self.patient_told.clicked.connect(lambda: self._communicated(patient=True, referrer=False))
        self.referrer_told = QPushButton(translate("FollowUps", "Referring doctor informed"))
        self.referrer_told.clicked.connect(lambda: self._communicated(patient=False, referrer=True))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for b in (self.done_button, self.open_button, self.patient_told, self.referrer_told):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addLayout(head)
        lay.addLayout(buttons)
        lay.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.followups_changed.connect(self.refresh)
        self._tab_changed(0)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(lambda ws: ws.followups.worklist(ws.today()), success=self.show_worklist, parent=self)

    def show_worklist(self, wl: Any) -> None:
        self.worklist = wl
        for key, table in self.tables.items():
            rows = getattr(wl, key)
            table.setRowCount(len(rows))
            for r, f in enumerate(rows):
                cells = (f.due.isoformat(), f.patient_name, f.mrn, label(f.test), f.rule)
                for c, text in enumerate(cells):
                    it = QTableWidgetItem(text)
                    it.setData(Qt.ItemDataRole.UserRole, r)
                    if key == "overdue" and c == 0:
                        it.setForeground(Qt.GlobalColor.red)
                    table.setItem(r, c, it)
        self.uncommunicated.setRowCount(len(wl.uncommunicated))
        for r, d in enumerate(wl.uncommunicated):
            told = []
            if d.patient_informed:
                told.append(translate("FollowUps", "patient"))
            if d.referrer_informed:
                told.append(translate("FollowUps", "referrer"))
            cells = (d.recorded_at.astimezone().strftime("%Y-%m-%d"), f"{d.patient_name} · {d.mrn}",
                     ", ".join(label(m) for m in d.modalities), d.informer,
                     d.inform_patient_by.isoformat() if d.inform_patient_by else "",
                     d.inform_referrer_by.isoformat() if d.inform_referrer_by else "",
                     ", ".join(told) or translate("FollowUps", "nobody yet"))
            late = (not d.patient_informed and d.inform_patient_by is not None and d.inform_patient_by < wl.as_of,
                    not d.referrer_informed and d.inform_referrer_by is not None and d.inform_referrer_by < wl.as_of)
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if (c == 4 and late[0]) or (c == 5 and late[1]):
                    it.setForeground(Qt.GlobalColor.red)  # the date to tell them by has passed
                    it.setToolTip(translate("FollowUps", "Past this date and not yet told"))
                self.uncommunicated.setItem(r, c, it)
        for page in self.pages.values():
            page.refresh()
        n = {k: len(getattr(wl, k)) for k in ("overdue", "due", "upcoming", "uncommunicated")}
        self.tabs.setTabText(0, translate("FollowUps", "Overdue ({n})").format(n=n["overdue"]))
        self.tabs.setTabText(1, translate("FollowUps", "Due ({n})").format(n=n["due"]))
        self.tabs.setTabText(2, translate("FollowUps", "Upcoming ({n})").format(n=n["upcoming"]))
        late_told = sum(1 for d in wl.uncommunicated
                        if (not d.patient_informed and d.inform_patient_by is not None and d.inform_patient_by < wl.as_of)
                        or (not d.referrer_informed and d.inform_referrer_by is not None and d.inform_referrer_by < wl.as_of))
        self.overdue_communications = late_told
        self.tabs.setTabText(3, translate("FollowUps", "Not yet communicated ({n})").format(n=n["uncommunicated"])
                             if not late_told else translate("FollowUps", "Not yet communicated ({n}, {late} overdue)")
                             .format(n=n["uncommunicated"], late=late_told))
        text = translate("FollowUps", "as of {d}").format(d=wl.as_of.isoformat())
        if n["overdue"]:
            text += f"  ·  <span style='color:{BAD_FG}'>" + translate("FollowUps", "%n overdue", "", n["overdue"]) + "</span>"
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(text)
        if self.tabs.currentIndex() < 3 and not getattr(wl, ("overdue", "due", "upcoming")[self.tabs.currentIndex()]):
            for i, key in enumerate(("overdue", "due", "upcoming", "uncommunicated")):
                if n[key]:  # open on the first list that has work in it
                    self.tabs.setCurrentIndex(i)
                    break

    def _tab_changed(self, index: int) -> None:
        on_followups = index < 3
        self.done_button.setEnabled(on_followups)
        self.patient_told.setEnabled(not on_followups)
        self.referrer_told.setEnabled(not on_followups)

    # -- selection ---------------------------------------------------------------------
    def selected_followup(self) -> Any:
        key = ("overdue", "due", "upcoming")[self.tabs.currentIndex()] if self.tabs.currentIndex() < 3 else None
        if key is None or self.worklist is None:
            return None
        row = self.tables[key].currentRow()
        rows = getattr(self.worklist, key)
        return rows[row] if 0 <= row < len(rows) else None

    def all_followups(self) -> list[Any]:
        if self.worklist is None:
            return []
        return list(self.worklist.overdue) + list(self.worklist.due) + list(self.worklist.upcoming)

    def _open_case(self) -> None:
        f = self.selected_followup()
        if f is None and self.tabs.currentIndex() == 3 and self.worklist:
            r = self.uncommunicated.currentRow()
            f = self.worklist.uncommunicated[r] if 0 <= r < len(self.worklist.uncommunicated) else None
        if f is not None:
            self.ctx.open_case_requested.emit(f.case_id)

    def complete_selected(self) -> None:
        f = self.selected_followup()
        if f is None:
            return
        dlg = CompleteDialog(f, self, today=self.ctx.today())
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.complete(f, dlg.result.currentData(), dlg.note.text().strip(), dlg.rebook_on())

    def complete(self, f: Any, result: str, note: str = "", rebook_on: date | None = None) -> None:
        self.ctx.tasks.run(lambda ws: ws.followups.complete(f.id, result, note, expected_version=f.version,
                                                            rebook_on=rebook_on),
                           success=lambda _r: self.ctx.everything_changed(), parent=self)

    def _communicated(self, patient: bool, referrer: bool) -> None:
        if self.worklist is None:
            return
        r = self.uncommunicated.currentRow()
        if not 0 <= r < len(self.worklist.uncommunicated):
            return
        d = self.worklist.uncommunicated[r]
        self.ctx.tasks.run(lambda ws: ws.decisions.mark_communicated(d.id, patient=patient or d.patient_informed,
                                                                     referrer=referrer or d.referrer_informed),
                           success=lambda _r: self.refresh(), parent=self)
