"""Case store at hospital scale: `python -m bench.store --cases 100000`.

Prints a JSON list of figures. The bulk load (tumorboard.services.demo.populate)
is compared with raw sqlite3 executemany of the same rows into the same schema,
with the program's connection settings (foreign keys on, synchronous=FULL, WAL);
each read through the services with the same query through raw sqlite3, in the
same run. Targets (issue 2): reads within 2x of raw and under 50 ms, load within
3x of raw executemany, peak memory of the load under 400 MB.

With `--postgres postgresql+psycopg://user@host:port/postgres` the same reads
are also measured on a PostgreSQL server (a department's shared database):
the demo is loaded into a new database there (dropped afterwards) and each
read through the services is compared with the same SQL sent raw by psycopg.
Those figures are named "postgres: ...".

A search page is two statements in the program (a bounded probe of the matching
patients, then the page by the plan that suits their number: case_list.py);
its baseline is the one plain statement, as each database's planner runs it.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from bench.figures import best_of, emit, figure, peak_rss_mb
from tumorboard.services import Workspace
from tumorboard.services.demo import TABLES, _Ids, batches, populate
from tumorboard.services.rules import Rules
from tumorboard.services.schemas import CaseQuery
from tumorboard.store.types import like_pattern

CASE_LIST = """
SELECT c.id, c.patient_id, p.mrn, p.name, p.sex, p.birth_date, c.primary_site, c.status, c.title,
       c.liver_mets, c.updated_at, c.updated_by, c.version
FROM cases c JOIN patients p ON p.id = c.patient_id
{where}
ORDER BY c.name_key, c.id LIMIT 50
"""
SEARCH = "WHERE p.id IN (SELECT id FROM patients WHERE search_key LIKE ? ESCAPE '\\')"
DUE = """
SELECT f.id, f.case_id, f.decision_id, p.mrn, p.name, c.primary_site, f.due, f.test, f.rule, f.status, f.result,
       f.note, f.completed_at, f.completed_by, f.version
FROM followups f JOIN cases c ON c.id = f.case_id JOIN patients p ON p.id = c.patient_id
WHERE f.status = 'open' AND f.due <= ? ORDER BY f.due, f.id
"""


def _plain(value: Any) -> Any:
    """What the SQLite driver gets for a value (done before the baseline's clock starts)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date | dtime):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # as the program writes it
    return value


def _raw_insert(executemany: Any, mark: str, plain: Any, cases: int, seed: int, day: date) -> float:
    """Seconds `executemany(sql, rows)` takes for the demo's rows (their generation not timed)."""
    stamp = {"created_at": datetime.now().astimezone(), "created_by": "bench",
             "updated_at": datetime.now().astimezone(), "updated_by": "bench"}
    spent = 0.0
    for _progress, batch in batches(_Ids(dict.fromkeys(TABLES, 1)), cases, seed, day, stamp, Rules.load()):
        for table, rows in batch:
            if not rows:
                continue
            keys = list(rows[0])
            sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join([mark] * len(keys))})"
            params = [tuple(plain(r[k]) for k in keys) for r in rows]
            t0 = time.perf_counter()
            executemany(sql, params)
            spent += time.perf_counter() - t0
    return spent


def raw_load(path: Path, cases: int, seed: int, day: date) -> float:
    """Seconds raw sqlite3 executemany takes for the demo's rows (generation not timed)."""
    Workspace.open(path).close()  # the same schema, through the migrations
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=FULL")  # the settings every program connection has
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    spent = _raw_insert(conn.executemany, "?", _plain, cases, seed, day)
    t0 = time.perf_counter()
    conn.commit()
    spent += time.perf_counter() - t0
    conn.close()
    return spent


def raw_load_postgres(url: str, cases: int, seed: int, day: date) -> float:
    """Seconds raw psycopg executemany (pipelined) takes for the demo's rows into the same schema."""
    import psycopg
    from sqlalchemy.engine import make_url

    Workspace.open(url).close()  # the same schema, through the migrations
    conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    with conn.cursor() as cur:
        spent = _raw_insert(cur.executemany, "%s", _plain_pg, cases, seed, day)
    t0 = time.perf_counter()
    conn.commit()
    spent += time.perf_counter() - t0
    conn.close()
    return spent


