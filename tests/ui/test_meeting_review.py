"""Meetings and review: not-ready flagged, quorum, deferral with a reason,
the per-case timer, and amendments after finalising need a reason."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.ui.conftest import error_boxes, make_case, wait_idle
from tumorboard.services.schemas import MeetingIn


def _meeting_with(ctx: Any, *cases: Any, days: int = 0) -> Any:
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=ctx.ws.today() + timedelta(days=days), title="Board"))
    for c in cases:
        ctx.ws.meetings.add_case(m.id, c.id, "What next?")
    return m


def test_not_ready_case_is_flagged_on_the_agenda(qtbot: Any, window: Any, ctx: Any) -> None:
    ready = make_case(ctx.ws, mrn="R-1", name="Ready, Rita")
    draft = make_case(ctx.ws, mrn="D-1", name="Draft, Dan", ready=False)
    ctx.ws.cases.set_status(draft.id, "ready", expected_version=draft.version)  # marked ready too early
    m = _meeting_with(ctx, ready, draft)
    window.go("meetings")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    agenda = window.meetings.agenda
    texts = [agenda.data(agenda.index(r)) for r in range(agenda.rowCount())]
    assert "NOT READY" not in texts[0] and "NOT READY" in texts[1]
    assert "Liver function" in agenda.data(agenda.index(1), 3)  # tooltip says what is missing
    assert "1 case(s) not ready" in window.meetings.state.text()
    # the meeting-room screen says so too, with what is missing
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    assert "Not ready" not in window.review.status.text()
    window.review.next_case()
    wait_idle(qtbot, ctx)
    status = window.review.status.text()
    assert "Not ready for the board" in status and "Liver function" in status, status


@pytest.mark.parametrize("days, met", [(1, "Quorum expected (confirm attendance on the day)"), (0, "Quorum met")])
def test_attendance_and_quorum(qtbot: Any, window: Any, ctx: Any, days: int, met: str) -> None:
    m = _meeting_with(ctx, make_case(ctx.ws), days=days)  # tomorrow: who is expected; today: who is there
    window.go("meetings")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    assert ("No quorum expected" in window.meetings.quorum.text()) == (days > 0)
    assert "No quorum" in window.meetings.quorum.text()
    for name, role in (("Dr. Chen", "hepatobiliary surgery"), ("Dr. Okafor", "medical oncology"),
                       ("Dr. Weiß", "radiology"), ("Dr. 李", "pathology")):
        window.meetings.att_name.setText(name)
        window.meetings.att_role.setCurrentText(role)
        window.meetings._add_attendee()
        wait_idle(qtbot, ctx)
    assert met in window.meetings.quorum.text(), window.meetings.quorum.text()
    assert {a.name for a in ctx.ws.meetings.get(m.id).attendance} >= {"Dr. Weiß", "Dr. 李"}
    roles = [window.meetings.att_role.itemText(i) for i in range(window.meetings.att_role.count())]
    assert len(roles) == len(set(roles)), f"each role once: {roles}"
    # unticking the surgeon shows the quorum lost at once, marked as not yet saved
    window.meetings.attendance.cellWidget(0, 2).setChecked(False)
    text = window.meetings.quorum.text()
    assert "No quorum" in text and "hepatobiliary surgery" in text and "not saved yet" in text, text
    assert all(a.present for a in ctx.ws.meetings.get(m.id).attendance), "nothing is saved by a tick"
    window.meetings.save_attendance()
    wait_idle(qtbot, ctx)
    assert "not saved yet" not in window.meetings.quorum.text()
    assert not ctx.ws.meetings.quorum(m.id).met


def test_defer_with_reason_and_timer_kept(qtbot: Any, window: Any, ctx: Any) -> None:
    first, second = make_case(ctx.ws, mrn="F-1", name="First"), make_case(ctx.ws, mrn="S-1", name="Second")
    m = _meeting_with(ctx, first, second)
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    review = window.review
    assert review.where.text() == "Case 1 of 2"
    assert review.ticker.isActive(), "the timer runs while the board looks at a pending case"
    review.defer("Awaiting PET-CT")
    wait_idle(qtbot, ctx)
    item = ctx.ws.meetings.get(m.id).agenda[0]
    assert item.outcome == "deferred" and item.deferred_reason == "Awaiting PET-CT"
    assert "Deferred: Awaiting PET-CT" in review.status.text()
    review.next_case()
    wait_idle(qtbot, ctx)
    assert review.where.text() == "Case 2 of 2"
    review.previous_case()
    wait_idle(qtbot, ctx)
    assert not review.record_button.isEnabled() and not review.ticker.isActive()
    window.go("cases")
    assert not review.ticker.isActive(), "the timer stops when the review is left"


def test_amendment_after_finalising_needs_a_reason(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws)
    m = _meeting_with(ctx, case, days=0)
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    review = window.review
    review.form.informer.setText("Dr. Chen")
    review.record()
    wait_idle(qtbot, ctx)
    ctx.ws.meetings.finalise(m.id)
    window.start_review(m.id)
    review.load_meeting(m.id, 0)
    wait_idle(qtbot, ctx)
    assert not review.record_button.isEnabled() and review.amend_button.isEnabled()
    review.ask_amend()  # first press unlocks the form
    assert review.form.modalities.isEnabled()
    review.form.notes.setText("Add CEA in 6 weeks")
    review.amend("Typo in the follow-up plan")
    wait_idle(qtbot, ctx)
    d = ctx.ws.cases.get(case.id).decisions[0]
    assert d.amended_reason == "Typo in the follow-up plan" and d.notes == "Add CEA in 6 weeks"
    assert "Amended: Typo in the follow-up plan" in review.status.text()


def test_review_keyboard_navigation(qtbot: Any, window: Any, ctx: Any) -> None:
    from PySide6.QtCore import Qt

    m = _meeting_with(ctx, make_case(ctx.ws, mrn="K-1", name="One"), make_case(ctx.ws, mrn="K-2", name="Two"))
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    review = window.review
    review.setFocus()
    qtbot.keyClick(review, Qt.Key.Key_PageDown)
    wait_idle(qtbot, ctx)
    assert review.where.text() == "Case 2 of 2"
    window.act_prev.trigger()  # Ctrl+Left in the Review menu
    wait_idle(qtbot, ctx)
    assert review.where.text() == "Case 1 of 2"


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900), (1920, 1080)])
def test_the_decision_form_is_never_cut_off_at_the_right(qtbot: Any, window: Any, ctx: Any, size: tuple[int, int]) -> None:
    """At 1440x900 (a 1920x1080 screen's window) the 14-pt form was wider than its side of the splitter, and its
    scroll area has no horizontal bar: Timing, Referrer / GP and Notes were cut off (seen on a screenshot)."""
    m = _meeting_with(ctx, make_case(ctx.ws, mrn="W-1", name="Wide"))
    window.show()
    window.resize(*size)
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    qtbot.wait(50)
    review = window.review
    assert review.form_scroll.viewport().width() >= review.form.minimumSizeHint().width(), size


def test_full_screen_for_the_meeting_room(qtbot: Any, window: Any) -> None:
    window.go("review")
    window.act_full.trigger()
    assert not window.nav.isVisible()
    window.act_full.trigger()
    assert window.nav.isVisible()


def test_question_and_order_changed_on_another_workstation_are_not_overwritten(
    qtbot: Any, window: Any, ctx: Any, db_url: str
) -> None:
    from tumorboard.services import Workspace

    a, b = make_case(ctx.ws, mrn="A-1", name="Anna"), make_case(ctx.ws, mrn="B-1", name="王秀英")
    m = _meeting_with(ctx, a, b)
    view = window.meetings
    window.go("meetings")
    view.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    first, second = (it.id for it in view.meeting.agenda)
    with Workspace.open(db_url, actor="dr.colleague") as other:
        other.meetings.set_question(first, "Resect or ablate?")
        other.meetings.reorder(m.id, [second, first])

    view.select_row(0)  # still shows the first item with the old question
    view.question.setText("Chemotherapy first?")
    view._save_question()
    wait_idle(qtbot, ctx)
    boxes = error_boxes(view)
    assert boxes and "dr.colleague" in boxes[-1].text()
    assert ctx.ws.meetings.get(m.id).agenda[1].question == "Resect or ablate?", "their question was kept"
    assert [it.id for it in view.meeting.agenda] == [second, first], "the view shows what is stored"
    for box in boxes:
        box.close()

    with Workspace.open(db_url, actor="dr.colleague") as other:
        other.meetings.reorder(m.id, [first, second])
    assert view.agenda.moveRows(view.agenda.index(0).parent(), 0, 1, view.agenda.index(0).parent(), 2)
    wait_idle(qtbot, ctx)
    boxes = error_boxes(view)
    assert boxes and "dr.colleague" in boxes[-1].text()
    assert [it.id for it in ctx.ws.meetings.get(m.id).agenda] == [first, second]
    assert [it.id for it in view.meeting.agenda] == [first, second]
    for box in boxes:
        box.close()


def test_finalising_asks_when_the_quorum_is_missing_and_stops_at_undecided_cases(
        qtbot: Any, window: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: asked.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer["button"])
    case = make_case(ctx.ws)
    m = _meeting_with(ctx, case, days=0)
    window.go("meetings")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    window.meetings.finalise()  # the case has no decision yet: said, not tried
    wait_idle(qtbot, ctx)
    assert "Record a decision or defer each" in asked[-1] and not ctx.ws.meetings.get(m.id).finalised
    assert error_boxes(window) == []
    (item,) = ctx.ws.meetings.get(m.id).agenda
    ctx.ws.meetings.defer(item.id, "Awaiting MRI")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    window.meetings.finalise()  # nobody attended: the quorum is missing, the user says No
    wait_idle(qtbot, ctx)
    assert "The quorum was not met" in asked[-1] and not ctx.ws.meetings.get(m.id).finalised
    answer["button"] = QMessageBox.StandardButton.Yes
    window.meetings.finalise()
    wait_idle(qtbot, ctx)
    assert ctx.ws.meetings.get(m.id).finalised


def test_a_new_meeting_starts_from_the_latest_one(qtbot: Any) -> None:
    from datetime import time
    from types import SimpleNamespace

    from tumorboard.services.meetings import next_meeting_day
    from ui.views.meeting_dialogs import NewMeetingDialog

    today = date(2027, 3, 10)  # the workspace clock's day (ctx.today()), not the wall clock's
    latest = SimpleNamespace(meeting_date=today - timedelta(days=5), start_time=time(7, 30),
                             place="Room 3B", title="HPB board")
    dlg = NewMeetingDialog(like=latest, today=today)
    qtbot.addWidget(dlg)
    m = dlg.meeting()
    assert m.meeting_date == next_meeting_day(latest.meeting_date, today) == date(2027, 3, 12)
    assert m.meeting_date.weekday() == latest.meeting_date.weekday()
    assert (m.start_time, m.place, m.title) == (time(7, 30), "Room 3B", "HPB board")
    assert dlg.weekday.text()[:3].isalpha(), f"the weekday is shown: {dlg.weekday.text()}"
    assert dlg.problems() == []
    dlg.place.setText("  ")
    dlg.title.setText("")
    dlg.accept()
    assert dlg.error.isVisibleTo(dlg) and "Title" in dlg.error.text() and "Place" in dlg.error.text()
    assert dlg.result() == 0, "a blank title and place are refused"
    fresh = NewMeetingDialog(today=today)
    qtbot.addWidget(fresh)
    assert fresh.meeting().meeting_date == date(2027, 3, 17)


def test_decision_names_the_responsible_clinician_from_those_present(qtbot: Any, window: Any, ctx: Any) -> None:
    first, second = make_case(ctx.ws, mrn="RC-1", name="First"), make_case(ctx.ws, mrn="RC-2", name="Second")
    m = _meeting_with(ctx, first, second, days=0)
    ctx.ws.meetings.set_attendance(m.id, [{"name": "Dr. Weber", "role": "medical oncology"},
                                          {"name": "Dr. Absent", "role": "radiology", "present": False}])
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    form = window.review.form
    offered = [form.responsible.itemText(i) for i in range(form.responsible.count())]
    assert "Dr. Weber" in offered and "Dr. Absent" not in offered
    assert form.inform_patient_by.date() > m.meeting_date, "told within working days of the meeting"
    form.responsible.setCurrentText("Dr. Weber")
    form.referrer.setText("Dr. Adams (GP)")
    window.review.record()
    wait_idle(qtbot, ctx)
    d = ctx.ws.decisions.get(ctx.ws.meetings.get(m.id).agenda[0].decision_id)
    assert d.responsible_clinician == "Dr. Weber" and d.referrer == "Dr. Adams (GP)"
    if window.review.where.text() != "Case 2 of 2":
        window.review.next_case()
        wait_idle(qtbot, ctx)
    window.review.defer("Is the lesion a cyst?", owner="Dr. Weber")
    wait_idle(qtbot, ctx)
    item = ctx.ws.meetings.get(m.id).agenda[1]
    assert item.deferred_reason == "Is the lesion a cyst?" and item.deferral_owner == "Dr. Weber"


def test_minutes_per_case_are_set_on_the_agenda(qtbot: Any, window: Any, ctx: Any) -> None:
    m = _meeting_with(ctx, make_case(ctx.ws, mrn="SL-1", name="Slot, Sam"), make_case(ctx.ws, mrn="SL-2", name="B"))
    view = window.meetings
    window.go("meetings")
    view.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    view.select_row(0)
    assert view.slot_minutes.value() == 0 and view.slot_minutes.text() == "default"
    view.slot_minutes.setValue(25)
    view._save_slot()
    wait_idle(qtbot, ctx)
    assert ctx.ws.meetings.get(m.id).agenda[0].slot_minutes == 25
    view.select_row(0)
    assert view.slot_minutes.value() == 25


def test_an_empty_review_page_says_how_to_start_instead_of_a_decision_form(qtbot: Any, window: Any, ctx: Any) -> None:
    window.go("review")
    review = window.review
    wait_idle(qtbot, ctx)
    assert review.body.currentWidget() is review.empty_hint and not review.form.isVisible()
    assert "New meeting…" in review.empty_hint.text() and "Add ready cases…" in review.empty_hint.text()
    m = ctx.ws.meetings.create({"meeting_date": ctx.today()})  # a meeting with an empty agenda
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    assert review.body.currentWidget() is review.empty_hint and "no cases on its agenda" in review.empty_hint.text()
    case = make_case(ctx.ws, mrn="E-1", name="Empty, Then")
    ctx.ws.meetings.add_case(m.id, case.id, "Resect?")
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    assert review.body.currentWidget() is not review.empty_hint and review.form.isVisible()
