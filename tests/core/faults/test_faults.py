"""Fault tests with real processes and real databases (SQLite file or the PostgreSQL server):

- kill -9 during decision writes, at least 20 kills: the database passes its integrity check,
  every decision a writer saw committed is there with its audit event, and `audit verify` passes;
- one MRN created by two workstations at the same moment: exactly one wins, the other gets the
  same InvalidInput (field patient.mrn) on SQLite and PostgreSQL, never a raw database error.

Each prints its counts (tried / refused / lost); run with -s to see them.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import threading
import time
from datetime import date

import pytest
from sqlalchemy import text

from tumorboard.errors import InvalidInput

pytestmark = [pytest.mark.db, pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")]

KILLS = 24
SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def _listed_items(ws, n, first=0):
    meeting = ws.meetings.create({"meeting_date": date(2026, 12, 2)})
    items = []
    for i in range(first, first + n):
        case = ws.cases.create({"patient": {"mrn": f"K-{i}", "name": f"Kill Test {i}"}, "facts": SURVEILLANCE})
        items.append(ws.meetings.add_case(meeting.id, case.id, "Surveillance?").id)
    return items


def _writer(db_url, items, out_fd):
    """In the forked child: record decisions one after the other, reporting each commit."""
    from tumorboard.services import Workspace

    ws = Workspace.open(db_url, actor="writer")
    os.write(out_fd, b"ready\n")
    for item in items:
        os.write(out_fd, f"try {item}\n".encode())
        d = ws.decisions.record({"agenda_item_id": item, "modalities": ["surveillance"], "intent": "surveillance",
                                 "informer": "Dr. Kill"})
        os.write(out_fd, f"done {item} {d.id}\n".encode())  # returned: committed
    os._exit(0)


def test_kill_9_during_decision_writes_loses_nothing_committed(open_workspace, db_url):
    ws = open_workspace("setup")
    open_workspace("writer")  # the forked writer records decisions: registered as a clinician
    items = _listed_items(ws, 60)
    rng = random.Random(15)
    committed: dict[int, int] = {}
    tried = kills = 0
    started = time.monotonic()
    while kills < KILLS:
        remaining = [i for i in items if i not in committed]
        with ws.engine.connect() as conn:  # a write killed after COMMIT but before it said so is also committed
            decided = {r[0] for r in conn.execute(text("SELECT agenda_item_id FROM decisions"))}
        remaining = [i for i in remaining if i not in decided]
        if len(remaining) < 15:  # a fast machine: list more cases for the next writers
            items += _listed_items(ws, 45, first=len(items))
            remaining = [i for i in items if i not in committed and i not in decided]
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            try:
                _writer(db_url, remaining, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        seen = b""
        # Kill once the writer has committed its first decision, at a random moment of a later write.
        # Waiting for "ready" only was not enough: on a slow machine the first write (cold imports,
        # first rule evaluation) outlasted the random delay and no writer ever committed.
        deadline = time.monotonic() + 60
        while b"done " not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], 1.0)
            if ready:
                chunk = os.read(read_fd, 4096)
                if not chunk:
                    break
                seen += chunk
        time.sleep(rng.uniform(0.0, 0.1))  # mid-way through some later write
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        kills += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        with os.fdopen(read_fd) as reader:
            for line in (seen.decode() + reader.read()).splitlines():
                word, *rest = line.split()
                if word == "try":
                    tried += 1
                elif word == "done":
                    committed[int(rest[0])] = int(rest[1])
    with ws.engine.connect() as conn:
        if ws.is_sqlite:
            assert conn.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
        decisions = dict(conn.execute(text("SELECT id, agenda_item_id FROM decisions")).all())
        audited = set(conn.execute(text("SELECT entity_id FROM audit_events WHERE entity = 'decision' "
                                        "AND action = 'record'")).scalars())
    lost = [d for d in committed.values() if d not in decisions or d not in audited]
    report = ws.audit.verify()
    print(f"\nkill -9 during decision writes: {kills} kills, {tried} writes tried, {len(committed)} seen committed, "
          f"{len(decisions)} in the database, refused 0, lost {len(lost)}; audit verify: {report.message} "
          f"({time.monotonic() - started:.1f} s)")
    assert kills >= 20 and committed and not lost
    assert set(decisions) <= audited  # nothing half-written: every decision has its audit event
    assert report.ok, report.message
    assert report.covered_rows == len(decisions)


def test_one_mrn_created_at_once_on_two_workstations(open_workspace, is_postgres):
    a, b = open_workspace("alice"), open_workspace("bob")
    rounds, wins, refused, raw = 25, 0, 0, []
    by_database = 0
    for r in range(rounds):
        barrier = threading.Barrier(2)
        outcome: list[object] = []

        def create(ws, r=r, barrier=barrier, outcome=outcome):
            barrier.wait()
            try:
                ws.cases.create({"patient": {"mrn": f"SAME-{r}", "name": f"Twin {ws.actor}"}, "facts": SURVEILLANCE})
                outcome.append("ok")
            except InvalidInput as exc:
                outcome.append(exc)
            except Exception as exc:  # noqa: BLE001 - counted and shown below
                outcome.append(exc)

        threads = [threading.Thread(target=create, args=(ws,)) for ws in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wins += outcome.count("ok")
        for o in outcome:
            if isinstance(o, InvalidInput):
                refused += 1
                assert [p.field for p in o.problems] == ["patient.mrn"] and o.problems[0].value == f"SAME-{r}"
                by_database += "another patient has it" in str(o)
            elif o != "ok":
                raw.append(o)
    count = a.cases.count()
    print(f"\none MRN at once ({'PostgreSQL' if is_postgres else 'SQLite'}): {2 * rounds} tried, {wins} saved, "
          f"{refused} refused ({by_database} by the database's unique index), {len(raw)} raw errors, "
          f"lost {rounds - count}")
    assert not raw, raw
    assert wins == rounds and refused == rounds and count == rounds
    assert a.audit.verify().ok
