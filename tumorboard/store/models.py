"""The tables (storage types). Boundary types live in tumorboard/services/schemas.py.

Codes (status, site, modality ...) are stored as their string values. Every
mutable row carries `version` (optimistic locking) and `updated_by`/`updated_at`
so a refused save can say who changed the record and when.
Schema changes go through Alembic (tumorboard/store/migrations), never create_all.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import Day, UTCDateTime, utcnow


def new_uid() -> str:
    """A calendar UID (RFC 7986 recommends a UUID): stored, so an event keeps it for good."""
    return str(uuid4())

class Tracked(SQLModel):
    """Columns of every mutable row."""

    version: int = Field(default=1)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=100)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=100)


class Patient(Tracked, table=True):
    __tablename__ = "patients"

    id: int | None = Field(default=None, primary_key=True)
    mrn: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    sex: str = Field(default="unknown", max_length=10)
    birth_date: date | None = Field(default=None, sa_type=Day)
    #: text_key(name): sort key of the case list
    name_key: str = Field(default="", max_length=200, index=True)
    #: text_key(name + " " + mrn): substring search in any script (its index is scanned, not the table)
    search_key: str = Field(default="", max_length=260, index=True)


class Case(Tracked, table=True):
    """One episode of liver disease: the case facts of the evaluate contract plus workflow."""

    __tablename__ = "cases"
    __table_args__ = (
        # the case list's filters walked in its name order (name_key, then id: a stable page order);
        # the readiness columns in the name index: the readiness filter is read from it (0007)
        Index("ix_cases_name", "name_key", "id", "ready_facts", "ready_imaging_on", "ready_labs_on"),
        Index("ix_cases_site_status_name", "primary_site", "status", "name_key", "id"),
        Index("ix_cases_site_name", "primary_site", "name_key", "id"),
        Index("ix_cases_status_name", "status", "name_key", "id"),
        # a patient's cases (foreign key), and a search's few patients' cases in name order
        Index("ix_cases_patient_name", "patient_id", "name_key", "id"),
        Index("ix_cases_status_updated", "status", "updated_at"),
        Index("ix_cases_updated", "updated_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patients.id")  # indexed by ix_cases_patient_name
    #: the patient's name_key, copied here so that the case list's filters and its name order are one
    #: index (kept equal by the services: patients.sync_case_name_keys; migration 0007)
    name_key: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=200)
    notes: str = Field(default="", sa_type=Text)
    status: str = Field(default="draft", max_length=20)
    #: who referred the case (name, service, address) and the patient's GP: the letter's addressees
    referrer: str | None = Field(default=None, max_length=200)
    gp: str | None = Field(default=None, max_length=200)
    # --- CaseFacts (tumorboard/engine/facts.py), one column each ---
    as_of: date | None = Field(default=None, sa_type=Day)
    age_years: int | None = None
    ecog: int | None = None
    fit_for_major_surgery: bool | None = None
    accepts_surgery: bool | None = None
    primary_site: str = Field(max_length=30)
    primary_resected: bool | None = None
    primary_resectable: bool | None = None
    primary_diagnosed_on: date | None = Field(default=None, sa_type=Day)
    emergency_primary_surgery: bool | None = None
    node_positive_primary: bool | None = None
    liver_mets: str | None = Field(default=None, max_length=20)
    liver_mets_detected_on: date | None = Field(default=None, sa_type=Day)
    timing: str | None = Field(default=None, max_length=20)
    confirmed_by: list[str] | None = Field(default=None, sa_column=Column(JSON))
    lesion_count: int | None = None
    largest_lesion_cm: float | None = None
    adjacent_to_hollow_structure: bool | None = None
    liver_resectable: bool | None = None
    future_liver_remnant_pct: float | None = None
    extrahepatic_disease: str | None = Field(default=None, max_length=20)
    prior_systemic_therapy: bool | None = None
    response_to_systemic_therapy: str | None = Field(default=None, max_length=20)
    recurrence_after_hepatectomy: bool | None = None
    bilirubin_umol_l: float | None = None
    albumin_g_l: float | None = None
    inr: float | None = None
    ascites: str | None = Field(default=None, max_length=20)
    encephalopathy: str | None = Field(default=None, max_length=20)
    cirrhosis: bool | None = None
    hbv_or_hcv_positive: bool | None = None
    afp_ng_ml: float | None = None
    cea_ng_ml: float | None = None
    disease_free_interval_months: float | None = None
    liver_segments: list[str] | None = Field(default=None, sa_column=Column(JSON))
    major_vessels: list[str] | None = Field(default=None, sa_column=Column(JSON))
    histology: str | None = Field(default=None, max_length=200)
    ras_status: str | None = Field(default=None, max_length=20)
    braf_status: str | None = Field(default=None, max_length=20)
    msi_status: str | None = Field(default=None, max_length=20)
    comorbidities: str | None = Field(default=None, sa_type=Text)
    # --- last batch re-evaluation (ws.cases.reevaluate_all) ---
    evaluated_rule_set: str | None = Field(default=None, max_length=60)
    evaluated_tier1: list[str] | None = Field(default=None, sa_column=Column(JSON))
    evaluated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # --- the readiness checklist in a form SQL can filter on (kept by the services) ---
    #: the items that do not age (CT/MRI confirmed, liver function, ECOG, FLR when needed), worked out once
    #: imaging and labs are on record (False before); None: not yet worked out
    ready_facts: bool | None = None
    #: latest CT or MRI study; the imaging age limit is applied when the list is queried
    ready_imaging_on: date | None = Field(default=None, sa_type=Day)
    #: the oldest of the latest bilirubin, albumin and INR (None while one is missing)
    ready_labs_on: date | None = Field(default=None, sa_type=Day)


class ImagingStudy(SQLModel, table=True):
    __tablename__ = "imaging_studies"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    study_date: date = Field(sa_type=Day)
    modality: str = Field(max_length=20)
    findings: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=100)


class LabResult(SQLModel, table=True):
    __tablename__ = "lab_results"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    taken_on: date = Field(sa_type=Day)
    test: str = Field(max_length=30)
    value: float
    unit: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=100)


class Meeting(Tracked, table=True):
    __tablename__ = "meetings"

    id: int | None = Field(default=None, primary_key=True)
    meeting_date: date = Field(index=True, sa_type=Day)
    start_time: time | None = None
    place: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=200)
    status: str = Field(default="planned", max_length=20)
    finalised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finalised_by: str | None = Field(default=None, max_length=100)
    #: the calendar event's UID: the same event in every calendar, whichever database exported it
    uid: str = Field(default_factory=new_uid, max_length=36, sa_column_kwargs={"default": new_uid})


class AgendaItem(Tracked, table=True):
    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("meeting_id", "case_id", name="uq_agenda_items_meeting_case"),
        Index("ix_agenda_items_meeting_position", "meeting_id", "position"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meetings.id")
    case_id: int = Field(foreign_key="cases.id", index=True)
    position: int
    question: str = Field(default="", sa_type=Text)
    #: None while pending; "discussed" or "deferred"
    outcome: str | None = Field(default=None, max_length=20)
    deferred_reason: str | None = Field(default=None, sa_type=Text)
    carried_from_id: int | None = Field(default=None, foreign_key="agenda_items.id")
    time_spent_seconds: int | None = None
    #: minutes planned for this case on the agenda; None: the board's setting (slot_minutes)
    slot_minutes: int | None = None
    #: who owns the open task of a deferral (gets the MRI, asks pathology ...)
    deferral_owner: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})


class Attendance(SQLModel, table=True):
    __tablename__ = "attendances"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meetings.id", index=True)
    name: str = Field(max_length=200)
    role: str = Field(max_length=100)
    present: bool = True


class Decision(Tracked, table=True):
    __tablename__ = "decisions"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_items.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meetings.id", index=True)
    modalities: list[str] = Field(sa_column=Column(JSON, nullable=False))
    intent: str = Field(max_length=20)
    timing: str | None = Field(default=None, max_length=20)
    rationale: str = Field(default="", sa_type=Text)
    patient_preference: str = Field(default="", sa_type=Text)
    trial_considered: bool = False
    deviation: bool = False
    deviation_reason: str | None = Field(default=None, sa_type=Text)
    informer: str = Field(default="", max_length=200)
    #: the named consultant or key worker responsible for carrying the decision out
    responsible_clinician: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})
    #: the referring clinician or GP to be informed, by name
    referrer: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})
    inform_patient_by: date | None = Field(default=None, sa_type=Day)
    inform_referrer_by: date | None = Field(default=None, sa_type=Day)
    patient_informed: bool = False
    patient_informed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    referrer_informed: bool = False
    referrer_informed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    notes: str = Field(default="", sa_type=Text)
    time_spent_seconds: int | None = None
    treatment_date: date | None = Field(default=None, sa_type=Day)
    #: the day the treatment was given; the follow-up schedule counts from it
    treatment_done_on: date | None = Field(default=None, sa_type=Day)
    #: the engine's recommendation as it stood when the board decided
    recommendation: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    rule_set_name: str = Field(default="", max_length=60)
    rule_set_version: str = Field(default="", max_length=60)
    recorded_by: str = Field(default="", max_length=100)
    #: the role recorded_by had on this board when recording (users.role)
    recorded_role: str = Field(default="", max_length=20)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    amended_reason: str | None = Field(default=None, sa_type=Text)
    amended_by: str | None = Field(default=None, max_length=100)
    amended_role: str | None = Field(default=None, max_length=20)
    amended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FollowUp(Tracked, table=True):
    __tablename__ = "followups"
    __table_args__ = (
        Index("ix_followups_status_due", "status", "due"),
        Index("ix_followups_status_test_due", "status", "test", "due"),
        Index("ix_followups_responsible", "responsible"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    decision_id: int | None = Field(default=None, foreign_key="decisions.id", index=True)
    due: date = Field(sa_type=Day)
    test: str = Field(max_length=30)
    rule: str = Field(default="", max_length=20)
    #: "open", "done" or "cancelled"
    status: str = Field(default="open", max_length=20)
    result: str | None = Field(default=None, max_length=30)
    note: str = Field(default="", sa_type=Text)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    completed_by: str | None = Field(default=None, max_length=100)
    #: the day the test was done (completed_at: when the result was recorded)
    done_on: date | None = Field(default=None, sa_type=Day)
    #: who sees to it (the decision's "who informs" when planned)
    responsible: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})
    #: due counted from the meeting: no treatment date was known when it was planned
    provisional: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    #: the calendar event's UID (see Meeting.uid)
    uid: str = Field(default_factory=new_uid, max_length=36, sa_column_kwargs={"default": new_uid})


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str = Field(max_length=100)
    entity: str = Field(max_length=40)
    entity_id: int | None = None
    action: str = Field(max_length=40)
    before: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    after: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    #: the hash chain (tumorboard/store/audit.py): the previous event's hash, and SHA-256 over it,
    #: this event's content and the digests of the rows it covers
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


class AuditCover(SQLModel, table=True):
    """A row (a decision) as it was stored when an audit event was written: its content digest."""

    __tablename__ = "audit_covers"
    __table_args__ = (Index("ix_audit_covers_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="audit_events.id", index=True)
    entity: str = Field(max_length=40)
    entity_id: int
    digest: str = Field(max_length=64)


class AuditChain(SQLModel, table=True):
    """One row: the chain's newest event (a deleted last event is noticed) and the write lock of the
    chain on PostgreSQL; from which event on the chain holds (events before the migration that
    started it were chained then, not when they were written)."""

    __tablename__ = "audit_chain"

    id: int | None = Field(default=None, primary_key=True)
    head_id: int | None = None
    head_hash: str = Field(max_length=64)
    chained_from: int | None = None
    sealed_up_to: int | None = None
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class User(Tracked, table=True):
    """A person allowed on this board: the authenticated identity (OS account or PostgreSQL login),
    the name shown, the role (viewer, coordinator, clinician, admin) and whether it is active."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    identity: str = Field(max_length=100, unique=True)
    display_name: str = Field(default="", max_length=200)
    role: str = Field(default="viewer", max_length=20)
    active: bool = True


class Setting(Tracked, table=True):
    __tablename__ = "settings"

    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON))
