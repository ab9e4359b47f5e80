"""Demo data: deterministic, every site and pathway, meetings, decisions, overdue follow-ups."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from tumorboard.engine.vocabulary import PrimarySite
from tumorboard.resources import read_text
from tumorboard.services import Workspace
from tumorboard.services.demo import populate
from tumorboard.store.models import Case, Decision, FollowUp, Patient

pytestmark = pytest.mark.db

DAY = date(2026, 11, 23)


def _content(ws):
    """What the demo generated, without the wall-clock stamps."""
    with ws.read() as s:
        patients = s.execute(select(Patient.mrn, Patient.name, Patient.sex, Patient.birth_date).order_by(Patient.id)).all()
        cases = s.execute(select(Case.primary_site, Case.status, Case.lesion_count, Case.largest_lesion_cm).order_by(Case.id)).all()
        decisions = s.execute(select(Decision.case_id, Decision.modalities, Decision.deviation).order_by(Decision.id)).all()
        followups = s.execute(select(FollowUp.due, FollowUp.test, FollowUp.status).order_by(FollowUp.id)).all()
    return patients, cases, decisions, followups


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One 400-case demo shared by the read-only checks below (SQLite)."""
    ws = Workspace.open(tmp_path_factory.mktemp("demo") / "demo.sqlite", actor="demo")
    steps = list(populate(ws.db, 400, seed=3, today=DAY))
    yield ws, steps
    ws.close()


def test_progress_reaches_the_total(demo):
    _, steps = demo
    assert steps[-1].done == steps[-1].total == 400
    assert [s.done for s in steps] == sorted(s.done for s in steps)


def test_same_seed_same_data_and_another_seed_differs(open_workspace, tmp_path):
    first = open_workspace("a")
    list(populate(first.db, 120, seed=7, today=DAY))
    second = Workspace.open(tmp_path / "second.sqlite", actor="b")
    list(populate(second.db, 120, seed=7, today=DAY))
    third = Workspace.open(tmp_path / "third.sqlite", actor="c")
    list(populate(third.db, 120, seed=8, today=DAY))
    assert _content(first) == _content(second)
    assert _content(first)[0] != _content(third)[0]
    second.close()
    third.close()


def test_every_site_and_every_pathway_of_the_catalogue(demo):
    ws, _ = demo
    rows = ws.cases.query({})
    assert {r.primary_site for r in rows} == set(PrimarySite)
    assert any(re.search(r"[\u4e00-\u9fff]", r.name) for r in rows) and any(r.name.isascii() for r in rows)
    fired = set()
    for case_id in ws.cases.ids():
        rec = ws.cases.evaluate(case_id, as_of=DAY)
        for part in (*rec.options, *rec.excluded, *rec.warnings, *rec.follow_up):
            fired.update(getattr(part, "rules", None) or [part.rule])
        if "cea_ng_ml" in rec.missing and ws.cases.get(case_id).facts.primary_site == "colorectal":
            fired.add("DX-6")  # DX-6 lists the missing CEA; it names no option
    catalogue = set(re.findall(r"^\| ([A-Z]+-\d+) \|", read_text("rules", "catalogue.md"), re.M))
    assert catalogue and catalogue - fired == set()


def test_meetings_decisions_and_overdue_followups(demo):
    ws, _ = demo
    past = ws.meetings.list(upcoming=False, as_of=DAY)
    upcoming = ws.meetings.list(upcoming=True, as_of=DAY)
    assert len(upcoming) == 3 and all(m.item_count > 0 and not m.finalised for m in upcoming)
    assert past and all(m.finalised for m in past)
    meeting = ws.meetings.get(next(m.id for m in past if m.item_count))
    assert meeting.attendance
    assert all((i.outcome == "discussed" and i.decision_id) or (i.outcome == "deferred" and i.deferred_reason)
               for i in meeting.agenda)
    decision = ws.decisions.get(next(i.decision_id for i in meeting.agenda if i.decision_id))
    assert decision.recommendation["rule_set"]["version"] == decision.rule_set_version
    assert not decision.deviation or decision.deviation_reason
    work = ws.followups.worklist(DAY)
    assert work.overdue and work.due and all(f.due < DAY for f in work.overdue)
    case = ws.cases.get(ws.cases.query({"status": "follow_up", "limit": 1})[0].id)
    assert case.decisions and case.followups and case.imaging


def test_the_services_keep_working_after_a_demo(workspace):
    list(populate(workspace.db, 60, seed=1, today=DAY))
    case = workspace.cases.create({"patient": {"mrn": "AFTER-DEMO", "name": "New"}, "facts": {"primary_site": "lung"}})
    meeting = workspace.meetings.create({"meeting_date": DAY})
    assert workspace.meetings.add_case(meeting.id, case.id).case_id == case.id
    assert workspace.cases.count() == 61


