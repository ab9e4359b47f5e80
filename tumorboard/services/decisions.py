"""Decisions: what the board chose, beside what the engine recommended at that moment.

Recording snapshots the engine's recommendation and rule-set version, flags a
deviation from the tier-1 options (a reason is then required), creates the
follow-up schedule (tumorboard.engine.followup) and moves the case on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from tumorboard.i18n import N_, Code, Verbatim, msg
from tumorboard.store.models import AgendaItem, Case, Decision, FollowUp, Meeting

from . import case_status, settings
from .base import (
    audit,
    check_version,
    code_word,
    coerce,
    get_row,
    refuse,
    saved_id,
    snapshot,
    stamp_new,
    touch,
)
from .convert import case_facts, decision_out
from .database import Database
from .meetings import open_meeting
from .permissions import requires
from .schemas import CaseStatus, DecisionIn, DecisionOut, FollowUpStatus, Outcome, TreatmentDated

#: decisions with no treatment to count from: their schedule starts at the meeting and is not provisional
NO_TREATMENT = frozenset({"surveillance", "best_supportive_care", "confirmatory_imaging", "pet_ct", "biopsy"})

DECISION_FIELDS = (
    "intent", "timing", "rationale", "patient_preference", "trial_considered", "informer",
    "responsible_clinician", "referrer",
    "inform_patient_by", "inform_referrer_by", "notes", "time_spent_seconds", "treatment_date",
)

#: words in a rationale that say a clinical trial was part of the decision
TRIAL_WORDS = re.compile(r"\b(trials?|stud(y|ies)|enrol(l|led|ment|s)?|randomi[sz]ed)\b|临床试验|试验", re.IGNORECASE)


def add_working_days(day: date, days: int) -> date:
    """`days` working days (Monday to Friday) after `day`; public holidays are not known here."""
    out = day
    while days > 0:
        out += timedelta(days=1)
        if out.weekday() < 5:
            days -= 1
    return out


def check_trial(data: DecisionIn) -> None:
    """"Trial considered: no" beside a rationale (or deviation reason) about a trial contradicts
    itself: refused at recording, naming the words that speak of a trial."""
    if data.trial_considered:
        return
    for field, text in ((N_("rationale"), data.rationale), (N_("deviation reason"), data.deviation_reason)):
        found = TRIAL_WORDS.search(text or "")
        if found:
            raise refuse("trial_considered", "no",
                         msg("'yes', because the {field} speaks of a clinical trial (“{group}”); tick 'A "
                             "clinical trial was considered' or reword the {field}",
                             field=field, group=Verbatim(found.group(0))), "decision")


def check_not_early(meeting_day: date, today: date, confirmed: bool) -> None:
    """A decision for a meeting that has not taken place yet is refused unless the user confirmed it
    (GUI: a question naming the day; CLI and files: before_meeting_confirmed true)."""
    if meeting_day > today and not confirmed:
        raise refuse("before_meeting_confirmed", False,
                     msg("the meeting is on {meeting_day} and today is {today}: the board has not met yet. "
                         "Record the decision on or after the meeting day, or confirm that it is recorded "
                         "before the meeting (before_meeting_confirmed: true)",
                         meeting_day=meeting_day.isoformat(), today=today.isoformat()), "decision")


def tier1_of(recommendation: dict[str, Any] | None) -> list[str]:
    if not recommendation:
        return []
    return [o["modality"] for o in recommendation.get("options", []) if o.get("tier") == 1]


class Decisions:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("decision.record")
    def record(self, data: DecisionIn | dict[str, Any]) -> DecisionOut:
        data = coerce(DecisionIn, data, "decision")
        check_trial(data)
        within = settings.load(self.db).inform_within_working_days
        with self.db.write() as s:
            item = get_row(s, AgendaItem, data.agenda_item_id, "agenda item", lock=True)
            meeting = open_meeting(s, item.meeting_id)
            check_not_early(meeting.meeting_date, self.db.today(), data.before_meeting_confirmed)
            deadline = add_working_days(meeting.meeting_date, within)  # the standard: two working days
            data = data.model_copy(update={"inform_patient_by": data.inform_patient_by or deadline,
                                           "inform_referrer_by": data.inform_referrer_by or deadline})
            if item.outcome == Outcome.deferred.value:
                raise refuse("agenda_item_id", item.id, N_("an item that was not deferred"), "decision")
            if s.execute(select(col(Decision.id)).where(col(Decision.agenda_item_id) == item.id)).first():
                raise refuse("agenda_item_id", item.id, N_("an item without a decision (amend the recorded one)"), "decision")
            case = get_row(s, Case, item.case_id, "case", lock=True)
            facts = case_facts(case).model_copy(update={"as_of": meeting.meeting_date})
            rec = self.db.rules.evaluate(facts)
            snapshot_json = rec.to_json_dict()
            chosen = [m.value for m in data.modalities]
            deviation = self._check_deviation(chosen, tier1_of(snapshot_json), data.deviation_reason)
            d = Decision(
                case_id=saved_id(case), agenda_item_id=saved_id(item), meeting_id=saved_id(meeting), modalities=chosen,
                deviation=deviation, deviation_reason=(data.deviation_reason or "").strip() or None,
                recommendation=snapshot_json, rule_set_name=rec.rule_set.name, rule_set_version=rec.rule_set.version,
                recorded_by=self.db.actor, recorded_role=self.db.role_name, recorded_at=self.db.now(), **self._fields(data),
            )
            stamp_new(d, self.db)
            s.add(d)
            s.flush()
            audit(s, self.db, "decision", d.id, "record", None, snapshot(d))
            planned = self._plan(s, d, *self._start(d, meeting.meeting_date))
            before = snapshot(item)
            item.outcome = Outcome.discussed.value
            if data.time_spent_seconds is not None:
                item.time_spent_seconds = data.time_spent_seconds
            touch(item, self.db)
            s.flush()
            audit(s, self.db, "agenda_item", item.id, "discussed", before, snapshot(item))
            case_status.move(s, self.db, case, CaseStatus.follow_up if planned else CaseStatus.discussed)
            return decision_out(d)

    @requires("decision.amend")
    def amend(self, decision_id: int, data: DecisionIn | dict[str, Any], reason: str,
              expected_version: int | None = None) -> DecisionOut:
        """Change a recorded decision (e.g. after the minutes were finalised): reason required, audited."""
        data = coerce(DecisionIn, data, "decision")
        check_trial(data)
        if not reason or not reason.strip():
            raise refuse("reason", reason, N_("a reason for amending a recorded decision"), "amendment")
        with self.db.write() as s:
            d = get_row(s, Decision, decision_id, "decision", lock=True)
            check_version(d, expected_version, "decision")
            if data.agenda_item_id != d.agenda_item_id:
                raise refuse("agenda_item_id", data.agenda_item_id, msg("the decision's own item "
                                                                        "({agenda_item_id})",
                                                                        agenda_item_id=d.agenda_item_id), "amendment")
            chosen = [m.value for m in data.modalities]
            deviation = self._check_deviation(chosen, tier1_of(d.recommendation), data.deviation_reason)
            before = snapshot(d)
            replan = chosen != d.modalities or (data.treatment_date != d.treatment_date and d.treatment_done_on is None)
            d.modalities, d.deviation = chosen, deviation
            d.deviation_reason = (data.deviation_reason or "").strip() or None
            for name, value in self._fields(data).items():
                setattr(d, name, value)
            d.amended_reason, d.amended_by, d.amended_at = reason.strip(), self.db.actor, self.db.now()
            d.amended_role = self.db.role_name
            touch(d, self.db)
            s.flush()
            audit(s, self.db, "decision", d.id, "amend", before, snapshot(d))
            if replan:
                for f in s.execute(select(FollowUp).where(col(FollowUp.decision_id) == d.id,
                                                          col(FollowUp.status) == FollowUpStatus.open.value)).scalars():
                    f_before = snapshot(f)
                    f.status = FollowUpStatus.cancelled.value
                    f.note = f"cancelled: decision amended ({reason.strip()})"
                    touch(f, self.db)
                    s.flush()
                    audit(s, self.db, "followup", f.id, "cancel", f_before, snapshot(f))
                self._plan(s, d, *self._start(d, self._meeting_day(s, d) or self.db.today()))
            return decision_out(d)

    @requires("decision.communicate")
    def mark_communicated(self, decision_id: int, patient: bool, referrer: bool,
                          expected_version: int | None = None) -> DecisionOut:
        """Record that the patient and/or the referring doctor were told (True sets, False clears);
        `expected_version`: the decision's version the ticks were set on (StaleEdit if it moved)."""
        with self.db.write() as s:
            d = get_row(s, Decision, decision_id, "decision", lock=True)
            check_version(d, expected_version, "decision")
            before = snapshot(d)
            now = self.db.now()
            if patient != d.patient_informed:
                d.patient_informed, d.patient_informed_at = patient, now if patient else None
            if referrer != d.referrer_informed:
                d.referrer_informed, d.referrer_informed_at = referrer, now if referrer else None
            touch(d, self.db)
            s.flush()
            audit(s, self.db, "decision", d.id, "communicated", before, snapshot(d))
            return decision_out(d)

    @requires("read")
    def get(self, decision_id: int) -> DecisionOut:
        with self.db.read() as s:
            return decision_out(get_row(s, Decision, decision_id, "decision"))

    # --- inside transactions ----------------------------------------------------

    @staticmethod
    def _check_deviation(chosen: list[str], tier1: list[str], reason: str | None) -> bool:
        deviation = set(chosen) != set(tier1)
        if deviation and not (reason or "").strip():
            raise refuse(
                "deviation_reason", reason,
                msg("a reason, because the chosen modalities ({chosen}) differ from the first-choice options "
                    "of the recommendation ({first})", chosen=[code_word(c) for c in chosen],
                    first=[code_word(c) for c in tier1] or Code("none", N_("none"))),
                "decision",
            )
        return deviation

    @staticmethod
    def _fields(data: DecisionIn) -> dict[str, Any]:
        out = {name: getattr(data, name) for name in DECISION_FIELDS}
        out["intent"] = data.intent.value
        out["timing"] = data.timing.value if data.timing else None
        return out

    @requires("followup.edit")
    def treatment_given(self, decision_id: int, done_on: date, expected_version: int | None = None) -> TreatmentDated:
        """Record the day the treatment was given: the open follow-ups of the decision are re-dated
        to count from it (each moves by the same number of days) and are no longer provisional."""
        if done_on > self.db.today():
            raise refuse("treatment_done_on", done_on.isoformat(), msg("today ({today}) or earlier: the day "
                                                                       "the treatment was given",
                                                                       today=self.db.today().isoformat()), "decision")
        with self.db.write() as s:
            d = get_row(s, Decision, decision_id, "decision", lock=True)
            check_version(d, expected_version, "decision")
            meeting_day = self._meeting_day(s, d)
            if meeting_day is not None and done_on < meeting_day:
                raise refuse("treatment_done_on", done_on.isoformat(),
                             msg("on or after the meeting that decided it ({meeting_day})", meeting_day=meeting_day.isoformat()), "decision")
            old_start = d.treatment_done_on or d.treatment_date or meeting_day or done_on
            before = snapshot(d)
            d.treatment_done_on = done_on
            touch(d, self.db)
            s.flush()
            audit(s, self.db, "decision", d.id, "treatment given", before, snapshot(d))
            shift = done_on - old_start
            moved: list[tuple[date, date]] = []
            for f in s.execute(select(FollowUp).where(col(FollowUp.decision_id) == d.id,
                                                      col(FollowUp.status) == FollowUpStatus.open.value)
                               .order_by(col(FollowUp.due), col(FollowUp.id))).scalars():
                if not f.rule:
                    continue  # booked by hand (or again after a missed test): its day was chosen, not counted
                if not shift and not f.provisional:
                    continue
                f_before = snapshot(f)
                moved.append((f.due, f.due + shift))
                f.due, f.provisional = f.due + shift, False
                touch(f, self.db)
                s.flush()
                audit(s, self.db, "followup", f.id, "re-dated", f_before, snapshot(f))
            return TreatmentDated(decision=decision_out(d), shift_days=shift.days, moved=len(moved),
                                  first_due=moved[0][1] if moved else None)

    @staticmethod
    def _start(d: Decision, meeting_day: date) -> tuple[date, bool]:
        """The day the schedule counts from, and whether it is provisional (the meeting, for want of a treatment date)."""
        if d.treatment_done_on is not None:
            return d.treatment_done_on, False
        if d.treatment_date is not None:
            return d.treatment_date, False
        return meeting_day, not set(d.modalities) <= NO_TREATMENT

    def _plan(self, s: Session, d: Decision, start: date, provisional: bool = False) -> int:
        entries = self.db.rules.plan_followups(d.modalities, start)
        for e in entries:
            f = FollowUp(case_id=d.case_id, decision_id=d.id, due=e.due, test=e.test.value,
                         rule=e.rule, status=FollowUpStatus.open.value, responsible=d.informer,
                         provisional=provisional)
            stamp_new(f, self.db)
            s.add(f)
        s.flush()
        if entries:
            audit(s, self.db, "decision", d.id, "followups planned", None,
                  {"start": start.isoformat(), "count": len(entries), "first_due": min(e.due for e in entries).isoformat(),
                   "provisional": provisional})
        return len(entries)

    @staticmethod
    def _meeting_day(s: Session, d: Decision) -> date | None:
        m = s.get(Meeting, d.meeting_id) if d.meeting_id else None
        return m.meeting_date if m else None
