"""Cases: create, edit, status, imaging and labs, the case list, readiness, evaluation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlmodel import Session, col

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.errors import TumorboardError
from tumorboard.i18n import msg, normalize
from tumorboard.store.models import (
    AgendaItem,
    AuditEvent,
    Case,
    Decision,
    FollowUp,
    ImagingStudy,
    LabResult,
    Patient,
)

from . import case_list, case_records, case_status, readiness, readiness_stored
from .base import audit, check_version, coded, coerce, get_row, refuse, saved_id, snapshot, stamp_new, touch
from .convert import (
    case_facts,
    decision_out,
    facts_to_columns,
    imaging_out,
    lab_out,
    patient_out,
    stored_facts,
)
from .database import Database
from .patients import create_patient, save_patient
from .permissions import requires
from .rows import agenda_rows, followup_rows
from .rules import Rules
from .schemas import (
    AuditEntry,
    CaseCreate,
    CaseDetail,
    CaseHistory,
    CaseQuery,
    CaseRow,
    CaseStatus,
    CaseUpdate,
    ImagingIn,
    ImagingOut,
    LabIn,
    LabOut,
    Progress,
    Readiness,
    Settings,
    TierChange,
)
from .settings import load as load_settings


def as_facts(facts: CaseFacts | dict[str, Any]) -> CaseFacts:
    """The engine's input from the boundary: a CaseFacts, or a mapping checked field by field (InvalidInput
    names the fact: `ecog`)."""
    return facts if isinstance(facts, CaseFacts) else CaseFacts.parse(facts)




class Cases:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- writes ---------------------------------------------------------------

    @requires("case.edit")
    def create(self, data: CaseCreate | dict[str, Any]) -> CaseDetail:
        data = coerce(CaseCreate, data, "case")
        facts = as_facts(data.facts)
        with self.db.write() as s:
            if data.patient is not None:
                patient = create_patient(s, self.db, data.patient)
            else:
                patient = get_row(s, Patient, data.patient_id, "patient")
            self._dates_possible(facts, patient.birth_date)
            case = Case(patient_id=saved_id(patient), name_key=patient.name_key, title=data.title, notes=data.notes,
                        status=CaseStatus.draft.value,
                        referrer=data.referrer or None, gp=data.gp or None, **facts_to_columns(facts))
            stamp_new(case, self.db)
            s.add(case)
            s.flush()
            audit(s, self.db, "case", case.id, "create", None, snapshot(case))
            self._refresh_ready(s, case)
            return case_detail(s, case)

    @requires("case.edit")
    def update(self, case_id: int, data: CaseUpdate | dict[str, Any], expected_version: int) -> CaseDetail:
        data = coerce(CaseUpdate, data, "case")
        facts = as_facts(data.facts) if data.facts is not None else None
        with self.db.write() as s:
            case = get_row(s, Case, case_id, "case", lock=True)
            check_version(case, expected_version, "case")
            before = snapshot(case)
            patient = get_row(s, Patient, case.patient_id, "patient", lock=True)
            patient_changed = data.patient is not None and save_patient(s, self.db, patient, data.patient)
            if facts is not None or data.patient is not None:
                self._dates_possible(facts if facts is not None else case_facts(case), patient.birth_date)
            if facts is not None:
                for name, value in facts_to_columns(facts).items():
                    setattr(case, name, value)
            if data.title is not None:
                case.title = data.title
            if data.notes is not None:
                case.notes = data.notes
            if data.referrer is not None:
                case.referrer = data.referrer or None
            if data.gp is not None:
                case.gp = data.gp or None
            if snapshot(case) == before and not patient_changed:
                return case_detail(s, case)  # nothing changed: no new version, no audit entry
            touch(case, self.db)
            s.flush()
            audit(s, self.db, "case", case.id, "update", before, snapshot(case))
            if facts is not None:
                self._refresh_ready(s, case)
            return case_detail(s, case)

    @requires("case.edit")
    def set_status(self, case_id: int, status: CaseStatus | str, expected_version: int) -> CaseDetail:
        new = coded(CaseStatus, status, "status", "case status")
        with self.db.write() as s:
            case = get_row(s, Case, case_id, "case", lock=True)
            check_version(case, expected_version, "case")
            case_status.check_move(CaseStatus(case.status), new)
            case_status.move(s, self.db, case, new)
            return case_detail(s, case)

    @requires("case.edit")
    def archive(self, case_id: int, expected_version: int) -> CaseDetail:
        return self.set_status(case_id, CaseStatus.closed, expected_version)

    @requires("case.edit")
    def add_imaging(self, case_id: int, data: ImagingIn | dict[str, Any]) -> ImagingOut:
        with self.db.write() as s:
            return case_records.add_imaging(s, self.db, case_id, data)

    @requires("case.edit")
    def add_lab(self, case_id: int, data: LabIn | dict[str, Any]) -> LabOut:
        with self.db.write() as s:
            return case_records.add_lab(s, self.db, case_id, data)

    # --- corrections of dated records (case_records.py; ws.records answers with the whole case) ----------

    @requires("case.edit")
    def update_imaging(self, study_id: int, data: ImagingIn | dict[str, Any], reason: str = "") -> ImagingOut:
        """Correct an imaging study; once the board has discussed the case a reason is required."""
        with self.db.write() as s:
            return case_records.update_imaging(s, self.db, study_id, data, reason)

    @requires("case.edit")
    def remove_imaging(self, study_id: int, reason: str = "") -> ImagingOut:
        """Remove a study entered by mistake (audited with what it was; undo adds it again)."""
        with self.db.write() as s:
            return case_records.remove_imaging(s, self.db, study_id, reason)

    @requires("case.edit")
    def update_lab(self, lab_id: int, data: LabIn | dict[str, Any], reason: str = "") -> LabOut:
        """Correct a lab result (a mis-picked test, a typo); once discussed a reason is required."""
        with self.db.write() as s:
            return case_records.update_lab(s, self.db, lab_id, data, reason)

    @requires("case.edit")
    def remove_lab(self, lab_id: int, reason: str = "") -> LabOut:
        """Remove a lab result entered by mistake (audited with what it was; undo adds it again)."""
        with self.db.write() as s:
            return case_records.remove_lab(s, self.db, lab_id, reason)

    @requires("read")
    def needs_reason(self, case_id: int) -> bool:
        """Whether a correction of this case's records must give a reason (the board has discussed it)."""
        with self.db.read() as s:
            return case_records.discussed(s, case_id)

    def _dates_possible(self, facts: CaseFacts, birth: date | None) -> None:
        """A diagnosis cannot lie in the future nor before birth (age, disease-free interval, Fong score)."""
        today = self.db.today()
        for name in ("primary_diagnosed_on", "liver_mets_detected_on"):
            day = getattr(facts, name)
            if day is not None and day > today:
                raise refuse(name, day.isoformat(), msg("today ({today}) or earlier", today=today.isoformat()), "case")
        dx = facts.primary_diagnosed_on
        if birth is not None and dx is not None and birth > dx:
            raise refuse("birth_date", birth.isoformat(), msg("on or before the primary diagnosis ({dx})", dx=dx.isoformat()), "patient")

    # --- reads ----------------------------------------------------------------

    @requires("read")
    def changes(self, case_id: int, limit: int = 500) -> list[AuditEntry]:
        """The audit trail of a case, newest first: the case itself, its patient, results, studies,
        agenda items, decisions and follow-ups (records removed since are found by the case id they held)."""
        with self.db.read() as s:
            return self._changes(s, get_row(s, Case, case_id, "case"), limit)

    @requires("read")
    def history(self, case_id: int, limit: int = 500) -> CaseHistory:
        """The case and its audit trail (changes) in one read: the case window's History tab."""
        with self.db.read() as s:
            case = get_row(s, Case, case_id, "case")
            return CaseHistory(case=case_detail(s, case), changes=self._changes(s, case, limit))

    @staticmethod
    def _changes(s: Session, case: Case, limit: int) -> list[AuditEntry]:
        case_id = case.id

        def ids(table: Any) -> Any:
            return select(col(table.id)).where(col(table.case_id) == case_id)

        owned = [
            (col(AuditEvent.entity) == "case") & (col(AuditEvent.entity_id) == case_id),
            (col(AuditEvent.entity) == "patient") & (col(AuditEvent.entity_id) == case.patient_id),
        ] + [
            (col(AuditEvent.entity) == entity) & col(AuditEvent.entity_id).in_(ids(table))
            for entity, table in (("lab_result", LabResult), ("imaging_study", ImagingStudy),
                                  ("agenda_item", AgendaItem), ("decision", Decision), ("followup", FollowUp))
        ]
        # removed results and studies: their removal record holds the case id, and names the row
        # (SQLite may give a later row the same id: only the events up to the removal are this case's)
        removed = s.execute(select(col(AuditEvent.entity), col(AuditEvent.entity_id), col(AuditEvent.id)).where(
            col(AuditEvent.entity).in_(("lab_result", "imaging_study")), col(AuditEvent.action) == "delete",
            col(AuditEvent.before)["case_id"].as_integer() == case_id).limit(limit)).all()
        owned += [(col(AuditEvent.entity) == entity) & (col(AuditEvent.entity_id) == row_id)
                  & (col(AuditEvent.id) <= event_id) for entity, row_id, event_id in removed]
        rows = s.execute(select(AuditEvent).where(or_(*owned))
                         .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc()).limit(limit)).scalars()
        return [AuditEntry.model_validate(r, from_attributes=True) for r in rows]


    @requires("read")
    def get(self, case_id: int) -> CaseDetail:
        with self.db.read() as s:
            return case_detail(s, get_row(s, Case, case_id, "case"))

    @requires("read")
    def query(self, q: CaseQuery | dict[str, Any] | None = None) -> list[CaseRow]:
        q = coerce(CaseQuery, q or {}, "case query")
        return case_list.to_rows(*case_list.run(self.db.engine, "rows", q, self._ready_since(q), self.db.today()))

    @requires("read")
    def count(self, q: CaseQuery | dict[str, Any] | None = None) -> int:
        q = coerce(CaseQuery, q or {}, "case query")
        return int(case_list.run(self.db.engine, "count", q, self._ready_since(q))[1][0][0])

    @requires("read")
    def ids(self, q: CaseQuery | dict[str, Any] | None = None) -> list[int]:
        q = coerce(CaseQuery, q or {}, "case query")
        return [r[0] for r in case_list.run(self.db.engine, "ids", q, self._ready_since(q))[1]]

    def _ready_since(self, q: CaseQuery) -> tuple[date, date] | None:
        """(imaging since, labs since) for a readiness filter: today minus the age limits."""
        if q.ready is None:
            return None
        settings = load_settings(self.db)
        imaging_weeks, labs_weeks = self.db.rules.readiness_limits()
        today = self.db.today()
        return (today - timedelta(weeks=settings.imaging_max_weeks or imaging_weeks),
                today - timedelta(weeks=settings.labs_max_weeks or labs_weeks))

    @requires("read")
    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """Rows for these ids in the given order (ids no longer present are left out)."""
        out: dict[int, CaseRow] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            for row in case_list.rows_for_ids(self.db.engine, list(ids[start : start + 500]), self.db.today()):
                out[row.id] = row
        return [out[i] for i in ids if i in out]

    @requires("read")
    def facts(self, case_id: int, as_of: date | None = None) -> CaseFacts:
        """The stored facts as the engine's input (as_of: the given day, else stored, else today)."""
        with self.db.read() as s:
            facts = case_facts(get_row(s, Case, case_id, "case"))
        return facts.model_copy(update={"as_of": as_of or facts.as_of or self.db.today()})

    @requires("read")
    def evaluate(self, case_id: int, as_of: date | None = None, language: str = "en") -> Recommendation:
        """The engine's recommendation, its explanations in `language` (en, zh_CN)."""
        return self.db.rules.evaluate(self.facts(case_id, as_of), language)

    @requires("read")
    def readiness(self, case_id: int, as_of: date | None = None, language: str | None = None) -> Readiness:
        """The readiness checklist, its lines in `language` (None: the session's, see tumorboard.i18n)."""
        with self.db.read() as s:
            return case_readiness(s, self.db, case_id, as_of or self.db.today(), load_settings(self.db, s), language)

    @requires("case.reevaluate")
    def reevaluate_all(self, batch: int = 500) -> Iterator[Progress]:
        """Re-run the engine on every open case (after a rule-set or parameter change).

        The stored tier-1 options of each case are replaced; decisions keep the recommendation snapshot (and
        rule-set version) they were made with. The last Progress lists every case whose tier-1 options changed
        (TierChange: case, MRN, old and new tier 1, the rules involved), and every case whose stored facts can no
        longer be evaluated (they contradict each other), for the coordinator to act on."""
        with self.db.read() as s:
            ids = list(s.execute(select(col(Case.id)).where(col(Case.status) != CaseStatus.closed.value).order_by(col(Case.id))).scalars())
        total, changed = len(ids), 0
        changes: list[TierChange] = []
        yield Progress(done=0, total=total, message="re-evaluating open cases")
        for start in range(0, total, batch):
            chunk = ids[start : start + batch]
            with self.db.write() as s:
                changed_here = 0
                mrns = dict(s.execute(select(col(Case.id), col(Patient.mrn)).join(
                    Patient, col(Patient.id) == col(Case.patient_id)).where(col(Case.id).in_(chunk))).tuples().all())
                for case in s.execute(select(Case).where(col(Case.id).in_(chunk))).scalars():
                    assert case.id is not None
                    try:
                        facts = case_facts(case)
                    except TumorboardError as exc:  # stored before contradicting facts were refused
                        changes.append(TierChange(case_id=case.id, mrn=mrns.get(case.id, ""),
                                                  old_tier1=case.evaluated_tier1 or [], new_tier1=[], rules=[],
                                                  old_rule_set=case.evaluated_rule_set, problem=str(exc)))
                        continue
                    rec = self.db.rules.evaluate(facts.model_copy(update={"as_of": facts.as_of or self.db.today()}))
                    tier1 = [o.modality.value for o in rec.tier1()]
                    if case.evaluated_tier1 is not None and case.evaluated_tier1 != tier1:
                        changed_here += 1
                        changes.append(TierChange(
                            case_id=case.id, mrn=mrns.get(case.id, ""), old_tier1=case.evaluated_tier1,
                            new_tier1=tier1, rules=tier1_change_rules(case.evaluated_tier1, rec),
                            old_rule_set=case.evaluated_rule_set, new_rule_set=rec.rule_set.version))
                    # derived values: no version bump, so nobody's open edit is refused for them
                    s.execute(update(Case).where(col(Case.id) == case.id).values(
                        evaluated_rule_set=rec.rule_set.version, evaluated_tier1=tier1, evaluated_at=self.db.now()))
                readiness_stored.refresh(s, chunk, self.db.today(), self.db.rules)  # FLR need follows the rules
                changed += changed_here
                # each committed batch is traced in its own transaction: a run cancelled half-way still shows
                audit(s, self.db, "case", None, "reevaluate_all", None,
                      {"cases": len(chunk), "first_id": chunk[0], "last_id": chunk[-1], "tier1_changed": changed_here,
                       "done": start + len(chunk), "of": total})
            yield Progress(done=min(start + batch, total), total=total, changed=changed,
                           message=f"{changed} case(s) with a changed first-choice recommendation")
        if total:
            changes.sort(key=lambda c: c.case_id)
            yield Progress(done=total, total=total, changed=changed, changes=changes,
                           message=f"{changed} case(s) with a changed first-choice recommendation")

    # --- inside transactions ---------------------------------------------------

    def _refresh_ready(self, s: Session, case: Case) -> None:
        assert case.id is not None  # flushed
        readiness_stored.refresh(s, [case.id], self.db.today(), self.db.rules)
        s.expire(case, ["ready_facts", "ready_imaging_on", "ready_labs_on"])


