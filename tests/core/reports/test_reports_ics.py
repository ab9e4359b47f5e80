"""Calendar files parse back with icalendar and carry the right dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tumorboard.interop.ics import CalendarEntry, Person, followup_calendar, meeting_invitation

STAMP = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_followups_become_all_day_events_with_stable_uids():
    entries = [CalendarEntry(key=f"followup-{n}", day=date(2027, 1, 1) + timedelta(days=90 * n),
                             summary=f"CT or MRI scan of the liver · case #{n}", description="Rule FU-2")
               for n in range(1, 4)]
    raw = followup_calendar("Follow-up case #1", entries, STAMP)
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [e.day for e in entries]
    for event, entry in zip(events, entries, strict=True):
        assert type(event.decoded("dtstart")) is date  # all-day: VALUE=DATE, no time
        assert event.decoded("dtend") == entry.day + timedelta(days=1)
        assert str(event["summary"]) == entry.summary
    assert b"DTSTART;VALUE=DATE:20270401" in raw
    again = Calendar.from_ical(followup_calendar("x", entries, STAMP + timedelta(days=3))).walk("VEVENT")
    assert [str(e["uid"]) for e in again] == [str(e["uid"]) for e in events]
    assert len({str(e["uid"]) for e in events}) == 3


def test_meeting_invitation_has_time_place_and_agenda():
    start = datetime(2026, 12, 1, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    uid = "5f0c1a2e-8d7b-4c1e-9a51-3b2f6e4d7a90"
    raw = meeting_invitation(uid, "Liver tumor board", start, start + timedelta(hours=1), "Room 2",
                             ["1. 08:00 case #12 · Colorectal", "2. 08:10 case #14 · Breast"], STAMP, sequence=3)
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == start and event.decoded("dtend") == start + timedelta(hours=1)
    assert b"DTSTART;TZID=Europe/Berlin:20261201T080000" in raw
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Berlin" and zone.walk("STANDARD")
    assert str(event["location"]) == "Room 2"
    assert "case #14 · Breast" in str(event["description"])
    assert str(event["uid"]) == uid and int(event["sequence"]) == 3
    assert str(cal["method"]) == "PUBLISH" and "ORGANIZER" not in event


def test_an_invitation_has_an_organizer_and_the_attendees():
    start = datetime(2026, 12, 1, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    raw = meeting_invitation("u-1", "Board", start, start + timedelta(hours=1), "", [], STAMP,
                             organizer=Person("Tumour board office <office@example.org>"),
                             attendees=[Person("Dr. Keller <keller@example.org>", "surgery"), Person("Dr. 陈静")])
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert str(cal["method"]) == "REQUEST"
    assert str(event["organizer"]) == "mailto:office@example.org"
    assert event["organizer"].params["CN"] == "Tumour board office"
    attendees = event["attendee"] if isinstance(event["attendee"], list) else [event["attendee"]]
    assert [str(a) for a in attendees] == ["mailto:keller@example.org"]
    assert [a.params["CN"] for a in attendees] == ["Dr. Keller"]
    assert all(a.params["PARTSTAT"] == "NEEDS-ACTION" for a in attendees)
    # no e-mail address, no cal-address: named in the description instead of an invented URI
    assert b"urn:" not in raw and "Dr. 陈静" in str(event["description"])


def test_without_an_organiser_address_the_event_is_published_with_the_attendance_listed():
    start = datetime(2026, 12, 1, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    raw = meeting_invitation("u-2", "Board", start, start + timedelta(hours=1), "", [], STAMP,
                             organizer=Person("Tumour board office"),
                             attendees=[Person("Dr. Keller <keller@example.org>", "surgery"), Person("Dr. 陈静")])
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert str(cal["method"]) == "PUBLISH" and "ORGANIZER" not in event and "ATTENDEE" not in event
    assert "Attendance:\nDr. Keller (surgery)\nDr. 陈静" in str(event["description"])
