"""Boundary types of the service layer (pydantic). Tables never leave tumorboard.services.

Codes are the StrEnums below or those of tumorboard.engine.vocabulary; labels
for people come from tumorboard.engine.vocabulary.label().
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.engine.vocabulary import FollowUpTest, Imaging, Intent, Modality, OptionTiming, PrimarySite
from tumorboard.i18n import N_

# the case's codes and the status words live in a module without pydantic (the GUI's first window shows them)
from .case_codes import CASE_STATUS_LABELS as CASE_STATUS_LABELS
from .case_codes import DECIDED_STATUSES as DECIDED_STATUSES
from .case_codes import CaseSort as CaseSort
from .case_codes import CaseStatus as CaseStatus
from .case_codes import Sex as Sex


class MeetingStatus(StrEnum):
    planned = "planned"
    finalised = "finalised"


class Outcome(StrEnum):
    discussed = "discussed"
    deferred = "deferred"


class FollowUpStatus(StrEnum):
    open = "open"
    done = "done"
    cancelled = "cancelled"


class FollowUpResult(StrEnum):
    no_evidence_of_disease = "no_evidence_of_disease"
    stable = "stable"
    response = "response"
    new_lesion = "new_lesion"
    progression = "progression"
    not_done = "not_done"


class LabTest(StrEnum):
    bilirubin = "bilirubin"
    albumin = "albumin"
    inr = "inr"
    alt = "alt"
    ast = "ast"
    afp = "afp"
    cea = "cea"
    creatinine = "creatinine"
    platelets = "platelets"


#: the unit each lab test is entered in (the facts use the same units)
LAB_UNITS: dict[str, str] = {
    "bilirubin": "µmol/L",
    "albumin": "g/L",
    "inr": "",
    "alt": "U/L",
    "ast": "U/L",
    "afp": "ng/mL",
    "cea": "ng/mL",
    "creatinine": "µmol/L",
    "platelets": "10^9/L",
}

Text200 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Required200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True, defer_build=True)


# --- patients and cases -------------------------------------------------------


class PatientIn(_In):
    mrn: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    name: Required200
    sex: Sex = Sex.unknown
    birth_date: date | None = None


class PatientOut(_Out):
    id: int
    mrn: str
    name: str
    sex: Sex
    birth_date: date | None
    version: int


class CaseCreate(_In):
    """A new case: a new patient (patient) or an existing one (patient_id)."""

    patient: PatientIn | None = None
    patient_id: int | None = None
    #: the case facts (a plain mapping of CaseFacts fields is accepted: the CLI and tests use them)
    facts: CaseFacts | dict[str, Any]
    title: Text200 = ""
    notes: str = ""
    #: who referred the case (name, service, address) and the patient's GP: the letter's addressees
    referrer: Text200 = ""
    gp: Text200 = ""

    @model_validator(mode="after")
    def _one_patient(self) -> CaseCreate:
        if (self.patient is None) == (self.patient_id is None):
            raise ValueError(N_("give either a new patient or the id of an existing one"))
        return self


class CaseUpdate(_In):
    """Fields left None stay as they are. `facts` replaces all facts (absent = unknown)."""

    facts: CaseFacts | dict[str, Any] | None = None
    title: Text200 | None = None
    notes: str | None = None
    patient: PatientIn | None = None
    #: "" clears the referring clinician / the GP
    referrer: Text200 | None = None
    gp: Text200 | None = None


class ImagingIn(_In):
    study_date: date
    modality: Imaging
    findings: str = ""


class ImagingOut(_Out):
    id: int
    case_id: int
    study_date: date
    modality: Imaging
    findings: str


class LabIn(_In):
    taken_on: date
    test: LabTest
    value: Annotated[float, Field(ge=0)]
    unit: str | None = Field(None, description="default: the test's usual unit (LAB_UNITS)")


class LabOut(_Out):
    id: int
    case_id: int
    taken_on: date
    test: LabTest
    value: float
    unit: str


class FollowUpRow(_Out):
    id: int
    case_id: int
    decision_id: int | None
    mrn: str
    patient_name: str
    primary_site: str
    due: date
    test: FollowUpTest
    rule: str
    status: FollowUpStatus
    result: FollowUpResult | None
    note: str
    completed_at: datetime | None
    completed_by: str | None
    version: int
    uid: str = ""  # the calendar event's UID
    #: the day the test was done (completed_at: when the result was recorded)
    done_on: date | None = None
    responsible: str = ""
    #: due counted from the meeting: no treatment date was known when it was planned
    provisional: bool = False


FollowUpSort = Literal["due", "name", "mrn", "site", "test", "status", "responsible", "done_on"]


class FollowUpQuery(_In):
    """The worklist's filters; sorting and paging happen in SQL."""

    search: str = Field("", description="MRN or name, substring, any script, case-insensitive")
    site: PrimarySite | None = None
    test: FollowUpTest | None = None
    status: FollowUpStatus | None = Field(FollowUpStatus.open, description="None: every status")
    due_from: date | None = None
    due_to: date | None = None
    overdue_only: bool = Field(False, description="open and due before as_of (today)")
    due_soon: bool = Field(False, description="due within Settings' due window of as_of (due_to at most "
                                              "as_of + due_window_days; overdue ones included)")
    responsible: str = Field("", description="substring of the responsible person's name, case-insensitive")
    as_of: date | None = None
    sort: FollowUpSort = "due"
    descending: bool = False
    offset: Annotated[int, Field(ge=0)] = 0
    limit: Annotated[int, Field(ge=1, le=100_000)] | None = None


