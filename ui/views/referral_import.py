"""File > Import referrals...: choose a CSV or xlsx, see the preview (new / matched / refused rows and
every refused cell), then import all rows or only the valid ones (with a CSV of the rest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tumorboard.services.referrals import DATE_ORDERS, ENCODINGS
from ui.context import Context
from ui.i18n import core_text, translate

SHOWN = 2000  # rows of the problem table (the report holds every refused row)


def start_import(ctx: Context, parent: QWidget | None) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Referrals", "Import referrals"), str(Path.home()),
                                          translate("Referrals", "Referral lists (*.csv *.xlsx)"))
    if path:
        ReferralImportDialog(ctx, Path(path), parent).check()


class ReferralImportDialog(QDialog):
    def __init__(self, ctx: Context, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.job: Any = None
        self._pending: Any = None
        self.setWindowTitle(translate("Referrals", "Import referrals: {0}").format(path.name))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.encoding = QComboBox()
        self.encoding.addItem(translate("Referrals", "Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding.setEnabled(path.suffix.lower() == ".csv")
        self.date_order = QComboBox()
        for code, text in zip(DATE_ORDERS, (translate("Referrals", "day first (31.12.2026, 31/12/2026)"),
                                            translate("Referrals", "month first (12/31/2026)")), strict=True):
            self.date_order.addItem(text, code)
        form.addRow(translate("Referrals", "Encoding"), self.encoding)
        form.addRow(translate("Referrals", "Dates"), self.date_order)
        lay.addLayout(form)
        self.encoding.activated.connect(lambda _i: self.check())
        self.date_order.activated.connect(lambda _i: self.check())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([translate("Referrals", "Row"), translate("Referrals", "Status"),
                                              translate("Referrals", "MRN"),
                                              translate("Referrals", "Column"), translate("Referrals", "Value"),
                                              translate("Referrals", "What is allowed / what changes")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all = QPushButton(translate("Referrals", "Import all rows"))
        self.import_valid = QPushButton(translate("Referrals", "Import the valid rows…"))
        buttons.addButton(self.import_all, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_valid, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_all.clicked.connect(lambda: self.write(False))
        self.import_valid.clicked.connect(lambda: self.write(True))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)

    # --- the preview ---------------------------------------------------------------

    def check(self) -> None:
        encoding, order = self.encoding.currentData(), self.date_order.currentData()

        def run(ws: Any) -> Iterator[Any]:
            job = ws.referrals.open(self.path, encoding=encoding, date_order=order)
            self._pending = job
            yield from job.check()

        self.ctx.tasks.run_progress(self, translate("Referrals", "Checking the referral list…"), run,
                                    success=lambda _last: self._show(self._pending), failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ui.tasks import Cancelled

        if isinstance(exc, Cancelled):
            if self.job is None:
                self.reject()
            return
        from ui.errors import show_error

        show_error(self, exc)
        if self.job is None:
            self.reject()

    def _show(self, job: Any) -> None:
        self.job = job
        c = job.counts()
        self.summary.setText(translate("Referrals", "{0} rows ({1}): {2} new, {3} matched, {4} refused.").format(
            len(job.rows), job.encoding, c["new"], c["matched"], c["refused"])
            + ("" if not c["refused"] else " " + translate(
                "Referrals", "Fix the refused rows, or import the valid rows and get the rest as a CSV to fix.")))
        lines: list[tuple[str, ...]] = []
        words = {"new": translate("Referrals", "new"), "matched": translate("Referrals", "matched"),
                 "refused": translate("Referrals", "refused")}
        order = {"refused": 0, "matched": 1, "new": 2}  # what needs the user's eye first
        for r in sorted(job.rows, key=lambda r: (order[r.status], r.row)):
            if len(lines) >= SHOWN:
                break
            if r.problems:
                lines += [(str(p.row), words["refused"], r.mrn, p.column, p.value, core_text(p.allowed)) for p in r.problems]
            elif r.changes:
                lines.append((str(r.row), words["matched"], r.mrn, ", ".join(r.changes), "",
                              translate("Referrals", "the patient's record gets a new version")))
            else:
                lines.append((str(r.row), words[r.status], r.mrn, "", "",
                              translate("Referrals", "a known patient: a new draft case") if r.status == "matched"
                              else translate("Referrals", "a new patient and draft case")))
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            for j, text in enumerate(line):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.import_all.setEnabled(c["refused"] == 0 and bool(job.rows))
        self.import_valid.setEnabled(c["refused"] > 0 and (c["new"] + c["matched"]) > 0)
        if not self.isVisible():
            self.open()

    # --- writing -------------------------------------------------------------------

    def write(self, valid_only: bool) -> None:
        job = self.job
        report: str | None = None
        if valid_only:
            report, _ = QFileDialog.getSaveFileName(
                self, translate("Referrals", "Save the refused rows"),
                str(self.path.with_name(self.path.stem + "-refused.csv")), translate("Referrals", "CSV (*.csv)"))
            if not report:
                return

        def run(_ws: Any) -> Iterator[Any]:
            yield from job.write(valid_only)
            if report:
                job.write_report(report)

        def done(_last: Any) -> None:
            r = job.result
            text = translate("Referrals", "{0} draft case(s) imported: {1} new patient(s), {2} updated.").format(
                r.cases_created, r.patients_created, r.patients_updated)
            if report:
                text += "\n" + translate("Referrals", "{0} refused row(s) saved to {1}.").format(r.rows_refused, report)
            self.ctx.cases_changed.emit()
            self.accept()
            self.done_box = QMessageBox(QMessageBox.Icon.Information, translate("Referrals", "Import referrals"),
                                        text, QMessageBox.StandardButton.Ok, self.parentWidget())
            self.done_box.open()

        self.ctx.tasks.run_progress(self, translate("Referrals", "Importing referrals…"), run, success=done,
                                    failure=self._failed)
