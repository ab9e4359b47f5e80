"""Demo data: a realistic synthetic board, `tumorboard demo --cases N [--seed S]`.

Patients with Latin and Chinese names, cases on every pathway and primary site
(demo_facts.py), weekly meetings (finalised past ones with attendance and
decisions, upcoming ones with agendas), follow-up schedules from the engine's
planner (some overdue). The same seed and day give the same data.

Written with SQLAlchemy Core in batches (executemany), in one transaction: fast
and bounded in memory at 100,000 cases, and nothing is left half-written if the
run is cancelled (closing the generator rolls back).
"""

from __future__ import annotations

import gc
import math
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import class_mapper
from sqlmodel import SQLModel

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.i18n import N_
from tumorboard.store import audit as audit_chain
from tumorboard.store.bulk import JsonText, insert_rows
from tumorboard.store.models import (
    AgendaItem,
    Attendance,
    Case,
    Decision,
    FollowUp,
    ImagingStudy,
    LabResult,
    Meeting,
    Patient,
    new_uid,
)
from tumorboard.store.types import text_key

from . import changes, readiness_stored
from .base import refuse
from .database import Database
from .decisions import add_working_days
from .demo_facts import FIRST_RANDOM_INDEX, case_facts, demo_labs, person
from .patients import search_key
from .readiness_stored import LabDate, StudyDate
from .rules import Rules
from .schemas import LAB_UNITS, Progress

BATCH = 2000
ITEMS_PER_MEETING = 20
UPCOMING_MEETINGS = 3
LISTED_PER_UPCOMING = 12
MAX_PAST_MEETINGS = 520  # ten years of weekly boards
MIN_PAST_MEETINGS = 12  # a quarter: old enough for some follow-ups to be overdue
DEVIATION_REASONS = ["Patient prefers a less invasive option", "Comorbidity not captured in the facts",
                     "Enrolled in a clinical trial", "Surgeon judges the anatomy unfavourable"]
DEFERRED_SHARE = 0.04
DEFERRAL_REASONS = ["MRI of the liver pending", "Histology awaited", "Patient too unwell to decide",
                    "Surgeon absent", "Future liver remnant volumetry pending"]
ROLES = [("Dr. Chen", "hepatobiliary surgery"), ("Dr. Okafor", "medical oncology"), ("Dr. Weiß", "radiology"),
         ("Dr. Haddad", "pathology"), ("Dr. Lindqvist", "interventional radiology"), ("N. Costa", "specialist nursing"),
         ("Dr. 刘洋", "radiation oncology")]
LAB_FACTS = (("bilirubin", "bilirubin_umol_l"), ("albumin", "albumin_g_l"), ("inr", "inr"), ("cea", "cea_ng_ml"))
RESULTS = ["no_evidence_of_disease"] * 6 + ["stable"] * 3 + ["response"]


def _table(model: type[SQLModel]) -> Table:
    table = class_mapper(model).local_table
    assert isinstance(table, Table)  # every demo model maps one plain table
    return table


NO_FACTS = dict.fromkeys(CaseFacts.model_fields)
#: invented names for the responsible consultant / key worker and the referring doctor or GP
CLINICIANS = ("Dr. Chen (hepatobiliary surgery)", "Dr. Weber (medical oncology)", "Nurse Park (key worker)")
REFERRERS = ("Dr. Adams (GP)", "Dr. Okafor (colorectal surgery)", "Dr. Lindqvist (oncology)")
#: the patients' GPs (a case referred by its GP names the same doctor twice)
GPS = ("Dr. Adams (GP), Riverside Practice", "Dr. Novak (GP), Hill Street Surgery", "Dr. 王丽 (GP), 社区卫生服务中心")

TABLES = (Patient, Case, ImagingStudy, LabResult, Meeting, Attendance, AgendaItem, Decision, FollowUp)
Batch = list[tuple[Table, list[dict[str, Any]]]]


class _Ids:
    """Explicit primary keys (bulk rows reference each other before they are written)."""

    def __init__(self, first: dict[Any, int]) -> None:
        self.next: dict[Any, int] = dict(first)

    @classmethod
    def after_existing(cls, conn: Connection) -> _Ids:
        return cls({m: (conn.execute(select(func.max(_table(m).c.id))).scalar() or 0) + 1 for m in TABLES})

    def take(self, model: Any) -> int:
        value = self.next[model]
        self.next[model] = value + 1
        return value