class DecisionIn(_In):
    agenda_item_id: int
    modalities: Annotated[list[Modality], Field(min_length=1)]
    intent: Intent
    timing: OptionTiming | None = None
    rationale: str = ""
    patient_preference: str = ""
    trial_considered: bool = False
    deviation_reason: str | None = None
    informer: Text200 = ""
    responsible_clinician: Text200 = ""
    referrer: Text200 = ""
    #: None: the meeting day plus the settings' inform_within_working_days
    inform_patient_by: date | None = None
    inform_referrer_by: date | None = None
    notes: str = ""
    time_spent_seconds: Annotated[int, Field(ge=0, le=TIME_SPENT_MAX_SECONDS)] | None = None
    treatment_date: date | None = None
    #: the meeting's day is still ahead and the user confirmed recording its decision already (else refused)
    before_meeting_confirmed: bool = False


class DecisionOut(_Out):
    id: int
    case_id: int
    agenda_item_id: int | None
    meeting_id: int | None
    modalities: list[Modality]
    intent: Intent
    timing: OptionTiming | None
    rationale: str
    patient_preference: str
    trial_considered: bool
    deviation: bool
    deviation_reason: str | None
    informer: str
    responsible_clinician: str = ""
    referrer: str = ""
    inform_patient_by: date | None
    inform_referrer_by: date | None
    patient_informed: bool
    patient_informed_at: datetime | None
    referrer_informed: bool
    referrer_informed_at: datetime | None
    notes: str
    time_spent_seconds: int | None
    treatment_date: date | None
    treatment_done_on: date | None = None
    recommendation: dict[str, Any] | None
    rule_set_name: str
    rule_set_version: str
    recorded_by: str
    #: the role recorded_by had when recording ("" for decisions recorded before roles existed)
    recorded_role: str = ""
    recorded_at: datetime
    amended_reason: str | None
    amended_by: str | None
    amended_role: str | None = None
    amended_at: datetime | None
    version: int


class AuditEntry(_Out):
    """One change in the audit trail: who, when, what (the changed fields before and after)."""

    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class TreatmentDated(_Out):
    """What entering the day a treatment was given changed."""

    decision: DecisionOut
    shift_days: int
    moved: int
    first_due: date | None


class PendingCommunication(DecisionOut):
    """A decision the patient or the referring doctor has not yet been told of, with whom it concerns."""

    mrn: str
    patient_name: str


class AgendaItemOut(_Out):
    id: int
    meeting_id: int
    meeting_date: date
    case_id: int
    position: int
    question: str
    outcome: Outcome | None
    deferred_reason: str | None
    carried_from_id: int | None
    carried_to_meeting_id: int | None = None
    deferral_owner: str = ""
    slot_minutes: int | None = None  # None: the board's setting
    time_spent_seconds: int | None
    mrn: str
    patient_name: str
    primary_site: str
    case_status: CaseStatus
    decision_id: int | None
    version: int


class CaseDetail(_Out):
    id: int
    patient: PatientOut
    facts: CaseFacts
    title: str
    notes: str
    status: CaseStatus
    version: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    imaging: list[ImagingOut]
    labs: list[LabOut]
    decisions: list[DecisionOut]
    followups: list[FollowUpRow]
    agenda: list[AgendaItemOut]
    referrer: str | None = None  # who referred the case (the letter addresses them)
    gp: str | None = None  # the patient's GP (the letter's copy)


class CaseRow(_Out):
    id: int
    patient_id: int
    mrn: str
    name: str
    sex: Sex
    birth_date: date | None
    primary_site: PrimarySite
    status: CaseStatus
    title: str
    liver_mets: str | None
    updated_at: datetime
    updated_by: str
    version: int
    #: whole years on the day the list was read (computed in SQL); None without a birth date
    age_years: int | None = None


#: the longest search text: an MRN or a part of a name (a longer one is a paste gone wrong)
SEARCH_MAX_CHARS = 200
#: a board discussion longer than a day is a typing error
TIME_SPENT_MAX_SECONDS = 86_400


class CaseQuery(_In):
    search: str = Field("", max_length=SEARCH_MAX_CHARS,
                        description="MRN or name, substring, any script, case-insensitive")
    site: PrimarySite | None = None
    status: CaseStatus | None = None
    meeting_id: int | None = None
    ready: bool | None = Field(None, description="True: the readiness checklist is complete today; False: it is not")
    sort: CaseSort = "name"
    descending: bool = False
    offset: Annotated[int, Field(ge=0)] = 0
    limit: Annotated[int, Field(ge=1)] | None = None


