"""The services' clock: what "today" and "now" are.

Every date the program derives (due follow-ups, "fresh" labs, the next meeting day, the GUI's defaults)
comes from the workspace's clock, never from the wall clock directly, so a test (or a demo) can fix the
day: `ws.clock = FixedClock(date(2027, 1, 4))`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from tumorboard.store.types import utcnow


class Clock:
    """The wall clock (the default)."""

    def now(self) -> datetime:
        """The current moment, timezone-aware UTC (rows are stamped with it)."""
        return utcnow()

    def today(self) -> date:
        """The workstation's calendar day."""
        return date.today()


class FixedClock(Clock):
    """A clock that always says the same day (and noon UTC of it): tests and reproducible demos."""

    def __init__(self, day: date) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(12, 0), tzinfo=UTC)

    def today(self) -> date:
        return self.day