def populate(db: Database, cases: int, seed: int = 1, today: date | None = None) -> Iterator[Progress]:
    """Add `cases` synthetic cases (with patients, meetings, decisions, follow-ups)."""
    if cases < 1:
        raise refuse("cases", cases, N_("a whole number of at least 1"), "demo data")
    db.require("demo")
    day = today or db.today()
    now = db.now()
    stamp = {"created_at": now, "created_by": db.actor, "updated_at": now, "updated_by": db.actor}
    counts = dict.fromkeys(("cases", "meetings", "decisions", "followups"), 0)
    with db.engine.connect().execution_options(tumorboard_write=True) as conn, conn.begin():
        ids = _Ids.after_existing(conn)
        first_decision = ids.next[Decision]
        for progress, batch in batches(ids, cases, seed, day, stamp, db.rules, _meetings_taken(conn)):
            with _gc_paused():
                for table, rows in batch:
                    insert_rows(conn, table, rows)
                    if table.name in counts:
                        counts[table.name] += len(rows)
            yield progress
        if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for model in TABLES:
                name = _table(model).name
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"))
        conn.exec_driver_sql("ANALYZE")  # fresh planner statistics: the case list uses its indexes
        # one audit event covers the demo decisions (each is hashed as stored)
        audit_chain.append(conn, at=now, actor=db.actor, entity="workspace", entity_id=None, action="demo data",
                           after={"seed": seed, "day": day.isoformat(), **counts}, cover_entity="decision",
                           cover_since=first_decision)
        changes.notify_bulk(conn, "workspace", db.actor, now, db.origin)
    if db.is_sqlite:  # fold the large write-ahead log back into the file: later reads skip it
        with db.engine.connect().execution_options(tumorboard_single_read=True) as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _demo_contact(db)
    yield Progress(done=cases, total=cases, message=f"demo data written: {counts['cases']} cases, "
                   f"{counts['meetings']} meetings, {counts['decisions']} decisions, {counts['followups']} follow-ups")


#: the demo board's contact for patients (Settings), so its patient schedules print; a real board sets its own
DEMO_CONTACT = {"contact_name": "Liver MDT coordinator (demo)", "contact_phone": "0123 456 789",
                "contact_hours": "Monday to Friday, 9:00 to 16:00"}


def _demo_contact(db: Database) -> None:
    from .settings import SettingsService

    service = SettingsService(db)
    now = service.get()
    missing = {k: v for k, v in DEMO_CONTACT.items() if not getattr(now, k)}
    if missing:  # a contact the board already has is kept
        service.update(now.model_copy(update=missing), base=now)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while one batch is made or written (never across a yield):
    the rows hold no cycles, and full passes over tens of thousands of live rows cost a fifth of
    the load. Process-wide, so kept to one batch; whatever cycles appear are collected after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Taken(NamedTuple):
    """A meeting already in the database (demo --append): its id, status and last agenda position."""

    id: int
    status: str
    last_position: int


def _meetings_taken(conn: Connection) -> dict[date, _Taken]:
    m, a = _table(Meeting), _table(AgendaItem)
    last = (select(a.c.meeting_id, func.max(a.c.position).label("last"))
            .group_by(a.c.meeting_id).subquery())
    rows = conn.execute(select(m.c.id, m.c.meeting_date, m.c.status, func.coalesce(last.c.last, 0))
                        .outerjoin(last, last.c.meeting_id == m.c.id).order_by(m.c.id)).all()
    taken: dict[date, _Taken] = {}
    for mid, day, status, position in rows:
        taken.setdefault(day, _Taken(mid, status, int(position)))
    return taken


