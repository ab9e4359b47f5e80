"""The follow-up worklist as a worklist: search by name or MRN, filters (what to show, site,
test, due from/to, responsible person), headers that sort (in the database), pages, print
and CSV export of the list as filtered; and decisions not yet told to the patient and the
referring doctor. Marking "new lesion" sends the case back to the board."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
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
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services.schemas import FollowUpPage, FollowUpQuery, FollowUpRow, PendingCommunication
from tumorboard.services.vocabulary import FollowUpTest, PrimarySite
from ui.context import Context
from ui.date_field import DateField, today
from ui.i18n import QT_TRANSLATE_NOOP, label, language, translate
from ui.labels import RESULTS, result_label
from ui.printing import export_file
from ui.style import BAD_FG
from ui.tasks import make_timer


class CompleteDialog(QDialog):
    def __init__(self, row: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        """`today`: the workspace clock's day (ctx.today())."""
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUps", "Follow-up done"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.patient_name}</b> · {row.mrn}<br>{label(row.test)} · {row.due.isoformat()}"))
        self.result_box = QComboBox()
        self.result_box.setAccessibleName(translate("FollowUps", "Result"))
        self.result_box.addItem(translate("FollowUps", "Choose the result…"), None)  # nothing is recorded by default
        for r in RESULTS:
            self.result_box.addItem(result_label(r), r)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("FollowUps", "Note"))
        today = today or date.today()
        self.rebook = DateField(translate("FollowUps", "Book again for"), latest=None, earliest=today, unknown_allowed=False)
        self.rebook.set_date(today + timedelta(days=7))
        self.rebook_label = QLabel(translate("FollowUps", "Book again for"))
        self.done_on = DateField(translate("FollowUps", "Done on"), unknown_allowed=False)
        self.done_on.setObjectName("doneOn")
        self.done_on.set_date(today)
        self.done_on_label = QLabel(translate("FollowUps", "Done on"))
        form.addRow(translate("FollowUps", "Result"), self.result_box)
        form.addRow(self.done_on_label, self.done_on)
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
        self.result_box.currentIndexChanged.connect(self._result_changed)
        self._result_changed()

    def _result_changed(self, *_: Any) -> None:
        chosen = self.result_box.currentData()
        self.ok.setEnabled(chosen is not None)
        missed = chosen == "not_done"  # a missed test is booked again, never just dropped
        self.rebook.setVisible(missed)
        self.rebook_label.setVisible(missed)
        self.done_on.setVisible(not missed)
        self.done_on_label.setVisible(not missed)

    def accept(self) -> None:
        field = self.rebook if self.result_box.currentData() == "not_done" else self.done_on
        if field.problem():
            field.refresh()
            field.setFocus()
            return
        super().accept()

    def done_day(self) -> date | None:
        """The day the test was done (None: not done)."""
        return None if self.result_box.currentData() == "not_done" else self.done_on.date()

    def rebook_on(self) -> date | None:
        if self.result_box.currentData() != "not_done":
            return None
        return self.rebook.date()