class ReadinessItem(_Out):
    code: str
    label: str
    ok: bool
    detail: str


class Readiness(_Out):
    ready: bool
    items: list[ReadinessItem]


class TierChange(_Out):
    """reevaluate_all: an open case whose first-choice (tier-1) options changed under the current rules."""

    case_id: int
    mrn: str
    old_tier1: list[str]
    new_tier1: list[str]
    #: the rules behind the options that entered or left tier 1 (and behind their exclusion), catalogue order
    rules: list[str]
    old_rule_set: str | None = None
    new_rule_set: str = ""
    #: set instead when the stored facts cannot be evaluated (they contradict each other): fix them in the editor
    problem: str = ""


class Progress(_Out):
    done: int
    total: int
    message: str = ""
    #: reevaluate_all: cases so far whose first-choice (tier-1) recommendation changed
    changed: int | None = None
    #: reevaluate_all, its last report only: every changed case, for the coordinator to act on
    changes: list[TierChange] = Field(default_factory=list)


# --- meetings -----------------------------------------------------------------


class MeetingIn(_In):
    meeting_date: date
    start_time: time | None = None
    place: Text200 = ""
    title: Text200 = ""


class AttendeeIn(_In):
    name: Required200
    role: Required200
    present: bool = True


class AttendeeOut(_Out):
    id: int
    name: str
    role: str
    present: bool


class MeetingRow(_Out):
    id: int
    meeting_date: date
    start_time: time | None
    place: str
    title: str
    status: MeetingStatus
    finalised: bool
    item_count: int
    version: int
    uid: str = ""  # the calendar event's UID


class MeetingDetail(MeetingRow):
    agenda: list[AgendaItemOut]
    attendance: list[AttendeeOut]
    finalised_at: datetime | None
    finalised_by: str | None


class Quorum(_Out):
    met: bool
    present_roles: list[str]
    missing_roles: list[str]


class MeetingBoard(_Out):
    """A meeting as the coordinator prepares it, read at once (ws.meetings.board)."""

    meeting: MeetingDetail
    quorum: Quorum
    #: case id -> its readiness checklist today, for every item still pending
    readiness: dict[int, Readiness]


class ReviewCase(_Out):
    """One agenda item as the board reviews it (ws.meetings.review_case)."""

    item: AgendaItemOut
    case: CaseDetail
    #: the engine's recommendation as of the meeting day
    recommendation: Recommendation
    #: the checklist as of the meeting day; None once the item is discussed or deferred
    readiness: Readiness | None
    #: the board's setting: the patient and the referrer are told within this many working days
    inform_within_working_days: int = 2


# --- follow-ups ---------------------------------------------------------------


class Worklist(_Out):
    as_of: date
    overdue: list[FollowUpRow]
    due: list[FollowUpRow]
    upcoming: list[FollowUpRow]
    uncommunicated: list[PendingCommunication]


class FollowUpPage(_Out):
    """The follow-up worklist page as shown (followups.page): the rows of one page, how many match in
    all, and the decisions not yet communicated, read together."""

    rows: list[FollowUpRow]
    total: int
    uncommunicated: list[PendingCommunication]


class CaseHistory(_Out):
    """A case and its audit trail, newest first, read together (cases.history)."""

    case: CaseDetail
    changes: list[AuditEntry]


# --- settings -----------------------------------------------------------------


class StandingMember(_In):
    """A member who sits on every board: pre-filled into each new meeting's attendance."""

    name: Required200
    role: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class Settings(_In):
    hospital_name: Text200 = "Tumorboard"
    logo_path: str | None = None
    core_specialties: list[Required200] = Field(
        default_factory=lambda: ["hepatobiliary surgery", "medical oncology", "radiology", "pathology"]
    )
    due_window_days: Annotated[int, Field(ge=1, le=365)] = 30
    upcoming_window_days: Annotated[int, Field(ge=1, le=730)] = 90
    #: None: the engine parameters readiness_imaging_max_weeks / readiness_labs_max_weeks
    imaging_max_weeks: Annotated[int, Field(ge=1, le=104)] | None = None
    labs_max_weeks: Annotated[int, Field(ge=1, le=104)] | None = None
    #: pre-filled into the attendance of every new meeting
    standing_members: list[StandingMember] = Field(default_factory=list)
    #: the hospital's parameter override file (TOML); None: the shipped parameters. Applies to every
    #: recommendation: the live panel, readiness, decisions, re-evaluation and printed documents
    parameters_file: str | None = None
    #: the patient and the referrer are told of a decision within this many working days (Mon-Fri)
    inform_within_working_days: Annotated[int, Field(ge=0, le=30)] = 2
    #: minutes per case on the agenda unless set for the case (handout times, the invitation's end)
    slot_minutes: Annotated[int, Field(ge=1, le=240)] = 10
    #: whom patients call, printed on every patient document (required before printing one)
    contact_name: Text200 = ""
    contact_phone: Text200 = ""
    contact_hours: Text200 = ""
    #: the organiser of calendar invitations to the attendance list (their replies come back here)
    board_email: Text200 = ""