def batches(ids: _Ids, cases: int, seed: int, day: date, stamp: dict[str, Any], rules: Rules,
            taken: dict[date, _Taken] | None = None) -> Iterator[tuple[Progress, Batch]]:
    """The demo rows, table by table in foreign-key order, BATCH cases at a time.

    `taken`: the days that already have a meeting (demo --append). Upcoming planned ones are reused:
    the new listed cases join their agendas; other taken days get no second meeting (past demo
    meetings move to earlier weeks, upcoming ones to later weeks)."""
    rng = random.Random(seed)
    # when things happened (referral, listing, informing) and who referred: a second stream, so the seed's
    # patients, facts and decisions are what they were before these were drawn
    when = random.Random(f"{seed}-when")
    mrn_base = ids.next[Patient]
    past_count = max(MIN_PAST_MEETINGS, min(MAX_PAST_MEETINGS, math.ceil(cases * 0.12 / ITEMS_PER_MEETING)))
    meeting_rows, people, reused = _meetings(ids, rng, day, past_count, stamp, taken or {})
    new = {m["id"]: m["meeting_date"] for m in meeting_rows}
    meetings = sorted([(mid, d) for mid, d in new.items()] + [(t.id, d) for d, t in reused.items()],
                      key=lambda m: m[1])
    yield Progress(done=0, total=cases, message="meetings"), [(_table(Meeting), meeting_rows), (_table(Attendance), people)]
    past, upcoming = meetings[:past_count], meetings[past_count:]
    positions = {m[0]: 0 for m in meetings} | {t.id: t.last_position for t in reused.values()}
    p_listed = min(0.5, UPCOMING_MEETINGS * LISTED_PER_UPCOMING / cases)
    p_decided = min(0.6, past_count * ITEMS_PER_MEETING / cases)
    order = (Patient, Case, ImagingStudy, LabResult, AgendaItem, Decision, FollowUp)
    for start in range(0, cases, BATCH):
        rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in order}
        with _gc_paused():
            for index in range(start, min(start + BATCH, cases)):
                _one_case(rows, ids, rng, index, mrn_base, day, past, upcoming, positions, p_listed, p_decided, stamp,
                          rules, when)
        done = min(start + BATCH, cases)
        yield Progress(done=done, total=cases, message=f"{done} of {cases} cases"), [(_table(m), rows[m]) for m in order]


def _meetings(ids: _Ids, rng: random.Random, day: date, past_count: int, stamp: dict[str, Any],
              taken: dict[date, _Taken]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[date, _Taken]]:
    """Weekly Wednesday boards: `past_count` finalised ones before `day`, three planned after.

    Returns the new meetings, their attendance and the existing planned meetings reused for the
    upcoming weeks; a day that already has a meeting never gets a second one."""
    wednesday = day + timedelta(days=(2 - day.weekday()) % 7 or 7)
    past_dates: list[date] = []
    week = 1
    while len(past_dates) < past_count:
        d = wednesday - timedelta(weeks=week)
        if d not in taken:
            past_dates.append(d)
        week += 1
    dates = sorted(past_dates)
    reused: dict[date, _Taken] = {}
    week = 0
    while len(reused) + len(dates) - past_count < UPCOMING_MEETINGS:
        d = wednesday + timedelta(weeks=week)
        if d not in taken:
            dates.append(d)
        elif taken[d].status == "planned":
            reused[d] = taken[d]
        week += 1
    meetings, people = [], []
    for d in dates:
        mid = ids.take(Meeting)
        done = d < day
        meetings.append({"id": mid, "meeting_date": d, "start_time": time(16, 0), "place": "Seminar room 2, Surgery",
                         "title": "Liver metastasis board", "status": "finalised" if done else "planned",
                         "finalised_at": datetime.combine(d, time(18, 0), stamp["created_at"].tzinfo) if done else None,
                         "finalised_by": stamp["created_by"] if done else None, "uid": new_uid(), "version": 1,
                         **stamp})
        for name, role in ROLES[: rng.randint(4, len(ROLES))]:
            people.append({"id": ids.take(Attendance), "meeting_id": mid, "name": name, "role": role,
                           "present": not done or rng.random() > 0.08})
    return meetings, people, reused


