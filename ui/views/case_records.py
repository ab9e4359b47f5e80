"""Dated records of a case: imaging studies and laboratory results.

Each is a small table plus an "add" row; adding goes through the services on
the database thread. The readiness check reads these dates (imaging not older
than 8 weeks, labs not older than 2 weeks).

A record entered wrongly is corrected or removed (Edit…, Remove…, the context
menu, Delete); once the board has discussed the case a reason is asked for.
The last correction can be undone. The test and modality pickers start at
"Choose…": an item under the pointer is never picked by a stray click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services import Workspace
from tumorboard.services.schemas import LAB_UNITS, CaseDetail, ImagingIn, ImagingOut, LabIn, LabOut, LabTest
from tumorboard.services.vocabulary import Imaging
from ui.date_field import DateField, today
from ui.i18n import QT_TRANSLATE_NOOP, label, translate

if TYPE_CHECKING:
    from ui.context import Context

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
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return t


def _date_edit(name: str) -> DateField:
    """Today to start with; a result cannot be dated after today (the service refuses it too)."""
    d = DateField(name, unknown_allowed=False)
    d.set_date(today())
    return d


def _choice(box: QComboBox, prompt: str) -> None:
    """A picker that starts at "Choose…" (nothing chosen), not at a real item under the pointer."""
    box.insertItem(0, prompt, None)
    box.setCurrentIndex(0)


def discussed(detail: CaseDetail) -> bool:
    """The board has discussed the case: corrections need a reason (the services' rule)."""
    status = str(getattr(detail.status, "value", detail.status))
    return status in ("discussed", "follow_up") or bool(getattr(detail, "decisions", None))


#: an imaging study or a lab result
R = TypeVar("R", ImagingOut, LabOut)
#: a record action on the database thread: one service call answering with the case as it now is
Change = Callable[[Workspace], CaseDetail]


class RecordDialog(QDialog):
    """Correct one record: its fields, and the reason (required once the case has been discussed)."""

    def __init__(self, title: str, fields: list[tuple[str, QWidget]], reason_required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        for text, w in fields:
            form.addRow(text, w)
        self.reason_required = reason_required
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setAccessibleName(translate("Editor", "Reason for the correction"))
        self.reason.setMaximumHeight(70)
        self.reason.setPlaceholderText(
            translate("Editor", "Required: the board has discussed this case") if reason_required
            else translate("Editor", "Optional"))
        form.addRow(translate("Editor", "Reason"), self.reason)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.check: Callable[[], list[str]] = lambda: []

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        problems = list(self.check())
        if self.reason_required and not self.reason_text():
            problems.append(translate("Editor", "Reason: the board has discussed this case; say why it is corrected."))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        if not problems:
            super().accept()


class RecordSection(QWidget, Generic[R]):
    """Base: a table of dated records, a row to add one to a saved case, and corrections."""

    added = Signal(object)  # the CaseDetail after a record was added, corrected or removed
    problem = Signal(str)  # a value that cannot be added (said in the editor's banner)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.reason_required = False
        self.records: list[R] = []
        self._undo: tuple[Change, str] | None = None  # (the change that undoes it, what it undoes)
        self.row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = self._make_table()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.act_edit = QAction(translate("Editor", "Correct…"), self)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_remove = QAction(translate("Editor", "Remove…"), self)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self.remove_selected)
        self.table.addAction(self.act_remove)
        self.edit_button = QPushButton(translate("Editor", "Correct…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(translate("Editor", "Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.done_label = QLabel()
        self.done_label.setObjectName("muted")
        self.undo_button = QPushButton(translate("Editor", "Undo"))
        self.undo_button.setObjectName("undoCorrection")
        self.undo_button.clicked.connect(self.undo)
        fixes = QHBoxLayout()
        fixes.setContentsMargins(0, 0, 0, 0)
        fixes.addWidget(self.edit_button)
        fixes.addWidget(self.remove_button)
        fixes.addWidget(self.done_label, 1)
        fixes.addWidget(self.undo_button)
        lay.addWidget(self.table)
        lay.addLayout(fixes)
        lay.addLayout(self.row)
        self._show_done("", None)
        self._selection_changed()

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
        self._selection_changed()

    def _submit(self, store: Callable[[Workspace, int], CaseDetail]) -> None:
        """Add a record: one service call, answering with the case as it now is."""
        cid = self.case_id
        if cid is None:
            return
        self.ctx.tasks.run(lambda ws: store(ws, cid), success=self._done, parent=self)

    def _done(self, detail: CaseDetail) -> None:
        self.clear_entry()
        self._show_done("", None)
        self.show_records(detail)
        self.added.emit(detail)

    def add(self) -> None:
        raise NotImplementedError

    def clear_entry(self) -> None:
        pass

    def show_records(self, detail: CaseDetail) -> None:
        raise NotImplementedError

    # -- corrections ---------------------------------------------------------------
    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def _selection_changed(self) -> None:
        on = self.selected() is not None
        for w in (self.edit_button, self.remove_button, self.act_edit, self.act_remove):
            w.setEnabled(on)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.table.itemAt(pos)
        if item is None:
            return
        self.table.selectRow(item.row())
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.addAction(self.act_remove)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def run_dialog(self, dlg: QDialog) -> bool:
        """Show a dialog modally (a method so tests can answer it)."""
        return dlg.exec() == QDialog.DialogCode.Accepted

    def describe(self, record: R) -> str:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None or not self.case_id:
            return
        what = self.describe(record)
        dlg = RecordDialog(translate("Editor", "Remove {what}").format(what=what),
                           [("", QLabel(translate("Editor", "Remove {what} from this case?").format(what=what)))],
                           self.reason_required, self)
        self.dialog = dlg
        if not self.run_dialog(dlg):
            return
        reason = dlg.reason_text()
        self._correct(lambda ws: self._remove(ws, record.id, reason), translate("Editor", "Removed {what}.").format(what=what),
                      lambda ws: self._re_add(ws, record))

    def _correct(self, work: Change, done_text: str, undo_work: Change | None) -> None:
        """Correct, remove or undo: one service call, answering with the case as it now is."""
        self.ctx.tasks.run(work, success=lambda d: self._corrected(d, done_text, undo_work),
                           failure=lambda exc: self.problem.emit(_plain(exc)), parent=self)

    def _corrected(self, detail: CaseDetail, text: str, undo_work: Change | None) -> None:
        self.show_records(detail)
        self._show_done(text, undo_work)
        self.added.emit(detail)

    def _show_done(self, text: str, undo_work: Change | None) -> None:
        self._undo = (undo_work, text) if undo_work else None
        self.done_label.setText(text)
        self.undo_button.setVisible(undo_work is not None)

    def undo(self) -> None:
        """Take back the last correction (a removed record comes back; a corrected one gets its values back)."""
        if self._undo is None:
            return
        work, _text = self._undo
        self._correct(work, translate("Editor", "The correction was undone."), None)

    def _remove(self, ws: Workspace, record_id: int, reason: str) -> CaseDetail:
        raise NotImplementedError

    def _re_add(self, ws: Workspace, record: R) -> CaseDetail:
        raise NotImplementedError


def _plain(exc: BaseException) -> str:
    from ui.errors import explain

    e = explain(exc)
    return f"{e.title}: {e.text}"


class ImagingSection(RecordSection[ImagingOut]):
    def _make_table(self) -> QTableWidget:
        self.study_date = _date_edit(translate("Editor", "Study date"))
        self.modality = self._modality_box()
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

    @staticmethod
    def _modality_box() -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(translate("Editor", "Study modality"))
        for m in Imaging:
            box.addItem(label(m.value), m.value)
        _choice(box, translate("Editor", "Choose the modality…"))
        return box

    def show_records(self, detail: CaseDetail) -> None:
        self.reason_required = discussed(detail)
        self.records = sorted(detail.imaging, key=lambda s: (s.study_date, s.id), reverse=True)
        self._fill([(s.study_date.isoformat(), label(s.modality), s.findings) for s in self.records])

    def clear_entry(self) -> None:
        self.findings.clear()
        self.modality.setCurrentIndex(0)

    def add(self) -> None:
        if not self.case_id:
            return
        if problem := self.study_date.problem():
            self.problem.emit(problem)
            self.study_date.setFocus()
            return
        if self.modality.currentData() is None:
            self.problem.emit(translate("Editor", "Study modality: choose CT, MRI, … from the list."))
            self.modality.setFocus()
            return
        study = ImagingIn(study_date=self.study_date.date(), modality=self.modality.currentData(),
                          findings=self.findings.text().strip())
        self._submit(lambda ws, cid: ws.records.add_imaging(cid, study))

    def describe(self, record: ImagingOut) -> str:
        return f"{label(record.modality)} {record.study_date.isoformat()}"

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None or not self.case_id:
            return
        day = DateField(translate("Editor", "Study date"), unknown_allowed=False)
        day.set_date(record.study_date)
        modality = self._modality_box()
        modality.setCurrentIndex(modality.findData(str(getattr(record.modality, "value", record.modality))))
        findings = QLineEdit(record.findings)
        findings.setAccessibleName(translate("Editor", "Study findings"))
        day.setObjectName("correctDate")
        modality.setObjectName("correctModality")
        findings.setObjectName("correctFindings")
        dlg = RecordDialog(translate("Editor", "Correct {what}").format(what=self.describe(record)),
                           [(translate("Editor", "Date"), day), (translate("Editor", "Modality"), modality),
                            (translate("Editor", "Findings"), findings)], self.reason_required, self)
        dlg.check = lambda: [p for p in (day.problem(),) if p] + (
            [translate("Editor", "Study modality: choose CT, MRI, … from the list.")] if modality.currentData() is None else [])
        self.dialog = dlg
        if not self.run_dialog(dlg):
            return
        new = ImagingIn(study_date=day.date(), modality=modality.currentData(), findings=findings.text().strip())
        old = ImagingIn(study_date=record.study_date, modality=record.modality, findings=record.findings)
        reason = dlg.reason_text()
        undo_reason = translate("Editor", "Undo of the correction: {reason}").format(reason=reason) if reason else ""
        self._correct(lambda ws: ws.records.correct_imaging(record.id, new, reason),
                      translate("Editor", "Corrected {what}.").format(what=self.describe(record)),
                      lambda ws: ws.records.correct_imaging(record.id, old, undo_reason))

    def _remove(self, ws: Workspace, record_id: int, reason: str) -> CaseDetail:
        return ws.records.remove_imaging(record_id, reason)

    def _re_add(self, ws: Workspace, record: ImagingOut) -> CaseDetail:
        return ws.records.add_imaging(record.case_id, ImagingIn(study_date=record.study_date, modality=record.modality,
                                                       findings=record.findings))


class LabSection(RecordSection[LabOut]):
    def _make_table(self) -> QTableWidget:
        self.taken_on = _date_edit(translate("Editor", "Date the sample was taken"))
        self.test = self._test_box()
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

    @staticmethod
    def _test_box() -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(translate("Editor", "Laboratory test"))
        for t in LabTest:
            unit = LAB_UNITS.get(t.value, "")
            box.addItem(lab_name(t.value) + (f" ({unit})" if unit else ""), t.value)
        _choice(box, translate("Editor", "Choose the test…"))
        return box

    def show_records(self, detail: CaseDetail) -> None:
        self.reason_required = discussed(detail)
        self.records = sorted(detail.labs, key=lambda x: (x.taken_on, x.id), reverse=True)
        self._fill([(x.taken_on.isoformat(), lab_name(x.test), f"{x.value:g} {x.unit}".strip())
                    for x in self.records])

    def clear_entry(self) -> None:
        self.value.clear()
        self.test.setCurrentIndex(0)

    def _read_value(self, text: str) -> tuple[float | None, str | None]:
        text = text.strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None, translate("Editor", "Laboratory value: “{t}” is not a number.").format(t=text)
        if value < 0:
            return None, translate("Editor", "Laboratory value: must be zero or more.")
        return value, None

    def add(self) -> None:
        if not self.case_id:
            return
        if problem := self.taken_on.problem():
            self.problem.emit(problem)
            self.taken_on.setFocus()
            return
        if self.test.currentData() is None:
            self.problem.emit(translate("Editor", "Laboratory test: choose the test from the list."))
            self.test.setFocus()
            return
        value, problem = self._read_value(self.value.text())
        if problem or value is None:
            self.problem.emit(problem or "")
            self.value.setFocus()
            return
        lab = LabIn(taken_on=self.taken_on.date(), test=self.test.currentData(), value=value)
        self._submit(lambda ws, cid: ws.records.add_lab(cid, lab))

    def describe(self, record: LabOut) -> str:
        return f"{lab_name(record.test)} {record.value:g} {record.unit} ({record.taken_on.isoformat()})".replace("  ", " ")

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None or not self.case_id:
            return
        day = DateField(translate("Editor", "Date the sample was taken"), unknown_allowed=False)
        day.set_date(record.taken_on)
        test = self._test_box()
        test.setCurrentIndex(test.findData(str(getattr(record.test, "value", record.test))))
        value = QLineEdit(f"{record.value:g}")
        value.setAccessibleName(translate("Editor", "Laboratory value"))
        day.setObjectName("correctDate")
        test.setObjectName("correctTest")
        value.setObjectName("correctValue")
        dlg = RecordDialog(translate("Editor", "Correct {what}").format(what=self.describe(record)),
                           [(translate("Editor", "Date"), day), (translate("Editor", "Test"), test),
                            (translate("Editor", "Result"), value)], self.reason_required, self)

        def check() -> list[str]:
            out = [p for p in (day.problem(), self._read_value(value.text())[1]) if p]
            if test.currentData() is None:
                out.append(translate("Editor", "Laboratory test: choose the test from the list."))
            return out

        dlg.check = check
        self.dialog = dlg
        if not self.run_dialog(dlg):
            return
        new = LabIn(taken_on=day.date(), test=test.currentData(), value=self._read_value(value.text())[0])
        # the old unit goes back with an undo, even when it was not the test's usual one
        old = LabIn(taken_on=record.taken_on, test=record.test, value=record.value, unit=record.unit)
        reason = dlg.reason_text()
        undo_reason = translate("Editor", "Undo of the correction: {reason}").format(reason=reason) if reason else ""
        self._correct(lambda ws: ws.records.correct_lab(record.id, new, reason),
                      translate("Editor", "Corrected {what}.").format(what=self.describe(record)),
                      lambda ws: ws.records.correct_lab(record.id, old, undo_reason))

    def _remove(self, ws: Workspace, record_id: int, reason: str) -> CaseDetail:
        return ws.records.remove_lab(record_id, reason)

    def _re_add(self, ws: Workspace, record: LabOut) -> CaseDetail:
        return ws.records.add_lab(record.case_id, LabIn(taken_on=record.taken_on, test=record.test, value=record.value,
                                               unit=record.unit))
