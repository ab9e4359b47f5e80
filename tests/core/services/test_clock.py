"""The workspace clock is what "today" means for the services: a test fixes it and every derived date
follows (no test depends on the wall clock, so none races at midnight)."""

from __future__ import annotations

from datetime import date

import pytest

from tumorboard.services import FixedClock

pytestmark = pytest.mark.db


def test_the_fixture_workspace_runs_on_the_sessions_fixed_day(workspace, today):
    assert isinstance(workspace.clock, FixedClock) and workspace.today() == today


def test_rows_and_readiness_follow_a_fixed_clock(workspace, make_case):
    day = date(2031, 5, 5)
    workspace.clock = FixedClock(day)
    case = make_case()
    assert workspace.today() == day and workspace.now().date() == day
    assert case.created_at.date() == day, "rows are stamped by the workspace clock"
    from tumorboard.services.schemas import LabIn

    workspace.cases.add_lab(case.id, LabIn(taken_on=date(2031, 5, 1), test="bilirubin", value=12))
    workspace.clock = FixedClock(date(2031, 4, 30))
    with pytest.raises(Exception, match="2031-05-01"):  # after "today": refused by the same clock
        workspace.cases.add_lab(case.id, LabIn(taken_on=date(2031, 5, 1), test="albumin", value=40))
