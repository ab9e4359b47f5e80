"""Meetings: agenda (ordered items with the question for the board), attendance,
quorum, deferral to the next meeting, finalising."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from tumorboard.errors import StaleEdit
from tumorboard.i18n import N_, msg, normalize
from tumorboard.store.models import AgendaItem, Attendance, Case, Meeting

from . import case_status
from .base import audit, check_version, coerce, get_row, refuse, saved_id, snapshot, stamp_new, touch
from .cases import case_detail, case_readiness
from .convert import case_facts
from .database import Database
from .permissions import requires
from .rows import agenda_rows
from .schemas import (
    TIME_SPENT_MAX_SECONDS,
    AgendaItemOut,
    AttendeeIn,
    AttendeeOut,
    CaseStatus,
    MeetingBoard,
    MeetingDetail,
    MeetingIn,
    MeetingRow,
    MeetingStatus,
    Outcome,
    Quorum,
    ReviewCase,
)
from .settings import load as load_settings


def next_meeting_day(latest: date | None, today: date) -> date:
    """The day a new meeting most likely falls on: the weekday of the latest meeting, after both it
    and today (a board meets on a fixed weekday); a week from today when there is none yet."""
    if latest is None:
        return today + timedelta(days=7)
    start = max(latest, today) + timedelta(days=1)
    return start + timedelta(days=(latest.weekday() - start.weekday()) % 7)


def quorum_of(present_roles: Iterable[str], core_specialties: Iterable[str]) -> Quorum:
    """The quorum: every core specialty present (roles compared without case)."""
    present = sorted(set(present_roles))
    folded = {r.casefold() for r in present}
    missing = [r for r in core_specialties if r.casefold() not in folded]
    return Quorum(met=not missing, present_roles=present, missing_roles=missing)


def open_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting, locked for a change of its agenda; refused once it is finalised."""
    m = get_row(s, Meeting, meeting_id, "meeting", lock=True)
    if m.status == MeetingStatus.finalised.value:
        raise refuse("meeting", meeting_id, N_("a meeting not yet finalised (its minutes are closed; amend "
                                               "decisions instead)"), "agenda")
    return m


MAX_SLOT_MINUTES = 240


