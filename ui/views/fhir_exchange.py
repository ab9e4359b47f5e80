"""File > Import FHIR bundle... and the case editor's "Export FHIR (.json)": the mCODE exchange
(tumorboard.services.fhir_exchange) with a file the user picks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.context import Context
from ui.i18n import translate

if TYPE_CHECKING:
    from tumorboard.services import Workspace
    from tumorboard.services.fhir_exchange import FhirImportResult

SHOWN = 30  # unmapped items listed in the message (all are in the detailed text)


def start_import(ctx: Context, parent: QWidget | None, path: Path | None = None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, translate("Fhir", "Import FHIR bundle"), str(Path.home()),
                                                translate("Fhir", "FHIR JSON (*.json)"))
        if not chosen:
            return
        path = Path(chosen)
    target = path

    def work(ws: Workspace) -> FhirImportResult:
        return ws.fhir.import_bytes(target.read_bytes(), target.name)

    def done(result: FhirImportResult) -> None:
        ctx.everything_changed()
        text = translate("Fhir", "{0} case(s) imported: {1} new patient(s), {2} matched by MRN, {3} decision(s), "
                                 "{4} follow-up(s).").format(len(result.case_ids), result.patients_created,
                                                             result.patients_matched, result.decisions, result.followups)
        if result.unmapped:
            text += "\n\n" + translate("Fhir", "Not mapped ({0}):").format(len(result.unmapped)) + "\n" + "\n".join(
                result.unmapped[:SHOWN])
        else:
            text += "\n\n" + translate("Fhir", "Everything in the file was mapped.")
        box = QMessageBox(QMessageBox.Icon.Information, translate("Fhir", "Import FHIR bundle"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("fhirImportResult")
        if len(result.unmapped) > SHOWN:
            box.setDetailedText("\n".join(result.unmapped))
        box.open()

    ctx.tasks.run(work, success=done, parent=parent)
