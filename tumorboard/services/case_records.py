"""A case's dated records, imaging studies and laboratory results: added, corrected, removed.

The functions take an open write session; in cases.py, `Cases` (add_imaging ... remove_lab, each
answering with the record) and `CaseRecords` (ws.records: the case window's Imaging and Laboratory
sections, answering with the whole case) call them, each call one transaction.

Once the board has discussed a case, a correction or removal needs a reason (kept in the audit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from tumorboard.i18n import N_, msg
from tumorboard.store.models import Case, Decision, ImagingStudy, LabResult

from . import readiness_stored
from .base import audit, coerce, get_row, refuse, snapshot, touch
from .convert import imaging_out, lab_out
from .database import Database
from .schemas import LAB_UNITS, CaseStatus, ImagingIn, ImagingOut, LabIn, LabOut

_Out = TypeVar("_Out", ImagingOut, LabOut)


def _with_reason(after: dict[str, Any] | None, reason: str) -> dict[str, Any] | None:
    """The audit record's `after`, with the reason given for a correction."""
    if not reason:
        return after
    return {**(after or {}), "reason": reason}


def _removed(before: dict[str, Any], reason: str) -> dict[str, Any] | None:
    """The audit record's `after` for a removal: every column gone (so the trail keeps what it was), the reason."""
    if not reason:
        return None
    return {k: None for k in before} | {"reason": reason}


def discussed(s: Session, case_id: int) -> bool:
    """Whether a correction of this case's records must give a reason (the board has discussed it)."""
    case = get_row(s, Case, case_id, "case")
    if case.status in (CaseStatus.discussed.value, CaseStatus.follow_up.value):
        return True
    return s.execute(select(col(Decision.id)).where(col(Decision.case_id) == case_id).limit(1)).first() is not None


def _reason_if_discussed(s: Session, case_id: int, reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason and discussed(s, case_id):
        raise refuse("reason", reason, N_("a reason for the correction: the board has already discussed this "
                                          "case"), what)
    if len(reason) > 500:
        raise refuse("reason", reason[:40] + "…", N_("at most 500 characters"), what)
    return reason


def _record_changed(s: Session, db: Database, case_id: int) -> None:
    """A corrected record changes the case (its version, so an open editor knows) and its readiness."""
    case = get_row(s, Case, case_id, "case", lock=True)
    touch(case, db)
    readiness_stored.refresh(s, [case_id], db.today(), db.rules)


def _not_in_future(db: Database, field: str, day: date, what: str) -> None:
    """A result cannot be dated after today (a typo would count as fresh for the readiness check)."""
    if day > db.today():
        raise refuse(field, day.isoformat(), msg("today ({today}) or earlier", today=db.today().isoformat()), what)


def add_imaging(s: Session, db: Database, case_id: int, data: ImagingIn | dict[str, Any]) -> ImagingOut:
    data = coerce(ImagingIn, data, "imaging study")
    _not_in_future(db, "study_date", data.study_date, "imaging study")
    get_row(s, Case, case_id, "case")
    row = ImagingStudy(case_id=case_id, study_date=data.study_date, modality=data.modality.value,
                       findings=data.findings, created_at=db.now(), created_by=db.actor)
    s.add(row)
    s.flush()
    audit(s, db, "imaging_study", row.id, "create", None, snapshot(row))
    readiness_stored.refresh(s, [case_id], db.today(), db.rules)
    return imaging_out(row)


def add_lab(s: Session, db: Database, case_id: int, data: LabIn | dict[str, Any]) -> LabOut:
    data = coerce(LabIn, data, "lab result")
    _not_in_future(db, "taken_on", data.taken_on, "lab result")
    get_row(s, Case, case_id, "case")
    unit = data.unit if data.unit is not None else LAB_UNITS[data.test.value]
    row = LabResult(case_id=case_id, taken_on=data.taken_on, test=data.test.value, value=data.value,
                    unit=unit, created_at=db.now(), created_by=db.actor)
    s.add(row)
    s.flush()
    audit(s, db, "lab_result", row.id, "create", None, snapshot(row))
    readiness_stored.refresh(s, [case_id], db.today(), db.rules)
    return lab_out(row)


def update_imaging(s: Session, db: Database, study_id: int, data: ImagingIn | dict[str, Any],
                   reason: str = "") -> ImagingOut:
    """Correct an imaging study; once the board has discussed the case a reason is required."""
    data = coerce(ImagingIn, data, "imaging study")
    _not_in_future(db, "study_date", data.study_date, "imaging study")
    row = get_row(s, ImagingStudy, study_id, "imaging study", lock=True)
    reason = _reason_if_discussed(s, row.case_id, reason, "imaging study")
    before = snapshot(row)
    row.study_date, row.modality, row.findings = data.study_date, data.modality.value, data.findings
    if snapshot(row) == before:
        return imaging_out(row)
    s.flush()
    audit(s, db, "imaging_study", row.id, "update", before, _with_reason(snapshot(row), reason))
    _record_changed(s, db, row.case_id)
    return imaging_out(row)


def update_lab(s: Session, db: Database, lab_id: int, data: LabIn | dict[str, Any], reason: str = "") -> LabOut:
    """Correct a lab result (a mis-picked test, a typo); once discussed a reason is required."""
    data = coerce(LabIn, data, "lab result")
    _not_in_future(db, "taken_on", data.taken_on, "lab result")
    row = get_row(s, LabResult, lab_id, "lab result", lock=True)
    reason = _reason_if_discussed(s, row.case_id, reason, "lab result")
    before = snapshot(row)
    row.taken_on, row.test, row.value = data.taken_on, data.test.value, data.value
    row.unit = data.unit if data.unit is not None else LAB_UNITS[data.test.value]
    if snapshot(row) == before:
        return lab_out(row)
    s.flush()
    audit(s, db, "lab_result", row.id, "update", before, _with_reason(snapshot(row), reason))
    _record_changed(s, db, row.case_id)
    return lab_out(row)


def remove_imaging(s: Session, db: Database, study_id: int, reason: str = "") -> ImagingOut:
    """Remove a study entered by mistake (audited with what it was; undo adds it again)."""
    return _remove(s, db, ImagingStudy, "imaging_study", "imaging study", study_id, reason, imaging_out)


def remove_lab(s: Session, db: Database, lab_id: int, reason: str = "") -> LabOut:
    """Remove a lab result entered by mistake (audited with what it was; undo adds it again)."""
    return _remove(s, db, LabResult, "lab_result", "lab result", lab_id, reason, lab_out)


def _remove(s: Session, db: Database, table: Any, entity: str, what: str, key: int, reason: str,
            out: Callable[[Any], _Out]) -> _Out:
    """One imaging study or lab result removed, audited with what it was (and the reason once discussed)."""
    row = get_row(s, table, key, what, lock=True)
    reason = _reason_if_discussed(s, row.case_id, reason, what)
    removed = out(row)
    audit(s, db, entity, row.id, "delete", snapshot(row), _removed(snapshot(row), reason))
    s.delete(row)
    s.flush()
    _record_changed(s, db, removed.case_id)
    return removed

