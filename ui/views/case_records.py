"""Dated records of a case: imaging studies and laboratory results.

Each is a small table plus an "add" row; adding goes through the services on
the database thread. The readiness check reads these dates (imaging not older
than 8 weeks, labs not older than 2 weeks)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tumorboard.engine.vocabulary import Imaging
from tumorboard.services.schemas import LAB_UNITS, ImagingIn, LabIn, LabTest
from ui.date_field import DateField
from ui.i18n import label, translate

#: laboratory tests as clinicians write them (QT_TRANSLATE_NOOP: listed for the translator)
LAB_NAMES = {
    "bilirubin": QT_TRANSLATE_NOOP("Labs", "Bilirubin"), "albumin": QT_TRANSLATE_NOOP("Labs", "Albumin"),
    "inr": QT_TRANSLATE_NOOP("Labs", "INR"), "alt": QT_TRANSLATE_NOOP("Labs", "ALT"),
    "ast": QT_TRANSLATE_NOOP("Labs", "AST"), "afp": QT_TRANSLATE_NOOP("Labs", "AFP"),
    "cea": QT_TRANSLATE_NOOP("Labs", "CEA"), "creatinine": QT_TRANSLATE_NOOP("Labs", "Creatinine"),
    "platelets": QT_TRANSLATE_NOOP("Labs", "Platelets"),
}


def lab_name(test: LabTest | str) -> str:
    """"inr" -> "INR": never a database code on screen."""
    code = str(test)  # a StrEnum is its code
    return translate("Labs", LAB_NAMES.get(code, code.upper() if len(code) <= 3 else code.capitalize()))


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    t.setMaximumHeight(130)
    t.setAccessibleName(name)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def _date_edit(name: str) -> DateField:
    """Today to start with; a result cannot be dated after today (the service refuses it too)."""
    d = DateField(name, unknown_allowed=False)
    d.set_date(date.today())
    return d


class RecordSection(QWidget):
    """Base: a table of dated records and a row to add one to a saved case."""

    added = Signal(object)  # the CaseDetail after the record was added
    problem = Signal(str)  # a value that cannot be added (said in the editor's banner)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = self._make_table()
        lay.addWidget(self.table)
        lay.addLayout(self.row)

    def _make_table(self) -> QTableWidget:
        raise NotImplementedError

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.add_button.setEnabled(bool(case_id))

    def _fill(self, rows: list[tuple[str, ...]]) -> None:
        self.table.setRowCount(0)
        for cells in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _submit(self, store: Any) -> None:
        cid = self.case_id

        def work(ws: Any) -> Any:
            store(ws, cid)
            return ws.cases.get(cid)

        self.ctx.tasks.run(work, success=self._done, parent=self)

    def _done(self, detail: Any) -> None:
        self.clear_entry()
        self.show_records(detail)
        self.added.emit(detail)

    def add(self) -> None:
        raise NotImplementedError

    def clear_entry(self) -> None:
        pass

    def show_records(self, detail: Any) -> None:
        raise NotImplementedError


class ImagingSection(RecordSection):
    def _make_table(self) -> QTableWidget:
        self.study_date = _date_edit(translate("Editor", "Study date"))
        self.modality = QComboBox()
        self.modality.setAccessibleName(translate("Editor", "Study modality"))
        for m in Imaging:
            self.modality.addItem(label(m.value), m.value)
        self.findings = QLineEdit()
        self.findings.setPlaceholderText(translate("Editor", "Findings"))
        self.findings.setAccessibleName(translate("Editor", "Study findings"))
        self.add_button.setText(translate("Editor", "Add study"))
        self.row.addWidget(self.study_date)
        self.row.addWidget(self.modality)
        self.row.addWidget(self.findings, 1)
        self.row.addWidget(self.add_button)
        return _table([translate("Editor", "Date"), translate("Editor", "Modality"), translate("Editor", "Findings")],
                      translate("Editor", "Imaging studies"))

    def show_records(self, detail: Any) -> None:
        studies = sorted(detail.imaging, key=lambda s: s.study_date, reverse=True)
        self._fill([(s.study_date.isoformat(), label(s.modality), s.findings) for s in studies])

    def clear_entry(self) -> None:
        self.findings.clear()

    def add(self) -> None:
        if not self.case_id:
            return
        if problem := self.study_date.problem():
            self.problem.emit(problem)
            self.study_date.setFocus()
            return
        study = ImagingIn(study_date=self.study_date.date(), modality=self.modality.currentData(),
                          findings=self.findings.text().strip())
        self._submit(lambda ws, cid: ws.cases.add_imaging(cid, study))


class LabSection(RecordSection):
    def _make_table(self) -> QTableWidget:
        self.taken_on = _date_edit(translate("Editor", "Date the sample was taken"))
        self.test = QComboBox()
        self.test.setAccessibleName(translate("Editor", "Laboratory test"))
        for t in LabTest:
            unit = LAB_UNITS.get(t.value, "")
            self.test.addItem(lab_name(t.value) + (f" ({unit})" if unit else ""), t.value)
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("Editor", "value"))
        self.value.setAccessibleName(translate("Editor", "Laboratory value"))
        self.value.setMaximumWidth(110)
        self.add_button.setText(translate("Editor", "Add result"))
        for w in (self.taken_on, self.test, self.value, self.add_button):
            self.row.addWidget(w)
        self.row.addStretch(1)
        return _table([translate("Editor", "Date"), translate("Editor", "Test"), translate("Editor", "Result")],
                      translate("Editor", "Laboratory results"))

    def show_records(self, detail: Any) -> None:
        labs = sorted(detail.labs, key=lambda x: x.taken_on, reverse=True)
        self._fill([(x.taken_on.isoformat(), lab_name(x.test), f"{x.value:g} {x.unit}".strip())
                    for x in labs])

    def clear_entry(self) -> None:
        self.value.clear()

    def add(self) -> None:
        if not self.case_id:
            return
        text = self.value.text().strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self.problem.emit(translate("Editor", "Laboratory value: “{t}” is not a number.").format(t=text))
            self.value.setFocus()
            return
        if value < 0:
            self.problem.emit(translate("Editor", "Laboratory value: must be zero or more."))
            self.value.setFocus()
            return
        if problem := self.taken_on.problem():
            self.problem.emit(problem)
            self.taken_on.setFocus()
            return
        lab = LabIn(taken_on=self.taken_on.date(), test=self.test.currentData(), value=value)
        self._submit(lambda ws, cid: ws.cases.add_lab(cid, lab))
