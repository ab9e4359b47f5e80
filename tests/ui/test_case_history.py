"""The case window shows what happened to the case: status and its meaning, the meetings,
the decision, its follow-ups and the changes; entering the day the treatment was given
re-dates the open follow-ups and says so."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog

from tests.ui.conftest import make_case, wait_idle


def test_a_decided_case_shows_its_decision_follow_ups_and_changes(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, mrn="H-1", name="Hilde History")
    meeting = ws.meetings.create({"meeting_date": date.today() - timedelta(days=7), "title": "Board", "place": "Room 1"})
    item = ws.meetings.add_case(meeting.id, case.id, "Resection or chemotherapy?")
    tier1 = [o.modality.value for o in ws.cases.evaluate(case.id, as_of=meeting.meeting_date).options if o.tier == 1]
    ws.decisions.record({"agenda_item_id": item.id, "modalities": tier1, "intent": "curative", "informer": "Dr. Chen",
                         "inform_patient_by": date.today()})
    before = sorted(ws.followups.for_case(case.id), key=lambda f: f.due)
    assert before and all(f.provisional for f in before), "no treatment date: counted from the meeting"
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.status_label.text().startswith("In follow-up")
    assert editor.side.currentWidget() is editor.history, "a decided case opens on its history"
    text = editor.history.text()
    assert "follow-ups are planned" in text
    assert "Resection or chemotherapy?" in text and "discussed" in text
    assert "Recorded by coordinator" in text and "Dr. Chen informs the patient" in text
    assert "(provisional)" in text and before[0].due.isoformat() in text
    assert "· coordinator · Decision recorded" in text and "· coordinator · Case added" in text, text[-600:]

    done = meeting.meeting_date + timedelta(days=3)

    def answer(dlg: Any) -> bool:
        dlg.day.set_date(date.today() + timedelta(days=1))
        dlg.accept()
        assert QDialog.result(dlg) == 0 and dlg.day.problem(), "not after today"
        dlg.day.set_date(done)
        dlg.accept()
        return bool(QDialog.result(dlg))

    editor.history.run_dialog = answer
    editor.history.enter_treatment(ws.cases.get(case.id).decisions[0].id)
    wait_idle(qtbot, ctx)
    after = sorted(ws.followups.for_case(case.id), key=lambda f: f.due)
    assert [f.due for f in after] == [f.due + timedelta(days=3) for f in before]
    assert not any(f.provisional for f in after)
    message = editor.history.message.text()
    assert editor.history.message.isVisible() and f"{len(after)} open follow-up(s) re-dated by 3 day(s)" in message
    assert after[0].due.isoformat() in message
    wait_idle(qtbot, ctx)
    assert f"Treatment given on {done.isoformat()}" in editor.history.text()
    assert "(provisional)" not in editor.history.text()


def test_cancelling_the_last_open_follow_up_shows_the_case_as_discussed(qtbot: Any, window: Any, ctx: Any) -> None:
    """The worklist cancels the case's last open follow-up: the case window then says "Discussed" and what it
    means (decided, no follow-up planned), not "In follow-up"."""
    ws = ctx.ws
    case = make_case(ws, mrn="H-2", name="Hanna Ende")
    meeting = ws.meetings.create({"meeting_date": date.today(), "title": "Board", "place": "Room 1"})
    item = ws.meetings.add_case(meeting.id, case.id, "Surveillance?")
    ws.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance",
                         "deviation_reason": "Patient declines surgery"})
    planned = sorted(ws.followups.for_case(case.id), key=lambda f: f.due)
    for f in planned[:-1]:
        ws.followups.cancel(f.id, "Plan changed")
    assert ws.cases.get(case.id).status == "follow_up"
    window.go("followups")
    wait_idle(qtbot, ctx)
    view = window.followups
    qtbot.waitUntil(lambda: planned[-1].id in [f.id for f in view.all_followups()], timeout=5000)

    def cancel(dlg: Any) -> bool:
        dlg.action.setCurrentIndex(dlg.action.findData("cancel"))
        dlg.reason.setText("Followed up at the referring hospital")
        dlg.accept()
        return bool(QDialog.result(dlg))

    view.run_dialog = cancel
    view.table.selectRow([f.id for f in view.all_followups()].index(planned[-1].id))
    view.change_selected()
    wait_idle(qtbot, ctx)
    assert ws.followups.get(planned[-1].id).status == "cancelled"
    assert ws.cases.get(case.id).status == "discussed"
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.status_label.text().startswith("Discussed"), editor.status_label.text()
    assert "no follow-up is planned" in editor.status_label.toolTip()
    assert "no follow-up is planned" in editor.history.text()
