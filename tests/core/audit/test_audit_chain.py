"""The tamper-evident audit trail: every forgery of the issue is detected, with the event named.

Forgeries are made as an intruder would: plain SQL on the database, outside the program
(sqlite3 / psql), on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import text

from tumorboard.cli import main
from tumorboard.store.database import make_engine, resolve_url
from tumorboard.store.migrate import upgrade_to

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def _decide(ws, make_case, n=1, name="Audit Patient"):
    meeting = ws.meetings.create({"meeting_date": date(2026, 12, 2)})
    out = []
    for i in range(n):
        case = make_case(name=f"{name} {i}", ws=ws, **SURVEILLANCE)
        item = ws.meetings.add_case(meeting.id, case.id, "Surveillance?")
        out.append(ws.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"],
                                        "intent": "surveillance", "informer": "Dr. Chen"}))
    return out


def _sql(ws, *statements):
    with ws.engine.begin() as conn:  # outside the services: as sqlite3 or psql would
        for s in statements:
            conn.execute(text(s))


def _events(ws):
    with ws.engine.connect() as conn:
        return conn.execute(text("SELECT id, entity, entity_id, action FROM audit_events ORDER BY id")).all()


def test_an_untouched_trail_verifies_with_the_counts(workspace, make_case, db_url, capsys):
    decisions = _decide(workspace, make_case, 2)
    workspace.decisions.amend(decisions[0].id, {"agenda_item_id": decisions[0].agenda_item_id,
                                                "modalities": ["surveillance"], "intent": "surveillance",
                                                "informer": "Dr. Lee"}, "informer changed")
    report = workspace.audit.verify()
    assert report.ok, report.message
    assert report.events == len(_events(workspace)) and report.covered_rows == 2
    assert main(["--db", db_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert f"{report.events} event(s) and 2 decision(s) checked" in out


def test_an_edited_audit_row_is_named(workspace, make_case, db_url, capsys):
    _decide(workspace, make_case, 2)
    victim = next(e for e in _events(workspace) if e.entity == "decision")
    _sql(workspace, f"UPDATE audit_events SET actor = 'Dr. Innocent' WHERE id = {victim.id}")
    report = workspace.audit.verify()
    assert not report.ok and report.event_id == victim.id and report.entity == "decision"
    assert report.entity_id == victim.entity_id and "altered" in (report.problem or "")
    assert main(["--db", db_url, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"audit event {victim.id} (" in out and f"decision {victim.entity_id}" in out and "UTC" in out


def test_a_deleted_audit_row_is_detected_at_the_next_event(workspace, make_case):
    _decide(workspace, make_case, 2)
    events = _events(workspace)
    victim, after = events[3], events[4]
    _sql(workspace, f"DELETE FROM audit_events WHERE id = {victim.id}")
    report = workspace.audit.verify()
    assert not report.ok and report.event_id == after.id and "deleted or altered" in (report.problem or "")


def test_a_deleted_newest_event_is_detected(workspace, make_case):
    _decide(workspace, make_case, 1)
    last = _events(workspace)[-1]
    _sql(workspace, f"DELETE FROM audit_events WHERE id = {last.id}")
    report = workspace.audit.verify()
    assert not report.ok and report.event_id == last.id and "newest" in (report.problem or "")


def test_an_edited_decision_row_is_named_with_its_event(workspace, make_case, db_url, capsys):
    decisions = _decide(workspace, make_case, 2)
    target = decisions[1]
    covering = max(e.id for e in _events(workspace) if e.entity == "decision" and e.entity_id == target.id)
    _sql(workspace, f"UPDATE decisions SET modalities = '[\"hepatectomy\"]' WHERE id = {target.id}")
    report = workspace.audit.verify()
    assert not report.ok and report.event_id == covering and f"decision {target.id} was changed" in report.problem
    assert main(["--db", db_url, "audit", "verify", "--json"]) == 1
    got = json.loads(capsys.readouterr().out)
    assert got["event_id"] == covering and got["ok"] is False


def test_a_decision_added_outside_the_program_is_detected(workspace, make_case):
    [d] = _decide(workspace, make_case, 1)
    columns = "case_id, agenda_item_id, meeting_id, modalities, intent, rationale, patient_preference, " \
              "trial_considered, deviation, informer, patient_informed, referrer_informed, notes, rule_set_name, " \
              "rule_set_version, recorded_by, recorded_at, version, created_at, created_by, updated_at, updated_by"
    _sql(workspace, f"INSERT INTO decisions ({columns}) SELECT {columns} FROM decisions WHERE id = {d.id}")
    report = workspace.audit.verify()
    assert not report.ok and "no audit event covering it" in (report.problem or "")


def test_audit_list_and_case_history(workspace, make_case, db_url, capsys):
    [d] = _decide(workspace, make_case, 1)
    other = make_case(name="Someone Else", **SURVEILLANCE)
    history = workspace.audit.history(d.case_id)
    actions = [(h.entity, h.action) for h in history]
    assert ("case", "create") in actions and ("decision", "record") in actions and ("agenda_item", "discussed") in actions
    assert all(not (h.entity == "case" and h.entity_id == other.id) for h in history)
    status = next(h for h in history if h.entity == "case" and h.action == "status" and
                  any(c.field == "status" and c.after == "follow_up" for c in h.changes))
    assert status.actor == "tester" and [c.before for c in status.changes if c.field == "status"] == ["listed"]
    assert main(["--db", db_url, "audit", "list", "--case", str(d.case_id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in listed] == [h.id for h in history]
    meeting = workspace.meetings.create({"meeting_date": date(2026, 12, 9)})
    item = workspace.meetings.add_case(meeting.id, other.id, "Listed by mistake")
    workspace.meetings.remove_item(item.id)
    other_history = [(h.entity, h.entity_id, h.action) for h in workspace.audit.history(other.id)]
    assert ("agenda_item", item.id, "add") in other_history and ("agenda_item", item.id, "remove") in other_history
    assert all(h.entity_id != item.id for h in workspace.audit.history(d.case_id))
    assert main(["--db", db_url, "audit", "list", "--since", "2999-01-01"]) == 0
    assert "no audit events match" in capsys.readouterr().out
    assert main(["--db", db_url, "audit", "list"]) == 0
    assert "tester: record decision" in capsys.readouterr().out


def test_two_workstations_writing_at_once_keep_one_linear_chain(open_workspace, make_case):
    a, b = open_workspace("alice"), open_workspace("bob")
    errors: list[BaseException] = []

    def work(ws, prefix):
        try:
            for i in range(8):
                make_case(mrn=f"{prefix}{i}", name=f"{prefix} Patient", ws=ws, **SURVEILLANCE)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ws, p)) for ws, p in ((a, "A"), (b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = a.audit.verify()
    assert report.ok, report.message
    assert report.events == len(_events(a)) >= 16


def test_existing_database_gets_its_chain_on_migration(db_url):
    from tumorboard.services import Workspace

    engine = make_engine(resolve_url(db_url))
    upgrade_to(engine, "0004_readiness_columns")
    with engine.begin() as conn:  # a 0004 board with history and a decision (no chain yet)
        conn.execute(text("INSERT INTO audit_events (at, actor, entity, entity_id, action) VALUES "
                          "('2026-01-05 10:00:00', 'old', 'case', 1, 'create'), "
                          "('2026-01-06 10:00:00', 'old', 'case', 1, 'update')"))
    engine.dispose()
    ws = Workspace.open(db_url, actor="tester")
    try:
        report = ws.audit.verify()
        assert report.ok and report.chained_from == 1 and report.sealed_up_to == 2
        assert "Events 1 to 2 existed before the chain was started" in report.message
        actions = [e.action for e in _events(ws)]
        assert actions[2] == "audit chain started", actions  # the events after it (e.g. the first admin) chain on
        _sql(ws, "UPDATE audit_events SET actor = 'new' WHERE id = 1")
        assert ws.audit.verify().event_id == 1
    finally:
        ws.close()


def test_verify_while_another_workstation_records_decisions(open_workspace, make_case):
    writer, checker = open_workspace("writer"), open_workspace("checker")
    meeting = writer.meetings.create({"meeting_date": date(2026, 12, 2)})
    items = [writer.meetings.add_case(meeting.id, make_case(name=f"Busy {i}", ws=writer, **SURVEILLANCE).id, "?").id
             for i in range(8)]
    done = threading.Event()

    def record():
        try:
            for item in items:
                writer.decisions.record({"agenda_item_id": item, "modalities": ["surveillance"],
                                         "intent": "surveillance"})
        finally:
            done.set()

    t = threading.Thread(target=record)
    t.start()
    reports = []
    while not done.is_set() or not reports:
        reports.append(checker.audit.verify())
    t.join()
    assert all(r.ok for r in reports), [r.message for r in reports if not r.ok]
    assert checker.audit.verify().covered_rows == len(items)
