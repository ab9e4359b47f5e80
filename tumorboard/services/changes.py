"""Live updates: what other workstations (and this program's other windows) changed, as it happens.

Every change the services make writes an audit event; each committed audit event is one
`Change` (entity, id, version, the case it belongs to, who and when: never patient data).

- PostgreSQL: the writing transaction sends one `pg_notify` per change on CHANNEL; PostgreSQL
  delivers it only if that transaction commits. A feed LISTENs on its own connection.
- SQLite: a feed keeps its own read-only connection and polls `PRAGMA data_version`, which
  moves when another connection (any process) commits; it then reads the audit events that
  are new since its last look (sqlite.org/pragma.html#pragma_data_version).

    with ws.changes() as feed:
        for change in feed.poll(timeout=1.0): ...

`Change.origin` is the token of the Database that wrote it, so a window can tell its own saves
from a colleague's (the token is random per open database, not a person)."""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from tumorboard.store.models import AuditEvent

#: the PostgreSQL notification channel the services write on
CHANNEL = "tumorboard_changes"
#: the session.info key under which a write transaction collects its audit events
_PENDING = "tumorboard_changes"
#: more changes than this in one transaction become one coarse change per entity
#: (a NOTIFY payload is limited to 8000 bytes, and a bulk load is "the list changed")
MAX_DETAILED = 200
#: how often a SQLite feed looks at data_version while it waits (seconds)
SQLITE_POLL_SECONDS = 0.05


def new_origin() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Change:
    """One committed change. entity: the audit trail's name (case, patient, meeting, agenda_item,
    decision, followup, imaging_study, lab_result, setting ...); entity_id None: many rows at once."""

    entity: str
    entity_id: int | None
    version: int | None
    case_id: int | None
    actor: str
    at: datetime | None
    origin: str

    def payload(self) -> str:
        return json.dumps(
            {"e": self.entity, "i": self.entity_id, "v": self.version, "c": self.case_id, "a": self.actor,
             "t": self.at.isoformat() if self.at else None, "o": self.origin},
            separators=(",", ":"), ensure_ascii=False,
        )

    @classmethod
    def from_payload(cls, payload: str) -> Change:
        d = json.loads(payload)
        at = datetime.fromisoformat(d["t"]) if d.get("t") else None
        return cls(d["e"], d.get("i"), d.get("v"), d.get("c"), d.get("a") or "", at, d.get("o") or "")


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def change_of(event_row: AuditEvent | Any, origin: str) -> Change:
    """The Change an audit event stands for (its version and case from the after/before snapshot)."""
    snap = event_row.after if isinstance(event_row.after, dict) else (
        event_row.before if isinstance(event_row.before, dict) else {})
    other = event_row.before if isinstance(event_row.before, dict) else {}
    version = _int_or_none(snap.get("version"))
    case_id = event_row.entity_id if event_row.entity == "case" else _int_or_none(
        snap.get("case_id", other.get("case_id")))
    at = event_row.at
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return Change(event_row.entity, event_row.entity_id, version, case_id, event_row.actor, at, origin)


def coarse(changes: list[Change]) -> list[Change]:
    """Many changes become one per entity ("the list changed"), keeping the latest actor and time."""
    if len(changes) <= MAX_DETAILED:
        return changes
    last: dict[str, Change] = {}
    for c in changes:
        last[c.entity] = c
    return [Change(c.entity, None, None, None, c.actor, c.at, c.origin) for c in last.values()]


# --- collecting a transaction's changes (both backends) ------------------------------------


def begin_collecting(session: Session) -> None:
    session.info[_PENDING] = []


def collected(session: Session) -> list[AuditEvent]:
    return list(session.info.get(_PENDING, ()))


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: object) -> None:
    pending = session.info.get(_PENDING)
    if pending is not None:
        pending.extend(o for o in session.new if isinstance(o, AuditEvent))