class Meetings:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- meetings -------------------------------------------------------------

    @requires("meeting.edit")
    def create(self, data: MeetingIn | dict[str, Any]) -> MeetingDetail:
        data = coerce(MeetingIn, data, "meeting")
        with self.db.write() as s:
            row = Meeting(meeting_date=data.meeting_date, start_time=data.start_time, place=data.place,
                          title=data.title, status=MeetingStatus.planned.value)
            stamp_new(row, self.db)
            s.add(row)
            s.flush()
            audit(s, self.db, "meeting", row.id, "create", None, snapshot(row))
            for member in load_settings(self.db).standing_members:  # expected; ticked off on the day
                s.add(Attendance(meeting_id=saved_id(row), name=member.name, role=member.role, present=True))
            s.flush()
            return self._detail(s, row)

    @requires("read")
    def list(self, upcoming: bool | None = None, as_of: date | None = None) -> builtins.list[MeetingRow]:
        """All meetings by date; upcoming=True: from today on, False: before today."""
        today = as_of or self.db.today()
        count = (
            select(func.count(col(AgendaItem.id))).where(col(AgendaItem.meeting_id) == col(Meeting.id)).scalar_subquery()
        )
        stmt = select(Meeting, count.label("item_count")).order_by(col(Meeting.meeting_date), col(Meeting.start_time), col(Meeting.id))
        if upcoming is True:
            stmt = stmt.where(col(Meeting.meeting_date) >= today)
        elif upcoming is False:
            stmt = stmt.where(col(Meeting.meeting_date) < today)
        with self.db.read() as s:
            return [self._row(m, n) for m, n in s.execute(stmt)]

    @requires("read")
    def get(self, meeting_id: int) -> MeetingDetail:
        with self.db.read() as s:
            return self._detail(s, get_row(s, Meeting, meeting_id, "meeting"))

    @requires("read")
    def next_meeting(self, after: date | None = None) -> MeetingRow | None:
        """The first meeting not finalised on or after `after` (default today)."""
        day = after or self.db.today()
        with self.db.read() as s:
            m = s.execute(
                select(Meeting).where(col(Meeting.meeting_date) >= day, col(Meeting.status) == MeetingStatus.planned.value)
                .order_by(col(Meeting.meeting_date), col(Meeting.start_time), col(Meeting.id)).limit(1)
            ).scalar()
            return self.get(m.id) if m else None

    @requires("meeting.edit")
    def finalise(self, meeting_id: int) -> MeetingDetail:
        """Close the minutes: every item must be discussed or deferred first."""
        with self.db.write() as s:
            m = open_meeting(s, meeting_id)
            pending = [i for i in agenda_rows(s, col(AgendaItem.meeting_id) == meeting_id) if i.outcome is None]
            if pending:
                names = ", ".join(f"{i.patient_name} ({i.mrn})" for i in pending[:5])
                raise refuse("agenda", names, N_("every case discussed (decision recorded) or deferred with a "
                                                 "reason"), "finalising")
            before = snapshot(m)
            m.status = MeetingStatus.finalised.value
            m.finalised_at, m.finalised_by = self.db.now(), self.db.actor
            touch(m, self.db)
            s.flush()
            audit(s, self.db, "meeting", m.id, "finalise", before, snapshot(m))
            return self._detail(s, m)

    # --- agenda ---------------------------------------------------------------

    @requires("meeting.edit")
    def add_case(self, meeting_id: int, case_id: int, question: str = "") -> AgendaItemOut:
        """List a case on the agenda (at the end); the case becomes `listed`."""
        with self.db.write() as s:
            item = self._add(s, meeting_id, case_id, question, carried_from=None)
            return self._item(s, saved_id(item))

    @requires("meeting.edit")
    def add_cases(self, meeting_id: int, case_ids: Sequence[int], question: str = "") -> builtins.list[AgendaItemOut]:
        """List several cases at once, in the given order, in ONE transaction: all are added or none
        (a closed case or one already on the agenda refuses the whole list, naming that case)."""
        with self.db.write() as s:
            items = [self._add(s, meeting_id, cid, question, carried_from=None) for cid in case_ids]
            return [self._item(s, saved_id(item)) for item in items]

    @requires("read")
    def board(self, meeting_id: int, language: str | None = None) -> MeetingBoard:
        """The meeting as the coordinator prepares it, in one read: agenda, attendance, quorum and the
        readiness checklist (today) of every case still pending, in `language` (None: the session's)."""
        today = self.db.today()
        with self.db.read() as s:
            settings = load_settings(self.db, s)
            detail = self._detail(s, get_row(s, Meeting, meeting_id, "meeting"))
            present = [a.role for a in detail.attendance if a.present]
            ready = {it.case_id: case_readiness(s, self.db, it.case_id, today, settings, language)
                     for it in detail.agenda if it.outcome is None}
        return MeetingBoard(meeting=detail, quorum=quorum_of(present, settings.core_specialties), readiness=ready)

    @requires("read")
    def review_case(self, item_id: int, language: str | None = None) -> ReviewCase:
        """One agenda item as the board reviews it, in one read: the case, the engine's recommendation
        as of the meeting day and, while the item is pending, the readiness checklist of that day; their
        explanations in `language` (None: the session's, see tumorboard.i18n)."""
        with self.db.read() as s:
            item = self._item(s, saved_id(get_row(s, AgendaItem, item_id, "agenda item")))
            case = get_row(s, Case, item.case_id, "case")
            detail = case_detail(s, case)
            day = item.meeting_date
            rec = self.db.rules.evaluate(case_facts(case).model_copy(update={"as_of": day}), normalize(language))
            settings = load_settings(self.db, s)
            ready = case_readiness(s, self.db, item.case_id, day, settings, language) if item.outcome is None else None
        return ReviewCase(item=item, case=detail, recommendation=rec, readiness=ready,
                          inform_within_working_days=settings.inform_within_working_days)

    @requires("meeting.edit")
    def remove_item(self, item_id: int) -> None:
        with self.db.write() as s:
            item = get_row(s, AgendaItem, item_id, "agenda item", lock=True)
            open_meeting(s, item.meeting_id)
            if item.outcome is not None:
                raise refuse("agenda item", item_id, N_("only items not yet discussed or deferred can be "
                                                        "removed"), "agenda")
            before = snapshot(item)
            case = get_row(s, Case, item.case_id, "case", lock=True)
            s.delete(item)
            s.flush()
            audit(s, self.db, "agenda_item", item_id, "remove", before, None)
            case_status.unlist(s, self.db, case)
            self._renumber(s, before["meeting_id"])

    @requires("meeting.edit")
    def reorder(self, meeting_id: int, item_ids: Sequence[int],
                expected_order: Sequence[int] | None = None) -> builtins.list[AgendaItemOut]:
        """Put the agenda in the order of `item_ids` (every item of the meeting, once).
        `expected_order`: the order on screen before the move; StaleEdit if the stored order differs."""
        with self.db.write() as s:
            open_meeting(s, meeting_id)
            items = {i.id: i for i in s.execute(select(AgendaItem).where(col(AgendaItem.meeting_id) == meeting_id)).scalars()}
            before = {"order": [i.id for i in sorted(items.values(), key=lambda i: i.position)]}
            if expected_order is not None and list(expected_order) != before["order"] and items:
                last = max(items.values(), key=lambda i: i.updated_at)  # an item added or moved since
                raise StaleEdit("agenda", meeting_id, last.updated_by, last.updated_at)
            if sorted(item_ids) != sorted(items):
                raise refuse("item_ids", list(item_ids), msg("exactly this meeting's items: {items}", items=", ".join(str(i) for i in sorted(items))), "agenda order")
            for position, item_id in enumerate(item_ids, start=1):
                if items[item_id].position != position:
                    items[item_id].position = position
                    touch(items[item_id], self.db)
            s.flush()
            audit(s, self.db, "meeting", meeting_id, "reorder", before, {"order": list(item_ids)})
            return agenda_rows(s, col(AgendaItem.meeting_id) == meeting_id)

    @requires("meeting.edit")
    def set_question(self, item_id: int, question: str, expected_version: int | None = None) -> AgendaItemOut:
        """The question the board is asked about this case (`expected_version`: the item's version the
        text was edited from; StaleEdit if another user changed the item since)."""
        with self.db.write() as s:
            item = get_row(s, AgendaItem, item_id, "agenda item", lock=True)
            open_meeting(s, item.meeting_id)
            check_version(item, expected_version, "agenda item")
            before = snapshot(item)
            item.question = question.strip()
            touch(item, self.db)
            s.flush()
            audit(s, self.db, "agenda_item", item.id, "question", before, snapshot(item))
            return self._item(s, saved_id(item))

    @requires("meeting.edit")
    def set_slot_minutes(self, item_id: int, minutes: int | None,
                         expected_version: int | None = None) -> AgendaItemOut:
        """The minutes planned for this case (a complex case needs longer); None: the board's setting."""
        if minutes is not None and not 1 <= minutes <= MAX_SLOT_MINUTES:
            raise refuse("slot_minutes", minutes, msg("1 to {max_slot_minutes} minutes, or empty for the "
                                                      "board's setting",
                                                      max_slot_minutes=MAX_SLOT_MINUTES), "agenda item")
        with self.db.write() as s:
            item = get_row(s, AgendaItem, item_id, "agenda item", lock=True)
            open_meeting(s, item.meeting_id)
            check_version(item, expected_version, "agenda item")
            before = snapshot(item)
            item.slot_minutes = minutes
            touch(item, self.db)
            s.flush()
            audit(s, self.db, "agenda_item", item.id, "slot_minutes", before, snapshot(item))
            return self._item(s, saved_id(item))

    @requires("meeting.edit")
    def set_time_spent(self, item_id: int, seconds: int) -> AgendaItemOut:
        if isinstance(seconds, bool) or not isinstance(seconds, int) or not 0 <= seconds <= TIME_SPENT_MAX_SECONDS:
            raise refuse("time_spent_seconds", seconds,
                         msg("a whole number of seconds from 0 to {time_spent_max_seconds:,} (a day)", time_spent_max_seconds=TIME_SPENT_MAX_SECONDS), "agenda item")
        with self.db.write() as s:
            item = get_row(s, AgendaItem, item_id, "agenda item", lock=True)
            open_meeting(s, item.meeting_id)  # the minutes of a finalised meeting stay as closed
            before = snapshot(item)
            item.time_spent_seconds = seconds
            touch(item, self.db)
            s.flush()
            audit(s, self.db, "agenda_item", item.id, "time_spent", before, snapshot(item))
            return self._item(s, saved_id(item))

    @requires("meeting.edit")
    def defer(self, item_id: int, reason: str, expected_version: int | None = None, owner: str = "") -> AgendaItemOut:
        """Not discussed today: the reason (the open question) is kept and the case is carried to the
        next planned meeting (if one exists; otherwise it goes back to `ready` for listing); `owner`:
        who sees to the open task. `expected_version`: the item's version on screen; StaleEdit if it moved."""
        owner = " ".join((owner or "").split())
        if len(owner) > 200:
            raise refuse("owner", owner, N_("a name of at most 200 characters"), "deferral")
        if not reason or not reason.strip():
            raise refuse("reason", reason, N_("a reason for deferring (e.g. 'MRI pending')"), "deferral")
        with self.db.write() as s:
            item = get_row(s, AgendaItem, item_id, "agenda item", lock=True)
            meeting = open_meeting(s, item.meeting_id)
            if item.outcome is not None:
                raise refuse("agenda item", item_id, msg("an item still pending (this one is {outcome})", outcome=item.outcome), "deferral")
            check_version(item, expected_version, "agenda item")
            before = snapshot(item)
            item.outcome, item.deferred_reason = Outcome.deferred.value, reason.strip()
            item.deferral_owner = owner
            touch(item, self.db)
            s.flush()
            audit(s, self.db, "agenda_item", item.id, "defer", before, snapshot(item))
            nxt = s.execute(
                select(Meeting).where(col(Meeting.meeting_date) > meeting.meeting_date,
                                      col(Meeting.status) == MeetingStatus.planned.value)
                .order_by(col(Meeting.meeting_date), col(Meeting.start_time), col(Meeting.id)).limit(1)
            ).scalar()
            already = nxt is not None and s.execute(
                select(col(AgendaItem.id)).where(col(AgendaItem.meeting_id) == nxt.id, col(AgendaItem.case_id) == item.case_id)
            ).first()
            if nxt is not None and not already:
                self._add(s, nxt.id, item.case_id, item.question, carried_from=item.id)
            elif nxt is None:
                case = get_row(s, Case, item.case_id, "case", lock=True)
                case_status.unlist(s, self.db, case)
            return self._item(s, saved_id(item))

    # --- attendance -------------------------------------------------------------

    @requires("attendance.edit")
    def set_attendance(self, meeting_id: int, attendees: Sequence[AttendeeIn | dict[str, Any]],
                       expected_version: int | None = None) -> builtins.list[AttendeeOut]:
        """Replace the attendance list of a meeting not yet finalised; bumps the meeting's version
        (`expected_version`: the meeting's version the list was edited from; StaleEdit if it moved)."""
        people = [coerce(AttendeeIn, a, "attendee") for a in attendees]
        with self.db.write() as s:
            meeting = open_meeting(s, meeting_id)
            check_version(meeting, expected_version, "meeting")
            touch(meeting, self.db)
            old = list(s.execute(select(Attendance).where(col(Attendance.meeting_id) == meeting_id)).scalars())
            before = {"attendance": [[a.name, a.role, a.present] for a in old]}
            for a in old:
                s.delete(a)
            s.flush()
            for p in people:
                s.add(Attendance(meeting_id=meeting_id, name=p.name, role=p.role, present=p.present))
            s.flush()
            audit(s, self.db, "meeting", meeting_id, "attendance", before,
                  {"attendance": [[p.name, p.role, p.present] for p in people]})
            return self._attendance(s, meeting_id)

    @requires("read")
    def quorum(self, meeting_id: int) -> Quorum:
        core = load_settings(self.db).core_specialties
        with self.db.read() as s:
            get_row(s, Meeting, meeting_id, "meeting")
            present = [a.role for a in self._attendance(s, meeting_id) if a.present]
        return quorum_of(present, core)

    # --- inside transactions ----------------------------------------------------

    def _add(self, s: Session, meeting_id: int, case_id: int, question: str, carried_from: int | None) -> AgendaItem:
        open_meeting(s, meeting_id)
        case = get_row(s, Case, case_id, "case", lock=True)
        if case.status == CaseStatus.closed.value:
            raise refuse("case", case_id, N_("an open case (this one is closed; reopen it first)"), "agenda")
        if s.execute(select(col(AgendaItem.id)).where(col(AgendaItem.meeting_id) == meeting_id, col(AgendaItem.case_id) == case_id)).first():
            raise refuse("case", case_id, N_("a case not already on this meeting's agenda"), "agenda")
        last = s.execute(select(func.max(col(AgendaItem.position))).where(col(AgendaItem.meeting_id) == meeting_id)).scalar()
        item = AgendaItem(meeting_id=meeting_id, case_id=case_id, position=(last or 0) + 1,
                          question=question.strip(), carried_from_id=carried_from)
        stamp_new(item, self.db)
        s.add(item)
        s.flush()
        audit(s, self.db, "agenda_item", item.id, "add", None, snapshot(item))
        case_status.move(s, self.db, case, CaseStatus.listed)
        return item

    def _renumber(self, s: Session, meeting_id: int) -> None:
        items = s.execute(select(AgendaItem).where(col(AgendaItem.meeting_id) == meeting_id).order_by(col(AgendaItem.position))).scalars()
        for position, item in enumerate(items, start=1):
            item.position = position

    def _item(self, s: Session, item_id: int) -> AgendaItemOut:
        return agenda_rows(s, col(AgendaItem.id) == item_id)[0]

    def _attendance(self, s: Session, meeting_id: int) -> builtins.list[AttendeeOut]:
        rows = s.execute(select(Attendance).where(col(Attendance.meeting_id) == meeting_id).order_by(col(Attendance.id))).scalars()
        return [AttendeeOut.model_validate(a) for a in rows]

    def _row(self, m: Meeting, item_count: int) -> MeetingRow:
        return MeetingRow(id=m.id, meeting_date=m.meeting_date, start_time=m.start_time, place=m.place, title=m.title,
                          status=MeetingStatus(m.status), finalised=m.status == MeetingStatus.finalised.value,
                          item_count=item_count, version=m.version, uid=m.uid)

    def _detail(self, s: Session, m: Meeting) -> MeetingDetail:
        agenda = agenda_rows(s, col(AgendaItem.meeting_id) == m.id)
        return MeetingDetail(**self._row(m, len(agenda)).model_dump(), agenda=agenda,
                             attendance=self._attendance(s, saved_id(m)), finalised_at=m.finalised_at, finalised_by=m.finalised_by)
