"""The day a new meeting defaults to: the board's weekday, after the latest meeting and today."""

from __future__ import annotations

from datetime import date

from tumorboard.services.meetings import next_meeting_day

MONDAY = date(2026, 11, 23)


def test_the_weekday_of_the_latest_meeting_after_today() -> None:
    assert next_meeting_day(date(2026, 11, 18), MONDAY) == date(2026, 11, 25)  # a Wednesday board
    assert next_meeting_day(date(2026, 11, 25), MONDAY) == date(2026, 12, 2)  # the next one is planned
    assert next_meeting_day(MONDAY, MONDAY) == date(2026, 11, 30)  # today's meeting: next week
    assert next_meeting_day(date(2025, 1, 3), MONDAY) == date(2026, 11, 27)  # a Friday long ago


def test_a_week_from_today_without_meetings() -> None:
    assert next_meeting_day(None, MONDAY) == date(2026, 11, 30)
