"""Follow-ups: the worklist (overdue, due soon, upcoming, decisions not yet
communicated), completing a follow-up, and re-listing a case that progressed."""

from __future__ import annotations

import builtins
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Engine, Integer, Select, bindparam, func, or_, select
from sqlmodel import Session, col

from tumorboard.engine.vocabulary import FollowUpTest
from tumorboard.i18n import N_, msg
from tumorboard.store.idlist import in_id_list
from tumorboard.store.models import Case, Decision, FollowUp, Patient
from tumorboard.store.prepared import Prepared
from tumorboard.store.types import Day, like_pattern

from . import case_status
from .base import audit, check_version, coded, coerce, get_row, refuse, snapshot, stamp_new, touch
from .convert import decision_out
from .database import Database
from .permissions import requires
from .rows import (
    FOLLOWUP_COLUMNS,
    followup_rows,
    to_followup_rows,
)
from .schemas import (
    CaseStatus,
    FollowUpPage,
    FollowUpQuery,
    FollowUpResult,
    FollowUpRow,
    FollowUpStatus,
    PendingCommunication,
    Worklist,
)
from .settings import load as load_settings
from .trusted_rows import TrustedRows

#: results that send the case back to the board
RELIST = frozenset({FollowUpResult.new_lesion, FollowUpResult.progression})
OPEN = FollowUpStatus.open.value


#: the follow-up's own columns of a worklist row (the patient's come from _patients_of)
_OWN_COLUMNS = tuple(c for c in FOLLOWUP_COLUMNS if c.table is FollowUp.__table__)  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def _due(include_overdue: bool, limited: bool) -> Prepared:
    """The open follow-ups due by a day. It reads the follow-ups table alone, by its (status, due) index:
    joined to cases and patients, PostgreSQL misjudged how few open follow-ups fall before the day (open
    ones are mostly ahead) and hashed both 100,000-row tables (98 ms for 2,052 rows; raw SQL of that
    shape took as long). The patients come from _patients_of, by case id."""
    where = [col(FollowUp.status) == OPEN, col(FollowUp.due) <= bindparam("until", type_=Day)]
    if not include_overdue:
        where.append(col(FollowUp.due) >= bindparam("since", type_=Day))
    limit = bindparam("limit", type_=Integer) if limited else None
    return Prepared(lambda: select(*_OWN_COLUMNS).where(*where).order_by(col(FollowUp.due), col(FollowUp.id)).limit(limit))


#: the patient and primary site of the cases, then MRN and name of the patients, whose ids are bound as one
#: list (store.idlist); each table by its primary key. Joined in one statement, PostgreSQL hashed all
#: 100,000 patients for the 1,215 cases of the due list (12 ms; by key 2 + 2 ms).
_CASES_OF = Prepared(lambda: select(col(Case.id), col(Case.patient_id), col(Case.primary_site))
                     .where(in_id_list(col(Case.id), "ids")))
_PATIENTS = Prepared(lambda: select(col(Patient.id), col(Patient.mrn), col(Patient.name))
                     .where(in_id_list(col(Patient.id), "ids")))


def _patients_of(engine: Engine, case_ids: set[int]) -> dict[int, tuple[str, str, str]]:
    """(MRN, name, primary site) of each case, by case id."""
    cases = _CASES_OF.run(engine, {"ids": sorted(case_ids)})[1]
    people = {pid: (mrn, name) for pid, mrn, name in _PATIENTS.run(engine, {"ids": sorted({r[1] for r in cases})})[1]}
    return {cid: (*people[pid], site) for cid, pid, site in cases}


#: a due row: the follow-up's own columns, then its patient's (built without validating again: trusted_rows.py)
_DUE_ROWS = TrustedRows(FollowUpRow, [*(str(c.key) for c in select(*_OWN_COLUMNS).selected_columns),
                                      "mrn", "patient_name", "primary_site"])


#: the worklist's sort orders (the row id last: a stable order for paging)
SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "due": (col(FollowUp.due),),
    "name": (col(Patient.name_key), col(FollowUp.due)),
    "mrn": (col(Patient.mrn), col(FollowUp.due)),
    "site": (col(Case.primary_site), col(FollowUp.due)),
    "test": (col(FollowUp.test), col(FollowUp.due)),
    "status": (col(FollowUp.status), col(FollowUp.due)),
    "responsible": (col(FollowUp.responsible), col(FollowUp.due)),
    "done_on": (col(FollowUp.done_on), col(FollowUp.due)),
}


