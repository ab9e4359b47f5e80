"""The tamper-evident audit trail: a SHA-256 hash chain over audit_events.

Each event's `hash` is SHA-256 over the previous event's hash and the event's canonical
content (every column as stored, plus the digests of the rows it covers). A covered row
(a decision) is recorded in audit_covers with the digest of its stored content when the
event was written, so a decision edited outside the program no longer matches its latest
covering event. The single row of audit_chain holds the newest event's id and hash (so a
deleted last event is noticed too) and is the lock that keeps the chain linear: it is read
FOR UPDATE on PostgreSQL; SQLite writers hold the database's write lock (BEGIN IMMEDIATE).

Content is hashed as the database returns it (SELECT *), so the program's writes, the
migration that started the chain and `verify` all see the same values. Columns whose value
is NULL are left out: a column added later (NULL in old rows) keeps old digests valid; a
migration that rewrites covered rows must append a `seal` event covering them again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text, update

from tumorboard.i18n import N_

from .models import AuditChain, AuditCover, AuditEvent
from .types import utcnow

GENESIS = "0" * 64
CHAIN_ROW = 1
#: entities whose rows an event covers, and their tables
COVERED = {"decision": "decisions"}
#: chain columns, not content
_NOT_CONTENT = frozenset({"hash", "prev_hash"})

_events = AuditEvent.__table__  # type: ignore[attr-defined]
_covers = AuditCover.__table__  # type: ignore[attr-defined]
_chain = AuditChain.__table__  # type: ignore[attr-defined]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def canonical(row: Mapping[Any, Any], skip: Iterable[str] = ()) -> str:
    """A row as stored, as one JSON text: keys sorted, NULL columns left out."""
    skipped = set(skip)
    content = {k: _plain(v) for k, v in row.items() if v is not None and k not in skipped}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def row_digest(row: Mapping[Any, Any]) -> str:
    return hashlib.sha256(canonical(row).encode("utf-8")).hexdigest()


def event_hash(prev: str, event: Mapping[Any, Any], covers: Sequence[tuple[str, int, str]]) -> str:
    body = canonical(event, _NOT_CONTENT)
    cover_text = json.dumps(sorted([list(c) for c in covers]), separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{body}\n{cover_text}".encode()).hexdigest()


def _raw_rows(conn: Connection, table: str, ids: Sequence[int] | None = None, since_id: int | None = None
              ) -> Iterator[Mapping[Any, Any]]:
    """Rows exactly as the database returns them (no column types applied)."""
    if ids is not None:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            stmt = text(f"SELECT * FROM {table} WHERE id IN :ids ORDER BY id").bindparams(  # noqa: S608 - fixed names
                bindparam("ids", expanding=True))
            yield from conn.execute(stmt, {"ids": chunk}).mappings()
        return
    where = "" if since_id is None else " WHERE id >= :since"
    stmt = text(f"SELECT * FROM {table}{where} ORDER BY id")  # noqa: S608 - fixed names
    yield from conn.execute(stmt.execution_options(yield_per=2000), {"since": since_id}).mappings()


def _head(conn: Connection) -> Mapping[Any, Any]:
    """The chain-head row, locked until the transaction ends (PostgreSQL; SQLite holds the write lock)."""
    head = conn.execute(select(_chain).where(_chain.c.id == CHAIN_ROW).with_for_update()).mappings().first()
    if head is None:  # a database whose chain row was deleted: refuse to write an unchained event
        from tumorboard.errors import StorageError

        raise StorageError(N_("The audit trail's chain record is missing: run `tumorboard audit verify`."))
    return head


def append(
    conn: Connection,
    *,
    actor: str,
    entity: str,
    entity_id: int | None,
    action: str,
    before: Any = None,
    after: Any = None,
    at: datetime | None = None,
    cover_entity: str | None = None,
    cover_ids: Sequence[int] | None = None,
    cover_since: int | None = None,
) -> int:
    """Append one event to the chain inside the caller's write transaction; return its id.

    An event about a covered entity (a decision) covers that row; `cover_ids` / `cover_since`
    cover many rows of that entity at once (demo data, the migration that starts the chain)."""
    head = lock_head(conn)
    key = conn.execute(
        insert(_events).values(at=at or utcnow(), actor=actor, entity=entity, entity_id=entity_id, action=action,
                               before=before, after=after)
    ).inserted_primary_key
    event_id = int(key[0]) if key else 0
    link(conn, head, event_id, cover_entity=cover_entity, cover_ids=cover_ids, cover_since=cover_since)
    return event_id


def lock_head(conn: Connection) -> Mapping[Any, Any]:
    """Take the chain's lock (before the event row is inserted: ids and the chain keep one order)."""
    return _head(conn)


