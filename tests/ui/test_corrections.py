"""Correcting a lab result and an imaging study in the case window: a mis-picked "ALT 1 U/L" is
corrected (with a reason once the board has discussed the case), removed with Delete, and undone;
each step is in the audit trail."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlmodel import select

from tests.ui.conftest import make_case, wait_idle
from tumorboard.store.models import AuditEvent
from ui.date_field import DateField


def _audit(ws: Any, entity: str) -> list[Any]:
    with ws.read() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))


def _discuss(ws: Any, case_id: int) -> None:
    meeting = ws.meetings.create({"meeting_date": date.today(), "title": "Board", "place": "Room 1"})
    item = ws.meetings.add_case(meeting.id, case_id, "Resection?")
    tier1 = [o.modality.value for o in ws.cases.evaluate(case_id).options if o.tier == 1]
    ws.decisions.record({"agenda_item_id": item.id, "modalities": tier1, "intent": "curative"})


def test_a_lab_is_corrected_with_a_reason_removed_with_delete_and_undone(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws)
    yesterday = date.today() - timedelta(days=1)
    wrong = ws.cases.add_lab(case.id, {"taken_on": yesterday, "test": "alt", "value": 1})
    _discuss(ws, case.id)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    labs = editor.labs
    assert labs.reason_required, "the board has discussed the case"
    assert not labs.edit_button.isEnabled(), "nothing selected: nothing to correct"
    row = next(i for i, r in enumerate(labs.records) if r.id == wrong.id)
    labs.table.selectRow(row)
    assert labs.edit_button.isEnabled()


    def answer(dlg: Any) -> bool:
        dlg.findChild(QComboBox, "correctTest").setCurrentIndex(dlg.findChild(QComboBox, "correctTest").findData("albumin"))
        dlg.findChild(QLineEdit, "correctValue").setText("41")
        dlg.findChild(DateField, "correctDate").set_date(yesterday)
        dlg.accept()
        assert dlg.result() == 0 and "Reason" in dlg.error.text(), "no reason: refused at the dialog"
        dlg.reason.setPlainText("ALT picked by mistake; albumin 41 g/L on the report")
        dlg.accept()
        return bool(dlg.result())

    labs.run_dialog = answer
    labs.edit_selected()
    wait_idle(qtbot, ctx)
    stored = {x.id: x for x in ws.cases.get(case.id).labs}
    assert (stored[wrong.id].test, stored[wrong.id].value, stored[wrong.id].unit) == ("albumin", 41.0, "g/L")
    event = _audit(ws, "lab_result")[-1]
    assert event.action == "update" and event.after["reason"].startswith("ALT picked by mistake")
    assert event.before["test"] == "alt"
    assert "Corrected ALT 1 U/L" in labs.done_label.text() and labs.undo_button.isVisibleTo(editor)
    assert editor.version == ws.cases.get(case.id).version, "the editor knows the new version: its next save is not stale"

    # Delete on the table removes (a reason again), and Undo brings it back
    row = next(i for i, r in enumerate(labs.records) if r.id == wrong.id)
    labs.table.selectRow(row)
    labs.table.setFocus()

    def answer_remove(dlg: Any) -> bool:
        dlg.reason.setPlainText("duplicate of the result above")
        dlg.accept()
        return bool(dlg.result())

    labs.run_dialog = answer_remove
    count = len(ws.cases.get(case.id).labs)
    qtbot.keyClick(labs.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, ctx)
    assert len(ws.cases.get(case.id).labs) == count - 1 and labs.table.rowCount() == count - 1
    assert _audit(ws, "lab_result")[-1].action == "delete"
    qtbot.mouseClick(labs.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    back = ws.cases.get(case.id).labs
    assert len(back) == count and any((x.test, x.value, x.taken_on) == ("albumin", 41.0, yesterday) for x in back)
    assert not labs.undo_button.isVisible()


def test_an_imaging_study_is_corrected_before_the_board_without_a_reason(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, ready=False)
    study = ws.cases.add_imaging(case.id, {"study_date": date.today() - timedelta(days=3), "modality": "ct"})
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    section = editor.imaging
    assert not section.reason_required
    assert section.modality.currentData() is None, "the picker starts at Choose…"
    section.table.selectRow(0)

    def answer(dlg: Any) -> bool:
        dlg.findChild(QComboBox, "correctModality").setCurrentIndex(
            dlg.findChild(QComboBox, "correctModality").findData("mri"))
        dlg.findChild(QLineEdit, "correctFindings").setText("3 lesions")
        dlg.accept()
        return bool(dlg.result())

    section.run_dialog = answer
    section.edit_selected()
    wait_idle(qtbot, ctx)
    got = ws.cases.get(case.id).imaging[0]
    assert (got.id, got.modality, got.findings) == (study.id, "mri", "3 lesions")
    qtbot.mouseClick(section.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case.id).imaging[0].modality == "ct"


def test_adding_a_result_is_one_service_call_that_answers_with_the_case(
        qtbot: Any, window: Any, ctx: Any, monkeypatch: Any) -> None:
    """The section asks ws.records once and shows its answer: no second read of the case."""
    ws = ctx.ws
    case = make_case(ws)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    labs = editor.labs
    labs.added.disconnect()  # the editor's own refresh (readiness, history) is not the section's doing
    calls: list[str] = []
    for service, name in ((ws.cases, "get"), (ws.records, "add_lab")):
        real = getattr(service, name)
        monkeypatch.setattr(service, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
    labs.taken_on.set_date(date.today() - timedelta(days=1))
    labs.test.setCurrentIndex(labs.test.findData("cea"))
    labs.value.setText("3.5")
    labs.add()
    wait_idle(qtbot, ctx)
    assert calls == ["add_lab"]
    assert ("cea", 3.5) in [(x.test, x.value) for x in labs.records], "shown from the answer"
