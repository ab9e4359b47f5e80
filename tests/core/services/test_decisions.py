"""Decisions: the engine's snapshot, deviations need a reason, follow-up schedule,
amendments after the minutes are closed, communication to patient and referrer."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, StaleEdit
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db

MEETING_DAY = date(2026, 12, 2)
SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


@pytest.fixture
def listed(workspace, make_case):
    """A surveillance case listed on a meeting: (case, meeting, agenda item)."""
    case = make_case(name="Decision Patient", **SURVEILLANCE)
    meeting = workspace.meetings.create({"meeting_date": MEETING_DAY})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    return case, meeting, item


def _decision(item, **extra):
    return {"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance",
            "informer": "Dr. Chen", "inform_patient_by": "2026-12-09", **extra}


def test_recording_the_recommended_option(workspace, listed):
    case, meeting, item = listed
    d = workspace.decisions.record(_decision(item, time_spent_seconds=240))
    assert not d.deviation and d.deviation_reason is None
    assert d.recorded_by == "tester" and d.meeting_id == meeting.id
    assert d.rule_set_version and d.recommendation["rule_set"]["version"] == d.rule_set_version
    assert [o["modality"] for o in d.recommendation["options"] if o["tier"] == 1] == ["surveillance"]
    got = workspace.cases.get(case.id)
    assert got.status == "follow_up"
    ultrasounds = [f for f in got.followups if f.test == "liver_ultrasound"]
    assert ultrasounds and ultrasounds[0].rule == "FU-1" and ultrasounds[0].due == date(2027, 3, 2)  # 3 months on
    agenda = workspace.meetings.get(meeting.id).agenda[0]
    assert agenda.outcome == "discussed" and agenda.time_spent_seconds == 240 and agenda.decision_id == d.id


def test_a_deviation_without_a_reason_is_refused_and_nothing_is_written(workspace, listed):
    _, _, item = listed
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.decisions.record(_decision(item, modalities=["hepatectomy"], intent="curative"))
    problem = err.value.problems[0]
    assert problem.field == "deviation_reason" and "surveillance" in problem.allowed
    assert dump_database(workspace) == before
    d = workspace.decisions.record(_decision(item, modalities=["systemic_chemotherapy"], intent="palliative",
                                             deviation_reason="Patient enrolled in a trial",
                                             trial_considered=True))
    assert d.deviation and d.deviation_reason == "Patient enrolled in a trial"


def test_bad_decision_values_name_the_field(workspace, listed):
    _, _, item = listed
    with pytest.raises(InvalidInput) as err:
        workspace.decisions.record(_decision(item, modalities=["laser"], intent="hopeful", time_spent_seconds=-1))
    assert {p.field.split(".")[0] for p in err.value.problems} == {"modalities", "intent", "time_spent_seconds"}
    with pytest.raises(InvalidInput) as err:
        workspace.decisions.record(_decision(item, modalities=[]))
    assert err.value.problems[0].field == "modalities"


def test_one_decision_per_item_and_none_for_a_deferred_item(workspace, listed, make_case):
    case, meeting, item = listed
    workspace.decisions.record(_decision(item))
    with pytest.raises(InvalidInput):
        workspace.decisions.record(_decision(item))
    other = workspace.meetings.add_case(meeting.id, make_case(**SURVEILLANCE).id)
    workspace.meetings.defer(other.id, "CT pending")
    with pytest.raises(InvalidInput):
        workspace.decisions.record(_decision(other))


def test_the_snapshot_keeps_the_recommendation_as_it_stood(workspace, listed):
    case, _, item = listed
    d = workspace.decisions.record(_decision(item))
    current = workspace.cases.get(case.id)
    facts = {**SURVEILLANCE, "liver_mets": "confirmed", "confirmed_by": ["mri"], "lesion_count": 2, "largest_lesion_cm": 2.0}
    workspace.cases.update(case.id, {"facts": facts}, current.version)
    assert workspace.cases.evaluate(case.id).tier1() != []
    assert workspace.decisions.get(d.id).recommendation == d.recommendation


def test_after_finalising_only_an_amendment_with_a_reason_changes_a_decision(open_workspace, listed):
    ws = open_workspace("tester")
    _, meeting, item = listed
    d = ws.decisions.record(_decision(item))
    ws.meetings.finalise(meeting.id)
    with pytest.raises(InvalidInput):
        ws.meetings.set_question(item.id, "changed")
    with pytest.raises(InvalidInput) as err:
        ws.decisions.amend(d.id, _decision(item, rationale="typo fixed"), reason=" ")
    assert err.value.problems[0].field == "reason"
    amended = ws.decisions.amend(
        d.id, _decision(item, modalities=["systemic_chemotherapy"], intent="palliative", deviation_reason="new CT"),
        reason="Minutes recorded the wrong modality", expected_version=d.version,
    )
    assert amended.amended_reason == "Minutes recorded the wrong modality" and amended.deviation
    assert amended.recommendation == d.recommendation
    followups = ws.followups.for_case(d.case_id)
    assert {f.status for f in followups if f.rule == "FU-1"} == {"cancelled"}
    assert any(f.rule == "FU-4" and f.status == "open" for f in followups)
    with ws.read() as s:
        actions = s.exec(select(AuditEvent.action).where(AuditEvent.entity == "decision", AuditEvent.entity_id == d.id)).all()
    assert "amend" in actions
    with pytest.raises(StaleEdit):
        open_workspace("late").decisions.amend(d.id, _decision(item), reason="again", expected_version=d.version)


def test_communication_is_tracked_on_the_worklist(workspace, listed):
    _, _, item = listed
    d = workspace.decisions.record(_decision(item))
    (pending,) = workspace.followups.worklist(MEETING_DAY).uncommunicated
    patient = workspace.cases.get(d.case_id).patient
    assert pending.id == d.id and (pending.patient_name, pending.mrn) == (patient.name, patient.mrn), "whom to tell"
    half = workspace.decisions.mark_communicated(d.id, patient=True, referrer=False)
    assert half.patient_informed and half.patient_informed_at and not half.referrer_informed
    assert [x.id for x in workspace.followups.worklist(MEETING_DAY).uncommunicated] == [d.id]
    workspace.decisions.mark_communicated(d.id, patient=True, referrer=True)
    assert workspace.followups.worklist(MEETING_DAY).uncommunicated == []
    before = dump_database(workspace)
    with pytest.raises(StaleEdit):  # ticked on the decision as it was before the two calls above
        workspace.decisions.mark_communicated(d.id, patient=False, referrer=False, expected_version=d.version)
    assert dump_database(workspace) == before


def test_evaluate_and_reevaluate_all(workspace, make_case):
    a = make_case(**SURVEILLANCE)
    make_case(primary_site="breast", liver_mets="confirmed", confirmed_by=["ct"], lesion_count=2, largest_lesion_cm=3)
    rec = workspace.cases.evaluate(a.id, as_of=date(2026, 12, 1))
    assert [o.modality for o in rec.tier1()] == ["surveillance"]
    steps = list(workspace.cases.reevaluate_all())
    assert steps[-1].done == steps[-1].total == 2
    from tumorboard.store.models import Case

    with workspace.read() as s:
        tier1 = s.exec(select(Case.evaluated_tier1).where(Case.id == a.id)).one()
    assert tier1 == ["surveillance"]
    assert workspace.cases.get(a.id).version == a.version  # derived values: nobody's edit is refused for them


def test_a_decision_that_fails_half_way_changes_nothing(workspace, listed, monkeypatch):
    _, _, item = listed
    before = dump_database(workspace)

    def broken_planner(modalities, start):  # runs after the decision row is written
        raise RuntimeError("planner crashed")

    monkeypatch.setattr(workspace.rules, "plan_followups", broken_planner)
    with pytest.raises(RuntimeError):
        workspace.decisions.record(_decision(item))
    assert dump_database(workspace) == before


def test_a_cancelled_reevaluation_leaves_an_audit_event_for_every_batch_it_wrote(workspace, make_case):
    from tumorboard.store.models import AuditEvent, Case

    ids = [make_case(**SURVEILLANCE).id for _ in range(5)]
    run = workspace.cases.reevaluate_all(batch=2)
    steps = [next(run), next(run), next(run)]  # the start, then two batches of two
    run.close()  # cancelled, as from the GUI's progress dialog
    assert steps[-1].done == 4 and steps[-1].total == 5
    with workspace.read() as s:
        evaluated = [cid for cid, at in s.execute(select(Case.id, Case.evaluated_at)) if at is not None]
        events = [e.after for e in s.exec(select(AuditEvent).where(AuditEvent.action == "reevaluate_all")).all()]
    assert sorted(evaluated) == ids[:4]
    assert [(e["first_id"], e["last_id"], e["done"], e["of"]) for e in events] == [(ids[0], ids[1], 2, 5), (ids[2], ids[3], 4, 5)]


def test_trial_considered_no_beside_a_rationale_about_a_trial_is_refused(workspace, listed):
    _, _, item = listed
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.decisions.record(_decision(item, rationale="Enrolled in a clinical trial"))
    problem = err.value.problems[0]
    assert problem.field == "trial_considered" and "rationale" in problem.allowed and "trial" in problem.allowed
    assert dump_database(workspace) == before
    d = workspace.decisions.record(_decision(item, rationale="Enrolled in a clinical trial", trial_considered=True))
    assert d.trial_considered


def test_inform_dates_default_to_two_working_days_and_name_the_people(workspace, listed):
    _, meeting, item = listed  # Wednesday 2 December 2026
    d = workspace.decisions.record(_decision(item, inform_patient_by=None, responsible_clinician="Dr. Weber",
                                             referrer="Dr. Adams (GP)"))
    assert d.inform_patient_by == d.inform_referrer_by == date(2026, 12, 4)  # Thursday, Friday
    assert d.responsible_clinician == "Dr. Weber" and d.referrer == "Dr. Adams (GP)"


def test_the_working_days_are_a_setting(workspace, make_case):
    from tumorboard.services.decisions import add_working_days

    assert add_working_days(date(2026, 12, 4), 2) == date(2026, 12, 8)  # Friday -> Tuesday over the weekend
    workspace.settings.update({**workspace.settings.get().model_dump(), "inform_within_working_days": 5})
    case = make_case(name="Five Days", **SURVEILLANCE)
    meeting = workspace.meetings.create({"meeting_date": MEETING_DAY})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    d = workspace.decisions.record(_decision(item, inform_patient_by=None))
    assert d.inform_patient_by == date(2026, 12, 9)


def test_a_decision_before_the_meeting_day_is_refused_unless_confirmed(workspace, make_case):
    """Every caller (GUI, CLI, files) passes through the service: an early decision needs the confirmation flag."""
    today = workspace.today()
    case = make_case(name="Early Decision", **SURVEILLANCE)
    ahead = today.fromordinal(today.toordinal() + 6)
    meeting = workspace.meetings.create({"meeting_date": ahead})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.decisions.record(_decision(item, inform_patient_by=None))
    problem = err.value.problems[0]
    assert problem.field == "before_meeting_confirmed"
    assert ahead.isoformat() in problem.allowed and today.isoformat() in problem.allowed
    assert dump_database(workspace) == before  # nothing written
    d = workspace.decisions.record(_decision(item, inform_patient_by=None, before_meeting_confirmed=True))
    assert d.meeting_id == meeting.id and workspace.cases.get(case.id).status == "follow_up"
