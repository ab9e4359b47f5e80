"""The report services and CLI end to end on a real database (SQLite file, or
PostgreSQL when TUMORBOARD_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
import re
from datetime import date, time, timedelta
from typing import Any

import pytest
from icalendar import Calendar

import tumorboard.engine
from tumorboard.cli import main
from tumorboard.services import reports
from tumorboard.services.schemas import CASE_STATUS_LABELS, DECIDED_STATUSES

pytestmark = pytest.mark.db

#: decisions snapshot the engine's recommendation: they need the engine
needs_engine = pytest.mark.skipif(not hasattr(tumorboard.engine, "evaluate"),
                                  reason="the decision engine (tumorboard.engine.evaluate) is not in this build")

FACTS = {
    "primary_site": "colorectal", "liver_mets": "confirmed", "timing": "synchronous", "confirmed_by": ["ct", "mri"],
    "lesion_count": 2, "largest_lesion_cm": 2.0, "primary_resectable": True, "liver_resectable": True,
    "fit_for_major_surgery": True, "accepts_surgery": True, "extrahepatic_disease": "none",
    "future_liver_remnant_pct": 45, "bilirubin_umol_l": 12, "albumin_g_l": 41, "inr": 1.0, "cea_ng_ml": 12,
}
NAMES = ["张伟", "Anna Müller", "John O'Brien"]


@pytest.fixture
def board(workspace: Any) -> dict[str, Any]:
    """A meeting with three cases on its agenda, in a chosen (non-creation) order."""
    ws = workspace
    cases = [ws.cases.create({"patient": {"mrn": f"M{n}", "name": name}, "facts": FACTS})
             for n, name in enumerate(NAMES, 1)]
    meeting = ws.meetings.create({"meeting_date": date(2026, 12, 1), "start_time": time(8, 0), "place": "Room 2",
                                  "title": "Liver board"})
    items = [ws.meetings.add_case(meeting.id, c.id, question=f"Question for {c.patient.mrn}") for c in cases]
    order = [items[2].id, items[0].id, items[1].id]
    ws.meetings.reorder(meeting.id, order)
    ws.meetings.set_attendance(meeting.id, [{"name": "Dr. Keller", "role": "hepatobiliary surgery"},
                                            {"name": "Dr. 陈静", "role": "medical oncology"}])
    return {"ws": ws, "meeting": meeting, "cases": cases, "items": items}


def text_of(pdf: bytes, pdf_text: Any) -> str:
    return re.sub(r"\s+", " ", "\n".join(pdf_text(pdf)))


def test_handout_follows_the_agenda_order_and_privacy(board, pdf_text):
    ws, meeting = board["ws"], board["meeting"]
    agenda = pdf_text(reports.handout_pdf(ws, meeting.id))[0]
    expected = ["John O'Brien", "张伟", "Anna Müller"]  # the reordered agenda
    assert [agenda.index(n) for n in expected] == sorted(agenda.index(n) for n in expected)
    assert "08:00" in agenda and "08:20" in agenda
    private = text_of(reports.handout_pdf(ws, meeting.id, privacy=True), pdf_text)
    assert not any(name in private for name in NAMES)
    assert "张* · MRN M1" in private and "A.M. · MRN M2" in private


def test_minutes_before_the_meeting_day_treat_attendance_as_expected(board, monkeypatch):
    ws, meeting = board["ws"], board["meeting"]
    for today, held in ((date(2026, 11, 30), False), (date(2026, 12, 1), True), (date(2026, 12, 8), True)):
        monkeypatch.setattr(ws, "today", lambda today=today: today)
        assert reports.minutes_data(ws, meeting.id).held is held, today


@needs_engine
def test_minutes_carry_decisions_deviations_and_deferrals(board, pdf_text):
    ws, meeting, items = board["ws"], board["meeting"], board["items"]
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "Patient declines any operation",
                         "patient_preference": "患者拒绝手术", "time_spent_seconds": 420})
    ws.meetings.defer(items[1].id, "Awaiting liver MRI")
    text = text_of(reports.minutes_pdf(ws, meeting.id), pdf_text)
    assert "Patient declines any operation" in text and "患者拒绝手术" in text
    assert "Systemic chemotherapy" in text and "7 min" in text
    assert "Deferred" in text and "Awaiting liver MRI" in text
    assert "Dr. 陈静" in text


@needs_engine
def test_time_on_a_case_from_the_review_timer_is_the_same_in_minutes_and_case_summary(board, pdf_text):
    ws, meeting, items, case = board["ws"], board["meeting"], board["items"], board["cases"][0]
    ws.meetings.set_time_spent(items[0].id, 605)  # the review timer; the decision itself names no time
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["primary_resection", "hepatectomy"],
                         "intent": "curative", "deviation_reason": "board preference"})
    minutes = next(i for i in reports.minutes_data(ws, meeting.id).items if i.decision)
    (summary,) = reports.case_summary_data(ws, case.id).decisions
    assert minutes.decision.time_spent_seconds == summary.time_spent_seconds == 605
    text = text_of(reports.case_summary_pdf(ws, case.id), pdf_text)
    assert "10 min" in text
    # the status as the GUI says it; no readiness checklist once the board has decided
    status = ws.cases.get(case.id).status
    assert status in DECIDED_STATUSES and f"Status {CASE_STATUS_LABELS[status]}" in text
    assert "Readiness Not applicable: the board has decided" in text
    before = text_of(reports.case_summary_pdf(ws, board["cases"][1].id), pdf_text)
    assert "Status Listed on a meeting" in before and "Readiness Not ready: Imaging" in before
    assert "Fong clinical risk" in before and "colorectal primaries only" not in before  # colorectal


@needs_engine
def test_case_calendar_has_one_all_day_event_per_open_follow_up(board):
    ws, items, case = board["ws"], board["items"], board["cases"][0]
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["primary_resection", "hepatectomy"],
                         "intent": "curative", "deviation_reason": "board preference"})
    due = sorted(f.due for f in ws.cases.get(case.id).followups if f.status == "open")
    assert due, "recording a curative decision plans follow-ups"
    events = Calendar.from_ical(reports.case_ics(ws, case.id)).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == due
    assert all("张伟" not in str(e["description"]) for e in events)
    stored = {f.uid for f in ws.cases.get(case.id).followups if f.status == "open"}
    assert {str(e["uid"]) for e in events} == stored and all(len(u) == 36 for u in stored)  # UUIDs, kept
    again = Calendar.from_ical(reports.case_ics(ws, case.id)).walk("VEVENT")
    assert [str(e["uid"]) for e in again] == [str(e["uid"]) for e in events]
    assert "CEA blood test" in " ".join(str(e["summary"]) for e in events)  # the name the PDFs print


def test_a_case_without_open_follow_ups_gives_no_empty_calendar(board, db_url, tmp_path, capsys):
    from tumorboard.errors import TumorboardError

    ws, case = board["ws"], board["cases"][0]
    with pytest.raises(TumorboardError, match="has no open follow-up"):
        reports.case_ics(ws, case.id)
    target = tmp_path / "empty.ics"
    assert main(["--db", db_url, "export", "ics", "--case", str(case.id), "-o", str(target)]) == 2
    assert "no open follow-up" in capsys.readouterr().err and not target.exists()


def test_meeting_invitation_names_no_patient(board, monkeypatch):
    import tzlocal

    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Europe/Berlin")  # the workstation's zone
    ws, meeting = board["ws"], board["meeting"]
    raw = reports.meeting_ics(ws, meeting.id)
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.replace(tzinfo=None).isoformat() == "2026-12-01T08:00:00"
    zone = reports.local_zone().key
    assert start.tzinfo is not None and f"DTSTART;TZID={zone}:20261201T080000".encode() in raw
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == [zone]
    assert str(event["location"]) == "Room 2"
    description = str(event["description"])
    assert description.count("case #") == 3 and not any(name in description for name in NAMES)
    assert str(event["uid"]) == ws.meetings.get(meeting.id).uid
    assert str(cal["method"]) == "PUBLISH" and "ATTENDEE" not in event


def test_meeting_invitation_to_the_attendance_with_sequence_on_updates(board):
    from tumorboard.errors import TumorboardError

    ws, meeting = board["ws"], board["meeting"]
    # nobody on the list has an address: an invitation would reach no one, so it is refused in words
    with pytest.raises(TumorboardError, match="Nobody on the attendance list .* has an e-mail address"):
        reports.meeting_ics(ws, meeting.id, invite=True)
    # the GUI's choice (None): the event alone, the attendance named in its description
    (event,) = Calendar.from_ical(plain := reports.meeting_ics(ws, meeting.id, invite=None)).walk("VEVENT")
    assert b"METHOD:PUBLISH" in plain and "ATTENDEE" not in event and "ORGANIZER" not in event
    assert "Dr. 陈静 (medical oncology)" in str(event["description"])
    m = ws.meetings.get(meeting.id)
    ws.meetings.set_attendance(meeting.id, [{"name": "Dr. Keller <keller@example.org>", "role": "hepatobiliary surgery"},
                                            {"name": "Dr. 陈静", "role": "medical oncology"}],
                               expected_version=m.version)
    with pytest.raises(TumorboardError, match="Settings \\(Invitations from\\)"):
        reports.meeting_ics(ws, meeting.id, invite=None)  # addresses, but no organiser to reply to
    settings = ws.settings.get()
    ws.settings.update(settings.model_copy(update={"board_email": "liver-mdt@hospital.example"}), base=settings)
    raw = reports.meeting_ics(ws, meeting.id, invite=None)
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert str(cal["method"]) == "REQUEST" and str(event["organizer"]) == "mailto:liver-mdt@hospital.example"
    attendees = event["attendee"] if isinstance(event["attendee"], list) else [event["attendee"]]
    assert [str(a) for a in attendees] == ["mailto:keller@example.org"]  # only real cal-addresses
    assert [a.params["CN"] for a in attendees] == ["Dr. Keller"]
    assert b"urn:" not in raw
    description = str(event["description"])
    assert "not invited by this calendar" in description and "Dr. 陈静 (medical oncology)" in description
    first = int(event["sequence"])
    m = ws.meetings.get(meeting.id)
    ws.meetings.set_attendance(meeting.id, [{"name": "Dr. Keller <keller@example.org>", "role": "hepatobiliary surgery"},
                                            {"name": "Dr. Novak <novak@example.org>", "role": "radiology"}],
                               expected_version=m.version)
    (moved,) = Calendar.from_ical(reports.meeting_ics(ws, meeting.id, invite=True)).walk("VEVENT")
    assert int(moved["sequence"]) > first and str(moved["uid"]) == str(event["uid"])
    assert "mailto:novak@example.org" in [str(a) for a in moved["attendee"]]
    assert "Also attending" not in str(moved["description"])
    empty = ws.meetings.create({"meeting_date": date(2026, 12, 15), "start_time": time(8, 0)})
    with pytest.raises(TumorboardError, match="nobody on its attendance list"):
        reports.meeting_ics(ws, empty.id, invite=True)


def test_a_board_email_that_is_no_address_is_refused_naming_the_field(board):
    from tumorboard.errors import InvalidInput

    ws = board["ws"]
    settings = ws.settings.get()
    with pytest.raises(InvalidInput, match="board_email: .*not an address.*e-mail address") as refused:
        ws.settings.update(settings.model_copy(update={"board_email": "not an address"}), base=settings)
    assert "not an address" in str(refused.value)
    assert ws.settings.get().board_email == ""  # nothing saved


def test_report_steps_write_the_file_and_cancel_cleanly(board, tmp_path):
    ws, meeting = board["ws"], board["meeting"]
    tmp_path = tmp_path / "out"  # the SQLite test database lives in tmp_path itself
    tmp_path.mkdir()
    target = tmp_path / "handout.pdf"
    steps = list(reports.report_steps(ws, "handout", meeting.id, target))
    assert steps[-1] == target and target.read_bytes().startswith(b"%PDF")
    assert any("Laying out case 3" in getattr(s, "message", "") for s in steps)
    cancelled = tmp_path / "cancelled.pdf"
    gen = reports.report_steps(ws, "handout", meeting.id, cancelled)
    next(gen), next(gen)
    gen.close()
    assert not cancelled.exists() and os.listdir(tmp_path) == ["handout.pdf"]


def _contact(ws: Any) -> None:
    ws.settings.update({**ws.settings.get().model_dump(), "contact_name": "the liver clinic nurses",
                        "contact_phone": "0123 456 789", "contact_hours": "Monday to Friday, 8:00 to 16:00"})


def test_the_cases_pathology_notes_print_on_its_handout_page_and_summary(board, pdf_text):
    """The case window's "Pathology and notes" box (RAS/BRAF/MSI as the pathologist wrote them) prints on
    the case's own handout pages and its summary, line by line; a case without notes shows no empty box."""
    ws, meeting, case = board["ws"], board["meeting"], board["cases"][1]
    notes = "Biopsy segment VI 2026-11-10: adenocarcinoma, CK20+ CDX2+.\nKRAS G12D mutated; BRAF wild type; MSS (pMMR)."
    ws.cases.update(case.id, {"notes": notes}, expected_version=ws.cases.get(case.id).version)
    pages = pdf_text(reports.handout_pdf(ws, meeting.id))
    mine = [re.sub(r"\s+", " ", p) for p in pages if f"Case {reports.case_number(case.id)}\n" in p]
    others = [re.sub(r"\s+", " ", p) for p in pages if f"Case {reports.case_number(case.id)}\n" not in p]
    assert any("KRAS G12D mutated; BRAF wild type; MSS (pMMR)." in p and "Pathology and notes" in p for p in mine)
    assert any("Biopsy segment VI 2026-11-10: adenocarcinoma" in p for p in mine)
    assert not any("KRAS G12D" in p or "Pathology and notes" in p for p in others)
    summary = text_of(reports.case_summary_pdf(ws, case.id), pdf_text)
    assert "KRAS G12D mutated; BRAF wild type; MSS (pMMR)." in summary