def _one_case(rows: dict[Any, list[dict[str, Any]]], ids: _Ids, rng: random.Random, index: int, mrn_base: int,
              day: date, past: list[tuple[int, date]], upcoming: list[tuple[int, date]], positions: dict[int, int],
              p_listed: float, p_decided: float, stamp: dict[str, Any], rules: Rules, when: random.Random) -> None:
    roll = rng.random()
    meeting: tuple[int, date] | None = None
    deferred_at: tuple[int, date] | None = None
    workup: Workup | None = None
    if roll < p_listed:
        meeting = upcoming[rng.randrange(len(upcoming))]
        workup = _listed_workup(rng, index, day, positions[meeting[0]] + 1, rules)
        if workup is None:  # a pathway-walking case still in work-up: not listed
            meeting, roll = None, 1.0
    if workup is not None:
        role = "listed"
        facts, question, detected = workup.facts, workup.question, workup.detected
    else:
        if roll < p_listed + p_decided:
            slot = rng.randrange(len(past))
            role, meeting = "decided", past[slot]
            if slot and rng.random() < DEFERRED_SHARE:  # first listed a week earlier, deferred
                deferred_at = past[slot - 1]
            detected = meeting[1] - timedelta(days=rng.randint(7, 35))
        else:
            r = rng.random()
            role = "draft" if r < 0.35 else "ready" if r < 0.6 else "closed"
            detected = day - timedelta(days=rng.randint(0, 60) if role != "closed" else rng.randint(400, 3650))
        facts, question = case_facts(rng, index, detected)
    name, sex = person(rng, facts["primary_site"])
    # referred after the liver disease was found, listed after that, some days before the meeting
    listings = _listing_days(when, day, detected, meeting, deferred_at)
    referred = detected + timedelta(days=when.randint(0, max(0, ((listings[0] if listings else day) - detected).days)))
    made = _at(min(referred, day), time(9, 30), stamp)
    made_stamp = {**stamp, "created_at": made}
    gp = when.choice(GPS)
    referrer = when.choice(REFERRERS)
    referrer = gp if "(GP)" in referrer else referrer
    pid, cid = ids.take(Patient), ids.take(Case)
    mrn = f"DM{mrn_base + index:08d}"
    age = facts.get("age_years", 60)
    birth = date(day.year - age, 1, 1) + timedelta(days=rng.randrange(365))
    name_key = text_key(name)
    rows[Patient].append({"id": pid, "mrn": mrn, "name": name, "sex": sex, "birth_date": birth, "name_key": name_key,
                          "search_key": search_key(name, mrn), "version": 1, **made_stamp})
    case = dict(NO_FACTS)
    case.update(facts)
    status = role
    if role == "decided":
        assert meeting is not None  # decided cases were on a past meeting
        age_days = (day - meeting[1]).days
        status = "closed" if age_days > 730 else ("discussed" if rng.random() < 0.05 else "follow_up")
    rows[Case].append({**case, "id": cid, "patient_id": pid, "name_key": name_key, "title": question, "notes": "", "status": status,
                       "referrer": referrer, "gp": gp,
                       "evaluated_rule_set": None, "evaluated_tier1": None, "evaluated_at": None, "version": 1,
                       **made_stamp})
    studied = workup.studied if workup else detected - timedelta(days=rng.randrange(11))
    if facts.get("liver_mets") == "none":
        findings, modalities = "No focal liver lesion", ["ultrasound"]
    else:
        findings = f"{facts.get('lesion_count', 'Several')} liver lesion(s), largest {facts.get('largest_lesion_cm', '?')} cm"
        modalities = facts.get("confirmed_by", ["ultrasound"])
    for modality in modalities:
        rows[ImagingStudy].append({"id": ids.take(ImagingStudy), "case_id": cid, "modality": modality,
                                   "study_date": studied, "findings": findings,
                                   "created_at": made, "created_by": stamp["created_by"]})
    drawn = workup.drawn if workup else detected - timedelta(days=rng.randrange(8))
    labs = [test for test, field in LAB_FACTS if field in facts] if role != "closed" else []  # archived: facts only
    for test in labs:
        rows[LabResult].append({"id": ids.take(LabResult), "case_id": cid, "test": test,
                                "value": facts[dict(LAB_FACTS)[test]], "unit": LAB_UNITS[test], "taken_on": drawn,
                                "created_at": made, "created_by": stamp["created_by"]})
    # a decided case's recommendation (as of its meeting) also answers the checklist: evaluated once
    rec = _recommendation(rules, facts, meeting[1]) if role == "decided" and meeting is not None else None
    rows[Case][-1].update(readiness_stored.columns(
        facts, [StudyDate(m, studied) for m in modalities],
        [LabDate(t, drawn) for t in labs], day, rules, rec))
    if meeting is None:
        return
    carried_from = None
    if deferred_at is not None:
        positions[deferred_at[0]] += 1
        carried_from = ids.take(AgendaItem)
        rows[AgendaItem].append({"id": carried_from, "meeting_id": deferred_at[0], "case_id": cid,
                                 "position": positions[deferred_at[0]], "question": question, "outcome": "deferred",
                                 "deferred_reason": rng.choice(DEFERRAL_REASONS), "carried_from_id": None,
                                 "deferral_owner": rng.choice(CLINICIANS),
                                 "time_spent_seconds": rng.randint(30, 120), "version": 1,
                                 **stamp, "created_at": _at(listings[0], time(11, 0), stamp)})
    mid, mdate = meeting
    positions[mid] += 1
    item_id = ids.take(AgendaItem)
    rows[AgendaItem].append({"id": item_id, "meeting_id": mid, "case_id": cid, "position": positions[mid],
                             "question": question, "outcome": "discussed" if role == "decided" else None,
                             "deferred_reason": None, "carried_from_id": carried_from, "deferral_owner": "",
                             "time_spent_seconds": rng.randint(120, 900) if role == "decided" else None,
                             "version": 1, **stamp, "created_at": _at(listings[-1], time(11, 0), stamp)})
    if rec is not None:
        _decision(rows, ids, rng, cid, item_id, meeting, rec, status, day, stamp, rules, referrer, when)


