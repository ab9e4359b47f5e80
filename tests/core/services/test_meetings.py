"""Meetings: agenda order, questions, deferral to the next meeting, attendance, quorum, finalising."""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput

pytestmark = pytest.mark.db

MONDAY = date(2026, 12, 7)


def test_create_list_and_agenda(workspace, make_case):
    m1 = workspace.meetings.create({"meeting_date": MONDAY, "start_time": time(16, 0), "place": "Room 3", "title": "Liver board"})
    m0 = workspace.meetings.create({"meeting_date": date(2026, 11, 2), "place": "Room 3"})
    a, b = make_case(name="Anna"), make_case(name="李娜")
    ia = workspace.meetings.add_case(m1.id, a.id, question="Resect both?")
    ib = workspace.meetings.add_case(m1.id, b.id)
    assert (ia.position, ib.position) == (1, 2) and ia.question == "Resect both?"
    assert workspace.cases.get(a.id).status == "listed"
    assert [m.id for m in workspace.meetings.list()] == [m0.id, m1.id]
    assert [m.id for m in workspace.meetings.list(upcoming=True, as_of=date(2026, 11, 23))] == [m1.id]
    assert [m.item_count for m in workspace.meetings.list()] == [0, 2]
    assert [r.id for r in workspace.cases.query({"meeting_id": m1.id})] == [a.id, b.id]

    workspace.meetings.reorder(m1.id, [ib.id, ia.id])
    assert [i.case_id for i in workspace.meetings.get(m1.id).agenda] == [b.id, a.id]
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.reorder(m1.id, [ib.id])
    assert err.value.problems[0].field == "item_ids"
    assert workspace.meetings.set_question(ib.id, "  Ablation?  ").question == "Ablation?"

    with pytest.raises(InvalidInput):  # listed once per meeting
        workspace.meetings.add_case(m1.id, a.id)
    workspace.meetings.remove_item(ia.id)
    assert [i.position for i in workspace.meetings.get(m1.id).agenda] == [1]
    assert workspace.cases.get(a.id).status == "ready"


def test_defer_carries_the_case_to_the_next_meeting(workspace, make_case):
    first = workspace.meetings.create({"meeting_date": MONDAY})
    second = workspace.meetings.create({"meeting_date": date(2026, 12, 14)})
    case = make_case()
    item = workspace.meetings.add_case(first.id, case.id, question="Which approach?")
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.defer(item.id, "  ")
    assert err.value.problems[0].field == "reason"
    deferred = workspace.meetings.defer(item.id, "MRI pending")
    assert deferred.outcome == "deferred" and deferred.deferred_reason == "MRI pending"
    assert deferred.carried_to_meeting_id == second.id
    carried = workspace.meetings.get(second.id).agenda
    assert [(i.case_id, i.carried_from_id, i.question) for i in carried] == [(case.id, item.id, "Which approach?")]
    assert workspace.cases.get(case.id).status == "listed"


def test_defer_without_a_next_meeting_puts_the_case_back_to_ready(workspace, make_case):
    only = workspace.meetings.create({"meeting_date": MONDAY})
    case = make_case()
    item = workspace.meetings.add_case(only.id, case.id)
    workspace.meetings.defer(item.id, "patient unwell")
    assert workspace.cases.get(case.id).status == "ready"


def test_attendance_and_quorum(workspace):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    workspace.meetings.set_attendance(m.id, [
        {"name": "Dr. Chen", "role": "Hepatobiliary surgery"},
        {"name": "Dr. Okafor", "role": "medical oncology"},
        {"name": "Dr. Weiß", "role": "radiology", "present": False},
    ])
    q = workspace.meetings.quorum(m.id)
    assert not q.met and q.missing_roles == ["radiology", "pathology"]
    workspace.meetings.set_attendance(m.id, [
        {"name": n, "role": r} for n, r in
        [("A", "hepatobiliary surgery"), ("B", "medical oncology"), ("C", "radiology"), ("D", "pathology")]
    ])
    assert workspace.meetings.quorum(m.id).met
    assert len(workspace.meetings.get(m.id).attendance) == 4
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.set_attendance(m.id, [{"name": "", "role": "radiology"}])
    assert err.value.problems[0].field == "name"