def test_some_cases_were_deferred_once_and_decided_a_week_later(demo):
    ws, _ = demo
    carried = [i for m in ws.meetings.list(upcoming=False, as_of=DAY) for i in ws.meetings.get(m.id).agenda
               if i.carried_from_id]
    assert carried
    earlier = ws.cases.get(carried[0].case_id).agenda[0]
    assert earlier.outcome == "deferred" and earlier.deferred_reason and earlier.carried_to_meeting_id == carried[0].meeting_id


def test_upcoming_agendas_are_mostly_ready_with_one_or_two_flagged(demo):
    """The coordinator prepared most cases; one or two per meeting still miss something."""
    ws, _ = demo
    for m in ws.meetings.list(upcoming=True, as_of=DAY):
        items = [i for i in ws.meetings.get(m.id).agenda if i.outcome is None]
        checks = [ws.cases.readiness(i.case_id, as_of=DAY) for i in items]
        not_ready = [c for c in checks if not c.ready]
        assert len(items) >= 4, m
        assert 1 <= len(not_ready) <= 2, [[x.code for x in c.items if not x.ok] for c in not_ready]
        for c in not_ready:  # what is missing is one item the coordinator can still fix
            assert len([x for x in c.items if not x.ok]) == 1
        for c in checks:
            if c.ready:
                assert {x.code for x in c.items if x.ok} >= {"imaging_recent", "labs_recent", "future_liver_remnant"}


def test_no_cases_asked_is_refused_naming_the_field(tmp_path):
    from tumorboard.errors import InvalidInput

    with Workspace.open(tmp_path / "d.sqlite") as ws:
        with pytest.raises(InvalidInput) as err:
            next(populate(ws.db, 0))
        problem = err.value.problems[0]
        assert (problem.field, problem.value) == ("cases", 0) and "at least 1" in problem.allowed
        assert ws.cases.count() == 0


def test_demo_patients_sex_fits_the_primary_site(demo):
    ws, _ = demo
    for site in ("ovarian", "uterine_cervical"):
        rows = ws.cases.query({"site": site})
        assert rows and {r.sex for r in rows} == {"female"}, site
    assert {r.sex for r in ws.cases.query({})} == {"female", "male"}


def test_append_joins_the_upcoming_agendas_and_never_makes_a_meeting_twice(workspace):
    """`demo --append` on a board with meetings: no second meeting on a day, the new listed cases join
    the upcoming agendas after the items already there, finalised meetings are left as they were."""
    from tumorboard.store.models import AgendaItem, Meeting

    list(populate(workspace.db, 60, seed=1, today=DAY))
    with workspace.read() as s:
        before = s.execute(select(Meeting.id, Meeting.meeting_date, Meeting.status, Meeting.version)
                           .order_by(Meeting.id)).all()
        items_before = s.execute(select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.position)).all()
    cases_before = workspace.cases.count()
    list(populate(workspace.db, 40, seed=2, today=DAY))
    with workspace.read() as s:
        after = s.execute(select(Meeting.id, Meeting.meeting_date, Meeting.status, Meeting.version)
                          .order_by(Meeting.id)).all()
        items = s.execute(select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.position)).all()
    days = [m.meeting_date for m in after]
    assert len(days) == len(set(days)), "a day with a meeting got a second one"
    assert after[: len(before)] == before, "the existing meetings are unchanged"
    assert workspace.cases.count() == cases_before + 40
    upcoming = {m.id for m in before if m.status == "planned" and m.meeting_date > DAY}
    old_items = {i.id for i in items_before}
    joined = [i for i in items if i.id not in old_items and i.meeting_id in upcoming]
    assert joined, "the new cases joined the existing upcoming agendas"
    finalised = {m.id for m in before if m.status == "finalised"}
    assert not [i for i in items if i.id not in old_items and i.meeting_id in finalised], "finalised minutes untouched"
    for mid in upcoming:  # positions continue after the items already there, none twice
        positions = [i.position for i in items if i.meeting_id == mid]
        assert len(positions) == len(set(positions))


def test_a_demo_board_prints_patient_schedules(workspace):
    """Patient documents need the hospital's contact (Settings): the demo fills a demo contact, keeping one set."""
    from tumorboard.services import reports
    from tumorboard.services.schemas import CaseQuery

    workspace.settings.update({**workspace.settings.get().model_dump(), "contact_phone": "+49 30 1234"})
    list(populate(workspace.db, 30, seed=2, today=DAY))
    got = workspace.settings.get()
    assert got.contact_phone == "+49 30 1234" and got.contact_name and got.contact_hours
    case = next(r for r in workspace.cases.query(CaseQuery(status="follow_up")))
    assert reports.schedule_pdf(workspace, case.id)[:5] == b"%PDF-"
