"""Writing one audit event, chained (tumorboard/store/audit.py): what the services' audit() and the
board's own events (a backup taken or restored) share. It builds on the storage layer only, so both
services/base.py and services/database.py can use it without importing each other."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from tumorboard.errors import StorageError
from tumorboard.i18n import N_
from tumorboard.store import audit as audit_chain
from tumorboard.store.models import AuditEvent


def record_event(session: Session, *, at: Any, actor: str, entity: str, entity_id: int | None, action: str,
                 before: Any = None, after: Any = None) -> AuditEvent:
    """Write one audit event in the session's transaction and chain it (tumorboard/store/audit.py):
    the chain's lock first, then the row (an ORM object: the live updates collect it), then its hash."""
    session.flush()  # what the event covers (a decision) is hashed as stored
    conn = session.connection()
    head = audit_chain.lock_head(conn)
    event = AuditEvent(at=at, actor=actor, entity=entity, entity_id=entity_id, action=action, before=before, after=after)
    session.add(event)
    session.flush()
    if event.id is None:
        raise StorageError(N_("The audit event has no id yet: it was not written"))
    audit_chain.link(conn, head, event.id)
    return event
