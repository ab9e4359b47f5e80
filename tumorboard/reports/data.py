"""Input models of the printed documents.

The services fill these from a Workspace; the renderers only read them.
Codes (modalities, intents, tests) stay codes here: the renderers print
their plain-language labels from tumorboard.engine.vocabulary.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.i18n import N_, _

DEFAULT_CONFIDENTIALITY = N_(
    "Confidential: contains patient information. For the tumor board and the treating team only."
)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Letterhead(_Model):
    """What every page header and footer shows."""

    hospital_name: str = "Tumor board"
    department: str = ""
    logo_path: Path | None = None
    generated_at: datetime
    rule_set: str = ""  # e.g. "livermets 1.0"; printed in the footer
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    #: the language of the program's own words on every page (en, zh_CN); names and free text stay as typed
    language: str = "en"


class PatientRef(_Model):
    name: str
    mrn: str
    birth_date: date | None = None
    sex: str = ""

    def initials(self) -> str:
        """Initials for privacy prints. A name in CJK script prints its first character
        masked ("张*"): a romanisation beside it would give the name away."""
        cjk = next((c for c in self.name if _is_cjk(c)), None)
        if cjk:
            return cjk + "*"
        firsts = [next((c for c in part if c.isalpha()), "") for part in self.name.replace(",", " ").split()]
        return "".join(c.upper() + "." for c in firsts if c) or "?"

    def identifier(self, privacy: bool = False) -> str:
        return f"{self.initials() if privacy else self.name} · " + _("MRN {mrn}", mrn=self.mrn)

    def subject(self, case_number: str, privacy: bool = False) -> PageSubject:
        """How the running header names this patient: name, MRN and date of birth; in privacy
        mode initials, MRN and case number (initials alone may be shared by two patients)."""
        case = _("case {number}", number=case_number) if case_number else ""
        mrn = _("MRN {mrn}", mrn=self.mrn)
        if privacy:
            text = " · ".join(p for p in (self.initials(), mrn, case) if p)
            return PageSubject(case_number=case_number, header=text, short=text)
        born = (_("born {day}", day=self.birth_date.isoformat()) if self.birth_date
                else _("date of birth not recorded"))
        return PageSubject(case_number=case_number,
                           header=" · ".join(p for p in (self.name, mrn, born, case) if p),
                           short=f"{self.name} ({mrn}" + (f", {case})" if case else ")"))


class PageSubject(_Model):
    """The patient a printed page is about, as its running header and footer name them."""

    case_number: str
    header: str  # the header's line for a page about this patient alone
    short: str  # the form used when a page names several patients


def _is_cjk(char: str) -> bool:
    return bool(char) and unicodedata.name(char, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))


class MeetingInfo(_Model):
    id: int
    title: str = "Liver metastasis tumor board"
    date: date
    start_time: time | None = None
    place: str = ""


class ReadinessItemData(_Model):
    label: str
    ok: bool
    detail: str = ""


class ImagingStudyData(_Model):
    performed_on: date | None = None
    modality: str  # code (ct, mri, ...) or free text
    finding: str = ""


class LabResultData(_Model):
    taken_on: date | None = None
    name: str
    value: str
    unit: str = ""
    reference: str = ""  # the reference interval as printed ("35–50", "≤ 21")
    flag: str = ""  # "H" above the interval, "L" below it, "" within or without one
    source: str = ""  # where the row comes from when it is not a dated result ("case facts")


class FollowUpData(_Model):
    id: int | None = None
    due: date
    test: str  # FollowUpTest code
    status: str = "planned"
    result: str = ""
    rule: str = ""


class DecisionData(_Model):
    decided_on: date
    meeting_title: str = ""
    modalities: list[str]
    intent: str = ""
    timing: str = ""
    rationale: str = ""
    patient_preference: str = ""
    trial_considered: bool = False
    recommended: list[str] = Field(default_factory=list, description="tier-1 modalities at decision time")
    deviation: bool = False
    deviation_reason: str = ""
    informer: str = ""
    responsible_clinician: str = ""  # the named consultant or key worker who carries the decision out
    referrer: str = ""  # the referring clinician or GP to be informed
    inform_patient_by: date | None = None
    inform_referrer_by: date | None = None
    patient_informed: bool = False
    referrer_informed: bool = False
    time_spent_seconds: int | None = None
    rule_set: str = ""
    recorded_by: str = ""
    amended_reason: str = ""
    notes: str = ""
    follow_ups: list[FollowUpData] = Field(default_factory=list)


class CaseSheet(_Model):
    """Everything the handout or the case summary prints about one case."""

    case_id: int
    case_number: str
    title: str = ""
    status: str = ""  # the code
    status_label: str = ""  # as the board says it ("In follow-up"); the code's label when empty
    decided: bool = False  # the board has decided: the readiness checklist no longer applies
    patient: PatientRef
    facts: CaseFacts
    imaging: list[ImagingStudyData] = Field(default_factory=list)
    labs: list[LabResultData] = Field(default_factory=list)
    recommendation: Recommendation | None = None
    evaluation_problem: str = ""  # why there is no recommendation (facts refused)
    readiness: list[ReadinessItemData] = Field(default_factory=list)
    ready: bool = True
    earlier_decisions: list[DecisionData] = Field(default_factory=list)  # a re-listed case's history
    referrer: str = ""  # who referred the case (cases.referrer)
    gp: str = ""  # the patient's GP (cases.gp)
    notes: str = ""  # the case's free-text pathology and notes (cases.notes), printed as written


class DeferralData(_Model):
    """A case put off at a meeting: the open question, who sees to it, where it goes next."""

    meeting_date: date
    reason: str  # the open question
    owner: str = ""
    to_meeting: date | None = None  # None: no later meeting was planned; back to the coordinator's list


class HandoutItem(_Model):
    position: int
    slot: str = ""  # "09:00-09:15"
    question: str = ""
    case: CaseSheet
    carried_from: DeferralData | None = None  # put off at an earlier meeting: its date and open question


class MeetingHandoutData(_Model):
    letterhead: Letterhead
    meeting: MeetingInfo
    items: list[HandoutItem]
    privacy: bool = False
    duplex: bool = True  # each case starts on the front of a sheet (a blank back page where needed)


class AttendeeData(_Model):
    name: str
    role: str
    present: bool = True


class QuorumData(_Model):
    met: bool
    present_roles: list[str] = Field(default_factory=list)
    missing_roles: list[str] = Field(default_factory=list)


class MinutesItem(_Model):
    position: int
    case_number: str
    patient: PatientRef
    primary_site: str = ""
    diagnosis: str = ""  # primary, liver disease, extrahepatic disease, ECOG in one line
    question: str = ""
    outcome: str = "pending"  # discussed | deferred | pending
    deferral_reason: str = ""
    deferral: DeferralData | None = None
    carried_from: DeferralData | None = None  # this item was put off at an earlier meeting
    decision: DecisionData | None = None


class MinutesData(_Model):
    letterhead: Letterhead
    meeting: MeetingInfo
    attendance: list[AttendeeData]
    quorum: QuorumData
    items: list[MinutesItem]
    finalised: bool = False
    held: bool = True  # False before the meeting's day: attendance is who is expected


class MeetingHistoryData(_Model):
    meeting_date: date
    outcome: str  # Decided | Deferred | On the agenda
    detail: str = ""


class CaseSummaryData(_Model):
    letterhead: Letterhead
    case: CaseSheet
    history: list[MeetingHistoryData] = Field(default_factory=list)  # every meeting the case was on, oldest first
    decisions: list[DecisionData] = Field(default_factory=list)  # oldest first
    follow_ups: list[FollowUpData] = Field(default_factory=list)


class ContactData(_Model):
    """Whom a patient calls: from the Settings (a patient document is refused while they are blank)."""

    name: str
    phone: str
    hours: str = ""


class ScheduleData(_Model):
    letterhead: Letterhead
    patient: PatientRef
    case_number: str
    treatment: str = ""  # the board's decision in plain words (in `language`)
    follow_ups: list[FollowUpData]  # the open ones; those before `today` print under "to rebook"
    contact: ContactData | None = None
    today: date | None = None  # the printing day; None: the letterhead's
    language: str = "en"  # en | zh: the language chosen for the patient
