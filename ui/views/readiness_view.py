"""The readiness checklist: what must be present (and fresh) before a case can be listed."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from tumorboard.services.schemas import Readiness
from ui.style import BAD_FG, MUTED, OK_FG


class ReadinessView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness")
        self.setAccessibleName(translate("Readiness", "Readiness checklist"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.summary)
        lay.addWidget(self.list)
        self.readiness: Readiness | None = None
        self.show_note(translate("Readiness", "Save the case to check whether it is ready for the board."))

    def show_note(self, text: str) -> None:
        self.readiness = None
        self.summary.setText(f"<b>{html.escape(translate('Readiness', 'Ready for the board?'))}</b>")
        self.list.setText(f"<span style='color:{MUTED}'>{html.escape(text)}</span>")

    def show_readiness(self, readiness: Readiness) -> None:
        self.readiness = readiness
        if readiness.ready:
            head = f"<b style='color:{OK_FG}'>✔ {html.escape(translate('Readiness', 'Ready for the board'))}</b>"
        else:
            head = f"<b style='color:{BAD_FG}'>✘ {html.escape(translate('Readiness', 'Not ready yet'))}</b>"
        self.summary.setText(head)
        rows = []
        for item in readiness.items:
            mark = f"<span style='color:{OK_FG}'>✔</span>" if item.ok else f"<span style='color:{BAD_FG}'>✘</span>"
            detail = (f"<br><span style='color:{MUTED}'>{html.escape(item.detail)}</span>"
                      if item.detail else "")
            rows.append(f"<tr><td valign='top'>{mark}&nbsp;</td><td>{html.escape(item.label)}{detail}</td></tr>")
        self.list.setText(f"<table cellspacing='2'>{''.join(rows)}</table>")
