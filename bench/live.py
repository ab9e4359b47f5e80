"""Two or more workstations on one board: `python -m bench.live [--postgres URL]`.

Prints JSON figures (bench/figures.py), on a SQLite file and, with --postgres, on a new
database of that server (dropped afterwards):

- notification latency: the time from a commit on one workspace to its arrival at a change
  feed of another (its own connection, waiting in its own thread as the GUI's watcher does),
  median and worst of --changes; baseline: the same mechanism without the program (raw
  psycopg NOTIFY -> LISTEN on PostgreSQL; raw sqlite3 commit -> PRAGMA data_version polled at
  the feed's interval on SQLite), measured in the same run.
- concurrent writers: --writers processes save the same case for --seconds, each save
  starting from the version it read (a colleague's newer save is refused, the writer reads
  again and retries). Lost updates = saves reported successful minus versions the case
  advanced; also checked against the audit trail. Target: 0.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.figures import emit, figure
from tumorboard.services import Workspace
from tumorboard.services.changes import SQLITE_POLL_SECONDS


class _Arrivals:
    """A feed waiting in its own thread; records when each meeting's change arrived."""

    def __init__(self, ws: Workspace) -> None:
        self.feed = ws.changes()
        self.seen: dict[int, float] = {}
        self.cond = threading.Condition()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            for c in self.feed.poll(timeout=0.2):
                if c.entity == "meeting" and c.entity_id is not None:
                    with self.cond:
                        self.seen[c.entity_id] = time.perf_counter()
                        self.cond.notify_all()

    def wait_for(self, key: int, timeout: float = 10.0) -> float:
        with self.cond:
            if not self.cond.wait_for(lambda: key in self.seen, timeout=timeout):
                raise TimeoutError(f"change {key} did not arrive within {timeout} s")
            return self.seen[key]

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.feed.close()


def latency(url: str, n: int) -> list[float]:
    """Seconds from each commit to its arrival at another workspace's feed."""
    writer = Workspace.open(url, actor="bench")  # the board's creator: its admin
    watcher = Workspace.open(url, actor="bench-watcher")
    arrivals = _Arrivals(watcher)
    out = []
    try:
        day = date(2031, 1, 6)
        for i in range(n):
            m = writer.meetings.create({"meeting_date": day + timedelta(days=i), "start_time": "16:00",
                                        "place": "Room 1", "title": "MDT"})
            committed = time.perf_counter()
            out.append(arrivals.wait_for(m.id) - committed)
    finally:
        arrivals.close()
        writer.close()
        watcher.close()
    return out


def raw_latency_postgres(url: str, n: int) -> list[float]:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listen = psycopg.connect(dsn, autocommit=True)
    talk = psycopg.connect(dsn, autocommit=True)
    listen.execute("LISTEN bench_raw")
    seen: dict[str, float] = {}
    cond = threading.Condition()
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            for note in listen.notifies(timeout=0.2):
                with cond:
                    seen[note.payload] = time.perf_counter()
                    cond.notify_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    out = []
    try:
        for i in range(n):
            talk.execute("SELECT pg_notify('bench_raw', %s)", (str(i),))
            committed = time.perf_counter()
            with cond:
                cond.wait_for(lambda k=str(i): k in seen, timeout=10)
                out.append(seen[str(i)] - committed)
    finally:
        stop.set()
        thread.join()
        listen.close()
        talk.close()
    return out


def raw_latency_sqlite(path: Path, n: int) -> list[float]:
    """The same mechanism with no program: commit on one connection, data_version polled on another."""
    w = sqlite3.connect(path, isolation_level=None)
    w.execute("PRAGMA journal_mode=WAL")
    w.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY)")
    r = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    state = {"version": r.execute("PRAGMA data_version").fetchone()[0], "count": 0, "at": 0.0}
    cond = threading.Condition()
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            v = r.execute("PRAGMA data_version").fetchone()[0]
            if v != state["version"]:
                state["version"] = v
                with cond:
                    state["count"] += 1
                    state["at"] = time.perf_counter()
                    cond.notify_all()
            time.sleep(SQLITE_POLL_SECONDS)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    out = []
    try:
        for i in range(n):
            before = state["count"]
            w.execute("INSERT INTO t (id) VALUES (?)", (i + 1,))
            committed = time.perf_counter()
            with cond:
                cond.wait_for(lambda b=before: state["count"] > b, timeout=10)
                out.append(float(state["at"]) - committed)
    finally:
        stop.set()
        thread.join()
        w.close()
        r.close()
    return out


