"""The board's whole day through the real window, services and SQLite file:
a case is entered, found, listed, reviewed, decided (deviating, so a reason is
demanded), followed up, and a new lesion sends it back to the board."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.ui.conftest import READY_FACTS, add_fresh_workup, make_case, wait_idle
from tests.ui.helpers import fill
from tumorboard.services.schemas import CaseQuery, MeetingIn


def _row_values(model: Any) -> list[tuple[str, str]]:
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1))) for r in range(model.rowCount())]


def test_case_from_editor_to_decision_to_follow_up_and_back(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    # -- a coordinator enters a new case (Chinese name: set on the widget, never keyClicks)
    editor = window.open_case(0)
    qtbot.keyClicks(editor.mrn, "MRN-0042")
    editor.name.setText("张伟")
    fill(editor, READY_FACTS)
    editor.evaluate_now()
    assert editor.panel.recommendation is not None, "the live panel evaluates the facts as they are typed"
    assert editor.panel.recommendation.tier1()
    assert editor.save()
    wait_idle(qtbot, ctx)
    case_id = editor.case_id
    assert case_id, "the case was saved"
    stored = ws.cases.get(case_id)
    assert stored.patient.name == "张伟" and stored.facts["ecog"] == 1

    # -- it appears in the list, and in a search by part of the Chinese name
    wait_idle(qtbot, ctx)
    assert ("MRN-0042", "张伟") in _row_values(window.cases.model)
    window.cases.search.setText("伟")
    window.cases.apply_filter()
    wait_idle(qtbot, ctx)
    assert _row_values(window.cases.model) == [("MRN-0042", "张伟")]
    window.cases.search.setText("mrn-0042")
    window.cases.apply_filter()
    wait_idle(qtbot, ctx)
    assert window.cases.model.rowCount() == 1

    # -- fresh imaging and labs, then ready for the board
    add_fresh_workup(ws, case_id)
    editor.reload_from_database()
    wait_idle(qtbot, ctx)
    assert editor.readiness.readiness.ready, [i for i in editor.readiness.readiness.items if not i.ok]
    editor.mark_ready()
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case_id).status == "ready"
    editor.close()

    # -- listed on a meeting with a question
    window.go("meetings")
    window.meetings.create_meeting(MeetingIn(meeting_date=ctx.ws.today() + timedelta(days=1), place="Room 3B",
                                             title="Liver board"))
    wait_idle(qtbot, ctx)
    meeting = ws.meetings.list()[0]
    window.meetings.load_meeting(meeting.id)
    wait_idle(qtbot, ctx)
    window.meetings.add_cases([case_id], question="Resect now or convert first?")
    wait_idle(qtbot, ctx)
    assert window.meetings.agenda.rowCount() == 1
    assert "张伟" in window.meetings.agenda.data(window.meetings.agenda.index(0))
    assert not window.meetings.agenda.not_ready(window.meetings.agenda.item(0))

    # -- reviewed: one case, the recommendation beside the decision form
    window.start_review(meeting.id)
    wait_idle(qtbot, ctx)
    review = window.review
    assert review.current_item().case_id == case_id
    assert "Resect now or convert first?" in review.summary.text()
    tier1 = set(review.form.tier1)
    assert tier1 and set(review.form.chosen()) == tier1, "the tier-1 options are pre-ticked"
    assert not review.form.is_deviation()

    # -- the board chooses otherwise: the deviation is detected and a reason demanded
    other = "systemic_chemotherapy" if "systemic_chemotherapy" not in tier1 else "best_supportive_care"
    review.form.set_chosen([other])
    assert review.form.is_deviation()
    assert review.form.deviation_reason.isVisibleTo(review)
    assert not review.record_button.isEnabled()
    asked: list[Any] = []
    review.confirm_early = lambda day: asked.append(day) or True  # the meeting is tomorrow: asked, and confirmed
    review.record()
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case_id).decisions == [], "no decision without the reason"
    assert "reason" in review.problem.text()
    review.form.deviation_reason.setPlainText("Patient declines surgery after discussion.")
    review.form.informer.setText("Dr. Chen")
    assert review.record_button.isEnabled()
    review.record()
    wait_idle(qtbot, ctx)
    decisions = ws.cases.get(case_id).decisions
    assert len(decisions) == 1
    assert len(asked) == 1, "recording before the meeting's day asks first"
    d = decisions[0]
    assert d.deviation and d.deviation_reason == "Patient declines surgery after discussion."
    assert [m.value for m in d.modalities] == [other]
    assert d.time_spent_seconds is not None, "the review timer is kept with the decision"

    # -- follow-ups appear in the worklist
    window.go("followups")
    wait_idle(qtbot, ctx)
    mine = [f for f in window.followups.all_followups() if f.case_id == case_id]
    assert mine, "recording the decision created its follow-up schedule"
    told = window.followups.uncommunicated  # whom to tell: the patient's name and MRN, not a case number
    assert [told.item(r, 1).text() for r in range(told.rowCount())] == ["张伟 · MRN-0042"]

    # -- a new lesion at follow-up sends the case back to the board's ready list
    window.followups.complete(mine[0], "new_lesion", "new segment 4 lesion")
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case_id).status == "ready"
    assert case_id in ws.cases.ids(CaseQuery(status="ready"))
    window.go("cases")
    window.cases.search.setText("")
    make_case(ws, mrn="MRN-0043", name="Draft, Dora", ready=False)
    window.cases.status.setCurrentIndex(window.cases.status.findData("ready"))
    wait_idle(qtbot, ctx)
    assert _row_values(window.cases.model) == [("MRN-0042", "张伟")], "only the ready case is listed"
    window.cases.site.setCurrentIndex(window.cases.site.findData("gastric"))
    wait_idle(qtbot, ctx)
    assert window.cases.model.rowCount() == 0