def notify_postgres(session: Session, events: Iterable[AuditEvent], origin: str) -> None:
    """Queue one notification per change; PostgreSQL sends them only when the transaction commits."""
    for change in coarse([change_of(e, origin) for e in events]):
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": change.payload()})


def notify_bulk(conn: Any, entity: str, actor: str, at: datetime, origin: str) -> None:
    """A bulk write outside the ORM (demo data, imports): one coarse change ("the lists changed")."""
    if conn.dialect.name == "postgresql":
        change = Change(entity, None, None, None, actor, at, origin)
        conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": change.payload()})


# --- feeds -----------------------------------------------------------------------------------


class Watched(Protocol):
    """What a feed needs of the open database (services/database.py's Database)."""

    url: URL
    is_sqlite: bool
    origin: str
    written_audit_ids: OwnWrites

    @property
    def sqlite_path(self) -> Path | None: ...


class ChangeFeed:
    """Changes committed after the feed was opened, on this board (any workstation, any process)."""

    def poll(self, timeout: float = 0.0) -> list[Change]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> ChangeFeed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PostgresFeed(ChangeFeed):
    def __init__(self, db: Watched) -> None:
        import psycopg

        url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(url, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def poll(self, timeout: float = 0.0) -> list[Change]:
        out: list[Change] = []
        # the first notification waits up to `timeout`; whatever else has arrived comes with it
        for n in self._conn.notifies(timeout=max(timeout, 0.001), stop_after=1):
            out.append(Change.from_payload(n.payload))
        while out:
            more = [Change.from_payload(n.payload) for n in self._conn.notifies(timeout=0.001)]
            if not more:
                break
            out.extend(more)
        return out

    def close(self) -> None:
        self._conn.close()


class SqliteFeed(ChangeFeed):
    def __init__(self, db: Watched) -> None:
        path = db.sqlite_path
        if path is None:
            raise ValueError("an in-memory SQLite database has no other writers to watch")
        self._own = db.written_audit_ids
        self._origin = db.origin
        # read-only: the feed must never write, nor hold a write lock
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                                     isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._version = self._data_version()
        row = self._conn.execute("SELECT max(id) FROM audit_events").fetchone()
        self._last_id = int(row[0] or 0)

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def poll(self, timeout: float = 0.0) -> list[Change]:
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                found = self._tail()
                if found:
                    return found
            if time.monotonic() >= deadline:
                return []
            time.sleep(min(SQLITE_POLL_SECONDS, max(0.0, deadline - time.monotonic())))

    def _tail(self) -> list[Change]:
        rows = self._conn.execute(
            "SELECT id, at, actor, entity, entity_id, \"before\", \"after\" FROM audit_events "
            "WHERE id > ? ORDER BY id", (self._last_id,)).fetchall()
        out = []
        for rid, at, actor, entity, entity_id, before, after in rows:
            self._last_id = max(self._last_id, rid)
            row = _Row(at, actor, entity, entity_id, _json(before), _json(after))
            origin = self._origin if rid in self._own else ""
            out.append(change_of(row, origin))
        return coarse(out)

    def close(self) -> None:
        self._conn.close()


@dataclass
class _Row:
    at: Any
    actor: str
    entity: str
    entity_id: int | None
    before: Any
    after: Any


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


class OwnWrites:
    """The ids of the audit events this Database wrote (the newest few thousand): a SQLite feed
    marks those as this program's own."""

    def __init__(self, keep: int = 5000) -> None:
        self._ids: deque[int] = deque(maxlen=keep)
        self._set: set[int] = set()

    def add(self, ids: Iterable[int | None]) -> None:
        for i in ids:
            if i is None:
                continue
            if len(self._ids) == self._ids.maxlen:
                self._set.discard(self._ids[0])
            self._ids.append(i)
            self._set.add(i)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def open_feed(db: Watched) -> ChangeFeed:
    return SqliteFeed(db) if db.is_sqlite else PostgresFeed(db)
