"""The "Board figures" page: the board's accreditation figures for a period (ws.stats, computed in
SQL), the trend of cases and minutes per meeting and the reasons for deviations and deferrals as
charts (reportlab's, the same as in the printable PDF, rendered with PDFium), and a "Save as PDF"."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.i18n import label, language, translate
from ui.printing import export_file

CHART_DPI = 110


def pdf_image(data: bytes, dpi: int = CHART_DPI) -> QImage:
    """The first page of a one-page PDF as an image (PDFium, as the print preview does)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        bitmap = doc[0].render(scale=dpi / 72, rev_byteorder=True)
        fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        doc.close()


class FiguresView(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stats: Any = None
        title = QLabel(translate("Figures", "Board figures"))
        title.setObjectName("pageTitle")
        today = date.today()
        start = today - timedelta(days=365)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.pdf_button = QPushButton(translate("Figures", "Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(translate("Figures", "Meetings from")))
        head.addWidget(self.start)
        head.addWidget(QLabel(translate("Figures", "to")))
        head.addWidget(self.end)
        head.addWidget(self.pdf_button)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("Figures", "Figure"), translate("Figures", "Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setColumnWidth(0, 280)
        self.charts = {key: QLabel() for key in ("trend", "deviations", "deferrals")}
        for chart in self.charts.values():
            chart.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.attendance = QLabel()
        self.attendance.setWordWrap(True)
        self.attendance.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.timing = QLabel()
        self.timing.setObjectName("muted")
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.table, 0, 0, 2, 1)
        grid.addWidget(self._titled(translate("Figures", "Cases and minutes per meeting"), self.charts["trend"]), 0, 1)
        grid.addWidget(self._titled(translate("Figures", "Why decisions deviated from the tier-1 recommendation"),
                                    self.charts["deviations"]), 1, 1)
        grid.addWidget(self._titled(translate("Figures", "Attendance by specialty"), self.attendance), 2, 0)
        grid.addWidget(self._titled(translate("Figures", "Why cases were deferred"), self.charts["deferrals"]), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.timing)
        ctx.meetings_changed.connect(self.refresh)
        ctx.followups_changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _titled(text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(text)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        lay.addWidget(heading)
        lay.addWidget(widget, 1)
        return box

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        start, end = self.period()
        lang = language()  # the figures' words in the window's language

        def work(ws: Any) -> Any:
            import time

            began = time.perf_counter()
            s = ws.stats.compute(start, end)
            took = time.perf_counter() - began
            return s, ws.stats.rows(s, language=lang), ws.stats.charts(s, language=lang), took

        self.ctx.tasks.run(work, success=self._show, parent=self)

    def _show(self, result: Any) -> None:
        s, rows, charts, took = result
        self.stats = s
        self.table.setRowCount(len(rows))
        for r, (what, value) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(translate("Figures", what)))
            self.table.setItem(r, 1, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        width = max(360, self.width() // 2 - 40)
        for key, data in charts.items():
            image = pdf_image(data)
            self.charts[key].setPixmap(QPixmap.fromImage(image).scaledToWidth(
                min(width, image.width()), Qt.TransformationMode.SmoothTransformation))
        self.attendance.setText("<br>".join(
            f"{label(role)}: {share.count} / {share.of}" for role, share in s.attendance.items())
            or translate("Figures", "No attendance recorded."))
        self.timing.setText(translate("Figures", "{n} meetings · computed in {ms} ms").format(
            n=s.meetings_held, ms=round(took * 1000)))

    def save_pdf(self, ask_where: bool = True, done: Any = None) -> None:
        start, end = self.period()
        lang = language()
        export_file(self.ctx, self, lambda ws: ws.stats.pdf(start, end, language=lang), f"board-figures-{start}-{end}.pdf",
                    ask_where=ask_where, done=done, then="" if not ask_where else "open")


class CaseTrendDialog(QDialog):
    """The case page's small chart: CEA and the largest liver lesion over time (ws.stats.case_trend)."""

    def __init__(self, ctx: Context, case_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Figures", "CEA and lesion size: {0}").format(title))
        self.chart = QLabel(translate("Figures", "Drawing…"))
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumSize(520, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.chart, 1)
        lay.addWidget(buttons)
        lang = language()
        ctx.tasks.run(lambda ws: ws.stats.case_trend_chart(case_id, language=lang), success=self._show, parent=self)

    def _show(self, data: bytes) -> None:
        self.chart.setPixmap(QPixmap.fromImage(pdf_image(data, dpi=130)))
