"""iCalendar export (RFC 5545, via the icalendar library): a case's follow-ups
as all-day events, and a meeting as a published event or an invitation.

UIDs are UUIDs stored with each meeting and follow-up, so exporting again
updates the events already in a calendar instead of duplicating them, and two
databases never hand out the same UID. SEQUENCE follows the record's version.
A timed event carries its time zone (TZID) and the VTIMEZONE that defines it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Tumorboard//Tumor board follow-up//EN"


@dataclass(frozen=True)
class CalendarEntry:
    key: str  # the stored UID (a UUID)
    day: date
    summary: str
    description: str = ""
    sequence: int = 0  # raised each time the follow-up changes


@dataclass(frozen=True)
class Person:
    """A name as written in the attendance list; "Dr. Keller <keller@example.org>" gives an address."""

    name: str
    role: str = ""

    def address(self) -> vCalAddress:
        found = re.search(r"<([^<>@\s]+@[^<>\s]+)>", self.name)
        cn = re.sub(r"\s*<[^<>]*>\s*", " ", self.name).strip() or self.name
        uri = f"mailto:{found.group(1)}" if found else "urn:x-tumorboard:person:" + re.sub(r"\W+", "-", cn).strip("-")
        addr = vCalAddress(uri)
        addr.params["cn"] = vText(cn)
        return addr


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
        event.add("uid", entry.key)
        event.add("dtstamp", stamp)
        event.add("sequence", entry.sequence)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        cal.add_component(event)
    return bytes(cal.to_ical())


def meeting_invitation(uid: str, title: str, start: date | datetime, end: date | datetime, location: str,
                       agenda: Iterable[str], stamp: datetime, sequence: int = 0,
                       organizer: Person | None = None, attendees: Iterable[Person] = ()) -> bytes:
    """A meeting as one VEVENT; `agenda` lines must not carry full patient names. A timed `start`
    must be time-zone aware: its zone is written as TZID with a VTIMEZONE. With an `organizer`
    it is an invitation (METHOD:REQUEST, ORGANIZER, one ATTENDEE per person), else published."""
    cal = _calendar(title)
    cal.add("method", "REQUEST" if organizer is not None else "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", title)
    if location:
        event.add("location", location)
    lines = list(agenda)
    event.add("description", "Agenda:\n" + "\n".join(lines) if lines else "Agenda: no cases listed yet.")
    if organizer is not None:
        event.add("organizer", organizer.address())
        for person in attendees:
            addr = person.address()
            addr.params["role"] = vText("REQ-PARTICIPANT")
            addr.params["partstat"] = vText("NEEDS-ACTION")
            addr.params["rsvp"] = vText("TRUE")
            event.add("attendee", addr, encode=False)
    cal.add_component(event)
    if isinstance(start, datetime):
        cal.add_missing_timezones()  # the VTIMEZONE for the event's TZID
    return bytes(cal.to_ical())
