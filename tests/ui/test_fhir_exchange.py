"""The case editor's "Export FHIR (.json)" and File > Import FHIR bundle...: a real Bundle written by
the GUI is read back by the GUI into another board's case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import make_case, wait_idle


def test_export_from_the_editor_and_import_from_the_file_menu(qtbot: Any, window: Any, ctx: Any, out_folder: Path,
                                                              monkeypatch: Any) -> None:
    case = make_case(ctx.ws, mrn="FH-1", name="Fhir, Flora")
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.act_fhir.isEnabled()
    written: list[Path] = []
    editor.export_fhir(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    bundle = json.loads(written[0].read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    # the same file into this board: the patient is matched by MRN, a second case is made
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written[0]), ""))
    window.act_import_fhir.trigger()
    wait_idle(qtbot, ctx)
    box = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "fhirImportResult")
    assert "1 case(s) imported" in box.text() and "1 matched" in box.text()
    assert "Everything in the file was mapped" in box.text()
    assert ctx.ws.cases.count() == 2
    box.close()


def test_meeting_export_from_the_meetings_page_and_the_file_menu(qtbot: Any, window: Any, ctx: Any, out_folder: Path,
                                                                 monkeypatch: Any, tmp_path: Path) -> None:
    """The meeting's cases as one Bundle, through the same service as `tumorboard export fhir --meeting`;
    every resource validates; with no meeting chosen the File menu says what to do."""
    from datetime import timedelta

    from fhir.resources.R4B import get_fhir_model_class

    from tests.core.services.test_fhir import clinical
    from tumorboard.services.schemas import MeetingIn

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "menu.json"), ""))
    window.act_export_fhir.trigger()  # nothing chosen yet
    wait_idle(qtbot, ctx)
    box = window.findChild(QMessageBox, "chooseMeetingFirst")
    assert box is not None and box.isVisible() and "Meetings page" in box.text()
    box.close()
    assert window.stack.currentWidget() is window.meetings and not (tmp_path / "menu.json").exists()

    ws = ctx.ws
    first = make_case(ws, mrn="FM-1", name="Meeting, Mia")
    second = make_case(ws, mrn="FM-2", name="Meeting, Max")
    ws.cases.update(first.id, {"referrer": "Dr. Rita Referrer", "gp": "Dr. Gus General"}, ws.cases.get(first.id).version)
    m = ws.meetings.create(MeetingIn(meeting_date=ws.today() + timedelta(days=2), title="Liver board"))
    for c in (first, second):
        ws.meetings.add_case(m.id, c.id, "Resect?")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    assert window.meetings.fhir_button.isEnabled()
    written: list[Path] = []
    assert window.meetings.export_fhir(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    bundle = json.loads(written[0].read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])
    mrns = {e["resource"]["identifier"][0]["value"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"}
    assert mrns == {"FM-1", "FM-2"}
    assert clinical(bundle) == clinical(json.loads(ws.fhir.export_meeting(m.id)))
    assert "Dr. Rita Referrer" in written[0].read_text(encoding="utf-8")

    window.act_export_fhir.trigger()  # File menu: the meeting shown, to the file the user picks
    wait_idle(qtbot, ctx)
    assert clinical(json.loads((tmp_path / "menu.json").read_text(encoding="utf-8"))) == clinical(bundle)