def _writer(args: tuple[str, int, float]) -> tuple[int, int]:
    """One workstation saving the same case over and over: (saves done, saves refused as stale)."""
    from tumorboard.errors import StaleEdit

    url, case_id, seconds = args
    done = refused = 0
    with Workspace.open(url, actor="bench") as ws:  # one account, many processes (workstations)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            case = ws.cases.get(case_id)
            try:
                # the process id keeps every save a change: two writers (one account) saving the same
                # text one after the other made the second an unchanged no-op, counted as a lost update
                ws.cases.update(case_id, {"notes": f"save {done} by {ws.actor} in {os.getpid()}"}, case.version)
                done += 1
            except StaleEdit:
                refused += 1
    return done, refused


def concurrent_writers(url: str, writers: int, seconds: float) -> dict[str, Any]:
    from sqlmodel import func, select

    from tumorboard.store.models import AuditEvent

    with Workspace.open(url, actor="bench") as ws:
        case = ws.cases.create({"patient": {"mrn": "BENCH-W", "name": "Bench, Writers"},
                                "facts": {"primary_site": "colorectal"}})
    with mp.get_context("spawn").Pool(writers) as pool:
        results = pool.map(_writer, [(url, case.id, seconds)] * writers)
    with Workspace.open(url, actor="bench") as ws:
        final = ws.cases.get(case.id)
        with ws.read() as s:
            audited = s.exec(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.entity == "case", AuditEvent.entity_id == case.id, AuditEvent.action == "update")).one()
    saves = sum(d for d, _ in results)
    return {"saves": saves, "refused": sum(r for _, r in results), "advanced": final.version - case.version,
            "audited": int(audited)}


def figures_for(label: str, url: str, raw: list[float], args: argparse.Namespace) -> list[dict[str, Any]]:
    ours = latency(url, args.changes)
    out = [
        figure(f"{label}: commit -> notification at another workspace, median of {len(ours)}",
               statistics.median(ours) * 1000, "ms", statistics.median(raw) * 1000),
        figure(f"{label}: commit -> notification, worst of {len(ours)}", max(ours) * 1000, "ms", max(raw) * 1000),
    ]
    w = concurrent_writers(url, args.writers, args.seconds)
    lost = w["saves"] - w["advanced"]
    out += [
        figure(f"{label}: {args.writers} writers on one case for {args.seconds:g} s: saves", w["saves"], "saves"),
        figure(f"{label}:   refused as stale (a colleague saved first; read again, retried)", w["refused"], "saves"),
        figure(f"{label}:   lost updates (saves reported minus versions the case advanced)", lost, "saves"),
        figure(f"{label}:   saves missing from the audit trail", w["saves"] - w["audited"], "saves"),
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=1000, help="commits timed for the latency (default 1000)")
    parser.add_argument("--writers", type=int, default=8, help="concurrent writer processes (default 8)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the writers write (default 60)")
    parser.add_argument("--postgres", metavar="URL", help="also on this PostgreSQL server (a new database, dropped)")
    parser.add_argument("--only-postgres", action="store_true", help="skip the SQLite figures")
    args = parser.parse_args()
    out: list[dict[str, Any]] = []
    if not args.only_postgres:
        with tempfile.TemporaryDirectory() as tmp:
            raw = raw_latency_sqlite(Path(tmp) / "raw.sqlite", args.changes)
            out += figures_for("sqlite", str(Path(tmp) / "live.sqlite"), raw, args)
    if args.postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"tb_live_{uuid.uuid4().hex[:12]}"
        admin = create_engine(make_url(args.postgres), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
        try:
            out += figures_for("postgres", url, raw_latency_postgres(url, args.changes), args)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    emit(out)


if __name__ == "__main__":
    main()
