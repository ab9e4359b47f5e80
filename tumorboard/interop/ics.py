"""iCalendar export (RFC 5545, via the icalendar library): a case's follow-ups
as all-day events, and a meeting invitation.

UIDs are derived from database ids, so exporting again updates the events
already in the hospital calendar instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

PRODID = "-//Tumorboard//Tumor board follow-up//EN"
UID_DOMAIN = "tumorboard.invalid"  # .invalid: never a real host, only a namespace for UIDs


@dataclass(frozen=True)
class CalendarEntry:
    key: str  # stable within the domain, e.g. "followup-42"
    day: date
    summary: str
    description: str = ""


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal


def followup_calendar(name: str, entries: Iterable[CalendarEntry], stamp: datetime) -> bytes:
    """One all-day VEVENT per follow-up (stamp: when exported, UTC-aware)."""
    cal = _calendar(name)
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.key}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        cal.add_component(event)
    return bytes(cal.to_ical())


def meeting_invitation(meeting_id: int, title: str, start: datetime, end: datetime, location: str,
                       agenda: Iterable[str], stamp: datetime) -> bytes:
    """A meeting as one VEVENT; `agenda` lines must not carry full patient names."""
    cal = _calendar(title)
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"meeting-{meeting_id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", title)
    if location:
        event.add("location", location)
    lines = list(agenda)
    event.add("description", "Agenda:\n" + "\n".join(lines) if lines else "Agenda: no cases listed yet.")
    cal.add_component(event)
    return bytes(cal.to_ical())