def test_cli_writes_each_document(board, db_url, tmp_path, capsys, pdf_text):
    meeting, case = board["meeting"], board["cases"][0]
    _contact(board["ws"])
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    runs = {
        "handout.pdf": ["report", "handout", "--meeting", str(meeting.id), "--privacy"],
        "minutes.pdf": ["report", "minutes", "--meeting", str(meeting.id)],
        "case.pdf": ["report", "case", "--case", str(case.id)],
        "schedule.pdf": ["report", "schedule", "--case", str(case.id)],
        "meeting.ics": ["export", "ics", "--meeting", str(meeting.id)],
        "specimen.pdf": ["report", "specimen"],
    }
    for name, argv in runs.items():
        assert main(["--db", db_url, *argv, "-o", str(tmp_path / name)]) == 0, name
    assert sorted(os.listdir(tmp_path)) == sorted(runs)
    assert "张伟" in "\n".join(pdf_text((tmp_path / "case.pdf").read_bytes()))
    assert Calendar.from_ical((tmp_path / "meeting.ics").read_bytes()).walk("VEVENT")
    specimen_text = "\n".join(pdf_text((tmp_path / "specimen.pdf").read_bytes()))
    assert "SPECIMEN with invented patients" in specimen_text
    assert not any(f"MRN {c.patient.mrn}" in specimen_text for c in board["cases"])  # no real patient


