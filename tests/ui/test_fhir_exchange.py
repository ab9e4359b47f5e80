"""The case editor's "Export FHIR (.json)" and File > Import FHIR bundle...: a real Bundle written by
the GUI is read back by the GUI into another board's case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import make_case, wait_idle


@pytest.fixture
def out_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from ui import printing

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(printing, "output_folder", lambda: folder)
    return folder


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
