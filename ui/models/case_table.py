"""The case list's model: keeps only ordered ids, loads rows a page at a time
when Qt first asks for them (Anki's browser table idea).

Sorting and filtering happen in the database query (ws.cases.ids); a
QSortFilterProxyModel over 100,000 Python rows took 30 s here."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from tumorboard.services.schemas import CaseQuery, CaseRow
from ui.i18n import label, tr
from ui.labels import status_label

log = logging.getLogger(__name__)

PAGE = 200
#: (attribute, header, sort key in CaseQuery or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("mrn", "MRN", "mrn"),
    ("name", "Name", "name"),
    ("primary_site", "Primary site", "site"),
    ("status", "Status", "status"),
    ("title", "Case", None),
    ("updated_at", "Last changed", "updated"),
)

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows are fetched synchronously in pages of PAGE (a primary-key lookup,
    about a millisecond); the id list itself is fetched on the database thread."""

    loaded = Signal(int)  # number of cases now listed

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = CaseQuery()
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow] = {}
        self._generation = 0
        self.loading = False

    # -- the query -----------------------------------------------------------------
    def set_query(self, query: CaseQuery) -> None:
        """Re-query in the background; only the newest request is applied."""
        self.query = query
        self._generation += 1
        gen = self._generation
        self.loading = True
        self.ctx.tasks.run(lambda ws: ws.cases.ids(query),
                           success=lambda ids: self._apply(gen, ids), failure=self._failed)

    def reload(self) -> None:
        self.set_query(self.query)

    def reload_now(self) -> None:
        """Synchronous re-query (start-up and tests)."""
        self._generation += 1
        self._apply(self._generation, self.ctx.ws.cases.ids(self.query))

    def _apply(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation:
            return  # a newer search was typed meanwhile
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()
        self.loading = False
        self.loaded.emit(len(self._ids))

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        from ui.errors import show_error

        show_error(None, exc)

    def invalidate_rows(self) -> None:
        """Forget loaded rows (after an edit) without changing the order."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- access ----------------------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_row(self, row: int) -> CaseRow | None:
        cid = self.case_id(row)
        if cid is None:
            return None
        if cid not in self._rows:
            self._load_page(row)
        return self._rows.get(cid)

    def _load_page(self, row: int) -> None:
        start = row - row % PAGE
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        if not wanted:
            return
        try:
            for r in self.ctx.ws.cases.rows(wanted):
                self._rows[r.id] = r
        except Exception:  # noqa: BLE001 - a vanished row must not crash painting
            log.exception("loading case rows failed")
        if len(self._rows) > 20 * PAGE:  # keep memory flat while scrolling 100,000 rows
            keep = set(self._ids[max(0, start - 2 * PAGE): start + 3 * PAGE])
            self._rows = {k: v for k, v in self._rows.items() if k in keep}

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr("CaseTable", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.case_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        r = self.case_row(index.row())
        if r is None:
            return tr("CaseTable", "…") if role == Qt.ItemDataRole.DisplayRole else None
        attr = COLUMNS[index.column()][0]
        value = getattr(r, attr, None)
        if attr == "primary_site":
            return label(value)
        if attr == "status":
            return status_label(value)
        if attr == "updated_at" and value is not None:
            return value.astimezone().strftime("%Y-%m-%d %H:%M")
        return "" if value is None else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return
        key = COLUMNS[column][2]
        self.set_query(self.query.model_copy(update={
            "sort": key, "descending": order == Qt.SortOrder.DescendingOrder}))
