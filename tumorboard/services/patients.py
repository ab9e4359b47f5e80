"""Patients: identity (MRN, name in any script, sex, birth date)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from tumorboard.i18n import msg
from tumorboard.store.models import Case, Patient
from tumorboard.store.types import text_key

from .base import audit, check_version, coerce, get_row, refuse, saved_id, snapshot, stamp_new, touch
from .convert import patient_out
from .database import Database
from .permissions import requires
from .schemas import PatientIn, PatientOut


def age_on(birth: date, day: date) -> int:
    """Completed years on `day` (a birthday on 29 February counts from 1 March in other years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def search_key(name: str, mrn: str) -> str:
    return f"{text_key(name)} {text_key(mrn)}"


def apply_patient(row: Patient, data: PatientIn) -> None:
    row.mrn, row.name, row.sex, row.birth_date = data.mrn, data.name, data.sex.value, data.birth_date
    row.name_key = text_key(data.name)
    row.search_key = search_key(data.name, data.mrn)


def sync_case_name_keys(s: Session, patient_id: int, name_key: str) -> None:
    """Every case of the patient carries the patient's name_key (Case.name_key: the case list's name
    order and its filters are one index). Derived data: no new case version, nothing to audit."""
    s.execute(update(Case).where(col(Case.patient_id) == patient_id).values(name_key=name_key))


def check_mrn_free(s: Session, mrn: str, own_id: int | None) -> None:
    other = s.exec(select(Patient.id).where(Patient.mrn == mrn)).first()
    if other is not None and other != own_id:
        raise refuse("patient.mrn", mrn, msg("an MRN not already used (patient #{other} has it)", other=other), "patient")


def create_patient(s: Session, db: Database, data: PatientIn) -> Patient:
    """A new patient inside the caller's transaction (cases.create makes one with the case); audited."""
    check_mrn_free(s, data.mrn, None)
    row = Patient(mrn=data.mrn, name=data.name)
    apply_patient(row, data)
    stamp_new(row, db)
    s.add(row)
    s.flush()
    audit(s, db, "patient", row.id, "create", None, snapshot(row))
    return row


def save_patient(s: Session, db: Database, row: Patient, data: PatientIn) -> bool:
    """Apply the patient's fields inside the caller's transaction; True (and audited) if anything changed."""
    check_mrn_free(s, data.mrn, row.id)
    before, key_before = snapshot(row), row.name_key
    apply_patient(row, data)
    if snapshot(row) == before:
        return False
    touch(row, db)
    s.flush()
    if row.name_key != key_before:
        sync_case_name_keys(s, saved_id(row), row.name_key)
    audit(s, db, "patient", row.id, "update", before, snapshot(row))
    return True


class Patients:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("read")
    def get(self, patient_id: int) -> PatientOut:
        with self.db.read() as s:
            return patient_out(get_row(s, Patient, patient_id, "patient"))

    @requires("read")
    def by_mrn(self, mrn: str) -> PatientOut | None:
        with self.db.read() as s:
            row = s.exec(select(Patient).where(Patient.mrn == mrn.strip())).first()
            return patient_out(row) if row else None

    @requires("patient.edit")
    def update(self, patient_id: int, data: PatientIn | dict[str, Any], expected_version: int) -> PatientOut:
        data = coerce(PatientIn, data, "patient")
        with self.db.write() as s:
            row = get_row(s, Patient, patient_id, "patient", lock=True)
            check_version(row, expected_version, "patient")
            save_patient(s, self.db, row, data)
            return patient_out(row)
