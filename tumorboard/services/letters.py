"""The letter to the referrer and the GP (`tumorboard report letter`, the case and review screens'
"Letter to referrer" button); sending it records "referrer informed" with the date."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tumorboard.i18n import msg
from tumorboard.reports.data import Letterhead
from tumorboard.reports.letter import LANGUAGES, LetterData, render_letter
from tumorboard.store.models import Case

from .base import get_row, refuse
from .cases import Cases
from .database import Database
from .decisions import Decisions
from .meetings import Meetings
from .permissions import requires
from .reports import case_number, patient_ref
from .schemas import DecisionOut, FollowUpStatus
from .settings import load as load_settings

__all__ = ["LANGUAGES", "Letters"]


class Letters:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.cases, self.meetings, self.decisions = Cases(db), Meetings(db), Decisions(db)

    @requires("print")
    def letterhead(self, rule_set: str) -> Letterhead:
        settings = load_settings(self.db)
        logo = Path(settings.logo_path) if settings.logo_path else None
        return Letterhead(hospital_name=settings.hospital_name, department="Liver tumor board",
                          logo_path=logo if logo and logo.is_file() else None, generated_at=self.db.now(),
                          rule_set=rule_set,
                          confidentiality="Confidential: for the referring doctor, the GP and the treating team.")

    @requires("print")
    def data(self, decision_id: int, language: str = "en") -> LetterData:
        if language not in LANGUAGES:
            raise refuse("language", language, msg("one of {languages}", languages=", ".join(LANGUAGES)), "letter")
        db = self.db
        d = self.decisions.get(decision_id)
        detail = self.cases.get(d.case_id)
        referrer, gp = self._addressees(d)
        question, meeting_date, meeting_title = detail.title, None, ""
        attendance: list[tuple[str, int]] = []
        if d.meeting_id is not None:
            m = self.meetings.get(d.meeting_id)
            meeting_date, meeting_title = m.meeting_date, m.title
            item = next((i for i in m.agenda if i.id == d.agenda_item_id), None)
            if item is not None and item.question:
                question = item.question
            attendance = sorted(Counter(a.role for a in m.attendance if a.present).items())
        follow_ups = sorted((f.due, str(f.test)) for f in detail.followups
                            if f.status == FollowUpStatus.open and f.decision_id in (d.id, None))
        return LetterData(
            letterhead=self.letterhead(d.rule_set_version and f"{d.rule_set_name} {d.rule_set_version}" or ""),
            language=language, patient=patient_ref(detail), referrer=referrer, gp=gp,
            case_number=case_number(detail.id), question=question, meeting_date=meeting_date, meeting_title=meeting_title,
            modalities=[str(x) for x in d.modalities], intent=str(d.intent), timing=str(d.timing) if d.timing else None,
            deviation_reason=d.deviation_reason, rationale=d.rationale, treatment_date=d.treatment_date,
            today=db.today(), follow_ups=follow_ups, attendance=attendance,
            responsible=d.informer or d.recorded_by)

    @requires("print")
    def addressees(self, decision_id: int) -> tuple[str, str]:
        """(to, copy to) of the decision's letter; refused, naming the field to fill in, when the case has
        neither a referring clinician nor a GP (a letter without an addressee is never printed)."""
        return self._addressees(self.decisions.get(decision_id))

    def _addressees(self, d: DecisionOut) -> tuple[str, str]:
        """To the case's referring clinician (else the referrer named in the decision), copy to the GP;
        to the GP when no referrer is known."""
        with self.db.read() as s:
            case = get_row(s, Case, d.case_id, "case")
            referrer, gp = (case.referrer or "").strip() or d.referrer.strip(), (case.gp or "").strip()
        if not referrer and not gp:
            raise refuse("referrer", "", msg("the letter needs an addressee: enter the case's referring "
                                             "clinician or GP (case window, or `tumorboard cases update "
                                             "{case_id} --referrer TEXT --gp TEXT`)", case_id=d.case_id),
                         "letter to the referrer")
        if not referrer:
            return gp, ""
        return referrer, "" if gp == referrer else gp

    @requires("print")
    def pdf(self, decision_id: int, language: str = "en") -> bytes:
        return render_letter(self.data(decision_id, language))

    @requires("decision.communicate")
    def mark_sent(self, decision_id: int, expected_version: int | None = None) -> DecisionOut:
        """The letter went out: the referrer is informed as of now (versioned and audited, as the worklist's
        "Referring doctor informed" button)."""
        d = self.decisions.get(decision_id)
        return self.decisions.mark_communicated(decision_id, patient=d.patient_informed, referrer=True,
                                                   expected_version=expected_version)


