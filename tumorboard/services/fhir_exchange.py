"""FHIR R4 / mCODE exchange: `ws.fhir.export_case(id)`, `export_meeting(id)`, `import_bundle(data)`.

The mapping lives in tumorboard.interop.fhir (codes in tumorboard.interop.codes). Import is one
transaction: patients are matched by MRN (a known patient whose details differ gets a new version,
audited, as through the editor), each PrimaryCancerCondition becomes a case with the facts that map;
decisions come with the meeting they were taken at (found by date and title, else created as a
finalised meeting) and their follow-ups. What does not map is listed, never silently dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlmodel import Session, col

from tumorboard.engine.facts import CaseFacts
from tumorboard.errors import FieldProblem, InvalidInput
from tumorboard.i18n import N_
from tumorboard.interop import fhir
from tumorboard.store.models import AgendaItem, Case, Decision, FollowUp, LabResult, Meeting, Patient

from . import readiness_stored
from .base import audit, get_row, saved_id, snapshot, stamp_new
from .cases import Cases
from .convert import facts_to_columns
from .database import Database
from .meetings import Meetings
from .patients import create_patient, save_patient
from .permissions import requires
from .schemas import LAB_UNITS, CaseStatus, LabTest, PatientIn


@dataclass
class FhirImportResult:
    case_ids: list[int] = field(default_factory=list)
    patients_created: int = 0
    patients_matched: int = 0
    patients_updated: int = 0
    decisions: int = 0
    followups: int = 0
    #: what could not be mapped, one line each ("Observation/x (718-7 Hemoglobin)", "fact ecog: 7 ...")
    unmapped: list[str] = field(default_factory=list)


class FhirExchange:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.cases, self.meetings = Cases(db), Meetings(db)

    # --- export ---------------------------------------------------------------------

    @requires("print")
    def export_cases(self, case_ids: list[int]) -> dict[str, Any]:
        cases = [self.cases.get(i).model_dump(mode="json") for i in case_ids]
        meeting_ids = {d["meeting_id"] for c in cases for d in c["decisions"] if d.get("meeting_id")}
        meetings = {m.id: m.model_dump(mode="json") for m in self.meetings.list() if m.id in meeting_ids}
        return fhir.bundle(cases, meetings, self.db.now())

    @requires("print")
    def export_case(self, case_id: int) -> bytes:
        return _json(self.export_cases([case_id]))

    @requires("print")
    def export_meeting(self, meeting_id: int) -> bytes:
        meeting = self.meetings.get(meeting_id)
        return _json(self.export_cases(list(dict.fromkeys(i.case_id for i in meeting.agenda))))

    # --- import ---------------------------------------------------------------------

    @requires("case.edit")
    def import_bytes(self, data: bytes, source: str = "file") -> FhirImportResult:
        try:
            parsed = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput([FieldProblem(source, str(exc)[:80], N_("a FHIR Bundle in JSON (UTF-8)"))], "FHIR file") from None
        return self.import_bundle(parsed, source)

    @requires("case.edit")
    def import_bundle(self, data: Any, source: str = "bundle") -> FhirImportResult:
        try:
            read = fhir.read_bundle(data)
        except fhir.BundleError as exc:
            raise InvalidInput([FieldProblem(source, "(the file)", str(exc))], "FHIR file") from None
        result = FhirImportResult(unmapped=list(read.unmapped))
        if not read.cases:
            raise InvalidInput([FieldProblem(source, "(the file)", N_("a Bundle with at least one primary "
                                                                      "cancer Condition (mCODE "
                                                                      "PrimaryCancerCondition): nothing to "
                                                                      "import"))], "FHIR file")
        ws = self.db
        with ws.write() as s:
            patients: dict[str, int] = {}
            for case in read.cases:
                pid = patients.get(case.patient_key)
                if pid is None:
                    pid = patients[case.patient_key] = self._patient(s, read.patients.get(case.patient_key), result)
                facts = self._facts(case.facts, result)
                row = Case(patient_id=pid, name_key=get_row(s, Patient, pid, "patient").name_key,
                           title=case.title[:200], status=CaseStatus.draft.value,
                           referrer=case.referrer or None, gp=case.gp or None, **facts_to_columns(facts))
                stamp_new(row, ws)
                s.add(row)
                s.flush()
                audit(s, ws, "case", row.id, "import", None, snapshot(row))
                cid = saved_id(row)
                for lab in case.labs:
                    self._lab(s, cid, lab, result)
                decisions: dict[str, int] = {}
                for d in case.decisions:
                    decisions[d.key] = self._decision(s, row, d, case.title, result)
                for key, f in case.followups:
                    fu = FollowUp(case_id=cid, decision_id=decisions.get(key or ""), due=date.fromisoformat(f["due"]),
                                  test=f["test"], rule="import", status=f["status"])
                    stamp_new(fu, ws)
                    s.add(fu)
                    s.flush()
                    audit(s, ws, "followup", fu.id, "import", None, snapshot(fu))
                    result.followups += 1
                if case.decisions:
                    row.status = (CaseStatus.follow_up if any(f["status"] == "open" for _, f in case.followups)
                                  else CaseStatus.discussed).value
                readiness_stored.refresh(s, [cid], ws.today(), ws.rules)
                result.case_ids.append(cid)
            audit(s, ws, "fhir_import", None, "import", None,
                  {"source": source, "cases": result.case_ids, "unmapped": len(result.unmapped)})
        return result

    def _patient(self, s: Session, p: dict[str, Any] | None, result: FhirImportResult) -> int:
        if not p or not p.get("mrn"):
            raise InvalidInput([FieldProblem("Patient.identifier", None, N_("the patient's MRN (an identifier, "
                                                                            "preferably of type MR)"))], "FHIR file")
        try:
            data = PatientIn(mrn=p["mrn"], name=p.get("name") or p["mrn"], sex=p.get("sex") or "unknown",
                             birth_date=p.get("birth_date"))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc, "FHIR Patient") from None
        existing = s.execute(select(Patient).where(col(Patient.mrn) == data.mrn)).scalars().first()
        if existing is None:
            result.patients_created += 1
            return saved_id(create_patient(s, self.db, data))
        result.patients_matched += 1
        if save_patient(s, self.db, existing, data):
            result.patients_updated += 1
        return saved_id(existing)

    def _facts(self, facts: dict[str, Any], result: FhirImportResult) -> CaseFacts:
        """The facts that validate; each one refused is listed as not mapped."""
        facts = dict(facts)
        for _ in range(len(facts) + 1):
            try:
                return CaseFacts.model_validate(facts)
            except ValidationError as exc:
                for err in exc.errors(include_url=False):
                    key = str(err["loc"][0]) if err.get("loc") else ""
                    if key == "primary_site" or key not in facts:
                        facts["primary_site"] = "unknown"
                    else:
                        result.unmapped.append(f"case fact {key}: {facts.pop(key)!r} ({err.get('msg')})")
        raise InvalidInput([FieldProblem("case facts", facts, N_("facts the board can read"))], "FHIR file")

    def _lab(self, s: Session, case_id: int, lab: dict[str, Any], result: FhirImportResult) -> None:
        taken = date.fromisoformat(lab["taken_on"])
        if taken > self.db.today() or lab["value"] < 0:
            result.unmapped.append(f"lab {lab['test']} {lab['value']} on {taken.isoformat()}: a date up to today "
                                   "and a value of 0 or more")
            return
        test = LabTest(lab["test"])
        row = LabResult(case_id=case_id, taken_on=taken, test=test.value, value=lab["value"],
                        unit=LAB_UNITS[test.value], created_at=self.db.now(), created_by=self.db.actor)
        s.add(row)
        s.flush()
        audit(s, self.db, "lab_result", row.id, "import", None, snapshot(row))

    def _decision(self, s: Session, case: Case, d: fhir.ImportedDecision, question: str, result: FhirImportResult) -> int:
        ws = self.db
        day = d.meeting_date or (d.recorded_at.date() if d.recorded_at else ws.today())
        meeting = s.execute(select(Meeting).where(col(Meeting.meeting_date) == day, col(Meeting.title) == d.meeting_title)
                            ).scalars().first()
        if meeting is None:
            meeting = Meeting(meeting_date=day, title=d.meeting_title[:200], place=d.meeting_place[:200],
                              status="finalised", finalised_at=datetime.combine(day, time(18, 0)).astimezone(),
                              finalised_by=ws.actor)
            stamp_new(meeting, ws)
            s.add(meeting)
            s.flush()
            audit(s, ws, "meeting", meeting.id, "import", None, snapshot(meeting))
        mid = saved_id(meeting)
        position = (s.execute(select(func.max(col(AgendaItem.position))).where(col(AgendaItem.meeting_id) == mid)).scalar() or 0) + 1
        item = AgendaItem(meeting_id=mid, case_id=saved_id(case), position=position, question=question, outcome="discussed")
        stamp_new(item, ws)
        s.add(item)
        s.flush()
        row = Decision(case_id=saved_id(case), agenda_item_id=item.id, meeting_id=mid, modalities=d.modalities or [],
                       intent=d.intent, timing=d.timing, rationale=d.rationale, deviation=d.deviation,
                       deviation_reason=d.deviation_reason, treatment_date=d.treatment_date,
                       rule_set_name="(imported)", recorded_by=ws.actor, recorded_at=d.recorded_at or ws.now())
        stamp_new(row, ws)
        s.add(row)
        s.flush()
        audit(s, ws, "decision", row.id, "import", None, snapshot(row))
        result.decisions += 1
        return saved_id(row)


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

