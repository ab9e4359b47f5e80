"""Corrections of dated records: a lab result or imaging study entered wrongly can be edited or
removed; once the board has discussed the case a reason is required; every change is audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, NotFound
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def _events(ws, entity, entity_id):
    with ws.read() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                           .order_by(AuditEvent.id)))


def test_a_mispicked_lab_is_corrected_and_removed_before_the_board_without_a_reason(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    day = workspace.today() - timedelta(days=1)
    lab = workspace.cases.add_lab(case.id, {"taken_on": day, "test": "alt", "value": 1})
    assert not workspace.cases.needs_reason(case.id)
    fixed = workspace.cases.update_lab(lab.id, {"taken_on": day, "test": "albumin", "value": 41})
    assert (fixed.test, fixed.value, fixed.unit) == ("albumin", 41, "g/L")
    got = workspace.cases.get(case.id)
    assert [(x.test, x.value) for x in got.labs] == [("albumin", 41)]
    assert got.version == case.version + 1, "an open editor learns that the case changed"
    update = _events(workspace, "lab_result", lab.id)[-1]
    assert update.action == "update" and update.before == {"test": "alt", "unit": "U/L", "value": 1.0}
    assert update.after["test"] == "albumin"
    gone = workspace.cases.remove_lab(lab.id)
    assert gone.id == lab.id and workspace.cases.get(case.id).labs == []
    assert _events(workspace, "lab_result", lab.id)[-1].action == "delete"
    with pytest.raises(NotFound):
        workspace.cases.remove_lab(lab.id)


def test_after_the_board_a_correction_needs_a_reason_which_is_audited(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    day = workspace.today() - timedelta(days=1)
    lab = workspace.cases.add_lab(case.id, {"taken_on": day, "test": "bilirubin", "value": 12})
    study = workspace.cases.add_imaging(case.id, {"study_date": day, "modality": "ct", "findings": "2 lesions"})
    meeting = workspace.meetings.create({"meeting_date": workspace.today()})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"})
    assert workspace.cases.needs_reason(case.id)
    before = dump_database(workspace)
    for attempt in (lambda: workspace.cases.update_lab(lab.id, {"taken_on": day, "test": "bilirubin", "value": 21}),
                    lambda: workspace.cases.remove_lab(lab.id, reason="   "),
                    lambda: workspace.cases.update_imaging(study.id, {"study_date": day, "modality": "mri"}),
                    lambda: workspace.cases.remove_imaging(study.id)):
        with pytest.raises(InvalidInput) as err:
            attempt()
        assert err.value.problems[0].field == "reason" and "discussed" in err.value.problems[0].allowed
    assert dump_database(workspace) == before, "nothing was written"
    workspace.cases.update_lab(lab.id, {"taken_on": day, "test": "bilirubin", "value": 21}, reason="typo: 21 on the report")
    assert _events(workspace, "lab_result", lab.id)[-1].after == {"value": 21.0, "reason": "typo: 21 on the report"}
    workspace.cases.remove_imaging(study.id, reason="another patient's study")
    event = _events(workspace, "imaging_study", study.id)[-1]
    assert event.action == "delete" and event.before["findings"] == "2 lesions"
    assert event.after["reason"] == "another patient's study" and event.after["findings"] is None
    with pytest.raises(InvalidInput) as err:
        workspace.cases.update_lab(lab.id, {"taken_on": workspace.today() + timedelta(days=3), "test": "bilirubin",
                                            "value": 21}, reason="r")
    assert err.value.problems[0].field == "taken_on"
    assert date.fromisoformat(str(workspace.cases.get(case.id).labs[0].taken_on)) == day


def test_the_case_history_lists_every_change_newest_first_with_removed_records(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    day = workspace.today() - timedelta(days=1)
    lab = workspace.cases.add_lab(case.id, {"taken_on": day, "test": "alt", "value": 1})
    workspace.cases.remove_lab(lab.id)
    other = make_case(mrn="OTHER-1", **SURVEILLANCE)
    workspace.cases.add_lab(other.id, {"taken_on": day, "test": "alt", "value": 2})
    meeting = workspace.meetings.create({"meeting_date": workspace.today()})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"})
    history = workspace.cases.changes(case.id)
    kinds = [(e.entity, e.action) for e in history]
    assert ("lab_result", "delete") in kinds and ("lab_result", "create") in kinds
    assert ("decision", "record") in kinds and ("case", "create") in kinds
    assert kinds[-2:] == [("case", "create"), ("patient", "create")], "newest first"
    assert all(e.after is None or e.after.get("value") != 2.0 for e in history), "not the other case's lab"
