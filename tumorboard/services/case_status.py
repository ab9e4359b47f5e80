"""A case's status and how it moves: the one place a case changes status.

    draft -> ready -> listed -> discussed -> follow_up -> closed

People move a case with ws.cases.set_status (only along TRANSITIONS); the services
move it themselves when something happens to it: listed on an agenda, taken off
the last one, decided, a follow-up found progression. Every move is audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from tumorboard.i18n import msg
from tumorboard.store.models import AgendaItem, Case, Meeting

from .base import audit, code_word, refuse, snapshot, touch
from .database import Database
from .schemas import CaseStatus, MeetingStatus

#: the moves a person may make with set_status (services make the others themselves)
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.draft: frozenset({CaseStatus.ready, CaseStatus.closed}),
    CaseStatus.ready: frozenset({CaseStatus.draft, CaseStatus.listed, CaseStatus.closed}),
    CaseStatus.listed: frozenset({CaseStatus.ready, CaseStatus.discussed, CaseStatus.closed}),
    CaseStatus.discussed: frozenset({CaseStatus.ready, CaseStatus.follow_up, CaseStatus.closed}),
    CaseStatus.follow_up: frozenset({CaseStatus.ready, CaseStatus.closed}),
    CaseStatus.closed: frozenset({CaseStatus.draft, CaseStatus.ready}),
}


def check_move(old: CaseStatus, new: CaseStatus) -> None:
    """Refuse a move a person may not make (InvalidInput naming the moves allowed from `old`)."""
    if new != old and new not in TRANSITIONS[old]:
        allowed = [code_word(s.value) for s in sorted(TRANSITIONS[old])]
        raise refuse("status", new.value, msg("from {value} a case can move to: {allowed}", value=code_word(old.value),
                                              allowed=allowed), "case status")


def move(s: Session, db: Database, case: Case, status: CaseStatus) -> bool:
    """Move the case to `status` inside the caller's transaction and audit it (a new version);
    True if it moved, False if it already had that status."""
    if case.status == status.value:
        return False
    before = snapshot(case)
    case.status = status.value
    touch(case, db)
    s.flush()
    audit(s, db, "case", case.id, "status", before, snapshot(case))
    return True


def listed_elsewhere(s: Session, case_id: int) -> bool:
    """The case is still on a pending item of a planned meeting."""
    return s.execute(
        select(col(AgendaItem.id)).join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
        .where(col(AgendaItem.case_id) == case_id, col(AgendaItem.outcome).is_(None),
               col(Meeting.status) == MeetingStatus.planned.value)
    ).first() is not None


def unlist(s: Session, db: Database, case: Case) -> bool:
    """A listed case on no pending agenda any more goes back to ready (to be listed again)."""
    if case.status != CaseStatus.listed.value or case.id is None or listed_elsewhere(s, case.id):
        return False
    return move(s, db, case, CaseStatus.ready)