def test_cli_unknown_id_and_unwritable_path_exit_2_and_leave_no_file(board, db_url, tmp_path, capsys):
    meeting = board["meeting"]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.pdf"
    assert main(["--db", db_url, "report", "handout", "--meeting", "9999", "-o", str(target)]) == 2
    assert "9999" in capsys.readouterr().err
    assert main(["--db", db_url, "report", "schedule", "--case", "9999", "-o", str(target)]) == 2
    assert main(["--db", db_url, "export", "ics", "--case", "9999", "-o", str(target)]) == 2
    assert not target.exists()
    missing = tmp_path / "no such folder" / "out.pdf"
    assert main(["--db", db_url, "report", "minutes", "--meeting", str(meeting.id), "-o", str(missing)]) == 2
    assert "Cannot write" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []
    assert not missing.parent.exists()


def test_cli_refuses_to_replace_an_existing_file_without_force(board, db_url, tmp_path, capsys, pdf_text):
    """As `backup`: -o to an existing file writes nothing and says so; --force replaces it."""
    meeting = board["meeting"]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the minutes printed this morning")
    for argv in (["report", "minutes", "--meeting", str(meeting.id)], ["export", "ics", "--meeting", str(meeting.id)],
                 ["export", "fhir", "--meeting", str(meeting.id)], ["report", "figures"]):
        assert main(["--db", db_url, *argv, "-o", str(target)]) == 2, argv
        assert "already exists. Nothing was written" in capsys.readouterr().err
        assert target.read_bytes() == b"the minutes printed this morning"
    assert main(["--db", db_url, "followups", "list", "--csv", str(target)]) == 2
    assert target.read_bytes() == b"the minutes printed this morning"
    assert os.listdir(tmp_path) == ["minutes.pdf"]
    assert main(["--db", db_url, "report", "minutes", "--meeting", str(meeting.id), "-o", str(target), "--force"]) == 0
    assert "Minutes" in "\n".join(pdf_text(target.read_bytes()))