def _plain_pg(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def generate_only(cases: int, seed: int, day: date) -> float:
    """Seconds the demo takes to make its rows without writing them."""
    stamp = {"created_at": datetime.now().astimezone(), "created_by": "bench",
             "updated_at": datetime.now().astimezone(), "updated_by": "bench"}
    t0 = time.perf_counter()
    for _ in batches(_Ids(dict.fromkeys(TABLES, 1)), cases, seed, day, stamp, Rules.load()):
        pass
    return time.perf_counter() - t0


class RawPostgres:
    """The baseline on PostgreSQL: the same SQL, sent by psycopg with no ORM in between."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        self.conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(sql.replace("?", "%s"), params)

    def close(self) -> None:
        self.conn.close()


def reads(ws: Workspace, raw: Any, day: date, prefix: str = "") -> list[dict[str, Any]]:
    """The GUI's reads through the services against `raw` (sqlite3 or RawPostgres) running the same SQL."""
    due_param: Any = day + timedelta(days=30)
    if isinstance(raw, sqlite3.Connection):
        due_param = due_param.isoformat()  # as SQLite stores dates
    sample = ws.cases.query(CaseQuery(limit=1, offset=777))[0]
    mrn = sample.mrn
    name_part = "秀英"
    until = day + timedelta(days=30)
    cases = [
        ("case list: first page sorted by name", CaseQuery(sort="name", limit=50), "", ()),
        ("case list: search by MRN", CaseQuery(search=mrn, limit=50), SEARCH,
         (like_pattern(mrn),)),
        (f"case list: name substring search ({name_part})", CaseQuery(search=name_part, limit=50),
         SEARCH, (like_pattern(name_part),)),
        # the first keystroke in the search box: about half of all patients match
        ("case list: name substring search (a)", CaseQuery(search="a", limit=50), SEARCH, (like_pattern("a"),)),
        ("case list: filter by site + status", CaseQuery(site="colorectal", status="follow_up", limit=50),
         "WHERE c.primary_site = ? AND c.status = ?", ("colorectal", "follow_up")),
    ]
    out = []
    for name, query, where, params in cases:
        name = prefix + name
        ours = ws.cases.query(query)
        theirs = raw.execute(CASE_LIST.format(where=where), params).fetchall()
        assert [r.id for r in ours] == [r[0] for r in theirs], name  # the same answer, or the timing means nothing
        value = best_of(lambda q=query: ws.cases.query(q), 7)
        base = best_of(lambda w=where, p=params: raw.execute(CASE_LIST.format(where=w), p).fetchall(), 7)
        out.append(figure(name, value, "ms", base))
    ours = ws.followups.due(until)
    theirs = raw.execute(DUE, (due_param,)).fetchall()
    assert [f.id for f in ours] == [r[0] for r in theirs]
    out.append(figure(f"{prefix}follow-ups due in the next 30 days ({len(ours)} rows)",
                      best_of(lambda: ws.followups.due(until), 7),
                      "ms", best_of(lambda: raw.execute(DUE, (due_param,)).fetchall(), 7)))
    ready_since = ws.cases._ready_since(CaseQuery(ready=True))
    assert ready_since is not None
    limits: tuple[Any, ...] = ready_since
    if isinstance(raw, sqlite3.Connection):
        limits = (ready_since[0].isoformat(), ready_since[1].isoformat())
    limits = (True, *limits)  # ready_facts = ?: 1 on SQLite, true on PostgreSQL
    ready_where = "WHERE c.ready_facts = ? AND c.ready_imaging_on >= ? AND c.ready_labs_on >= ?"
    not_ready_where = ("WHERE c.ready_facts IS NULL OR c.ready_facts != ? OR c.ready_imaging_on IS NULL OR "
                       "c.ready_imaging_on < ? OR c.ready_labs_on IS NULL OR c.ready_labs_on < ?")
    for label, ready, where in (("ready", True, ready_where), ("not ready", False, not_ready_where)):
        query = CaseQuery(ready=ready, limit=50)
        sql = CASE_LIST.format(where=where)
        assert [r.id for r in ws.cases.query(query)] == [r[0] for r in raw.execute(sql, limits).fetchall()], label
        out.append(figure(f"{prefix}case list: readiness filter ({label}), first page", best_of(lambda q=query: ws.cases.query(q), 7),
                          "ms", best_of(lambda s=sql: raw.execute(s, limits).fetchall(), 7)))
        ids_where = CASE_LIST.format(where=where).replace(" LIMIT 50", "")
        out.append(figure(f"{prefix}case ids, readiness filter ({label}), whole list",
                          best_of(lambda r=ready: ws.cases.ids(CaseQuery(ready=r)), 3),
                          "ms", best_of(lambda s=ids_where: raw.execute(s, limits).fetchall(), 3)))
    ids_sql = "SELECT c.id FROM cases c JOIN patients p ON p.id = c.patient_id ORDER BY c.name_key, c.id"
    out.append(figure(f"{prefix}all case ids sorted by name (the GUI's lazy list)", best_of(lambda: ws.cases.ids(CaseQuery()), 3),
                      "ms", best_of(lambda: raw.execute(ids_sql).fetchall(), 3)))
    return out


def timed_populate(path: Path | str, cases: int, seed: int, day: date) -> tuple[float, Workspace]:
    ws = Workspace.open(path, actor="bench")
    t0 = time.perf_counter()
    for _ in populate(ws.db, cases, seed, today=day):
        pass
    return time.perf_counter() - t0, ws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="loads of each kind; the best counts (shared machines)")
    parser.add_argument("--postgres", metavar="URL", help="also measure the load and reads on this PostgreSQL server")
    parser.add_argument("--only-postgres", action="store_true", help="skip the SQLite figures (with --postgres)")
    args = parser.parse_args()
    day = date.today()
    figures = []
    if args.only_postgres and not args.postgres:
        parser.error("--only-postgres needs --postgres URL")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only_postgres:
            figures.extend(postgres_figures(args.postgres, args.cases, args.seed, day))
            emit(figures)
            return
        load, ws = timed_populate(Path(tmp) / "bench.sqlite", args.cases, args.seed, day)
        peak = peak_rss_mb()  # before anything else runs in this process
        for i in range(1, args.repeat):
            again, other = timed_populate(Path(tmp) / f"again{i}.sqlite", args.cases, args.seed, day)
            other.close()
            load = min(load, again)
        baseline = min(raw_load(Path(tmp) / f"raw{i}.sqlite", args.cases, args.seed, day) for i in range(args.repeat))
        generation = min(generate_only(args.cases, args.seed, day) for _ in range(args.repeat))
        figures.append(figure(f"bulk load of {args.cases} demo cases (populate, best of {args.repeat})", load, "s", baseline))
        figures.append(figure("  of which making the data (facts, engine evaluations, follow-up plans)", generation, "s"))
        figures.append(figure("  of which writing it (load minus making)", load - generation, "s", baseline))
        figures.append(figure("peak memory during the first load", peak, "MB"))
        raw = sqlite3.connect(Path(tmp) / "bench.sqlite")
        figures.extend(reads(ws, raw, day))
        raw.close()
        ws.close()
    if args.postgres:
        figures.extend(postgres_figures(args.postgres, args.cases, args.seed, day))
    emit(figures)


def postgres_figures(server: str, cases: int, seed: int, day: date) -> list[dict[str, Any]]:
    """Load the demo into a new database on `server` (dropped afterwards) and measure the reads there."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tb_bench_{uuid.uuid4().hex[:12]}"
    raw_name = f"{name}_raw"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{raw_name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        baseline = raw_load_postgres(make_url(server).set(database=raw_name).render_as_string(hide_password=False),
                                     cases, seed, day)
        load, ws = timed_populate(url, cases, seed, day)
        raw = RawPostgres(url)
        try:
            raw.execute("ANALYZE")
            return [figure(f"postgres: bulk load of {cases} demo cases (populate; baseline raw psycopg executemany)",
                           load, "s", baseline),
                    *reads(ws, raw, day, prefix="postgres: ")]
        finally:
            raw.close()
            ws.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{raw_name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
