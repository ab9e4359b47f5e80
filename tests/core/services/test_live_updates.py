"""Live updates (services/changes.py): a change committed by one workspace, in this process or
another, reaches a feed on another workspace of the same board; nothing uncommitted does, and
no payload carries patient data. Runs on SQLite and, with the db marker, on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tumorboard.errors import InvalidInput
from tumorboard.services.changes import Change

pytestmark = pytest.mark.db

PATIENT = {"mrn": "LIVE-4711", "name": "Secretname Livepatient", "sex": "female"}


def _drain(feed, want, timeout=10.0):
    """Changes from the feed until `want(changes)` holds or the time is up."""
    got: list[Change] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not want(got):
        got.extend(feed.poll(timeout=0.2))
    return got


def test_a_colleagues_new_case_reaches_the_feed_without_patient_data(open_workspace):
    clinic = open_workspace("clinic")
    room = open_workspace("coordinator")
    with clinic.changes() as feed:
        case = room.cases.create({"patient": PATIENT, "facts": {"primary_site": "colorectal"}})
        got = _drain(feed, lambda cs: any(c.entity == "case" and c.entity_id == case.id for c in cs))
    mine = [c for c in got if c.entity == "case" and c.entity_id == case.id]
    assert mine, got
    change = mine[0]
    assert change.case_id == case.id and change.version == 1
    assert change.actor == "coordinator" and change.at is not None
    assert change.origin != clinic.db.origin  # not the watching window's own save
    assert any(c.entity == "patient" for c in got)
    for c in got:
        text = c.payload()
        assert "Secretname" not in text and "LIVE-4711" not in text


def test_an_edit_carries_the_new_version_and_its_case(open_workspace, make_case):
    room = open_workspace("coordinator")
    case = make_case()
    with open_workspace("clinic").changes() as feed:
        room.cases.update(case.id, {"facts": {"primary_site": "colorectal", "ecog": 2}}, case.version)
        room.cases.add_lab(case.id, {"taken_on": room.today(), "test": "bilirubin", "value": 11})
        got = _drain(feed, lambda cs: any(c.entity == "lab_result" for c in cs))
    update = [c for c in got if c.entity == "case" and c.entity_id == case.id]
    assert update and update[0].version == case.version + 1
    lab = [c for c in got if c.entity == "lab_result"]
    assert lab and lab[0].case_id == case.id


def test_a_refused_save_sends_nothing(open_workspace):
    room = open_workspace("coordinator")
    with open_workspace("clinic").changes() as feed:
        with pytest.raises(InvalidInput):
            room.cases.create({"patient": PATIENT, "facts": {"primary_site": "nowhere"}})
        assert _drain(feed, lambda cs: bool(cs), timeout=1.0) == []


def test_a_change_from_another_process_arrives(db_url, open_workspace):
    watcher = open_workspace("clinic")
    open_workspace("coordinator")  # the board exists (created, migrated) before the other process opens it
    watcher.users.set_role("other-workstation", "coordinator")  # the other process's account, given a role
    script = (
        "import sys\n"
        "from tumorboard.services import Workspace\n"
        "with Workspace.open(sys.argv[1], actor='other-workstation') as ws:\n"
        "    ws.meetings.create({'meeting_date': '2030-01-07', 'start_time': '16:00', 'place': 'Room 2', 'title': 'MDT'})\n"
    )
    with watcher.changes() as feed:
        subprocess.run([sys.executable, "-c", script, db_url], check=True, timeout=120)
        got = _drain(feed, lambda cs: any(c.entity == "meeting" for c in cs))
    meeting = [c for c in got if c.entity == "meeting"]
    assert meeting and meeting[0].actor == "other-workstation" and meeting[0].entity_id is not None
    assert meeting[0].origin != watcher.db.origin


def test_own_changes_are_marked_as_own(open_workspace):
    room = open_workspace("coordinator")
    with room.changes() as feed:
        room.meetings.create({"meeting_date": "2030-01-07", "start_time": "16:00", "place": "Room 2", "title": "MDT"})
        got = _drain(feed, lambda cs: any(c.entity == "meeting" for c in cs))
    assert [c.origin for c in got if c.entity == "meeting"] == [room.db.origin]


def test_a_bulk_load_is_one_coarse_change(open_workspace):
    from tumorboard.services.demo import populate

    room = open_workspace("coordinator")
    with open_workspace("clinic").changes() as feed:
        for _ in populate(room.db, 12, seed=3):
            pass
        got = _drain(feed, lambda cs: any(c.entity_id is None for c in cs))
    # one coarse change for the whole load (the demo's contact setting is a change of its own)
    assert [c.entity for c in got if c.entity_id is None and c.entity != "setting"] == ["workspace"]
    assert not [c for c in got if c.entity in ("case", "patient", "decision", "followup")]


def test_payload_round_trip():
    from datetime import UTC, datetime

    c = Change("decision", 7, 3, 41, "dr.wang", datetime(2026, 12, 4, 9, 30, tzinfo=UTC), "abc")
    assert Change.from_payload(c.payload()) == c