@needs_engine
def test_a_relisted_case_shows_its_earlier_decision_on_the_next_handout(board, pdf_text):
    ws, items, case = board["ws"], board["items"], board["cases"][0]
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "Frail after sepsis"})
    first = next(f for f in ws.cases.get(case.id).followups if f.status == "open")
    ws.followups.complete(first.id, "progression", note="new lesion segment II", expected_version=first.version)
    later = ws.meetings.create({"meeting_date": date(2027, 3, 2), "title": "Liver board"})
    ws.meetings.add_case(later.id, case.id, question="Progression on chemotherapy: options?")
    text = text_of(reports.handout_pdf(ws, later.id), pdf_text)
    assert "Earlier board decisions" in text
    assert "2026-12-01 · Systemic chemotherapy · Palliative · deviation: Frail after sepsis" in text
    first_meeting = text_of(reports.handout_pdf(ws, board["meeting"].id), pdf_text)
    assert "Earlier board decisions" not in first_meeting  # its own decision is not "earlier"


@needs_engine
def test_a_deferral_stays_in_the_record_and_marks_the_next_handout(board, pdf_text, monkeypatch):
    ws, meeting, items = board["ws"], board["meeting"], board["items"]
    later = ws.meetings.create({"meeting_date": date(2026, 12, 8), "title": "Liver board"})
    ws.meetings.defer(items[1].id, "Is the segment IV lesion a metastasis?", owner="Dr. Novak (radiology)")
    case = board["cases"][1]
    minutes = text_of(reports.minutes_pdf(ws, meeting.id), pdf_text)
    assert "Open question: Is the segment IV lesion a metastasis?" in minutes
    assert "Owner of the open task: Dr. Novak (radiology)" in minutes
    assert "Carried to the meeting of Tuesday 8 December 2026" in minutes
    handout = pdf_text(reports.handout_pdf(ws, later.id))
    case_pages = " ".join(re.sub(r"\s+", " ", p) for p in handout if f"Case #{case.id}\n" in p)
    assert "Carried over from the meeting of Tuesday 1 December 2026" in case_pages
    assert "Is the segment IV lesion a metastasis?" in case_pages and "Dr. Novak (radiology)" in case_pages
    carried = next(i for i in ws.meetings.get(later.id).agenda if i.case_id == case.id)
    ws.decisions.record({"agenda_item_id": carried.id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "Patient declines any operation",
                         "before_meeting_confirmed": True})  # the meeting of 8 December is still ahead
    summary = text_of(reports.case_summary_pdf(ws, case.id), pdf_text)
    history = summary.split("Meetings")[1].split("Decision history")[0]
    assert "2026-12-01 Deferred" in history and "segment IV" in history
    assert "2026-12-08 Decided Systemic chemotherapy" in history


