"""Joined read models shared by several services (agenda items, follow-up rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import class_mapper
from sqlmodel import Session, col

from tumorboard.store.models import AgendaItem, Case, Decision, FollowUp, Meeting, Patient

from .schemas import AgendaItemOut, FollowUpRow

#: the FollowUpRow fields, in order (model columns and one label)
FOLLOWUP_COLUMNS: tuple[Any, ...] = (
    col(FollowUp.id),
    col(FollowUp.case_id),
    col(FollowUp.decision_id),
    col(Patient.mrn),
    col(Patient.name).label("patient_name"),
    col(Case.primary_site),
    col(FollowUp.due),
    col(FollowUp.test),
    col(FollowUp.rule),
    col(FollowUp.status),
    col(FollowUp.result),
    col(FollowUp.note),
    col(FollowUp.completed_at),
    col(FollowUp.completed_by),
    col(FollowUp.version),
    col(FollowUp.done_on),
    col(FollowUp.responsible),
    col(FollowUp.provisional),
    col(FollowUp.uid),
)


FOLLOWUP_LIST = TypeAdapter(list[FollowUpRow])
AGENDA_LIST = TypeAdapter(list[AgendaItemOut])


def followup_statement(*where: ColumnElement[bool], limit: int | None = None) -> Select[Any]:
    return (
        select(*FOLLOWUP_COLUMNS)
        .join(Case, col(Case.id) == col(FollowUp.case_id))
        .join(Patient, col(Patient.id) == col(Case.patient_id))
        .where(*where)
        .order_by(col(FollowUp.due), col(FollowUp.id))
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
        select(col(Decision.id)).where(col(Decision.agenda_item_id) == col(AgendaItem.id)).order_by(col(Decision.id)).limit(1)
    ).scalar_subquery()
    later = class_mapper(AgendaItem).local_table.alias("later")
    carried_to = select(later.c.meeting_id).where(later.c.carried_from_id == col(AgendaItem.id)).limit(1).scalar_subquery()
    stmt = (
        select(
            col(AgendaItem.id),
            col(AgendaItem.meeting_id),
            col(Meeting.meeting_date),
            col(AgendaItem.case_id),
            col(AgendaItem.position),
            col(AgendaItem.question),
            col(AgendaItem.outcome),
            col(AgendaItem.deferred_reason),
            col(AgendaItem.carried_from_id),
            carried_to.label("carried_to_meeting_id"),
            col(AgendaItem.deferral_owner),
            col(AgendaItem.slot_minutes),
            col(AgendaItem.time_spent_seconds),
            col(Patient.mrn),
            col(Patient.name).label("patient_name"),
            col(Case.primary_site),
            col(Case.status).label("case_status"),
            decision_id.label("decision_id"),
            col(AgendaItem.version),
        )
        .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
        .join(Case, col(Case.id) == col(AgendaItem.case_id))
        .join(Patient, col(Patient.id) == col(Case.patient_id))
        .where(*where)
        .order_by(col(Meeting.meeting_date), col(AgendaItem.meeting_id), col(AgendaItem.position), col(AgendaItem.id))
    )
    return AGENDA_LIST.validate_python(as_dicts(s.execute(stmt).all()))

