"""Patients: identity (MRN, name in any script, sex, birth date)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from tumorboard.store.models import Patient
from tumorboard.store.types import text_key

from .base import audit, check_version, coerce, get_row, refuse, snapshot, stamp_new, touch
from .convert import patient_out
from .schemas import PatientIn, PatientOut

if TYPE_CHECKING:
    from .workspace import Workspace


def age_on(birth: date, day: date) -> int:
    """Completed years on `day` (a birthday on 29 February counts from 1 March in other years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def search_key(name: str, mrn: str) -> str:
    return f"{text_key(name)} {text_key(mrn)}"


def apply_patient(row: Patient, data: PatientIn) -> None:
    row.mrn, row.name, row.sex, row.birth_date = data.mrn, data.name, data.sex.value, data.birth_date
    row.name_key = text_key(data.name)
    row.search_key = search_key(data.name, data.mrn)


class Patients:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def get(self, patient_id: int) -> PatientOut:
        with self.ws.read() as s:
            return patient_out(get_row(s, Patient, patient_id, "patient"))

    def by_mrn(self, mrn: str) -> PatientOut | None:
        with self.ws.read() as s:
            row = s.exec(select(Patient).where(Patient.mrn == mrn.strip())).first()
            return patient_out(row) if row else None

    def update(self, patient_id: int, data: PatientIn | dict[str, Any], expected_version: int) -> PatientOut:
        data = coerce(PatientIn, data, "patient")
        with self.ws.write() as s:
            row = get_row(s, Patient, patient_id, "patient", lock=True)
            check_version(row, expected_version, "patient")
            self._save(s, row, data)
            return patient_out(row)

    # used inside other services' transactions
    def _create(self, s: Session, data: PatientIn) -> Patient:
        self._check_mrn_free(s, data.mrn, None)
        row = Patient(mrn=data.mrn, name=data.name)
        apply_patient(row, data)
        stamp_new(row, self.ws)
        s.add(row)
        s.flush()
        audit(s, self.ws, "patient", row.id, "create", None, snapshot(row))
        return row

    def _save(self, s: Session, row: Patient, data: PatientIn) -> bool:
        """Apply the patient's fields; True if anything changed."""
        self._check_mrn_free(s, data.mrn, row.id)
        before = snapshot(row)
        apply_patient(row, data)
        if snapshot(row) == before:
            return False
        touch(row, self.ws)
        s.flush()
        audit(s, self.ws, "patient", row.id, "update", before, snapshot(row))
        return True

    def _check_mrn_free(self, s: Session, mrn: str, own_id: int | None) -> None:
        other = s.exec(select(Patient.id).where(Patient.mrn == mrn)).first()
        if other is not None and other != own_id:
            raise refuse("patient.mrn", mrn, f"an MRN not already used (patient #{other} has it)", "patient")