class FollowUps:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the worklist: filter, sort and page in SQL ------------------------------------

    @requires("read")
    def list(self, q: FollowUpQuery | dict[str, Any] | None = None) -> builtins.list[FollowUpRow]:
        """Follow-ups matching the filters, sorted and paged by the database."""
        q = self._query(q)
        with self.db.read() as s:
            return self._rows(s, q)

    @requires("read")
    def count(self, q: FollowUpQuery | dict[str, Any] | None = None) -> int:
        q = self._query(q)
        with self.db.read() as s:
            return self._count(s, q)

    @requires("read")
    def page(self, q: FollowUpQuery | dict[str, Any] | None = None) -> FollowUpPage:
        """The worklist page as shown: list(q), count(q) and uncommunicated() in one read."""
        q = self._query(q)
        with self.db.read() as s:
            return FollowUpPage(rows=self._rows(s, q), total=self._count(s, q), uncommunicated=self._uncommunicated(s))

    def _rows(self, s: Session, q: FollowUpQuery) -> builtins.list[FollowUpRow]:
        keys = [*SORT_KEYS[q.sort], col(FollowUp.id)]
        # empty values (not done yet) last either way, on SQLite and PostgreSQL alike; only the nullable
        # key says so (NULLS LAST on the others would keep SQLite from walking the (status, due) index)
        stmt = self._filtered(q, select(*FOLLOWUP_COLUMNS)).order_by(
            *(o.nulls_last() if k is col(FollowUp.done_on) else o
              for k, o in ((k, k.desc() if q.descending else k.asc()) for k in keys)))
        if q.offset:
            stmt = stmt.offset(q.offset)
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        return to_followup_rows(s.execute(stmt).all())

    def _count(self, s: Session, q: FollowUpQuery) -> int:
        return int(s.execute(self._filtered(q, select(func.count(col(FollowUp.id))), joined=False)).scalar_one())

    @requires("read")
    def resolve(self, q: FollowUpQuery | dict[str, Any] | None = None) -> FollowUpQuery:
        """The query as it is run: checked, and due_soon turned into its last day (due_to)."""
        return self._query(q)

    def _query(self, q: FollowUpQuery | dict[str, Any] | None) -> FollowUpQuery:
        q = coerce(FollowUpQuery, q or {}, "follow-up query")
        if q.due_from is not None and q.due_to is not None and q.due_from > q.due_to:
            raise refuse("due_to", q.due_to.isoformat(), msg("on or after “due from” ({due_from})", due_from=q.due_from.isoformat()),
                         "follow-up query")
        if q.due_soon:
            window = (q.as_of or self.db.today()) + timedelta(days=load_settings(self.db).due_window_days)
            q = q.model_copy(update={"due_to": min(q.due_to, window) if q.due_to else window})
        return q

    def _filtered(self, q: FollowUpQuery, stmt: Select[Any], joined: bool = True) -> Select[Any]:
        """The filters of `q`; joined=False (a count) joins the case only when a filter needs it."""
        stmt = stmt.select_from(FollowUp)
        if joined or q.search.strip() or q.site is not None:
            stmt = stmt.join(Case, col(Case.id) == col(FollowUp.case_id))
        if joined:
            stmt = stmt.join(Patient, col(Patient.id) == col(Case.patient_id))
        where: builtins.list[ColumnElement[bool]] = []
        if q.search.strip():
            matching = select(col(Patient.id)).where(col(Patient.search_key).like(like_pattern(q.search), escape="\\"))
            where.append(col(Case.patient_id).in_(matching))
        if q.site is not None:
            where.append(col(Case.primary_site) == q.site.value)
        if q.test is not None:
            where.append(col(FollowUp.test) == q.test.value)
        if q.overdue_only:
            where += [col(FollowUp.status) == OPEN, col(FollowUp.due) < (q.as_of or self.db.today())]
        elif q.status is not None:
            where.append(col(FollowUp.status) == q.status.value)
        if q.due_from is not None:
            where.append(col(FollowUp.due) >= q.due_from)
        if q.due_to is not None:
            where.append(col(FollowUp.due) <= q.due_to)
        if q.responsible.strip():
            where.append(func.lower(col(FollowUp.responsible)).like(like_pattern(q.responsible), escape="\\"))
        return stmt.where(*where)

    @requires("read")
    def due(self, until: date, include_overdue: bool = True, as_of: date | None = None,
            limit: int | None = None) -> builtins.list[FollowUpRow]:
        """Open follow-ups due up to `until` (from `as_of`, default today, unless overdue ones are included)."""
        values: dict[str, object] = {"until": until}
        if not include_overdue:
            values["since"] = as_of or self.db.today()
        if limit is not None:
            values["limit"] = limit
        # two reads, each one SELECT without a session (the follow-ups, then their patients); a patient
        # renamed between them shows the new name
        columns, found = _due(include_overdue, limit is not None).run(self.db.engine, values)
        if not found:
            return []
        at = columns.index("case_id")
        patients = _patients_of(self.db.engine, {r[at] for r in found})
        return _DUE_ROWS.build([r + patients[r[at]] for r in found])

    @requires("read")
    def between(self, start: date, end: date, status: FollowUpStatus | None = None) -> builtins.list[FollowUpRow]:
        where = [col(FollowUp.due) >= start, col(FollowUp.due) <= end]
        if status is not None:
            where.append(col(FollowUp.status) == status.value)
        with self.db.read() as s:
            return followup_rows(s, *where)

    @requires("read")
    def for_case(self, case_id: int) -> builtins.list[FollowUpRow]:
        with self.db.read() as s:
            return followup_rows(s, col(FollowUp.case_id) == case_id)

    @requires("read")
    def uncommunicated(self) -> builtins.list[PendingCommunication]:
        """Decisions the patient or the referring doctor has not yet been told of (the worklist's second list)."""
        with self.db.read() as s:
            return self._uncommunicated(s)

    @staticmethod
    def _uncommunicated(s: Session) -> builtins.list[PendingCommunication]:
        pending = s.execute(
            select(Decision, col(Patient.mrn), col(Patient.name))
            .join(Case, col(Case.id) == col(Decision.case_id))
            .join(Patient, col(Patient.id) == col(Case.patient_id))
            .where(or_(col(Decision.patient_informed).is_(False), col(Decision.referrer_informed).is_(False)))
            .order_by(col(Decision.inform_patient_by), col(Decision.recorded_at), col(Decision.id))
        ).all()
        return [PendingCommunication(**dict(decision_out(d)), mrn=mrn, patient_name=name) for d, mrn, name in pending]

    @requires("read")
    def worklist(self, as_of: date | None = None) -> Worklist:
        day = as_of or self.db.today()
        settings = load_settings(self.db)
        soon = day + timedelta(days=settings.due_window_days)
        later = day + timedelta(days=settings.upcoming_window_days)
        with self.db.read() as s:
            overdue = followup_rows(s, col(FollowUp.status) == OPEN, col(FollowUp.due) < day)
            due = followup_rows(s, col(FollowUp.status) == OPEN, col(FollowUp.due) >= day, col(FollowUp.due) <= soon)
            upcoming = followup_rows(s, col(FollowUp.status) == OPEN, col(FollowUp.due) > soon, col(FollowUp.due) <= later)
            uncommunicated = self._uncommunicated(s)
        return Worklist(as_of=day, overdue=overdue, due=due, upcoming=upcoming, uncommunicated=uncommunicated)

    @requires("followup.edit")
    def add(self, case_id: int, due: date, test: FollowUpTest | str, note: str = "") -> FollowUpRow:
        """A follow-up the board asked for outside the planned schedule."""
        test_code = coded(FollowUpTest, test, "test", "follow-up")
        with self.db.write() as s:
            get_row(s, Case, case_id, "case")
            f = FollowUp(case_id=case_id, due=due, test=test_code.value, rule="", status=OPEN, note=note.strip())
            stamp_new(f, self.db)
            s.add(f)
            s.flush()
            audit(s, self.db, "followup", f.id, "create", None, snapshot(f))
            return followup_rows(s, col(FollowUp.id) == f.id)[0]

    @requires("followup.edit")
    def complete(self, followup_id: int, result: FollowUpResult | str, note: str = "",
                 expected_version: int | None = None, rebook_on: date | None = None,
                 done_on: date | None = None) -> FollowUpRow:
        """Record the result; a new lesion or progression sends the case back to `ready`.

        `done_on`: the day the test was done (default today; not after today).
        "Not done" needs `rebook_on`: the same test is booked again for that day (from today on),
        so a missed scan never silently leaves the worklist."""
        outcome = coded(FollowUpResult, result, "result", "follow-up result")
        if outcome is FollowUpResult.not_done:
            done_on = None
        elif done_on is None:
            done_on = self.db.today()
        elif done_on > self.db.today():
            raise refuse("done_on", done_on.isoformat(), msg("today ({today}) or earlier: the day the test was "
                                                             "done",
                                                             today=self.db.today().isoformat()), "follow-up result")
        if outcome is FollowUpResult.not_done:
            if rebook_on is None:
                raise refuse("rebook_on", None, N_("a new date for the test: it was not done, so it is booked "
                                                   "again"),
                             "follow-up result")
            if rebook_on < self.db.today():
                raise refuse("rebook_on", rebook_on.isoformat(),
                             msg("today ({today}) or later", today=self.db.today().isoformat()), "follow-up result")
        with self.db.write() as s:
            f = get_row(s, FollowUp, followup_id, "follow-up", lock=True)
            check_version(f, expected_version, "follow-up")
            if f.status != OPEN:
                raise refuse("status", f.status, N_("an open follow-up (this one is already closed)"), "follow-up")
            if rebook_on is not None and outcome is FollowUpResult.not_done:
                again = FollowUp(case_id=f.case_id, decision_id=f.decision_id, due=rebook_on, test=f.test,
                                 rule=f.rule, status=OPEN, note=f"booked again: not done (due {f.due.isoformat()})",
                                 responsible=f.responsible)
                stamp_new(again, self.db)
                s.add(again)
                s.flush()
                audit(s, self.db, "followup", again.id, "create", None, snapshot(again))
            before = snapshot(f)
            f.status, f.result = FollowUpStatus.done.value, outcome.value
            f.note = note.strip()
            f.completed_at, f.completed_by = self.db.now(), self.db.actor
            f.done_on = done_on
            touch(f, self.db)
            s.flush()
            audit(s, self.db, "followup", f.id, "complete", before, snapshot(f))
            if outcome in RELIST:
                case = get_row(s, Case, f.case_id, "case", lock=True)
                case_status.move(s, self.db, case, CaseStatus.ready)
            return followup_rows(s, col(FollowUp.id) == f.id)[0]

    @requires("followup.edit")
    def change(self, followup_id: int, reason: str, due: date | None = None, test: FollowUpTest | str | None = None,
               expected_version: int | None = None) -> FollowUpRow:
        """Change a planned follow-up after the decision (another interval: a new due day; another test):
        open ones only, the reason is required and kept in the audit trail with what changed."""
        test_code = coded(FollowUpTest, test, "test", "follow-up") if test is not None else None
        reason = self._reason(reason)
        if due is not None and due < self.db.today():
            raise refuse("due", due.isoformat(), msg("today ({today}) or later: a planned test is moved to a "
                                                     "day still ahead (a test already done is recorded with "
                                                     "Mark done)", today=self.db.today().isoformat()), "follow-up")
        with self.db.write() as s:
            f = self._open_row(s, followup_id, expected_version)
            before = snapshot(f)
            if due is not None:
                f.due = due
                f.provisional = False  # a day chosen by the user, no longer the meeting's estimate
            if test_code is not None:
                f.test = test_code.value
            if snapshot(f) == before:
                raise refuse("due", due.isoformat() if due else None,
                             N_("a different day or test: nothing would change"), "follow-up")
            touch(f, self.db)
            s.flush()
            audit(s, self.db, "followup", f.id, "change", before, {**snapshot(f), "reason": reason})
            return followup_rows(s, col(FollowUp.id) == f.id)[0]

    @requires("followup.edit")
    def cancel(self, followup_id: int, reason: str, expected_version: int | None = None) -> FollowUpRow:
        """Cancel a planned follow-up (the plan changed): it leaves the worklist, the reason stays in the trail.
        The case's last open follow-up cancelled ends its follow-up: an "in follow-up" case goes back to
        "discussed" (decided, nothing planned), audited as a status change."""
        reason = self._reason(reason)
        with self.db.write() as s:
            f = self._open_row(s, followup_id, expected_version)
            before = snapshot(f)
            f.status = FollowUpStatus.cancelled.value
            f.note = (f"{f.note}\n" if f.note else "") + f"cancelled: {reason}"
            touch(f, self.db)
            s.flush()
            audit(s, self.db, "followup", f.id, "cancel", before, {**snapshot(f), "reason": reason})
            still_open = s.execute(select(col(FollowUp.id)).where(col(FollowUp.case_id) == f.case_id,
                                                                  col(FollowUp.status) == OPEN).limit(1)).first()
            if still_open is None:
                case = get_row(s, Case, f.case_id, "case", lock=True)
                if case.status == CaseStatus.follow_up.value:
                    case_status.move(s, self.db, case, CaseStatus.discussed)
            return followup_rows(s, col(FollowUp.id) == f.id)[0]

    @staticmethod
    def _reason(reason: str) -> str:
        reason = (reason or "").strip()
        if not reason:
            raise refuse("reason", reason, N_("a reason: a planned follow-up is part of the board's decision, "
                                              "so why it changes is kept in the audit trail"), "follow-up")
        return reason

    def _open_row(self, s: Any, followup_id: int, expected_version: int | None) -> FollowUp:
        f = get_row(s, FollowUp, followup_id, "follow-up", lock=True)
        check_version(f, expected_version, "follow-up")
        if f.status != OPEN:
            raise refuse("status", f.status, N_("an open follow-up (this one is already done or cancelled)"), "follow-up")
        return f

    @requires("read")
    def get(self, followup_id: int) -> FollowUpRow:
        with self.db.read() as s:
            get_row(s, FollowUp, followup_id, "follow-up")
            return followup_rows(s, col(FollowUp.id) == followup_id)[0]