def test_finalise_needs_every_item_settled_and_then_locks_the_agenda(workspace, make_case):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    case = make_case(name="Pending Patient")
    item = workspace.meetings.add_case(m.id, case.id)
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.finalise(m.id)
    assert "Pending Patient" in str(err.value)
    assert dump_database(workspace) == before
    workspace.meetings.defer(item.id, "biopsy awaited")
    done = workspace.meetings.finalise(m.id)
    assert done.finalised and done.finalised_by == "tester"
    with pytest.raises(InvalidInput):
        workspace.meetings.add_case(m.id, make_case().id)


def test_bad_meeting_values_name_the_field(workspace):
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.create({"meeting_date": "2026-13-40", "start_time": "25:00"})
    assert {p.field for p in err.value.problems} == {"meeting_date", "start_time"}


def test_a_finalised_meetings_attendance_and_time_spent_stay_as_closed(workspace, make_case):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    workspace.meetings.set_attendance(m.id, [{"name": "Dr. Chen", "role": "hepatobiliary surgery"}])
    item = workspace.meetings.add_case(m.id, make_case().id)
    workspace.meetings.defer(item.id, "MRI pending")
    workspace.meetings.finalise(m.id)
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.meetings.set_attendance(m.id, [{"name": "Dr. Late", "role": "radiology"}])
    assert err.value.problems[0].field == "meeting" and "not yet finalised" in err.value.problems[0].allowed
    with pytest.raises(InvalidInput):
        workspace.meetings.set_time_spent(item.id, 300)
    assert dump_database(workspace) == before


def test_attendance_edited_from_an_older_version_is_refused(open_workspace):
    from tumorboard.errors import StaleEdit

    ws, other = open_workspace("coordinator"), open_workspace("secretary")
    m = ws.meetings.create({"meeting_date": MONDAY})
    other.meetings.set_attendance(m.id, [{"name": "Dr. Okafor", "role": "medical oncology"}], expected_version=m.version)
    before = dump_database(ws)
    with pytest.raises(StaleEdit) as stale:
        ws.meetings.set_attendance(m.id, [{"name": "Dr. Chen", "role": "hepatobiliary surgery"}], expected_version=m.version)
    assert stale.value.changed_by == "secretary"
    assert dump_database(ws) == before
    assert [a.name for a in ws.meetings.get(m.id).attendance] == ["Dr. Okafor"]


def test_add_cases_lists_several_in_one_transaction_or_none(workspace, make_case):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    a, b, c = make_case(name="Anna"), make_case(name="Bo"), make_case(name="Cleo")
    closed = workspace.cases.archive(c.id, expected_version=c.version)
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:  # the third is closed: the first two are not listed either
        workspace.meetings.add_cases(m.id, [a.id, b.id, closed.id], "Resection?")
    assert err.value.problems[0].field == "case" and err.value.problems[0].value == closed.id
    assert dump_database(workspace) == before
    items = workspace.meetings.add_cases(m.id, [b.id, a.id], "Resection?")
    assert [(i.case_id, i.position, i.question) for i in items] == [(b.id, 1, "Resection?"), (a.id, 2, "Resection?")]
    assert {workspace.cases.get(x.id).status for x in (a, b)} == {"listed"}


def test_board_reads_agenda_quorum_and_readiness_at_once(workspace, make_case):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    a, b = make_case(name="Anna"), make_case(name="Bo")
    ia, ib = workspace.meetings.add_cases(m.id, [a.id, b.id])
    workspace.meetings.set_attendance(m.id, [{"name": "Dr. Chen", "role": "radiology"}])
    workspace.meetings.defer(ib.id, "MRI pending")
    board = workspace.meetings.board(m.id)
    assert board.meeting == workspace.meetings.get(m.id)
    assert board.quorum == workspace.meetings.quorum(m.id) and "pathology" in board.quorum.missing_roles
    assert set(board.readiness) == {a.id}, "only pending items carry a checklist"
    assert board.readiness[a.id] == workspace.cases.readiness(a.id)


def test_review_case_is_the_case_its_recommendation_and_checklist_on_the_meeting_day(workspace, make_case):
    m = workspace.meetings.create({"meeting_date": MONDAY})
    case = make_case(liver_mets="none")
    (item,) = workspace.meetings.add_cases(m.id, [case.id], "Surveillance?")
    review = workspace.meetings.review_case(item.id)
    assert review.item == item and review.case == workspace.cases.get(case.id)
    assert review.recommendation == workspace.cases.evaluate(case.id, as_of=MONDAY)
    assert review.readiness == workspace.cases.readiness(case.id, as_of=MONDAY)
    workspace.meetings.defer(item.id, "patient unwell")
    assert workspace.meetings.review_case(item.id).readiness is None
