"""The audit trail for people: a case's history (who changed what, when, before -> after),
the event list of `tumorboard audit list`, and the check of the hash chain
(tumorboard/store/audit.py) behind `tumorboard audit verify` and Settings > Check the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Select, or_, select
from sqlmodel import col

from tumorboard.store import audit as chain
from tumorboard.store.models import AgendaItem, AuditEvent, Case, Decision, FollowUp, ImagingStudy, LabResult

from .database import Database


class Change(BaseModel):
    field: str
    before: Any = None
    after: Any = None


class AuditEntry(BaseModel):
    """One audit event: who did what to which record, when, with the fields it changed."""

    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    action: str
    changes: list[Change]
    #: False for a record made (or an event with only an "after"): its changes have no before
    has_before: bool = True

    @property
    def summary(self) -> str:
        what = f"{self.entity} {self.entity_id}" if self.entity_id is not None else self.entity
        return f"{self.at:%Y-%m-%d %H:%M} UTC  {self.actor}: {self.action} {what}"


class AuditReport(BaseModel):
    """The result of checking the trail; `message` says it in words."""

    ok: bool
    events: int
    covered_rows: int
    chained_from: int | None = None
    sealed_up_to: int | None = None
    problem: str | None = None
    event_id: int | None = None
    at: str | None = None
    entity: str | None = None
    entity_id: int | None = None

    @property
    def message(self) -> str:
        if not self.ok:
            return f"The audit trail does not match: {self.problem}"
        since = ""
        if self.sealed_up_to is not None:
            since = (f" Events {self.chained_from} to {self.sealed_up_to} existed before the chain was started "
                     "(they were chained when the database was migrated); every later event is chained as written.")
        return (f"The audit trail is intact: {self.events} event(s) and {self.covered_rows} decision(s) checked; "
                f"nothing was changed outside the program.{since}")


def _changes(before: Any, after: Any) -> list[Change]:
    b = before if isinstance(before, dict) else ({} if before is None else {"value": before})
    a = after if isinstance(after, dict) else ({} if after is None else {"value": after})
    return [Change(field=k, before=b.get(k), after=a.get(k)) for k in sorted(set(b) | set(a))]


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(id=e.id or 0, at=e.at, actor=e.actor, entity=e.entity, entity_id=e.entity_id, action=e.action,
                      changes=_changes(e.before, e.after), has_before=e.before is not None)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self) -> AuditReport:
        """Recompute the hash chain and every decision's digest; the first mismatch is named."""
        with self.db.engine.connect() as conn:
            if not self.db.is_sqlite:  # one snapshot for events and decisions (others may be writing)
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                result = chain.verify(conn)
        p = result.problem
        return AuditReport(ok=result.ok, events=result.events, covered_rows=result.covered_rows,
                           chained_from=result.chained_from, sealed_up_to=result.sealed_up_to,
                           problem=str(p) if p else None, event_id=p.event_id if p else None, at=p.at if p else None,
                           entity=p.entity if p else None, entity_id=p.entity_id if p else None)

    def history(self, case_id: int) -> list[AuditEntry]:
        """Everything recorded about one case, oldest first: the case, its patient, imaging, labs,
        agenda items, decisions and follow-ups."""
        return self.events(case_id=case_id)

    def events(self, case_id: int | None = None, since: date | None = None, limit: int | None = None) -> list[AuditEntry]:
        stmt: Select[tuple[AuditEvent]] = select(AuditEvent).order_by(col(AuditEvent.id))
        if case_id is not None:
            stmt = stmt.where(_about_case(case_id))
        if since is not None:
            stmt = stmt.where(col(AuditEvent.at) >= datetime.combine(since, time(0), tzinfo=UTC))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return [_entry(e) for e in s.execute(stmt).scalars()]


def _about_case(case_id: int) -> Any:
    e = AuditEvent

    def of(entity: str, table: Any) -> Any:
        ids = select(col(table.id)).where(col(table.case_id) == case_id)
        return (col(e.entity) == entity) & col(e.entity_id).in_(ids)

    patient = select(col(Case.patient_id)).where(col(Case.id) == case_id).scalar_subquery()
    return or_(
        (col(e.entity) == "case") & (col(e.entity_id) == case_id),
        (col(e.entity) == "patient") & (col(e.entity_id) == patient),
        of("decision", Decision), of("agenda_item", AgendaItem), of("followup", FollowUp),
        of("imaging_study", ImagingStudy), of("lab_result", LabResult),
        # an agenda item taken off a meeting no longer exists: its snapshots (add, remove) name the case
        (col(e.entity) == "agenda_item") & or_(
            AuditEvent.before["case_id"].as_integer() == case_id,  # type: ignore[index]
            AuditEvent.after["case_id"].as_integer() == case_id),  # type: ignore[index]
    )