class CaseRecords:
    """The case window's record actions (ws.records), undo included: each is one transaction and one
    audit event, checked here, and answers with the case as it now is (records, version, readiness),
    so the window reads nothing afterwards."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _case(self, s: Session, case_id: int) -> CaseDetail:
        return case_detail(s, get_row(s, Case, case_id, "case"))

    @requires("case.edit")
    def add_imaging(self, case_id: int, data: ImagingIn | dict[str, Any]) -> CaseDetail:
        with self.db.write() as s:
            case_records.add_imaging(s, self.db, case_id, data)
            return self._case(s, case_id)

    @requires("case.edit")
    def add_lab(self, case_id: int, data: LabIn | dict[str, Any]) -> CaseDetail:
        with self.db.write() as s:
            case_records.add_lab(s, self.db, case_id, data)
            return self._case(s, case_id)

    @requires("case.edit")
    def correct_imaging(self, study_id: int, data: ImagingIn | dict[str, Any], reason: str = "") -> CaseDetail:
        with self.db.write() as s:
            return self._case(s, case_records.update_imaging(s, self.db, study_id, data, reason).case_id)

    @requires("case.edit")
    def correct_lab(self, lab_id: int, data: LabIn | dict[str, Any], reason: str = "") -> CaseDetail:
        with self.db.write() as s:
            return self._case(s, case_records.update_lab(s, self.db, lab_id, data, reason).case_id)

    @requires("case.edit")
    def remove_imaging(self, study_id: int, reason: str = "") -> CaseDetail:
        with self.db.write() as s:
            return self._case(s, case_records.remove_imaging(s, self.db, study_id, reason).case_id)

    @requires("case.edit")
    def remove_lab(self, lab_id: int, reason: str = "") -> CaseDetail:
        with self.db.write() as s:
            return self._case(s, case_records.remove_lab(s, self.db, lab_id, reason).case_id)


def case_detail(s: Session, case: Case) -> CaseDetail:
    """The case with its patient, records, decisions, follow-ups and agenda items (inside a transaction)."""
    patient = get_row(s, Patient, case.patient_id, "patient")
    cid = case.id
    # context "stored": facts saved before contradicting ones were refused still show (to be corrected)
    return CaseDetail.model_validate(dict(
        id=cid,
        patient=patient_out(patient),
        facts=stored_facts(case),
        title=case.title,
        notes=case.notes,
        status=CaseStatus(case.status),
        version=case.version,
        created_at=case.created_at,
        created_by=case.created_by,
        updated_at=case.updated_at,
        updated_by=case.updated_by,
        imaging=[imaging_out(i) for i in s.execute(
            select(ImagingStudy).where(col(ImagingStudy.case_id) == cid).order_by(col(ImagingStudy.study_date), col(ImagingStudy.id))).scalars()],
        labs=[lab_out(lab) for lab in s.execute(
            select(LabResult).where(col(LabResult.case_id) == cid).order_by(col(LabResult.taken_on), col(LabResult.id))).scalars()],
        decisions=[decision_out(d) for d in s.execute(
            select(Decision).where(col(Decision.case_id) == cid).order_by(col(Decision.recorded_at), col(Decision.id))).scalars()],
        followups=followup_rows(s, col(FollowUp.case_id) == cid),
        agenda=agenda_rows(s, col(AgendaItem.case_id) == cid),
        referrer=case.referrer, gp=case.gp,
    ), context={"stored": True})


def case_readiness(s: Session, db: Database, case_id: int, day: date, settings: Settings,
                   language: str | None = "en") -> Readiness:
    """The readiness checklist of one case as of `day` (inside the caller's transaction)."""
    case = get_row(s, Case, case_id, "case")
    facts = case_facts(case).model_copy(update={"as_of": day})
    imaging = list(s.execute(select(ImagingStudy).where(col(ImagingStudy.case_id) == case_id)).scalars())
    labs = list(s.execute(select(LabResult).where(col(LabResult.case_id) == case_id)).scalars())
    try:
        rec: Recommendation | None = db.rules.evaluate(facts)
    except TumorboardError:
        rec = None
    imaging_weeks, labs_weeks = db.rules.readiness_limits()
    return readiness.check(facts, imaging, labs, rec, day, settings.imaging_max_weeks or imaging_weeks,
                           settings.labs_max_weeks or labs_weeks, normalize(language))


def tier1_change_rules(old_tier1: Sequence[str], rec: Recommendation) -> list[str]:
    """The rules behind what entered or left tier 1: the new options' rules, and for a modality that left,
    its exclusion's rules or the rules of its lower-tier option (a cap names its rule there)."""
    new = {o.modality.value for o in rec.tier1()}
    moved = new.symmetric_difference(old_tier1)
    found: set[str] = set()
    for o in rec.options:
        if o.modality.value in moved:
            found.update(o.rules)
    for e in rec.excluded:
        if e.modality.value in moved:
            found.update(e.rules)
    return [rid for rid in Rules.catalogue_ids if rid in found]