def link(
    conn: Connection,
    head: Mapping[Any, Any],
    event_id: int,
    *,
    cover_entity: str | None = None,
    cover_ids: Sequence[int] | None = None,
    cover_since: int | None = None,
) -> None:
    """Chain the event `event_id` (inserted after `lock_head`, in this transaction) to `head`: the
    digests of the rows it covers, its hash, and the chain's new head."""
    stored = conn.execute(text("SELECT * FROM audit_events WHERE id = :id"), {"id": event_id}).mappings().one()
    entity, entity_id = stored["entity"], stored["entity_id"]
    covers: list[tuple[str, int, str]] = []
    cover_entity = cover_entity or (entity if entity in COVERED else None)
    table = COVERED.get(cover_entity or "")
    if cover_entity is not None and table is not None:
        if cover_ids is None and cover_since is None and entity_id is not None:
            cover_ids = [int(entity_id)]
        rows = _raw_rows(conn, table, ids=cover_ids) if cover_ids is not None else (
            _raw_rows(conn, table, since_id=cover_since) if cover_since is not None else iter(()))
        covers = [(cover_entity, int(r["id"]), row_digest(r)) for r in rows]
        for start in range(0, len(covers), 5000):
            conn.execute(insert(_covers), [{"event_id": event_id, "entity": e, "entity_id": i, "digest": d}
                                          for e, i, d in covers[start:start + 5000]])
    digest = event_hash(head["head_hash"], stored, covers)
    conn.execute(update(_events).where(_events.c.id == event_id).values(prev_hash=head["head_hash"], hash=digest))
    conn.execute(update(_chain).where(_chain.c.id == CHAIN_ROW).values(head_id=event_id, head_hash=digest))


def start_chain(conn: Connection, actor: str = "migration") -> None:
    """Chain the events already in the database (the migration that adds the chain) and cover
    every decision with one event: from here on the chain holds; before, it could not."""
    first = conn.execute(text("SELECT MIN(id), MAX(id), COUNT(*) FROM audit_events")).one()
    conn.execute(insert(_chain).values(id=CHAIN_ROW, head_id=None, head_hash=GENESIS, chained_from=first[0],
                                       sealed_up_to=first[1], started_at=utcnow()))
    prev = GENESIS
    last_id = None
    links: list[dict[str, Any]] = []
    chain_link = update(_events).where(_events.c.id == bindparam("eid")).values(
        prev_hash=bindparam("p"), hash=bindparam("h"))
    for event in list(_raw_rows(conn, "audit_events")):
        digest = event_hash(prev, event, [])
        links.append({"eid": event["id"], "p": prev, "h": digest})
        prev, last_id = digest, event["id"]
        if len(links) >= 5000:
            conn.execute(chain_link, links)
            links = []
    if links:
        conn.execute(chain_link, links)
    conn.execute(update(_chain).where(_chain.c.id == CHAIN_ROW).values(head_id=last_id, head_hash=prev))
    has_decisions = conn.execute(text("SELECT 1 FROM decisions LIMIT 1")).first() is not None
    if last_id is not None or has_decisions:
        counts = {"events_chained": int(first[2])}
        append(conn, actor=actor, entity="audit", entity_id=None, action="audit chain started",
               after={**counts, "note": "events up to here were chained when the database was migrated"},
               cover_entity="decision", cover_since=0)


