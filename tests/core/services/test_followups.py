"""Follow-ups: worklist windows, completing, re-listing after a new lesion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.conftest import dump_database
from tumorboard.engine.vocabulary import FollowUpTest
from tumorboard.errors import InvalidInput, StaleEdit
from tumorboard.services.schemas import FollowUpResult

pytestmark = pytest.mark.db

TODAY = date(2026, 11, 23)


def test_due_rows_name_each_patient_as_the_joined_lists_do(workspace, make_case):
    """due() reads the follow-ups alone, then their patients by case id: the rows are the same as the
    worklist's joined query gives, across cases and in due order."""
    from tumorboard.services.schemas import FollowUpStatus

    for i, name in enumerate(("Ann Zed", "张伟", "Bob Young")):
        case = make_case(mrn=f"DUE-{i}", name=name, primary_site=("colorectal", "breast", "lung")[i])
        for days in (-3 + i, 12 - i, 200):
            workspace.followups.add(case.id, TODAY + timedelta(days=days), "cea")
    until = TODAY + timedelta(days=30)
    due = workspace.followups.due(until)
    assert len(due) == 6 and [f.due for f in due] == sorted(f.due for f in due)
    assert due == workspace.followups.between(date(1900, 1, 1), until, FollowUpStatus.open)
    assert {(f.mrn, f.patient_name, f.primary_site) for f in due} == {
        ("DUE-0", "Ann Zed", "colorectal"), ("DUE-1", "张伟", "breast"), ("DUE-2", "Bob Young", "lung")}


def test_worklist_windows_and_due(workspace, make_case):
    case = make_case(name="Follow Me")
    overdue = workspace.followups.add(case.id, TODAY - timedelta(days=5), "ct_or_mri")
    soon = workspace.followups.add(case.id, TODAY + timedelta(days=10), "cea")
    later = workspace.followups.add(case.id, TODAY + timedelta(days=60), "liver_ultrasound")
    far = workspace.followups.add(case.id, TODAY + timedelta(days=400), "clinic_review")
    w = workspace.followups.worklist(TODAY)
    assert [f.id for f in w.overdue] == [overdue.id]
    assert [f.id for f in w.due] == [soon.id]
    assert [f.id for f in w.upcoming] == [later.id]
    assert [f.id for f in workspace.followups.due(TODAY + timedelta(days=30))] == [overdue.id, soon.id]
    assert [f.id for f in workspace.followups.due(TODAY + timedelta(days=30), include_overdue=False, as_of=TODAY)] == [soon.id]
    assert far.id not in {f.id for f in workspace.followups.due(TODAY + timedelta(days=90))}
    assert [f.id for f in workspace.followups.due(TODAY + timedelta(days=90), limit=2)] == [overdue.id, soon.id]
    assert w.overdue[0].patient_name == "Follow Me" and w.overdue[0].mrn


def test_complete_with_new_lesion_sends_the_case_back_to_ready(open_workspace, make_case):
    ws = open_workspace("nurse")
    case = make_case(ws=ws)
    meeting = ws.meetings.create({"meeting_date": TODAY})
    ws.meetings.add_case(meeting.id, case.id)
    for status in ("discussed", "follow_up"):
        case = ws.cases.set_status(case.id, status, ws.cases.get(case.id).version)
    assert case.status == "follow_up"
    f = ws.followups.add(case.id, TODAY, "ct_or_mri")
    with pytest.raises(InvalidInput) as err:
        ws.followups.complete(f.id, "maybe", expected_version=f.version)
    assert err.value.problems[0].field == "result"
    other = open_workspace("doctor")
    other.followups.complete(f.id, "stable", "", expected_version=f.version)
    with pytest.raises(StaleEdit) as stale:
        ws.followups.complete(f.id, "new_lesion", "segment 7", expected_version=f.version)
    assert stale.value.changed_by == "doctor"

    g = ws.followups.add(case.id, TODAY + timedelta(days=90), "ct_or_mri")
    done = ws.followups.complete(g.id, "new_lesion", "new 1 cm lesion segment 7", expected_version=g.version)
    assert done.status == "done" and done.result == "new_lesion" and done.completed_by == "nurse"
    assert ws.cases.get(case.id).status == "ready"
    with pytest.raises(InvalidInput):  # not twice
        ws.followups.complete(g.id, "stable", expected_version=done.version)


def test_an_unknown_test_or_result_names_the_field_the_value_and_every_code(workspace, make_case):
    case = make_case()
    f = workspace.followups.add(case.id, TODAY, "cea")
    before = dump_database(workspace)
    for call, field, value, codes in (
        (lambda: workspace.followups.add(case.id, TODAY, "x-ray"), "test", "x-ray", FollowUpTest),
        (lambda: workspace.followups.complete(f.id, "better", expected_version=f.version), "result", "better", FollowUpResult),
    ):
        with pytest.raises(InvalidInput) as err:
            call()
        problem = err.value.problems[0]
        assert (problem.field, problem.value) == (field, value)
        assert all(c.value in problem.allowed for c in codes), problem.allowed
    assert dump_database(workspace) == before  # nothing written


def test_a_test_not_done_is_booked_again_and_never_silently_dropped(workspace, make_case):
    case = make_case(name="Missed Scan")
    today = workspace.today()
    f = workspace.followups.add(case.id, today - timedelta(days=3), "ct_or_mri")
    before = dump_database(workspace)
    for rebook, field, value in ((None, "rebook_on", None),
                                 (today - timedelta(days=1), "rebook_on", (today - timedelta(days=1)).isoformat())):
        with pytest.raises(InvalidInput) as err:
            workspace.followups.complete(f.id, "not_done", expected_version=f.version, rebook_on=rebook)
        assert (err.value.problems[0].field, err.value.problems[0].value) == (field, value)
    assert dump_database(workspace) == before, "a refused result writes nothing"
    workspace.followups.complete(f.id, "not_done", "patient unwell", expected_version=f.version,
                                 rebook_on=today + timedelta(days=7))
    rows = workspace.followups.for_case(case.id)
    assert [(r.due, r.status, r.result) for r in rows if r.id == f.id] == [(f.due, "done", "not_done")]
    (again,) = [r for r in rows if r.id != f.id]
    assert (again.due, again.test, again.status) == (today + timedelta(days=7), "ct_or_mri", "open")
    assert again.id in {r.id for r in workspace.followups.worklist(today).due}
