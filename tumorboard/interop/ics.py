"""iCalendar export (RFC 5545, via the icalendar library): a case's follow-ups
as all-day events, and a meeting as a published event or an invitation.

UIDs are UUIDs stored with each meeting and follow-up, so exporting again
updates the events already in a calendar instead of duplicating them, and two
databases never hand out the same UID. SEQUENCE follows the record's version.
A timed event carries its time zone (TZID) and the VTIMEZONE that defines it.

ORGANIZER and ATTENDEE are cal-addresses (RFC 5545 3.3.3): mailto: URIs, the only kind calendar
clients can reply to. A person on the attendance list without an e-mail address is therefore not
made an ATTENDEE (an invented URI would be a guest nobody can reach, shown oddly or dropped by
clients); the event's description names them instead, so the list stays complete.
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

    @property
    def email(self) -> str:
        found = EMAIL.search(self.name)
        return found.group(1) if found else ""

    @property
    def display(self) -> str:
        """The name without its address, with the role: "Dr. 陈静 (pathology)"."""
        cn = re.sub(r"\s*<[^<>]*>\s*", " ", self.name).strip() or self.name
        return f"{cn} ({self.role})" if self.role else cn

    def address(self) -> vCalAddress | None:
        """The mailto: cal-address with the name as CN; None without an e-mail address."""
        if not self.email:
            return None
        addr = vCalAddress(f"mailto:{self.email}")
        addr.params["cn"] = vText(re.sub(r"\s*<[^<>]*>\s*", " ", self.name).strip() or self.email)
        return addr


#: an address written after the name: "Dr. Keller <keller@example.org>"
EMAIL = re.compile(r"<([^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)>")


def has_email(name: str) -> bool:
    return bool(EMAIL.search(name))


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
    that has an e-mail address it is an invitation (METHOD:REQUEST, ORGANIZER, an ATTENDEE for each
    person with an e-mail address, the others named in the description), else published."""
    people = list(attendees)
    org = organizer.address() if organizer is not None else None
    invited = [(p, a) for p in people if (a := p.address()) is not None] if org is not None else []
    cal = _calendar(title)
    cal.add("method", "REQUEST" if invited else "PUBLISH")
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
    text = "Agenda:\n" + "\n".join(lines) if lines else "Agenda: no cases listed yet."
    others = [p.display for p in people if all(p is not q for q, _a in invited)]
    if others:
        heading = ("Also attending (no e-mail address on the attendance list, so not invited by this calendar):"
                   if invited else "Attendance:")
        text += f"\n\n{heading}\n" + "\n".join(others)
    event.add("description", text)
    if invited:
        event.add("organizer", org)
        for _person, addr in invited:
            addr.params["role"] = vText("REQ-PARTICIPANT")
            addr.params["partstat"] = vText("NEEDS-ACTION")
            addr.params["rsvp"] = vText("TRUE")
            event.add("attendee", addr, encode=False)
    cal.add_component(event)
    if isinstance(start, datetime):
        cal.add_missing_timezones()  # the VTIMEZONE for the event's TZID
    return bytes(cal.to_ical())
