"""A decision's planned follow-ups can be changed afterwards -- another day (interval), another test
(modality) -- or cancelled: open ones only, with a reason kept in the audit trail, by those who may."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, PermissionDenied, StaleEdit
from tumorboard.services import Workspace

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


@pytest.fixture
def planned(workspace, make_case):
    """A recorded surveillance decision and its first open follow-up."""
    case = make_case(name="Follow Up", **SURVEILLANCE)
    meeting = workspace.meetings.create({"meeting_date": workspace.today()})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    d = workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"})
    rows = sorted((f for f in workspace.followups.for_case(case.id) if f.decision_id == d.id), key=lambda f: f.due)
    return case, rows[0]


def test_changing_the_day_and_test_is_audited_with_the_reason(workspace, planned):
    case, f = planned
    later = f.due + timedelta(days=14)
    changed = workspace.followups.change(f.id, "Surgery moved by two weeks", due=later, test="ct_or_mri",
                                         expected_version=f.version)
    assert changed.due == later and changed.test == "ct_or_mri" and changed.status == "open"
    assert changed.version == f.version + 1 and not changed.provisional
    event = [e for e in workspace.audit.history(case.id) if e.entity == "followup" and e.action == "change"][-1]
    assert event.entity_id == f.id and event.actor == workspace.actor
    changes = {c.field: (c.before, c.after) for c in event.changes}
    assert changes["due"] == (f.due.isoformat(), later.isoformat())
    assert changes["test"] == (f.test, "ct_or_mri")
    assert changes["reason"] == (None, "Surgery moved by two weeks")


def test_cancelling_takes_it_off_the_worklist_and_keeps_why(workspace, planned):
    case, f = planned
    cancelled = workspace.followups.cancel(f.id, "Patient followed up at the referring hospital")
    assert cancelled.status == "cancelled" and "referring hospital" in cancelled.note
    assert f.id not in [r.id for r in workspace.followups.list({"status": "open"})]
    event = [e for e in workspace.audit.history(case.id) if e.action == "cancel"][-1]
    changes = {c.field: (c.before, c.after) for c in event.changes}
    assert changes["status"] == ("open", "cancelled")
    assert changes["reason"] == (None, "Patient followed up at the referring hospital")


def test_cancelling_the_last_open_follow_up_ends_the_follow_up(workspace, planned):
    """While one planned test is left the case stays "in follow-up"; cancelling the last one makes it
    "discussed" (decided, nothing planned), and the move is in the case's audit trail."""
    case, _f = planned
    open_ones = [f for f in workspace.followups.for_case(case.id) if f.status == "open"]
    assert len(open_ones) > 1 and workspace.cases.get(case.id).status == "follow_up"
    for f in open_ones[:-1]:
        workspace.followups.cancel(f.id, "Plan changed")
        assert workspace.cases.get(case.id).status == "follow_up"
    moves_before = [e for e in workspace.audit.history(case.id) if e.entity == "case" and e.action == "status"]
    workspace.followups.cancel(open_ones[-1].id, "Followed up at the referring hospital")
    assert workspace.cases.get(case.id).status == "discussed"
    moves = [e for e in workspace.audit.history(case.id) if e.entity == "case" and e.action == "status"]
    assert len(moves) == len(moves_before) + 1
    changes = {c.field: (c.before, c.after) for c in moves[-1].changes}
    assert changes["status"] == ("follow_up", "discussed") and moves[-1].actor == workspace.actor


def test_cancelling_the_last_follow_up_of_a_relisted_case_leaves_its_status(workspace, planned):
    case, f = planned
    open_ones = [g for g in workspace.followups.for_case(case.id) if g.status == "open"]
    workspace.followups.complete(open_ones[0].id, "progression")  # back to the board: ready
    assert workspace.cases.get(case.id).status == "ready"
    for g in open_ones[1:]:
        workspace.followups.cancel(g.id, "Back to the board")
    assert workspace.cases.get(case.id).status == "ready"


def test_refusals_name_the_field_and_change_nothing(workspace, planned):
    _case, f = planned
    before = dump_database(workspace)
    for call, field in (
        (lambda: workspace.followups.change(f.id, "  ", due=f.due + timedelta(days=7)), "reason"),
        (lambda: workspace.followups.change(f.id, "typo", due=workspace.today() - timedelta(days=1)), "due"),
        (lambda: workspace.followups.change(f.id, "nothing", due=f.due), "due"),
        (lambda: workspace.followups.change(f.id, "wrong test", test="x_ray"), "test"),
        (lambda: workspace.followups.cancel(f.id, ""), "reason"),
    ):
        with pytest.raises(InvalidInput) as err:
            call()
        assert err.value.problems[0].field == field
    with pytest.raises(StaleEdit):
        workspace.followups.change(f.id, "stale", due=f.due + timedelta(days=7), expected_version=f.version - 1)
    assert dump_database(workspace) == before
    workspace.followups.complete(f.id, "stable")
    with pytest.raises(InvalidInput, match="already done or cancelled"):
        workspace.followups.cancel(f.id, "too late")


def test_a_viewer_may_not_change_or_cancel(workspace, planned):
    _case, f = planned
    viewer = Workspace.open(workspace.url.render_as_string(hide_password=False), actor="stranger")
    try:
        with pytest.raises(PermissionDenied):
            viewer.followups.change(f.id, "not mine", due=f.due + timedelta(days=7))
        with pytest.raises(PermissionDenied):
            viewer.followups.cancel(f.id, "not mine")
    finally:
        viewer.close()
    assert workspace.followups.get(f.id).status == "open"