def _at(day: date, clock: time, stamp: dict[str, Any]) -> datetime:
    """That day at that time, in the stamp's zone, never after the stamp (the demo's now)."""
    now: datetime = stamp["created_at"]
    return min(datetime.combine(day, clock, now.tzinfo), now)


def _listing_days(when: random.Random, day: date, detected: date, meeting: tuple[int, date] | None,
                  deferred_at: tuple[int, date] | None) -> list[date]:
    """The days the case was put on its agendas (the first listing, and for a deferred case the day it was
    carried over: the deferring meeting), never after the meeting nor before the disease was found, nor
    after today. Empty: never listed."""
    if meeting is None:
        return []
    first_meeting = (deferred_at or meeting)[1]
    latest = min(first_meeting, day)  # an upcoming meeting's cases were listed by today
    listed = max(detected, latest - timedelta(days=when.randint(3, 21)))
    listed = min(listed, latest)
    return [listed, deferred_at[1]] if deferred_at is not None else [listed]


def _recommendation(rules: Rules, facts: dict[str, Any], as_of: date) -> Recommendation:
    return rules.evaluate(CaseFacts.model_validate({**facts, "as_of": as_of}))


@dataclass
class Workup:
    """A case on an upcoming agenda: its facts and when its imaging and labs were done."""

    facts: dict[str, Any]
    question: str
    detected: date
    studied: date
    drawn: date


#: positions on an upcoming agenda whose case is deliberately not ready (the flag shows, the agenda is not all red)
NOT_READY_POSITIONS = {2: "stale_labs", 7: "no_ecog"}


def _listed_workup(rng: random.Random, index: int, day: date, position: int, rules: Rules) -> Workup | None:
    """A coordinator's prepared case: confirmed CT/MRI within the imaging limit, liver function
    within the labs limit, ECOG, future liver remnant when resection is among the options;
    except at NOT_READY_POSITIONS, where one item is left stale or missing. None: one of the
    cases that walk every pathway is still in work-up (its pathway is kept, it is not listed)."""
    imaging_weeks, labs_weeks = rules.readiness_limits()
    studied = day - timedelta(days=rng.randint(2, max(2, imaging_weeks * 7 - 14)))
    drawn = day - timedelta(days=rng.randint(0, max(0, labs_weeks * 7 - 5)))
    detected = studied - timedelta(days=rng.randint(0, 10))
    for _attempt in range(50):  # a work-up case (no confirmed CT/MRI yet) is not what gets listed: draw again
        facts, question = case_facts(rng, index, detected)
        if set(facts.get("confirmed_by") or ()) & {"ct", "mri"} and facts.get("liver_mets") == "confirmed":
            break
        if index < FIRST_RANDOM_INDEX:
            return None
    else:
        return None
    facts.setdefault("ecog", 0 if rng.random() < 0.5 else 1)
    if any(k not in facts for k in ("bilirubin_umol_l", "albumin_g_l", "inr")):
        demo_labs(rng, facts)
    rec = _recommendation(rules, facts, day)
    if any(o.modality.value == "hepatectomy" for o in rec.options) and "future_liver_remnant_pct" not in facts:
        facts["future_liver_remnant_pct"] = float(rng.randint(35, 65))
    gap = NOT_READY_POSITIONS.get(position)
    if gap == "stale_labs":
        drawn = day - timedelta(days=labs_weeks * 7 + rng.randint(5, 20))
    elif gap == "no_ecog":
        facts.pop("ecog", None)
    return Workup(facts, question, detected, studied, drawn)


