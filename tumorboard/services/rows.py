"""Joined read models shared by several services (agenda items, follow-up rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import ColumnElement, Row, Select, select
from sqlmodel import Session

from tumorboard.store.models import AgendaItem, Case, Decision, FollowUp, Meeting, Patient

from .schemas import AgendaItemOut, FollowUpRow

FOLLOWUP_COLUMNS = (
    FollowUp.id,
    FollowUp.case_id,
    FollowUp.decision_id,
    Patient.mrn,
    Patient.name.label("patient_name"),
    Case.primary_site,
    FollowUp.due,
    FollowUp.test,
    FollowUp.rule,
    FollowUp.status,
    FollowUp.result,
    FollowUp.note,
    FollowUp.completed_at,
    FollowUp.completed_by,
    FollowUp.version,
)


FOLLOWUP_LIST = TypeAdapter(list[FollowUpRow])
AGENDA_LIST = TypeAdapter(list[AgendaItemOut])


def followup_statement(*where: ColumnElement[bool], limit: int | None = None) -> Select[Any]:
    return (
        select(*FOLLOWUP_COLUMNS)
        .join(Case, Case.id == FollowUp.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .where(*where)
        .order_by(FollowUp.due, FollowUp.id)
        .limit(limit)
    )


def as_dicts(rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
    """Plain dicts: pydantic validates them several times faster than RowMapping objects."""
    if not rows:
        return []
    keys = rows[0]._fields
    return [dict(zip(keys, r, strict=True)) for r in rows]


def to_followup_rows(rows: Sequence[Row[Any]]) -> list[FollowUpRow]:
    return FOLLOWUP_LIST.validate_python(as_dicts(rows))


def followup_rows(s: Session, *where: ColumnElement[bool], limit: int | None = None) -> list[FollowUpRow]:
    return to_followup_rows(s.execute(followup_statement(*where, limit=limit)).all())


def agenda_rows(s: Session, *where: ColumnElement[bool]) -> list[AgendaItemOut]:
    decision_id = (
        select(Decision.id).where(Decision.agenda_item_id == AgendaItem.id).order_by(Decision.id).limit(1)
    ).scalar_subquery()
    later = AgendaItem.__table__.alias("later")  # type: ignore[attr-defined]
    carried_to = select(later.c.meeting_id).where(later.c.carried_from_id == AgendaItem.id).limit(1).scalar_subquery()
    stmt = (
        select(
            AgendaItem.id,
            AgendaItem.meeting_id,
            Meeting.meeting_date,
            AgendaItem.case_id,
            AgendaItem.position,
            AgendaItem.question,
            AgendaItem.outcome,
            AgendaItem.deferred_reason,
            AgendaItem.carried_from_id,
            carried_to.label("carried_to_meeting_id"),
            AgendaItem.time_spent_seconds,
            Patient.mrn,
            Patient.name.label("patient_name"),
            Case.primary_site,
            Case.status.label("case_status"),
            decision_id.label("decision_id"),
            AgendaItem.version,
        )
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .where(*where)
        .order_by(Meeting.meeting_date, AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
    )
    return AGENDA_LIST.validate_python(as_dicts(s.execute(stmt).all()))

