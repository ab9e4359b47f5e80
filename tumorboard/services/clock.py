"""The services' clock: what "today" and "now" are.

Every date the program derives (due follow-ups, "fresh" labs, the next meeting day, the GUI's defaults)
comes from the workspace's clock, never from the wall clock directly, so a test (or a demo) can fix the
day: `ws.clock = FixedClock(date(2027, 1, 4))`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from time import monotonic

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
    """A clock whose day never changes (tests, reproducible demos). Its time starts at noon of that day and
    runs on as the process does, so rows written one after another still carry times in that order."""

    def __init__(self, day: date) -> None:
        self.day = day
        self._start = datetime.combine(day, time(12, 0), tzinfo=UTC)
        self._started = monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=monotonic() - self._started)

    def today(self) -> date:
        return self.day
