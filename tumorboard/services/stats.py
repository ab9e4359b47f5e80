"""The board's own figures (`tumorboard stats`, the "Board figures" page, its PDF), computed in SQL.

Over the meetings held (finalised) between `start` and `end` (both included; default: all):
meetings and cases per meeting, minutes per case (the review timer), deferral and re-discussion rates
with their reasons, decisions deviating from the tier-1 recommendation and why, decisions implemented
(a treatment date or a completed follow-up) within 30/60/90 days of the meeting, days from listing
to meeting and from meeting to treatment (median and quartiles), quorum met, attendance by specialty,
and the follow-ups overdue today. Each figure is one aggregate query: fast at 100,000 cases.

Definitions (the test recomputes them independently):
- re-discussion: an item discussed whose case had been discussed at an earlier meeting; its "reason"
  is the question put to the board;
- implemented within N days: among decisions whose meeting is at least N days ago, the share whose
  treatment date or first completed follow-up is at most N days after the meeting;
- quartiles: nearest rank (the value at rank ceil(p * n) of the sorted values).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Date, Integer, Select, and_, case, cast, distinct, exists, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from tumorboard.i18n import N_, msg, normalize, using
from tumorboard.store.models import AgendaItem, Attendance, Decision, FollowUp, Meeting

from .base import refuse
from .database import Database
from .permissions import requires
from .settings import load as load_settings

TOP_REASONS = 8
WINDOWS = (30, 60, 90)


#: a reason left blank, as the figures show it (translated where it is shown)
NO_REASON = N_("(no reason given)")

class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Quartiles(_Out):
    n: int
    q1: float | None
    median: float | None
    q3: float | None


class Reason(_Out):
    reason: str
    count: int


class MeetingPoint(_Out):
    meeting_id: int
    meeting_date: date
    cases: int
    minutes_per_case: float | None


class Share(_Out):
    count: int
    of: int

    @property
    def rate(self) -> float | None:
        return self.count / self.of if self.of else None


class BoardStats(_Out):
    start: date | None
    end: date | None
    as_of: date
    meetings_held: int
    meetings_planned: int
    cases_on_agenda: int
    cases_per_meeting: float | None
    minutes_per_case: float | None
    deferred: Share
    deferral_reasons: list[Reason]
    rediscussed: Share
    rediscussion_reasons: list[Reason]
    deviations: Share
    deviation_reasons: list[Reason]
    implemented: dict[int, Share]
    listing_to_meeting_days: Quartiles
    meeting_to_treatment_days: Quartiles
    quorum_met: Share
    attendance: dict[str, Share]
    followups_overdue: int
    per_meeting: list[MeetingPoint]


class Stats:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("read")
    def compute(self, start: date | None = None, end: date | None = None) -> BoardStats:
        if start and end and start > end:
            raise refuse("from", start.isoformat(), msg("a day up to --to ({end})", end=end.isoformat()), "board figures")
        ws = self.db
        today = ws.today()
        pg = not ws.is_sqlite
        m, a, d = Meeting.__table__.c, AgendaItem.__table__.c, Decision.__table__.c  # type: ignore[attr-defined]
        in_range: list[ColumnElement[bool]] = []
        if start:
            in_range.append(m.meeting_date >= start)
        if end:
            in_range.append(m.meeting_date <= end)
        held = and_(m.status == "finalised", *in_range)

        def one(stmt: Select[Any]) -> Any:
            return ws.fetch(stmt)[0]

        meetings_held, meetings_planned = one(select(
            func.count().filter(m.status == "finalised"), func.count().filter(m.status != "finalised"))
            .where(*in_range))
        on_held = AgendaItem.__table__.join(Meeting.__table__, m.id == a.meeting_id)  # type: ignore[attr-defined]
        cases_n, seconds, decided_n, deferred_n = one(select(
            func.count(), func.avg(a.time_spent_seconds),
            func.count().filter(a.outcome.is_not(None)), func.count().filter(a.outcome == "deferred"))
            .select_from(on_held).where(held))
        deferral_reasons = self._reasons(select(a.deferred_reason, func.count()).select_from(on_held)
                                         .where(held, a.outcome == "deferred").group_by(a.deferred_reason))
        earlier_item, earlier_meeting = aliased(AgendaItem), aliased(Meeting)
        before = exists().where(col(earlier_item.case_id) == a.case_id, col(earlier_item.outcome) == "discussed",
                                col(earlier_item.meeting_id) == col(earlier_meeting.id),
                                col(earlier_meeting.meeting_date) < m.meeting_date)
        discussed_n, again_n = one(select(func.count(), func.count().filter(before)).select_from(on_held)
                                   .where(held, a.outcome == "discussed"))
        rediscussion_reasons = self._reasons(select(a.question, func.count()).select_from(on_held)
                                             .where(held, a.outcome == "discussed", before).group_by(a.question))
        on_meeting = Decision.__table__.join(Meeting.__table__, m.id == d.meeting_id)  # type: ignore[attr-defined]
        decisions_n, deviating_n = one(select(func.count(), func.count().filter(d.deviation.is_(True)))
                                       .select_from(on_meeting).where(held))
        deviation_reasons = self._reasons(select(d.deviation_reason, func.count()).select_from(on_meeting)
                                          .where(held, d.deviation.is_(True)).group_by(d.deviation_reason))
        f = FollowUp.__table__.c  # type: ignore[attr-defined]
        done = (select(f.decision_id.label("decision_id"), func.min(_day(f.completed_at, pg)).label("day"))
                .where(f.status == "done", f.decision_id.is_not(None)).group_by(f.decision_id).subquery())
        first_done, treated = done.c.day, _day(d.treatment_date, pg)
        implemented_on = case((and_(treated.is_not(None), or_(first_done.is_(None), treated <= first_done)), treated),
                              else_=first_done)
        lags = (select(_days(literal(today, Date), m.meeting_date, pg).label("age"),
                       _days(implemented_on, m.meeting_date, pg).label("lag"))
                .select_from(on_meeting.outerjoin(done, done.c.decision_id == d.id)).where(held).subquery())
        counts = one(select(*[x for n in WINDOWS for x in (func.count().filter(lags.c.age >= n),
                                                            func.count().filter(lags.c.age >= n, lags.c.lag <= n))]))
        implemented = {n: Share(count=counts[2 * i + 1], of=counts[2 * i]) for i, n in enumerate(WINDOWS)}
        listing = self._quartiles(select(_days(m.meeting_date, a.created_at, pg).label("v")).select_from(on_held)
                                  .where(held))
        treatment = self._quartiles(select(_days(d.treatment_date, m.meeting_date, pg).label("v")).select_from(on_meeting)
                                    .where(held, d.treatment_date.is_not(None)))
        core = load_settings(ws).core_specialties
        at = Attendance.__table__.c  # type: ignore[attr-defined]
        covered = (select(func.count(distinct(at.role))).where(at.meeting_id == m.id, at.present.is_(True),
                                                               at.role.in_(core)).scalar_subquery())
        quorum_n = one(select(func.count().filter(covered >= len(core))).where(held))[0] if core else meetings_held
        attendance = {role: Share(count=n, of=meetings_held) for role, n in ws.fetch(
            select(at.role, func.count(distinct(at.meeting_id))).join(Meeting, m.id == at.meeting_id)
            .where(held, at.present.is_(True)).group_by(at.role).order_by(at.role))}
        overdue = one(select(func.count()).where(f.status == "open", f.due < today))[0]
        per_meeting = [MeetingPoint(meeting_id=r[0], meeting_date=r[1], cases=r[2],
                                    minutes_per_case=None if r[3] is None else round(float(r[3]) / 60, 1))
                       for r in ws.fetch(select(m.id, m.meeting_date, func.count(a.id), func.avg(a.time_spent_seconds))
                                         .select_from(Meeting.__table__.outerjoin(  # type: ignore[attr-defined]
                                             AgendaItem.__table__, m.id == a.meeting_id))  # type: ignore[attr-defined]
                                         .where(held).group_by(m.id, m.meeting_date)
                                         .order_by(m.meeting_date))]
        return BoardStats(
            start=start, end=end, as_of=today, meetings_held=meetings_held, meetings_planned=meetings_planned,
            cases_on_agenda=cases_n, cases_per_meeting=round(cases_n / meetings_held, 2) if meetings_held else None,
            minutes_per_case=None if seconds is None else round(float(seconds) / 60, 1),
            deferred=Share(count=deferred_n, of=decided_n), deferral_reasons=deferral_reasons,
            rediscussed=Share(count=again_n, of=discussed_n), rediscussion_reasons=rediscussion_reasons,
            deviations=Share(count=deviating_n, of=decisions_n), deviation_reasons=deviation_reasons,
            implemented=implemented, listing_to_meeting_days=listing, meeting_to_treatment_days=treatment,
            quorum_met=Share(count=quorum_n, of=meetings_held), attendance=attendance, followups_overdue=overdue,
            per_meeting=per_meeting)

    @requires("print")
    def pdf(self, start: date | None = None, end: date | None = None, language: str | None = None) -> bytes:
        """The figures with their charts as a printable PDF (the accreditation file), its words in `language`
        (None: the session's)."""
        from tumorboard.reports.data import Letterhead
        from tumorboard.reports.figures import render_figures

        settings = load_settings(self.db)
        return render_figures(self.compute(start, end).model_dump(mode="json"),
                              Letterhead(hospital_name=settings.hospital_name, department=N_("Liver tumor board"),
                                         generated_at=self.db.now(), language=normalize(language),
                                         confidentiality=N_("Board figures: no patient is named in this document.")))

    @requires("print")
    def charts(self, s: BoardStats, language: str | None = None) -> dict[str, bytes]:
        """The page's charts, each a one-page PDF drawn by reportlab (the GUI renders them with PDFium):
        "trend" (cases and minutes per meeting), "deviations" and "deferrals" (reasons); words in `language`."""
        from tumorboard.reports.figures import (
            AGENDA_ITEMS,
            DECISIONS,
            drawing_pdf,
            reasons_drawing,
            trend_drawing,
        )

        data = s.model_dump(mode="json")
        with using(language):
            return {"trend": drawing_pdf(trend_drawing(data["per_meeting"])),
                    "deviations": drawing_pdf(reasons_drawing(data["deviation_reasons"], DECISIONS)),
                    "deferrals": drawing_pdf(reasons_drawing(data["deferral_reasons"], AGENDA_ITEMS))}

    @staticmethod
    def rows(s: BoardStats, language: str | None = None) -> list[tuple[str, str]]:
        """The figures as (what, value) lines, as the PDF's table shows them, in `language`."""
        from tumorboard.reports.figures import summary_rows

        with using(language):
            return summary_rows(s.model_dump(mode="json"))

    @requires("read")
    def case_trend(self, case_id: int) -> dict[str, list[tuple[date, float]]]:
        """CEA (the case's lab results) and the largest liver lesion (each value the case facts held,
        dated by its audit entry) over time, for the case page's small chart."""
        from tumorboard.store.models import AuditEvent, Case, LabResult

        from .base import get_row

        with self.db.read() as s:
            get_row(s, Case, case_id, "case")
            cea = [(r[0], float(r[1])) for r in s.execute(
                select(col(LabResult.taken_on), col(LabResult.value))
                .where(col(LabResult.case_id) == case_id, col(LabResult.test) == "cea").order_by(col(LabResult.taken_on)))]
            sizes: list[tuple[date, float]] = []
            for at, after in s.execute(select(col(AuditEvent.at), col(AuditEvent.after))
                                       .where(col(AuditEvent.entity) == "case", col(AuditEvent.entity_id) == case_id)
                                       .order_by(col(AuditEvent.at), col(AuditEvent.id))):
                value = (after or {}).get("largest_lesion_cm")
                if isinstance(value, int | float) and not isinstance(value, bool):
                    day = at.date()
                    sizes = [p for p in sizes if p[0] != day] + [(day, float(value))]  # the day's last value
        return {"cea_ng_ml": cea, "largest_lesion_cm": sizes}

    @requires("print")
    def case_trend_chart(self, case_id: int, language: str | None = None) -> bytes:
        """The case trend as a small chart (a one-page PDF: reportlab; the GUI renders it with PDFium)."""
        from tumorboard.reports.figures import case_trend_drawing, drawing_pdf

        trend = self.case_trend(case_id)
        with using(language):
            return drawing_pdf(case_trend_drawing(trend))

    def _reasons(self, stmt: Select[Any]) -> list[Reason]:
        rows = self.db.fetch(stmt.order_by(func.count().desc()).limit(TOP_REASONS))
        return [Reason(reason=(r[0] or "").strip() or NO_REASON, count=r[1]) for r in rows]

    def _quartiles(self, values: Select[Any]) -> Quartiles:
        inner = values.subquery()
        v = inner.c.v
        ranked = select(v.label("v"), func.row_number().over(order_by=v).label("rn"),
                        func.count().over().label("n")).where(v.is_not(None)).subquery()
        rn, n = ranked.c.rn, ranked.c.n
        ranks = {"q1": (n + 3) // 4, "median": (n + 1) // 2, "q3": (3 * n + 3) // 4}
        rows = self.db.fetch(select(ranked.c.v, rn, n, *[(rn == r).label(k) for k, r in ranks.items()])
                             .where(or_(*[rn == r for r in ranks.values()])))
        out: dict[str, Any] = {"n": rows[0][2] if rows else 0, "q1": None, "median": None, "q3": None}
        for row in rows:
            for i, k in enumerate(ranks):
                if row[3 + i]:
                    out[k] = float(row[0])
        return Quartiles(**out)


def _day(value: Any, pg: bool) -> ColumnElement[Any]:
    """A date or timestamp as a calendar day (comparable across the two)."""
    return cast(value, Date) if pg else func.date(value)


def _days(later: Any, earlier: Any, pg: bool) -> ColumnElement[Any]:
    """Whole days from `earlier` to `later` (dates or timestamps; UTC)."""
    if pg:
        return cast(later, Date) - cast(earlier, Date)
    return cast(func.julianday(func.date(later)) - func.julianday(func.date(earlier)), Integer)