def _decision(rows: dict[Any, list[dict[str, Any]]], ids: _Ids, rng: random.Random, cid: int, item_id: int,
              meeting: tuple[int, date], rec: Recommendation, status: str, day: date,
              stamp: dict[str, Any], rules: Rules, referrer: str, when: random.Random) -> None:
    mid, mdate = meeting
    tier1 = [o.modality.value for o in rec.tier1()]
    others = [o.modality.value for o in rec.options if o.tier > 1]
    chosen, reason = tier1, None
    if not tier1 or rng.random() < 0.07:
        chosen = [rng.choice(others)] if others else ["best_supportive_care"]
        reason = rng.choice(DEVIATION_REASONS)
    chosen_set = set(chosen)
    intent = next((o.intent.value for o in rec.options if o.modality.value in chosen_set), "palliative")
    timing = next((o.timing.value for o in rec.options if o.modality.value in chosen_set and o.timing), None)
    treatment = mdate + timedelta(days=rng.randint(10, 28))
    recent = (day - mdate).days < 21
    did = ids.take(Decision)
    informed = not recent or rng.random() < 0.5
    inform_by = add_working_days(mdate, 2)  # the settings' default: two working days
    trial = reason == "Enrolled in a clinical trial" or rng.random() < 0.2
    rng.choice(REFERRERS)  # drawn as before (the seed's later values stay); the referrer is the case's
    recorded = _at(mdate, time(17, 30), stamp)  # at the end of the meeting
    told = _at(min(add_working_days(mdate, when.randint(1, 2)), day), time(10, 0), stamp) if informed else None
    rows[Decision].append({
        "id": did, "case_id": cid, "agenda_item_id": item_id, "meeting_id": mid, "modalities": chosen,
        "intent": intent, "timing": timing, "rationale": "As recommended" if reason is None else reason,
        "patient_preference": "", "trial_considered": trial, "deviation": reason is not None,
        "deviation_reason": reason, "informer": "Dr. Chen", "responsible_clinician": rng.choice(CLINICIANS),
        "referrer": referrer, "inform_patient_by": inform_by, "inform_referrer_by": inform_by, "patient_informed": informed,
        "patient_informed_at": told, "referrer_informed": informed, "referrer_informed_at": told, "notes": "",
        "time_spent_seconds": None, "treatment_date": treatment,
        "treatment_done_on": treatment if treatment < day else None,
        "recommendation": JsonText(rec.model_dump_json(by_alias=True)),  # the same text as to_json_dict through json.dumps
        "rule_set_name": rec.rule_set.name, "rule_set_version": rec.rule_set.version, "recorded_by": stamp["created_by"], "recorded_role": "admin",
        "recorded_at": recorded, "amended_reason": None, "amended_by": None, "amended_at": None,
        "version": 1, **stamp, "created_at": recorded,
    })
    for entry in rules.plan_followups(chosen, treatment):
        overdue_kept = rng.random() < 0.12
        if entry.due >= day:
            state, result = ("cancelled", None) if status == "closed" else ("open", None)
        elif status == "closed" or not overdue_kept:
            state, result = "done", rng.choice(RESULTS)
        else:
            state, result = "open", None  # overdue
        rows[FollowUp].append({"id": ids.take(FollowUp), "case_id": cid, "decision_id": did, "due": entry.due,
                               "test": entry.test.value, "rule": entry.rule, "status": state, "result": result,
                               "note": "", "completed_at": _at(entry.due, time(15, 0), stamp) if state == "done" else None,
                               "completed_by": stamp["created_by"] if state == "done" else None,
                               "done_on": entry.due if state == "done" else None, "responsible": "Dr. Chen",
                               "provisional": False, "uid": new_uid(), "version": 1, **stamp})
