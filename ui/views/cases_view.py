"""The Cases page: every case in a lazy table, incremental search, filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services.vocabulary import PrimarySite
from ui.context import Context
from ui.i18n import label, translate
from ui.labels import STATUSES, status_label
from ui.models.case_table import CaseTableModel
from ui.tasks import make_timer

if TYPE_CHECKING:
    from tumorboard.services.schemas import CaseQuery

SEARCH_DELAY_MS = 150  # wait for a pause in typing before querying


class CasesView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("casesView")
        self.model = CaseTableModel(ctx, self)

        title = QLabel(translate("Cases", "Cases"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(translate("Cases", "Search by MRN or name (any script)…"))
        self.search.setAccessibleName(translate("Cases", "Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.site = QComboBox()
        self.site.setAccessibleName(translate("Cases", "Filter by primary site"))
        self.site.addItem(translate("Cases", "All primary sites"), None)
        for s in PrimarySite:
            self.site.addItem(label(s.value), s.value)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("Cases", "Filter by status"))
        self.status.addItem(translate("Cases", "All statuses"), None)
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.readiness = QComboBox()
        self.readiness.setObjectName("readinessFilter")
        self.readiness.setAccessibleName(translate("Cases", "Filter by readiness"))
        self.readiness.setToolTip(translate("Cases", "Ready: the checklist is complete today (confirmed CT/MRI and "
                                            "liver function within their age limits, ECOG, liver remnant when needed)"))
        self.readiness.addItem(translate("Cases", "Any readiness"), None)
        self.readiness.addItem(translate("Cases", "Ready"), True)
        self.readiness.addItem(translate("Cases", "Not ready"), False)
        self.new_button = QPushButton(translate("Cases", "New case"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: ctx.open_case_requested.emit(0))
        self.count = QLabel()
        self.count.setObjectName("muted")

        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.site, 1)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.readiness, 1)
        bar.addStretch(0)
        bar.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(translate("Cases", "Case list"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size queries over 100,000 rows
        vh.setDefaultSectionSize(28)
        hh = self.table.horizontalHeader()
        for col, width in enumerate((120, 210, 130, 200, 160, 240, 150)):  # MRN name age site status case changed
            self.table.setColumnWidth(col, width)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the case's title takes the spare width
        self.table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table).activated.connect(self._open_current)

        self.empty = QLabel(self.table.viewport())  # over the blank grid when nothing matches
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("border: none;")
        self.empty.hide()
        self.table.viewport().installEventFilter(self)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)

        self._timer = make_timer(self, SEARCH_DELAY_MS, self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.site.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.readiness.currentIndexChanged.connect(self.apply_filter)
        self.model.loaded.connect(self._show_first)
        self.model.complete.connect(self._show_count)
        ctx.cases_changed.connect(self.model.reload)
        self.setTabOrder(self.search, self.site)
        self.setTabOrder(self.site, self.status)
        self.setTabOrder(self.status, self.readiness)
        self.setTabOrder(self.readiness, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    # -- querying ------------------------------------------------------------------
    def current_query(self) -> CaseQuery:
        # validated (not model_copy): the services expect the enums, not the combo's strings
        from tumorboard.services.schemas import CaseQuery  # pydantic: not for the first window (start-up)

        return CaseQuery.model_validate(self.model.query.model_dump() | {
            "search": self.search.text().strip(),
            "site": self.site.currentData(),
            "status": self.status.currentData(),
            "ready": self.readiness.currentData(),
        })

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_query(self.current_query())

    def load_now(self) -> None:
        """Fill the list synchronously (used at start so the window opens populated)."""
        self.model.query = self.current_query()
        self.model.reload_now()

    def _show_first(self, n: int) -> None:
        if self.model.loading:
            self.count.setText(translate("Cases", "Showing the first %n case(s); counting the rest…", "", n))

    def _show_count(self, n: int) -> None:
        self.count.setText(translate("Cases", "%n case(s)", "", n))
        q = self.current_query()
        if n:
            self.empty.hide()
            return
        filtered = bool(q.search) or q.site is not None or q.status is not None or q.ready is not None
        self.empty.setText(translate("Cases", "No case matches the search and filters.") if filtered
                           else translate("Cases", "No cases yet. Start with “New case”."))
        self.empty.setGeometry(self.table.viewport().rect())
        self.empty.show()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- opening ---------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        cid = self.model.case_id(index.row())
        if cid:
            self.ctx.open_case_requested.emit(cid)

    def _open_current(self) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            self._open_index(idx)

    def on_shown(self) -> None:
        # before the Workspace is open (the first window) the first glance's rows come, and the service's read
        # follows the open (MainWindow._workspace_open): no query is made now (start-up time)
        if self.ctx.is_open and not self.model.rowCount() and not self.model.loading:
            self.apply_filter()

    # -- layout memory ------------------------------------------------------------------
    def save_layout(self, s: QSettings) -> None:
        s.setValue("cases/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, s: QSettings) -> None:
        state = s.value("cases/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