@needs_engine
def test_minutes_are_an_outcome_record(board, pdf_text, monkeypatch):
    ws, meeting, items = board["ws"], board["meeting"], board["items"]
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "Patient declines any operation",
                         "responsible_clinician": "Dr. Weber (medical oncology)", "referrer": "Dr. Adams (GP)",
                         "informer": "Nurse Park"})
    from datetime import UTC, datetime
    monkeypatch.setattr(ws, "today", lambda: date(2026, 12, 1))
    monkeypatch.setattr(ws, "now", lambda: datetime(2026, 12, 1, 15, 0, tzinfo=UTC))
    pages = pdf_text(reports.minutes_pdf(ws, meeting.id))
    assert all("DRAFT" in p for p in pages), "an unfinalised record says so on every page"
    text = text_of(reports.minutes_pdf(ws, meeting.id), pdf_text)
    assert "Dr. Weber (medical oncology)" in text
    assert "Nurse Park informs the patient by 2026-12-03 and Dr. Adams (GP) by 2026-12-03" in text
    assert "Colorectal primary" in text and "ECOG not recorded" in text and "extrahepatic: none" in text
    assert "OVERDUE" not in text
    monkeypatch.setattr(ws, "now", lambda: datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    late = text_of(reports.minutes_pdf(ws, meeting.id), pdf_text)
    assert "by 2026-12-03 (OVERDUE)" in late
    for item in items[1:]:
        ws.meetings.defer(item.id, "Awaiting MRI", owner="Dr. Novak")
    ws.meetings.finalise(meeting.id)  # attendance lacks radiology and pathology
    pages = pdf_text(reports.minutes_pdf(ws, meeting.id))
    assert all("Final, quorum NOT met" in p for p in pages) and not any("DRAFT" in p for p in pages)


def test_the_handout_reads_and_evaluates_each_case_once(board, monkeypatch):
    ws, meeting = board["ws"], board["meeting"]
    calls = {"get": 0, "evaluate": 0}
    real_get, real_evaluate = ws.cases.get, ws.rules.evaluate

    def get(case_id):
        calls["get"] += 1
        return real_get(case_id)

    def evaluate(facts, language="en"):
        calls["evaluate"] += 1
        return real_evaluate(facts, language)

    monkeypatch.setattr(ws.cases, "get", get)
    monkeypatch.setattr(ws.rules, "evaluate", evaluate)
    data = reports.handout_data(ws, meeting.id)
    assert calls == {"get": 3, "evaluate": 3}
    assert all(i.case.recommendation is not None and i.case.readiness for i in data.items)


@needs_engine
def test_the_patients_schedule_needs_the_contact_and_lists_past_dates_to_rebook(board, pdf_text, monkeypatch):
    from tumorboard.errors import InvalidInput

    ws, items, case = board["ws"], board["items"], board["cases"][0]
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "Patient declines any operation",
                         "treatment_date": "2026-12-01"})
    with pytest.raises(InvalidInput) as err:
        reports.schedule_pdf(ws, case.id)
    assert {p.field for p in err.value.problems} == {"contact_name", "contact_phone"}
    assert "Settings" in str(err.value)
    _contact(ws)
    due = sorted(f.due for f in ws.cases.get(case.id).followups if f.status == "open")
    today = due[1]  # the first planned date has passed, not done
    monkeypatch.setattr(ws, "today", lambda: today)
    text = text_of(reports.schedule_pdf(ws, case.id), pdf_text)
    coming, rebook = text.split("To rebook, please call")
    past = f"{due[0].day} {due[0]:%B %Y}"
    assert past not in coming and past in rebook, "a past date is not listed as coming"
    assert f"{today.day} {today:%B %Y}" in coming
    assert "Please call the liver clinic nurses, phone 0123 456 789 (Monday to Friday, 8:00 to 16:00)" in text
    chinese = text_of(reports.schedule_pdf(ws, case.id, language="zh"), pdf_text)
    assert "需要重新预约" in chinese and f"{due[0].year}年{due[0].month}月{due[0].day}日" in chinese
    assert "化疗" in chinese and "请致电the liver clinic nurses，电话 0123 456 789" in chinese


