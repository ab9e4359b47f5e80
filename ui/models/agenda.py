"""A meeting's agenda as a list model: drag and drop reorders; not-ready cases are flagged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.i18n import label, translate
from ui.style import BAD_FG

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from tumorboard.services.schemas import AgendaItemOut, Readiness

MIME = "application/x-tumorboard-agenda-row"
Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractListModel):
    reordered = Signal(list)  # agenda item ids in their new order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemOut] = []
        self.readiness: dict[int, Readiness] = {}  # case id -> Readiness

    def set_items(self, items: Sequence[AgendaItemOut]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_readiness(self, case_id: int, readiness: Readiness) -> None:
        self.readiness[case_id] = readiness
        for row, it in enumerate(self.items):
            if it.case_id == case_id:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def item(self, row: int) -> AgendaItemOut | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def not_ready(self, item: AgendaItemOut) -> list[str]:
        """What is missing for a pending item (empty when ready or already discussed)."""
        r = self.readiness.get(item.case_id)
        if r is None or r.ready or item.outcome:
            return []
        return [i.label for i in r.items if not i.ok]

    # -- Qt interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        it = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{index.row() + 1}. {it.patient_name}  ·  {it.mrn}  ·  {label(it.primary_site)}"
            outcome = it.outcome.value if it.outcome else ""
            if outcome == "discussed":
                text += "  ·  " + translate("Agenda", "discussed")
            elif outcome == "deferred":
                text += "  ·  " + translate("Agenda", "deferred")
            missing = self.not_ready(it)
            if missing:
                text += "  ·  ⚠ " + translate("Agenda", "NOT READY")
            if it.question:
                text += "\n    " + translate("Agenda", "Question: {q}").format(q=it.question)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            missing = self.not_ready(it)
            if missing:
                return translate("Agenda", "Not ready for the board:") + "\n• " + "\n• ".join(missing)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.not_ready(it):
                from PySide6.QtGui import QColor

                return QColor(BAD_FG)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return it.id
        if role == Qt.ItemDataRole.SizeHintRole:
            # CJK glyphs come from the fallback font, taller than the Latin one: leave room
            from PySide6.QtCore import QSize
            from PySide6.QtGui import QFontMetrics
            from PySide6.QtWidgets import QApplication

            lines = 2 if it.question else 1
            return QSize(100, int(QFontMetrics(QApplication.font()).lineSpacing() * 1.45 * lines) + 8)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, ",".join(map(str, rows)).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        rows = [int(x) for x in bytes(data.data(MIME).data()).decode().split(",") if x]
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), target)
        return False  # the move is done; the view must not remove the source row

    def moveRows(self, src_parent: Index, src: int, count: int, dst_parent: Index, dst: int) -> bool:
        if count != 1 or not 0 <= src < len(self.items) or not 0 <= dst <= len(self.items) or dst in (src, src + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst):
            return False
        it = self.items.pop(src)
        self.items.insert(dst - 1 if dst > src else dst, it)
        self.endMoveRows()
        self.reordered.emit([i.id for i in self.items])
        return True
