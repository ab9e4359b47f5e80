"""Settings: re-evaluate all open cases and the test print; calendar exports from the
case editor and the meeting. Each runs on the database thread and writes a real file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from tests.ui.conftest import error_boxes, make_case, wait_idle
from tumorboard.services.schemas import DecisionIn, MeetingIn


def _evaluated(ws: Any) -> dict[int, Any]:
    from tumorboard.store.models import Case

    return {r.id: r.evaluated_at for r in ws.fetch(select(Case.id, Case.evaluated_at))}


def test_reevaluate_all_open_cases_from_settings(qtbot: Any, window: Any, ctx: Any) -> None:
    cases = [make_case(ctx.ws, mrn=f"R-{i}", name=f"Case {i}") for i in range(3)]
    closed = ctx.ws.cases.archive(cases[2].id, expected_version=cases[2].version)
    assert all(v is None for v in _evaluated(ctx.ws).values())
    window.go("settings")
    wait_idle(qtbot, ctx)
    window.settings_page.reevaluate_button.click()
    assert not window.settings_page.reevaluate_button.isEnabled()  # no second run while one is going
    wait_idle(qtbot, ctx)
    evaluated = _evaluated(ctx.ws)
    assert evaluated[cases[0].id] is not None and evaluated[cases[1].id] is not None
    assert evaluated[closed.id] is None  # closed cases are left alone
    assert window.settings_page.reevaluate_button.isEnabled()
    assert window.settings_page.reevaluate_note.text() == (
        "2 open case(s) re-evaluated; 0 with a changed first-choice recommendation.")


def test_reevaluate_can_be_cancelled(qtbot: Any, window: Any, ctx: Any) -> None:
    make_case(ctx.ws)
    window.go("settings")
    wait_idle(qtbot, ctx)
    ctx.tasks.run(lambda ws: None)  # a job ahead of it, so cancelling lands before the work starts
    window.settings_page.reevaluate_all()
    jobs = list(ctx.tasks._pending.values())
    jobs[-1].cancel.set()
    wait_idle(qtbot, ctx)
    assert "Stopped" in window.settings_page.reevaluate_note.text()
    assert window.settings_page.reevaluate_button.isEnabled()


def test_test_print_writes_a_specimen_handout(qtbot: Any, window: Any, ctx: Any, out_folder: Path) -> None:
    settings = ctx.ws.settings.get()
    ctx.ws.settings.update(settings.model_copy(update={"hospital_name": "St. Elsewhere Liver Centre"}))
    window.go("settings")
    wait_idle(qtbot, ctx)
    written: list[Path] = []
    window.settings_page.test_print(done=written.append)
    wait_idle(qtbot, ctx, timeout=60000)
    assert written == [out_folder / "tumorboard-test-print.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert "St. Elsewhere Liver Centre" in text and "SPECIMEN" in text


def test_case_calendar_export_from_the_editor(qtbot: Any, window: Any, ctx: Any, out_folder: Path) -> None:
    case = make_case(ctx.ws, mrn="ICS-1", name="Calendar, Carla")
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=ctx.ws.today(), title="Board"))
    item = ctx.ws.meetings.add_case(m.id, case.id, "Resect?")
    tier1 = [o.modality.value for o in ctx.ws.cases.evaluate(case.id).tier1()]
    ctx.ws.decisions.record(DecisionIn(agenda_item_id=item.id, modalities=tier1 or ["surveillance"],
                                       intent="curative", deviation_reason=None if tier1 else "board's choice",
                                       rationale="as advised"))
    due = [f for f in ctx.ws.followups.for_case(case.id) if f.status == "open"]
    assert due, "the decision made a follow-up schedule"
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    wait_idle(qtbot, ctx)
    assert editor.act_calendar.isEnabled()
    written: list[Path] = []
    editor.export_calendar(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    assert written == [out_folder / "case-ICS-1-follow-up.ics"]
    cal = Calendar.from_ical(written[0].read_bytes())
    events = [e for e in cal.walk("VEVENT")]
    assert sorted(e.decoded("DTSTART") for e in events) == sorted(f.due for f in due)
    assert "Calendar" not in written[0].read_text(encoding="utf-8")  # no patient name in a calendar


def test_meeting_invitation_export(qtbot: Any, window: Any, ctx: Any, out_folder: Path) -> None:
    case = make_case(ctx.ws, mrn="INV-1", name="Invite, Ida")
    day = ctx.ws.today() + timedelta(days=3)
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=day, title="Liver board", place="Room 4"))
    ctx.ws.meetings.add_case(m.id, case.id, "Ablate?")
    window.go("meetings")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    assert window.meetings.invite_button.isEnabled()
    written: list[Path] = []
    window.meetings.export_invitation(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    assert written == [out_folder / f"tumor-board-{day}.ics"]
    event = next(iter(Calendar.from_ical(written[0].read_bytes()).walk("VEVENT")))
    assert str(event.get("LOCATION")) == "Room 4" and "Liver board" in str(event.get("SUMMARY"))
    assert "Invite" not in written[0].read_text(encoding="utf-8")


def test_board_email_in_settings_makes_the_meeting_export_an_invitation(qtbot: Any, window: Any, ctx: Any,
                                                                        out_folder: Path) -> None:
    """Settings > Invitations from: the organiser; those on the attendance list with an address are
    invited, the others named in the description (no invented calendar address)."""
    case = make_case(ctx.ws, mrn="INV-2", name="Invite, Ivo")
    day = ctx.ws.today() + timedelta(days=4)
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=day, title="Liver board", place="Room 4"))
    ctx.ws.meetings.add_case(m.id, case.id, "Ablate?")
    m = ctx.ws.meetings.get(m.id)
    ctx.ws.meetings.set_attendance(m.id, [{"name": "Dr. Keller <keller@example.org>", "role": "radiology"},
                                          {"name": "Dr. 陈静", "role": "pathology"}], expected_version=m.version)
    window.go("settings")
    wait_idle(qtbot, ctx)
    page = window.settings_page
    page.board_email.setText("liver-mdt@hospital.example")
    page.save()
    wait_idle(qtbot, ctx)
    assert ctx.ws.settings.get().board_email == "liver-mdt@hospital.example" and not error_boxes(page)
    window.go("meetings")
    window.meetings.load_meeting(m.id)
    wait_idle(qtbot, ctx)
    written: list[Path] = []
    window.meetings.export_invitation(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    cal = Calendar.from_ical(written[0].read_bytes())
    event = next(iter(cal.walk("VEVENT")))
    assert str(cal["METHOD"]) == "REQUEST" and str(event["ORGANIZER"]) == "mailto:liver-mdt@hospital.example"
    assert str(event["ATTENDEE"]) == "mailto:keller@example.org"
    assert "Dr. 陈静 (pathology)" in str(event["DESCRIPTION"])


def _hospital_renamed_elsewhere(db_url: str, name: str) -> None:
    from tumorboard.services import Workspace

    with Workspace.open(db_url, actor="dr.colleague") as other:
        theirs = other.settings.get()
        other.settings.update(theirs.model_copy(update={"hospital_name": name}), base=theirs)


def test_settings_saved_here_keep_what_another_workstation_changed(qtbot: Any, window: Any, ctx: Any,
                                                                   db_url: str) -> None:
    window.go("settings")
    wait_idle(qtbot, ctx)
    page = window.settings_page
    _hospital_renamed_elsewhere(db_url, "Hospital B")
    page.specialties.setPlainText("hepatobiliary surgery\nradiology")
    page.save()
    wait_idle(qtbot, ctx)
    stored = ctx.ws.settings.get()
    assert stored.hospital_name == "Hospital B", "the other workstation's change was not put back"
    assert stored.core_specialties == ["hepatobiliary surgery", "radiology"]
    assert page.hospital.text() == "Hospital B"  # the page shows what is stored

    _hospital_renamed_elsewhere(db_url, "Hospital C")
    page.hospital.setText("Hospital D")
    page.save()
    wait_idle(qtbot, ctx)
    boxes = error_boxes(page)
    assert boxes and "dr.colleague" in boxes[-1].text()
    wait_idle(qtbot, ctx)
    assert ctx.ws.settings.get().hospital_name == "Hospital C"
    assert page.hospital.text() == "Hospital C", "reloaded to show their value"
    for box in boxes:
        box.close()


def test_reevaluate_shows_the_cases_whose_first_choice_changed(qtbot: Any, window: Any, ctx: Any) -> None:
    from sqlalchemy import update
    from sqlmodel import col

    from tumorboard.store.models import Case

    changed = make_case(ctx.ws, mrn="CH-1", name="Changed, Case")
    make_case(ctx.ws, mrn="SA-1", name="Same, Case")
    list(ctx.ws.cases.reevaluate_all())
    with ctx.ws.write() as s:  # as the earlier rule set had it
        s.execute(update(Case).where(col(Case.id) == changed.id)
                  .values(evaluated_tier1=["best_supportive_care"], evaluated_rule_set="1.1.0"))
    window.go("settings")
    wait_idle(qtbot, ctx)
    page = window.settings_page
    assert not page.reevaluate_changes.isVisibleTo(page)
    page.reevaluate_button.click()
    wait_idle(qtbot, ctx)
    assert page.reevaluate_changes.isVisibleTo(page) and page.reevaluate_changes.count() == 1
    text = page.reevaluate_changes.item(0).text()
    assert f"Case {changed.id}" in text and "CH-1" in text and "Best supportive care" in text, text
    opened: list[int] = []
    ctx.open_case_requested.connect(opened.append)
    page.reevaluate_changes.itemActivated.emit(page.reevaluate_changes.item(0))
    assert opened == [changed.id]


def test_restore_from_settings_is_one_call_refusing_a_bad_file_with_the_board_open(
        qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from tumorboard.services import Workspace

    ws = ctx.ws
    if not ws.is_sqlite:
        pytest.skip("restoring is SQLite's (a server is restored with pg_restore)")
    make_case(ws, mrn="B-1")
    backup = ws.backup(tmp_path / "copy.sqlite")
    make_case(ws, mrn="B-2")  # after the backup
    window.go("settings")
    wait_idle(qtbot, ctx)
    page = window.settings_page
    chosen: list[str] = []
    said: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[-1], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))

    (tmp_path / "notes.sqlite").write_bytes(b"not a database")
    chosen.append(str(tmp_path / "notes.sqlite"))
    page.restore()
    wait_idle(qtbot, ctx)
    assert any("nothing was restored" in b.text() for b in error_boxes(page)) and not quits
    for b in error_boxes(page):
        b.close()
    assert ws.cases.count() == 2, "the board is still open and unchanged"

    chosen.append(str(backup))
    page.restore()
    wait_idle(qtbot, ctx)
    assert quits == [True] and said and "restored" in said[-1]
    assert list(Path(ws.sqlite_path).parent.glob("*.replaced-*")), "the replaced board was kept"
    with Workspace.open(ws.sqlite_path, actor="coordinator") as again:
        assert [r.mrn for r in again.cases.query()] == ["B-1"]
