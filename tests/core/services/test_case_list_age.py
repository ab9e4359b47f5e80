"""The case list's age column: whole years on the workspace's day, computed in SQL (SQLite and PostgreSQL),
sortable in SQL; patients without a birth date sort last in both directions."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

pytestmark = pytest.mark.db


def _born(ws: Any, mrn: str, birth: date | None, name: str = "王丽") -> None:
    ws.cases.create({"patient": {"mrn": mrn, "name": name, "birth_date": birth}, "facts": {"primary_site": "colorectal"}})


def _years_before(day: date, years: int, month: int, dom: int) -> date:
    return date(day.year - years, month, dom)


def test_ages_are_whole_years_on_the_day_and_sort_in_sql(workspace: Any) -> None:
    today = workspace.today()
    assert (today.month, today.day) not in ((1, 1), (12, 31)), "the fixed test clock is not at a year's edge"
    birthday_today = date(today.year - 60, today.month, today.day)
    birthday_tomorrow = date.fromordinal(birthday_today.toordinal() + 1)  # still 59 today
    _born(workspace, "A-1", birthday_today)
    _born(workspace, "A-2", birthday_tomorrow)
    _born(workspace, "A-3", date(today.year - 30, 1, 1))
    _born(workspace, "A-4", None)
    _born(workspace, "A-5", date(today.year - 85, 12, 31))
    rows = {r.mrn: r.age_years for r in workspace.cases.query({})}
    assert rows == {"A-1": 60, "A-2": 59, "A-3": 30, "A-4": None, "A-5": 84}
    young_first = [r.mrn for r in workspace.cases.query({"sort": "age"})]
    assert young_first == ["A-3", "A-2", "A-1", "A-5", "A-4"]
    old_first = [r.mrn for r in workspace.cases.query({"sort": "age", "descending": True})]
    assert old_first == ["A-5", "A-1", "A-2", "A-3", "A-4"]
    assert workspace.cases.ids({"sort": "age"}) == [r.id for r in workspace.cases.query({"sort": "age"})]
    page = workspace.cases.query({"sort": "age", "offset": 1, "limit": 2})
    assert [(r.mrn, r.age_years) for r in page] == [("A-2", 59), ("A-1", 60)]