class ChangeDialog(QDialog):
    """Change a planned follow-up (another day or test) or cancel it; the reason goes to the audit trail."""

    def __init__(self, row: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUps", "Change or cancel the follow-up"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.patient_name}</b> · {row.mrn}<br>{label(row.test)} · {row.due.isoformat()}"))
        self.action = QComboBox()
        self.action.setAccessibleName(translate("FollowUps", "What to do"))
        self.action.addItem(translate("FollowUps", "Move it or change the test"), "change")
        self.action.addItem(translate("FollowUps", "Cancel it (it leaves the worklist)"), "cancel")
        today = today or date.today()
        self.due = DateField(translate("FollowUps", "New due day"), latest=None, earliest=today, unknown_allowed=False)
        self.due.set_date(max(row.due, today))
        self.due_label = QLabel(translate("FollowUps", "New due day"))
        self.test = QComboBox()
        self.test.setAccessibleName(translate("FollowUps", "Test"))
        for t in FollowUpTest:
            self.test.addItem(label(t.value), t.value)
        self.test.setCurrentIndex(max(self.test.findData(str(row.test)), 0))
        self.test_label = QLabel(translate("FollowUps", "Test"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("FollowUps", "Reason"))
        self.reason.setPlaceholderText(translate("FollowUps", "Why the plan changes (kept in the audit trail)"))
        form.addRow(translate("FollowUps", "What to do"), self.action)
        form.addRow(self.due_label, self.due)
        form.addRow(self.test_label, self.test)
        form.addRow(translate("FollowUps", "Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.action.currentIndexChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: Any) -> None:
        changing = self.action.currentData() == "change"
        for w in (self.due, self.due_label, self.test, self.test_label):
            w.setVisible(changing)
        self.ok.setEnabled(bool(self.reason.text().strip()))  # a reason is required (the service says so too)

    def accept(self) -> None:
        if self.action.currentData() == "change" and self.due.problem():
            self.due.refresh()
            self.due.setFocus()
            return
        super().accept()


PAGE_SIZE = 200  # rows on one page of the worklist

#: (header, sort key in FollowUpQuery or None)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("FollowUps", "Due"), "due"),
    (QT_TRANSLATE_NOOP("FollowUps", "Patient"), "name"),
    (QT_TRANSLATE_NOOP("FollowUps", "MRN"), "mrn"),
    (QT_TRANSLATE_NOOP("FollowUps", "Primary site"), "site"),
    (QT_TRANSLATE_NOOP("FollowUps", "Test"), "test"),
    (QT_TRANSLATE_NOOP("FollowUps", "Status"), "status"),
    (QT_TRANSLATE_NOOP("FollowUps", "Done on"), "done_on"),
    (QT_TRANSLATE_NOOP("FollowUps", "Result"), None),
    (QT_TRANSLATE_NOOP("FollowUps", "Responsible"), "responsible"),
    (QT_TRANSLATE_NOOP("FollowUps", "Note"), None),
)

#: the "Show" choices: (label, status filter, overdue only, due within the due window)
SHOW = (
    (QT_TRANSLATE_NOOP("FollowUps", "Open (all dates)"), "open", False, False),
    (QT_TRANSLATE_NOOP("FollowUps", "Overdue"), "open", True, False),
    (QT_TRANSLATE_NOOP("FollowUps", "Due soon (and overdue)"), "open", False, True),
    (QT_TRANSLATE_NOOP("FollowUps", "Done"), "done", False, False),
    (QT_TRANSLATE_NOOP("FollowUps", "Every follow-up"), None, False, False),
)

Index = QModelIndex | QPersistentModelIndex
_STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("FollowUps", "open"), "done": QT_TRANSLATE_NOOP("FollowUps", "done"),
                 "cancelled": QT_TRANSLATE_NOOP("FollowUps", "cancelled"), "overdue": QT_TRANSLATE_NOOP("FollowUps", "overdue")}


class FollowUpModel(QAbstractTableModel):
    """One page of the worklist, as the database sorted it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []
        self.as_of = today()

    def set_rows(self, rows: list[FollowUpRow], as_of: date) -> None:
        self.beginResetModel()
        self.rows, self.as_of = rows, as_of
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("FollowUps", COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return translate("FollowUps", "This column does not sort")
        return None

    def overdue(self, f: Any) -> bool:
        return str(f.status) == "open" and f.due < self.as_of

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return f.due.isoformat() + ("  " + translate("FollowUps", "(provisional)") if f.provisional and str(f.status) == "open" else "")
            if c == 5:
                key = "overdue" if self.overdue(f) else str(f.status)
                return translate("FollowUps", _STATUS_WORDS.get(key, key))
            return (f.patient_name, f.mrn, label(f.primary_site), label(f.test), "",
                    f.done_on.isoformat() if f.done_on else "", result_label(f.result) if f.result else "",
                    f.responsible, f.note)[c - 1]
        if role == Qt.ItemDataRole.ForegroundRole and c in (0, 5) and self.overdue(f):
            return QBrush(QColor(BAD_FG))
        if role == Qt.ItemDataRole.ToolTipRole and c in (1, 3, 4, 9):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and c == 0 and f.provisional:
            return translate("FollowUps", "Counted from the meeting: no treatment date was known. It moves when the "
                                          "treatment date is entered.")
        return None


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
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the decision takes the spare width
    return t


class Worklist(QStackedWidget):
    """A table, or a plain sentence when it is empty: a blank grid looks like a fault."""

    def __init__(self, table: QAbstractItemView, empty_text: str) -> None:
        super().__init__()
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(table)
        self.addWidget(self.empty)

    def refresh(self, has_rows: bool | None = None) -> None:
        if has_rows is None:
            model = self.table.model()
            has_rows = bool(model and model.rowCount())
        self.setCurrentWidget(self.table if has_rows else self.empty)


class FollowUpsView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followupsView")
        self.rows: list[FollowUpRow] = []
        self.total = 0
        self.offset = 0
        self.sort, self.descending = "due", False
        self.pending: list[PendingCommunication] = []
        self.dialog: QDialog | None = None  # the dialog open over the worklist (tests answer it)
        title = QLabel(translate("FollowUps", "Follow-ups"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        # -- filters
        self.search = QLineEdit()
        self.search.setObjectName("followupSearch")
        self.search.setPlaceholderText(translate("FollowUps", "Search by MRN or name (any script)…"))
        self.search.setAccessibleName(translate("FollowUps", "Search follow-ups by MRN or name"))
        self.search.setClearButtonEnabled(True)
        self.show_box = QComboBox()
        self.show_box.setAccessibleName(translate("FollowUps", "Show"))
        for text, *_rest in SHOW:
            self.show_box.addItem(translate("FollowUps", text))
        self.site = QComboBox()
        self.site.setAccessibleName(translate("FollowUps", "Primary site"))
        self.site.addItem(translate("FollowUps", "All primary sites"), None)
        for s in PrimarySite:
            self.site.addItem(label(s.value), s.value)
        self.test = QComboBox()
        self.test.setAccessibleName(translate("FollowUps", "Test"))
        self.test.addItem(translate("FollowUps", "All tests"), None)
        for t in FollowUpTest:
            self.test.addItem(label(t.value), t.value)
        self.due_from = DateField(translate("FollowUps", "Due from"), latest=None)
        self.due_to = DateField(translate("FollowUps", "Due to"), latest=None)
        for field, hint in ((self.due_from, translate("FollowUps", "due from")), (self.due_to, translate("FollowUps", "due to"))):
            field.line.setPlaceholderText(hint)
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(translate("FollowUps", "Responsible…"))
        self.responsible.setAccessibleName(translate("FollowUps", "Responsible person"))
        self.responsible.setMaximumWidth(200)
        self.clear_button = QPushButton(translate("FollowUps", "Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QVBoxLayout()  # two rows: every filter whole at 1366 pixels
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.search, 1)
        for w in (self.show_box, self.responsible, self.clear_button):
            row1.addWidget(w)
        for box in (self.site, self.test, self.due_from, self.due_to):
            row2.addWidget(box)
        row2.addStretch(1)
        filters.addLayout(row1)
        filters.addLayout(row2)
        self._timer = make_timer(self, 250, self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.responsible.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.show_box, self.site, self.test):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        for field in (self.due_from, self.due_to):
            field.changed.connect(self._timer.start)

        # -- the list
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setObjectName("followupTable")
        self.table.setAccessibleName(translate("FollowUps", "Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)  # the header asks the database, see _sort_clicked
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        hh.sectionClicked.connect(self._sort_clicked)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers and values whole
        for c, width in ((1, 145), (3, 130), (4, 210), (8, 130)):  # long text: a set width (tooltips and Interactive)
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, width)
        hh.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.complete_selected())
        self.prev_button = QPushButton(translate("FollowUps", "◀ Previous"))
        self.prev_button.clicked.connect(lambda: self._page(-1))
        self.next_button = QPushButton(translate("FollowUps", "Next ▶"))
        self.next_button.clicked.connect(lambda: self._page(+1))
        self.page_label = QLabel()
        self.page_label.setObjectName("muted")

        self.uncommunicated = _table([translate("FollowUps", "Decided"), translate("FollowUps", "Patient"), translate("FollowUps", "Decision"),
                                      translate("FollowUps", "Who informs"), translate("FollowUps", "Inform patient by"),
                                      translate("FollowUps", "Inform referrer by"), translate("FollowUps", "Told")],
                                     translate("FollowUps", "Decisions not yet communicated"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("FollowUps", "Worklist"))
        self.pages = {
            "followups": Worklist(self.table, translate("FollowUps", "No follow-up matches these filters. "
                                                                     "Clear the filters to see every open follow-up.")),
            "uncommunicated": Worklist(self.uncommunicated, translate(
                "FollowUps", "Every decision has been communicated to the patient and the referring doctor.")),
        }
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(0, 4, 0, 0)
        lp.addLayout(filters)
        lp.addWidget(self.pages["followups"], 1)
        pager = QHBoxLayout()
        pager.addWidget(self.prev_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addStretch(1)
        lp.addLayout(pager)
        self.tabs.addTab(list_page, translate("FollowUps", "Follow-ups"))
        self.tabs.addTab(self.pages["uncommunicated"], translate("FollowUps", "Not yet communicated"))

        self.done_button = QPushButton(translate("FollowUps", "Mark done…"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.complete_selected)
        self.change_button = QPushButton(translate("FollowUps", "Change or cancel…"))
        self.change_button.setToolTip(translate("FollowUps", "Move a planned follow-up to another day or test, or "
                                                             "cancel it, with a reason"))
        self.change_button.clicked.connect(self.change_selected)
        self.open_button = QPushButton(translate("FollowUps", "Open case"))
        self.open_button.clicked.connect(self._open_case)
        self.print_button = QPushButton(translate("FollowUps", "Print list…"))
        self.print_button.setToolTip(translate("FollowUps", "The list as filtered and sorted, as a PDF to print"))
        self.print_button.clicked.connect(lambda: self.print_list())
        self.export_button = QPushButton(translate("FollowUps", "Export CSV…"))
        self.export_button.setToolTip(translate("FollowUps", "Every follow-up of the filtered list, for a spreadsheet"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.patient_told = QPushButton(translate("FollowUps", "Patient informed"))
        self.patient_told.clicked.connect(lambda: self._communicated(patient=True, referrer=False))
        self.referrer_told = QPushButton(translate("FollowUps", "Referring doctor informed"))
        self.referrer_told.clicked.connect(lambda: self._communicated(patient=False, referrer=True))
        self.hint = QLabel()
        self.hint.setObjectName("fieldError")
        self.hint.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for b in (self.done_button, self.change_button, self.open_button, self.print_button, self.export_button,
                  self.patient_told, self.referrer_told):
            buttons.addWidget(b)
        buttons.addWidget(self.hint, 1)
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

    # -- the query -------------------------------------------------------------------------
    def query(self, paged: bool = True) -> FollowUpQuery | None:
        """The filters on screen as a query; None (and said at the field) when a date cannot be read."""
        for field in (self.due_from, self.due_to):
            if field.problem():
                field.refresh()
                return None
        _text, status, overdue, soon = SHOW[self.show_box.currentIndex()]
        due_to = self.due_to.date()  # "due soon": the service ends it at the settings' due window
        due_from = self.due_from.date()
        if due_from and due_to and due_from > due_to:
            self.due_to.note.setText(translate("FollowUps", "“Due to” is before “due from”."))
            self.due_to.note.show()
            return None
        return FollowUpQuery(search=self.search.text(), site=self.site.currentData(), test=self.test.currentData(),
                             status=status, overdue_only=overdue, due_soon=soon, due_from=due_from, due_to=due_to,
                             responsible=self.responsible.text(), sort=self.sort, descending=self.descending,
                             as_of=self.ctx.today(), offset=self.offset if paged else 0, limit=PAGE_SIZE if paged else None)

    def reload(self) -> None:
        """The filters changed: back to the first page."""
        self.offset = 0
        self.refresh()

    def refresh(self) -> None:
        q = self.query()
        if q is None:
            return
        self.ctx.tasks.run(lambda ws: ws.followups.page(q), success=self.show_page, parent=self)

    def show_page(self, page: FollowUpPage) -> None:
        self.rows, self.total, self.pending = list(page.rows), page.total, list(page.uncommunicated)
        self.model.set_rows(self.rows, self.ctx.today())
        self.pages["followups"].refresh(bool(self.rows))
        first = self.offset + 1 if self.rows else 0
        self.page_label.setText(translate("FollowUps", "{first}–{last} of {total}").format(
            first=first, last=self.offset + len(self.rows), total=f"{self.total:,}"))
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.rows) < self.total)
        self._show_pending()
        self.tabs.setTabText(0, translate("FollowUps", "Follow-ups ({n})").format(n=f"{self.total:,}"))
        today = self.ctx.today()
        late_told = sum(1 for d in self.pending
                        if (not d.patient_informed and d.inform_patient_by is not None and d.inform_patient_by < today)
                        or (not d.referrer_informed and d.inform_referrer_by is not None and d.inform_referrer_by < today))
        self.overdue_communications = late_told
        self.tabs.setTabText(1, translate("FollowUps", "Not yet communicated ({n})").format(n=len(self.pending))
                             if not late_told else translate("FollowUps", "Not yet communicated ({n}, {late} overdue)")
                             .format(n=len(self.pending), late=late_told))
        self.summary.setText(translate("FollowUps", "as of {d}").format(d=self.ctx.today().isoformat()))
        self.hint.hide()

    def _show_pending(self) -> None:
        today = self.ctx.today()
        self.uncommunicated.setRowCount(len(self.pending))
        for r, d in enumerate(self.pending):
            told = []
            if d.patient_informed:
                told.append(translate("FollowUps", "patient"))
            if d.referrer_informed:
                told.append(translate("FollowUps", "referrer"))
            texts = (d.recorded_at.astimezone().strftime("%Y-%m-%d"), f"{d.patient_name} · {d.mrn}",
                     ", ".join(label(m) for m in d.modalities), d.informer,
                     d.inform_patient_by.isoformat() if d.inform_patient_by else "",
                     d.inform_referrer_by.isoformat() if d.inform_referrer_by else "",
                     ", ".join(told) or translate("FollowUps", "nobody yet"))
            late = (not d.patient_informed and d.inform_patient_by is not None and d.inform_patient_by < today,
                    not d.referrer_informed and d.inform_referrer_by is not None and d.inform_referrer_by < today)
            for c, text in enumerate(texts):
                it = QTableWidgetItem(text)
                if (c == 4 and late[0]) or (c == 5 and late[1]):
                    it.setForeground(QColor(Qt.GlobalColor.red))  # the date to tell them by has passed
                    it.setToolTip(translate("FollowUps", "Past this date and not yet told"))
                self.uncommunicated.setItem(r, c, it)
        self.pages["uncommunicated"].refresh(bool(self.pending))

    def _sort_clicked(self, section: int) -> None:
        key = COLUMNS[section][1]
        hh = self.table.horizontalHeader()
        if key is None:  # keep the indicator where the order really is
            current = next(i for i, c in enumerate(COLUMNS) if c[1] == self.sort)
            hh.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder)
            return
        self.descending = (not self.descending) if key == self.sort else False
        self.sort = key
        hh.setSortIndicator(section, Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def sort_by(self, key: str, descending: bool = False) -> None:
        section = next(i for i, c in enumerate(COLUMNS) if c[1] == key)
        self.sort, self.descending = key, not descending  # _sort_clicked flips it back
        self._sort_clicked(section)

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.refresh()

    def clear_filters(self) -> None:
        for w in (self.search, self.responsible):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for box in (self.show_box, self.site, self.test):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for field in (self.due_from, self.due_to):
            field.set_date(None)
        self.reload()

    def _tab_changed(self, index: int) -> None:
        on_followups = index == 0
        for b in (self.done_button, self.change_button, self.print_button, self.export_button):
            b.setEnabled(on_followups)
        self.patient_told.setEnabled(not on_followups)
        self.referrer_told.setEnabled(not on_followups)

    # -- selection ---------------------------------------------------------------------
    def selected_followup(self) -> Any:
        if self.tabs.currentIndex() != 0:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def all_followups(self) -> list[Any]:
        return list(self.rows)

    def say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _open_case(self) -> None:
        f = self.selected_followup()
        if f is None and self.tabs.currentIndex() == 1:
            r = self.uncommunicated.currentRow()
            f = self.pending[r] if 0 <= r < len(self.pending) else None
        if f is None:
            self.say(translate("FollowUps", "Select a row first: then Open case opens its case."))
            return
        self.ctx.open_case_requested.emit(f.case_id)

    def run_dialog(self, dlg: QDialog) -> bool:
        """Show a dialog modally (a method so tests can answer it)."""
        return dlg.exec() == QDialog.DialogCode.Accepted

    def complete_selected(self) -> None:
        f = self.selected_followup()
        if f is None:
            self.say(translate("FollowUps", "Select a follow-up in the list first: then Mark done… records its result."))
            return
        if str(f.status) != "open":
            self.say(translate("FollowUps", "This follow-up is already closed ({status}).").format(
                status=translate("FollowUps", _STATUS_WORDS.get(str(f.status), str(f.status)))))
            return
        dlg = CompleteDialog(f, self, today=self.ctx.today())
        self.dialog = dlg
        if self.run_dialog(dlg):
            self.complete(f, dlg.result_box.currentData(), dlg.note.text().strip(), dlg.rebook_on(), dlg.done_day())

    def complete(self, f: Any, result: str, note: str = "", rebook_on: date | None = None,
                 done_on: date | None = None) -> None:
        self.ctx.tasks.run(lambda ws: ws.followups.complete(f.id, result, note, expected_version=f.version,
                                                            rebook_on=rebook_on, done_on=done_on),
                           success=lambda _r: self.ctx.everything_changed(), parent=self)

    def change_selected(self) -> None:
        f = self.selected_followup()
        if f is None:
            self.say(translate("FollowUps", "Select a follow-up in the list first: then Change or cancel… changes it."))
            return
        if str(f.status) != "open":
            self.say(translate("FollowUps", "This follow-up is already closed ({status}).").format(
                status=translate("FollowUps", _STATUS_WORDS.get(str(f.status), str(f.status)))))
            return
        dlg = ChangeDialog(f, self, today=self.ctx.today())
        self.dialog = dlg
        if not self.run_dialog(dlg):
            return
        reason = dlg.reason.text().strip()
        if dlg.action.currentData() == "cancel":
            self.ctx.tasks.run(lambda ws: ws.followups.cancel(f.id, reason, expected_version=f.version),
                               success=lambda _r: self.ctx.everything_changed(), parent=self)
            return
        due, test = dlg.due.date(), dlg.test.currentData()
        self.ctx.tasks.run(lambda ws: ws.followups.change(f.id, reason, due=due if due != f.due else None,
                                                          test=test if test != str(f.test) else None,
                                                          expected_version=f.version),
                           success=lambda _r: self.ctx.everything_changed(), parent=self)

    # -- print and export ---------------------------------------------------------------
    def print_list(self, ask_where: bool = True, done: Any = None, then: str = "print") -> None:
        q = self.query(paged=False)
        if q is None:
            return
        lang = language()  # the window's language

        def build(ws: Any) -> bytes:
            from tumorboard.services.worklist_export import worklist_pdf

            return worklist_pdf(ws, q, language=lang)

        export_file(self.ctx, self, build, f"follow-up-worklist-{self.ctx.today().isoformat()}.pdf", ask_where=ask_where,
                    done=done, then=then)

    def export_csv(self, ask_where: bool = True, done: Any = None) -> None:
        q = self.query(paged=False)
        if q is None:
            return

        def build(ws: Any) -> bytes:
            from tumorboard.services.worklist_export import worklist_csv

            return worklist_csv(ws, q)

        export_file(self.ctx, self, build, f"follow-up-worklist-{self.ctx.today().isoformat()}.csv", ask_where=ask_where,
                    done=done)

    def _communicated(self, patient: bool, referrer: bool) -> None:
        r = self.uncommunicated.currentRow()
        if not 0 <= r < len(self.pending):
            self.say(translate("FollowUps", "Select a decision in the list first."))
            return
        d = self.pending[r]
        self.ctx.tasks.run(lambda ws: ws.decisions.mark_communicated(d.id, patient=patient or d.patient_informed,
                                                                     referrer=referrer or d.referrer_informed),
                           success=lambda _r: self.refresh(), parent=self)
