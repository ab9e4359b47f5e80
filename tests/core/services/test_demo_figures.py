"""The demo board is consistent in time, so its figures are plausible: a case is referred after its liver
disease was found, listed after that and before its meeting (a carried-over case on the day it was
deferred), decided at the meeting, its referrer told after it, follow-ups completed on or after the
meeting; no figure of the board (`ws.stats`) is a negative duration or a share above one."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from tumorboard.services.demo import populate
from tumorboard.services.stats import Quartiles, Share
from tumorboard.store.models import AgendaItem, Case, Decision, FollowUp, Meeting

pytestmark = pytest.mark.db


def day_of(stamp: datetime) -> date:
    return stamp.date()


def test_every_figure_of_the_demo_board_is_plausible(workspace):
    list(populate(workspace.db, 900, seed=5))
    today = workspace.today()
    s = workspace.stats.compute()
    assert s.meetings_held >= 12 and s.meetings_planned == 3
    assert 0 < s.cases_per_meeting <= 40 and 1 <= s.minutes_per_case <= 30
    for name in ("listing_to_meeting_days", "meeting_to_treatment_days"):
        q: Quartiles = getattr(s, name)
        assert q.n > 0 and 0 <= q.q1 <= q.median <= q.q3 <= 60, (name, q)
    assert s.listing_to_meeting_days.median >= 3  # listed days ahead, not on the day the demo ran
    shares: list[Share] = [s.deferred, s.rediscussed, s.deviations, s.quorum_met, *s.implemented.values(),
                           *s.attendance.values()]
    assert all(0 <= x.count <= x.of for x in shares)
    assert 0 < s.deferred.count and s.deferred.rate < 0.2 and s.deviations.rate < 0.3
    assert all(x.count > 0 for x in s.implemented.values() if x.of)  # treatment dates follow their meetings
    assert all(p.meeting_date < today and p.cases >= 0 and (p.minutes_per_case is None or p.minutes_per_case > 0)
               for p in s.per_meeting)

    with workspace.read() as ss:
        meetings = {m.id: m for m in ss.execute(select(Meeting)).scalars()}
        cases = {c.id: c for c in ss.execute(select(Case)).scalars()}
        items = list(ss.execute(select(AgendaItem)).scalars())
        decisions = list(ss.execute(select(Decision)).scalars())
        followups = list(ss.execute(select(FollowUp)).scalars())
    now = workspace.now()
    assert all(c.referrer and c.gp for c in cases.values())  # the letter has its addressees
    for c in cases.values():
        assert c.created_at <= now
        if c.liver_mets_detected_on:
            assert day_of(c.created_at) >= c.liver_mets_detected_on or day_of(c.created_at) == today
    by_id = {i.id: i for i in items}
    for i in items:
        listed, meeting = day_of(i.created_at), meetings[i.meeting_id].meeting_date
        assert listed <= meeting and listed <= today, (i.id, listed, meeting)
        assert (meeting - listed).days <= 60
        assert day_of(cases[i.case_id].created_at) <= listed  # referred, then listed
        if i.carried_from_id is not None:  # carried over on the day of the meeting that deferred it
            assert listed == meetings[by_id[i.carried_from_id].meeting_id].meeting_date
    for d in decisions:
        held = meetings[d.meeting_id].meeting_date
        assert day_of(d.recorded_at) == held and d.recorded_at <= now
        for told in (d.patient_informed_at, d.referrer_informed_at):
            assert told is None or held <= day_of(told) <= today
        assert d.referrer == cases[d.case_id].referrer
        assert d.treatment_date is None or d.treatment_date > held
    decided_on = {d.id: meetings[d.meeting_id].meeting_date for d in decisions}
    for f in followups:
        if f.completed_at is not None:
            assert decided_on[f.decision_id] <= day_of(f.completed_at) <= today and f.completed_at <= now