# --- checking ------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """The first place where the trail no longer matches."""

    event_id: int | None
    at: str | None
    entity: str | None
    entity_id: int | None
    what: str

    def __str__(self) -> str:
        if self.event_id is None:
            return self.what
        about = f"{self.entity} {self.entity_id}" if self.entity_id is not None else f"{self.entity}"
        return f"audit event {self.event_id} ({self.at} UTC, {about}): {self.what}"


@dataclass(frozen=True)
class ChainCheck:
    events: int
    covered_rows: int
    chained_from: int | None
    sealed_up_to: int | None
    started_at: str | None
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(conn: Connection) -> ChainCheck:
    """Recompute the chain and every covered row's digest; stop at the first mismatch."""
    head = conn.execute(select(_chain).where(_chain.c.id == CHAIN_ROW)).mappings().first()
    if head is None:
        return ChainCheck(0, 0, None, None, None, Problem(None, None, None, None,
                                                          "the chain record (table audit_chain) is missing or was deleted"))
    info = (head["chained_from"], head["sealed_up_to"], _plain(head["started_at"]))
    covers: dict[int, list[tuple[str, int, str]]] = {}
    for c in conn.execute(select(_covers.c.event_id, _covers.c.entity, _covers.c.entity_id, _covers.c.digest)
                          .order_by(_covers.c.event_id)):
        covers.setdefault(int(c.event_id), []).append((str(c.entity), int(c.entity_id), str(c.digest)))
    latest: dict[tuple[str, int], tuple[str, Mapping[Any, Any]]] = {}
    prev, count, last = GENESIS, 0, None

    def where(e: Mapping[Any, Any], what: str) -> ChainCheck:
        return ChainCheck(count, 0, *info, Problem(int(e["id"]), str(_plain(e["at"])), e["entity"], e["entity_id"], what))

    for e in _raw_rows(conn, "audit_events"):
        mine = covers.pop(int(e["id"]), [])
        if e["prev_hash"] != prev:
            what = ("the event before it was deleted or altered (its link to the previous event does not match)"
                    if e["prev_hash"] is not None else "it is not part of the chain (written outside the program)")
            return where(e, what)
        expected = event_hash(prev, e, mine)
        if e["hash"] != expected:
            return where(e, "its content was altered after it was written (actor, time, entity or the values "
                            "before/after no longer match its hash)")
        brief = {k: e[k] for k in ("id", "at", "entity", "entity_id")}
        for entity, row_id, digest in mine:
            latest[(entity, row_id)] = (digest, brief)
        prev, last = str(e["hash"]), e
        count += 1
    if covers:
        orphan = min(covers)
        return ChainCheck(count, 0, *info, Problem(None, None, None, None,
                                                   f"audit event {orphan} was deleted (rows it covered are still recorded)"))
    if head["head_id"] != (last["id"] if last is not None else None) or head["head_hash"] != prev:
        gone = head["head_id"]
        return ChainCheck(count, 0, *info, Problem(
            gone, None, None, None,
            f"the newest audit event (id {gone}) was deleted or altered: the chain ends at event "
            f"{last['id'] if last is not None else 'none'}"))
    checked = 0
    for entity, table in COVERED.items():
        for r in _raw_rows(conn, table):
            key = (entity, int(r["id"]))
            cover = latest.pop(key, None)
            if cover is None:
                return ChainCheck(count, checked, *info, Problem(
                    None, None, entity, int(r["id"]),
                    f"{entity} {r['id']} has no audit event covering it (written outside the program)"))
            if row_digest(r) != cover[0]:
                e = cover[1]
                return ChainCheck(count, checked, *info, Problem(
                    int(e["id"]), str(_plain(e["at"])), e["entity"], e["entity_id"],
                    f"{entity} {r['id']} was changed outside the program: it no longer matches what this event "
                    "recorded"))
            checked += 1
    if latest:
        (entity, row_id), (_digest, e) = min(latest.items())
        return ChainCheck(count, checked, *info, Problem(
            int(e["id"]), str(_plain(e["at"])), e["entity"], e["entity_id"],
            f"{entity} {row_id}, recorded by this event, was deleted outside the program"))
    return ChainCheck(count, checked, *info, None)