def test_slot_lengths_follow_each_case_and_the_setting(board, pdf_text):
    from tumorboard.errors import InvalidInput

    ws, meeting = board["ws"], board["meeting"]
    ws.settings.update({**ws.settings.get().model_dump(), "slot_minutes": 15})
    first = ws.meetings.get(meeting.id).agenda[0]  # the reordered agenda: John O'Brien first
    ws.meetings.set_slot_minutes(first.id, 30, expected_version=first.version)
    with pytest.raises(InvalidInput) as err:
        ws.meetings.set_slot_minutes(first.id, 0)
    assert err.value.problems[0].field == "slot_minutes"
    data = reports.handout_data(ws, meeting.id)
    assert [i.slot for i in data.items] == ["08:00\u201308:30", "08:30\u201308:45", "08:45\u201309:00"]
    agenda = pdf_text(reports.handout_pdf(ws, meeting.id))[0]
    assert "08:30" in agenda and "\u201309:00" in agenda
    (event,) = Calendar.from_ical(reports.meeting_ics(ws, meeting.id)).walk("VEVENT")
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)


def test_every_lab_prints_with_its_reference_interval_and_a_mark_when_abnormal(board, pdf_text):
    ws, case = board["ws"], board["cases"][0]
    ws.cases.add_lab(case.id, {"test": "bilirubin", "value": 27.4, "taken_on": "2026-11-20"})
    ws.cases.add_lab(case.id, {"test": "albumin", "value": 41, "taken_on": "2026-11-20"})
    c = ws.cases.get(case.id)
    ws.cases.update(case.id, {"facts": {**c.facts.to_json_dict(), "afp_ng_ml": 2268}}, expected_version=c.version)
    sheet = reports.case_summary_data(ws, case.id).case
    labs = {lab.name: lab for lab in sheet.labs}
    assert labs["Bilirubin"].flag == "H" and labs["Bilirubin"].reference == "\u2264 21"
    assert labs["Albumin"].flag == "" and labs["Albumin"].reference == "35\u201350"
    assert labs["AFP"].source == "case facts" and labs["AFP"].flag == "H", "a lab held only as a fact is listed"
    assert labs["CEA"].value == "12"  # from the facts too
    text = text_of(reports.case_summary_pdf(ws, case.id), pdf_text)
    assert "2026-11-20 Bilirubin 27.4 µmol/L \u2264 21 H \u25b2 high" in text
    assert "AFP 2268 ng/mL \u2264 10 H \u25b2 high" in text and "Albumin 41 g/L 35\u201350" in text


