"""The case list's model: keeps only ordered ids, loads rows a page at a time
when Qt first asks for them (Anki's browser table idea), on the database thread:
a row not yet loaded shows "…" until its page arrives.

Sorting and filtering happen in the database query (ws.cases.ids); a
QSortFilterProxyModel over 100,000 Python rows took 30 s here."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.i18n import QT_TRANSLATE_NOOP, label, translate
from ui.labels import status_label
from ui.tasks import Job

if TYPE_CHECKING:  # the services' schemas (pydantic) are imported when first used: not for the first window
    from tumorboard.services import Workspace
    from tumorboard.services.glance import GlanceRow
    from tumorboard.services.schemas import CaseQuery, CaseRow

    #: a row shown: the service's, or (the first window, until the service's replace them) the first glance's
    Row = CaseRow | GlanceRow

log = logging.getLogger(__name__)

PAGE = 100  # rows fetched together when Qt asks for one; 100 load in ~7 ms
PAGES_IN_FLIGHT = 3  # scrolling fast: page reads older than the last few are dropped before they run
FIRST_PAGE = 40  # a screenful: what a new search shows before the full id list arrives
#: (attribute, header, sort key in CaseQuery or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("mrn", QT_TRANSLATE_NOOP("CaseTable", "MRN"), "mrn"),
    ("name", QT_TRANSLATE_NOOP("CaseTable", "Name"), "name"),
    # patients of the same name told apart: age (computed in SQL, sorted in SQL) with the birth date
    ("age_years", QT_TRANSLATE_NOOP("CaseTable", "Age (born)"), "age"),
    ("primary_site", QT_TRANSLATE_NOOP("CaseTable", "Primary site"), "site"),
    ("status", QT_TRANSLATE_NOOP("CaseTable", "Status"), "status"),
    ("title", QT_TRANSLATE_NOOP("CaseTable", "Case"), None),
    ("updated_at", QT_TRANSLATE_NOOP("CaseTable", "Last changed"), "updated"),
)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
_USER_ROLE = Qt.ItemDataRole.UserRole
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole})


def row_texts(r: Row) -> tuple[str, ...]:
    """The cells of one row as shown (translated labels, local time)."""
    out = []
    for attr, _header, _sort in COLUMNS:
        value = getattr(r, attr, None)
        if attr == "primary_site":
            out.append(label(value))
        elif attr == "status":
            out.append(status_label(value))
        elif attr == "age_years":
            out.append("" if value is None else f"{value} ({r.birth_date.isoformat() if r.birth_date else ''})")
        elif attr == "updated_at" and value is not None:
            out.append(value.astimezone().strftime("%Y-%m-%d %H:%M"))
        else:
            out.append("" if value is None else str(value))
    return tuple(out)


def first_page_query(query: CaseQuery) -> CaseQuery:
    """The first screenful of `query`: what a new search shows first (and the first glance reads, ui/app.py)."""
    from tumorboard.services.schemas import CaseQuery

    return CaseQuery.model_validate(query.model_dump() | {"offset": 0, "limit": FIRST_PAGE})


def _first_page(ws: Workspace, query: CaseQuery) -> list[CaseRow]:
    return ws.cases.query(first_page_query(query))


class CaseTableModel(QAbstractTableModel):
    """Rows are fetched in pages of PAGE (a primary-key lookup, about a millisecond) and the id list
    itself, both on the database thread: painting never waits for the database."""

    loaded = Signal(int)  # the first screenful of a new query is on screen (rows shown)
    complete = Signal(int)  # the full ordered id list has arrived

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the list's query, made when first asked for (query); until then only its sort is known: the first
        #: window is built and shown before the services' schemas are imported (start-up, issue 17)
        self._query: CaseQuery | None = None
        self._sort: tuple[str, bool] = ("name", False)
        self._ids: list[int] = []
        self._rows: dict[int, Row] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._generation = 0
        self._pages: dict[int, Job[list[CaseRow]]] = {}  # first row of a page being read -> its job
        self.loading = False
        #: where the rows shown come from: "" none yet; "glance": read before the database was open (the
        #: first window, ui/app.py); "service": the case list service (every later answer)
        self.source = ""

    @property
    def query(self) -> CaseQuery:
        if self._query is None:
            from tumorboard.services.schemas import CaseQuery

            self._query = CaseQuery.model_validate({"sort": self._sort[0], "descending": self._sort[1]})
        return self._query

    @query.setter
    def query(self, query: CaseQuery) -> None:
        self._query = query
        self._sort = (str(query.sort), query.descending)

    @property
    def sort_order(self) -> tuple[str, bool]:
        """The list's sort key (CaseQuery.sort) and whether it is descending, known without the query."""
        return self._sort

    def show_glance(self, rows: list[GlanceRow]) -> None:
        """The first glance's rows (tumorboard/services/glance.py: the service's first page, read before the
        Workspace was open), shown until the service's answer to the same query replaces them."""
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._rows = {r.id: r for r in rows}
        self._texts = {r.id: row_texts(r) for r in rows}
        self.endResetModel()
        self.source = "glance"
        self.loading = True  # the service's answer (and the count) follows
        self.loaded.emit(len(rows))

    # -- the query -----------------------------------------------------------------
    # A new query shows its first screenful at once (one cheap LIMIT query); the full
    # ordered id list follows from the database thread and the rows below are
    # inserted, so the list never blocks and never jumps.
    def set_query(self, query: CaseQuery) -> None:
        """Re-query in the background; only the newest request is applied."""
        self.query = query
        self._generation += 1
        gen = self._generation
        self.loading = True
        self.ctx.tasks.run(lambda ws: _first_page(ws, query),
                           success=lambda first: self._apply_first(gen, query, first), failure=self._failed)

    def reload(self) -> None:
        self.set_query(self.query)

    def reload_now(self) -> None:
        """The first screenful before returning (start-up and tests), read on the database thread
        while this one waits; the rest follows in the background."""
        self._generation += 1
        gen, query, wait = self._generation, self.query, QEventLoop()

        def arrived(first: list[CaseRow]) -> None:
            self._apply_first(gen, query, first)
            wait.quit()

        def failed(exc: BaseException) -> None:
            wait.quit()
            self._failed(exc)

        self.ctx.tasks.run(lambda ws: _first_page(ws, query), success=arrived, failure=failed)
        wait.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # results come only through this loop

    def _apply_first(self, gen: int, query: CaseQuery, first: list[CaseRow]) -> None:
        if gen != self._generation:
            return  # a newer search was typed meanwhile
        ids = [r.id for r in first]
        if ids and ids == self._ids:  # the same rows (the first glance's, a refresh): no reset, selection kept
            self._rows = {r.id: r for r in first}
            self._texts = {r.id: row_texts(r) for r in first}
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self._rows = {r.id: r for r in first}
            self._texts = {r.id: row_texts(r) for r in first}
            self.endResetModel()
        self.source = "service"
        self.loading = len(first) >= FIRST_PAGE
        self.loaded.emit(len(first))
        if self.loading:
            self.ctx.tasks.run(lambda ws: ws.cases.ids(query), success=lambda ids: self._apply_ids(gen, ids),
                               failure=self._failed)
        else:
            self.complete.emit(len(first))

    def _apply_ids(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation:
            return
        self.loading = False
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:  # the rest goes below what is on screen: no jump, selection kept
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = list(ids)
                self.endInsertRows()
        else:  # the data changed in between: show the complete answer
            self.beginResetModel()
            self._ids = list(ids)
            self._rows.clear()
            self._texts.clear()
            self.endResetModel()
        self.complete.emit(len(ids))

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        from ui.errors import show_error

        show_error(None, exc)

    def invalidate_rows(self) -> None:
        """Forget loaded rows (after an edit) without changing the order."""
        self._rows.clear()
        self._texts.clear()
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

    def case_row(self, row: int) -> Row | None:
        cid = self.case_id(row)
        if cid is None:
            return None
        if cid not in self._rows:
            self._load_page(row)
        return self._rows.get(cid)

    def _load_page(self, row: int) -> None:
        """Ask the database thread for the page holding `row` (once); the rows are shown when it arrives."""
        start = row - row % PAGE
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        if not wanted or start in self._pages:
            return
        gen = self._generation
        self._pages[start] = self.ctx.tasks.run(
            lambda ws: ws.cases.rows(wanted), success=lambda rows: self._apply_page(gen, start, rows),
            failure=lambda exc: self._page_failed(start, exc))
        for old in list(self._pages)[:-PAGES_IN_FLIGHT]:  # scrolled past: not worth reading any more
            self._pages.pop(old).cancel.set()

    def _apply_page(self, gen: int, start: int, rows: list[CaseRow]) -> None:
        self._pages.pop(start, None)
        if gen != self._generation:
            return
        for r in rows:
            self._rows[r.id] = r
            self._texts[r.id] = row_texts(r)
        if len(self._rows) > 20 * PAGE:  # keep memory flat while scrolling 100,000 rows
            keep = set(self._ids[max(0, start - 2 * PAGE): start + 3 * PAGE])
            self._rows = {k: v for k, v in self._rows.items() if k in keep}
            self._texts = {k: v for k, v in self._texts.items() if k in keep}
        last = min(start + PAGE, len(self._ids)) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))

    def _page_failed(self, start: int, exc: BaseException) -> None:
        self._pages.pop(start, None)  # a vanished row must not crash painting; scrolling asks again
        log.warning("loading case rows failed: %s", exc)

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("CaseTable", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called ~1,000 times per screenful: strings are made once per row, when its page loads
        if role not in _TEXT_ROLES:
            return self.case_id(index.row()) if role == _USER_ROLE and index.isValid() else None
        row, col = index.row(), index.column()
        if not index.isValid() or col >= len(COLUMNS):
            return None
        texts = self._texts.get(self._ids[row]) if 0 <= row < len(self._ids) else None
        if texts is None:
            if self.case_row(row) is None:
                return "…" if role == _DISPLAY_ROLE else None
            texts = self._texts[self._ids[row]]
        return texts[col]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return
        key, descending = COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder
        if self._query is None and not self.source and not self.ctx.is_open:
            # the first window being built (the header's sort, remembered or default): the sort is noted, and the
            # first glance reads that order; the service's read follows the open (MainWindow._workspace_open)
            self._sort = (str(key), descending)
            return
        from tumorboard.services.schemas import CaseQuery

        self.set_query(CaseQuery.model_validate(self.query.model_dump() | {"sort": key, "descending": descending}))
