"""ws.records: each action of the case window's Imaging and Laboratory sections is one service call
(one transaction, one audit event, the permission checked in the service) answering with the case as
it now is, so the window reads nothing afterwards."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import func, select

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, PermissionDenied
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def _event_count(ws) -> int:
    with ws.read() as s:
        return int(s.exec(select(func.count()).select_from(AuditEvent)).one())


def test_each_record_action_answers_with_the_case_and_writes_one_audit_event(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    day = workspace.today() - timedelta(days=3)
    events = _event_count(workspace)

    added = workspace.records.add_lab(case.id, {"taken_on": day, "test": "alt", "value": 1})
    assert added.id == case.id and [(x.test, x.value, x.unit) for x in added.labs] == [("alt", 1, "U/L")]
    assert added == workspace.cases.get(case.id), "the answer is the case as stored"
    assert _event_count(workspace) == events + 1
    lab = added.labs[0]

    corrected = workspace.records.correct_lab(lab.id, {"taken_on": day, "test": "albumin", "value": 41})
    assert [(x.test, x.value, x.unit) for x in corrected.labs] == [("albumin", 41, "g/L")]
    assert corrected.version == added.version + 1, "an open editor learns that the case changed"
    assert _event_count(workspace) == events + 2

    removed = workspace.records.remove_lab(lab.id)
    assert removed.labs == [] and removed == workspace.cases.get(case.id)
    assert _event_count(workspace) == events + 3

    study = workspace.records.add_imaging(case.id, {"study_date": day, "modality": "ct", "findings": "2 lesions"})
    assert [(s.modality, s.findings) for s in study.imaging] == [("ct", "2 lesions")]
    sid = study.imaging[0].id
    assert [s.modality for s in workspace.records.correct_imaging(sid, {"study_date": day, "modality": "mri"}).imaging] \
        == ["mri"]
    assert workspace.records.remove_imaging(sid).imaging == []
    assert _event_count(workspace) == events + 6
    assert workspace.cases.get(case.id).imaging == []


def test_a_refused_record_action_leaves_everything_as_it_was(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.records.add_lab(case.id, {"taken_on": workspace.today() + timedelta(days=1), "test": "cea", "value": 3})
    assert err.value.problems[0].field == "taken_on"
    with pytest.raises(InvalidInput):
        workspace.records.add_imaging(case.id, {"study_date": workspace.today(), "modality": "x-ray"})
    assert dump_database(workspace) == before


def test_a_viewer_may_not_change_records_and_nothing_is_written(workspace, open_workspace, make_case):
    case = make_case(**SURVEILLANCE)
    viewer = open_workspace("vera", role="viewer")
    before = dump_database(workspace)
    with pytest.raises(PermissionDenied):
        viewer.records.add_lab(case.id, {"taken_on": workspace.today(), "test": "cea", "value": 3})
    assert dump_database(workspace) == before


def test_the_history_tab_reads_the_case_and_its_trail_together(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    workspace.records.add_lab(case.id, {"taken_on": workspace.today(), "test": "cea", "value": 3})
    history = workspace.cases.history(case.id)
    assert history.case == workspace.cases.get(case.id)
    assert history.changes == workspace.cases.changes(case.id)
    assert [e.entity for e in history.changes][:1] == ["lab_result"], "newest first"