def test_the_case_page_prints_segments_vessels_pathology_and_the_referrer(board, pdf_text):
    from tumorboard.errors import InvalidInput

    ws, case = board["ws"], board["cases"][1]
    c = ws.cases.get(case.id)
    new = {"liver_segments": ["s4", "s8"], "major_vessels": ["hepatic_veins"], "histology": "Adenocarcinoma, G2",
           "ras_status": "mutant", "braf_status": "v600e", "msi_status": "msi_high",
           "comorbidities": "COPD GOLD 2"}
    ws.cases.update(case.id, {"facts": {**c.facts.to_json_dict(), **new}}, expected_version=c.version)
    assert {k: getattr(ws.cases.get(case.id).facts, k) for k in new} == new, "stored and read back as entered"
    text = text_of(reports.case_summary_pdf(ws, case.id), pdf_text)
    for printed in ("Segments Segment IV, Segment VIII", "Major vessels Hepatic veins", "Adenocarcinoma, G2",
                    "RAS (KRAS/NRAS) Mutant", "BRAF V600E mutant", "MSI-high", "COPD GOLD 2",
                    "Referring clinician not recorded"):
        assert printed in text, printed
    c = ws.cases.get(case.id)
    with pytest.raises(InvalidInput) as err:
        ws.cases.update(case.id, {"facts": {**c.facts.to_json_dict(), "liver_segments": ["s9"]}}, expected_version=c.version)
    assert err.value.problems[0].field.startswith("liver_segments")
