"""Meetings: standing members pre-filled into attendance, the question box bound to the selected
case, keyboard reordering with the moved case kept selected, an empty agenda that says what to do."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import MeetingIn


def test_standing_members_question_box_reorder_and_empty_hint(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    settings = ws.settings.get()
    ws.settings.update({**settings.model_dump(), "standing_members": [
        {"name": "Dr. Chen", "role": "hepatobiliary surgery"}, {"name": "Dr. Weber", "role": "radiology"}]})
    a, b = make_case(ws, mrn="Q-1", name="Alpha"), make_case(ws, mrn="Q-2", name="Beta")
    full = ws.meetings.create(MeetingIn(meeting_date=date.today() + timedelta(days=2), title="Board", place="Room 1"))
    assert [(x.name, x.role) for x in full.attendance] == [("Dr. Chen", "hepatobiliary surgery"), ("Dr. Weber", "radiology")]
    ws.meetings.add_case(full.id, a.id, "Resect?")
    ws.meetings.add_case(full.id, b.id, "Ablate?")
    empty = ws.meetings.create(MeetingIn(meeting_date=date.today() + timedelta(days=9), title="Board", place="Room 1"))
    view = window.meetings
    window.go("meetings")
    view.load_meeting(full.id)
    wait_idle(qtbot, ctx)
    assert not view.question.isEnabled() and view.question.text() == "", "no case selected: nothing to write on"
    view.select_row(0)
    assert view.question.isEnabled() and view.question.text() == "Resect?"
    assert view.attendance.rowCount() == 2 and view.attendance.item(0, 0).text() == "Dr. Chen"
    # Ctrl+Down moves the selected case down; it stays selected
    # a shortcut of a widget reaches it only when its window is active and it has the focus: in a random
    # order another test's window may be the active one, so both are waited for, not assumed
    window.activateWindow()
    view.agenda_view.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow() and view.agenda_view.hasFocus(), timeout=3000)
    qtbot.keyClick(view.agenda_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert [it.case_id for it in ws.meetings.get(full.id).agenda] == [b.id, a.id]
    assert view.selected_item().case_id == a.id and view.question.text() == "Resect?"
    view.move_selected(-1)
    wait_idle(qtbot, ctx)
    assert [it.case_id for it in ws.meetings.get(full.id).agenda] == [a.id, b.id]
    # another, empty meeting: the old question does not follow, and the agenda says what to do
    view.load_meeting(empty.id)
    wait_idle(qtbot, ctx)
    assert view.question.text() == "" and not view.question.isEnabled()
    assert view.empty_agenda.isVisibleTo(view) and "Add ready cases" in view.empty_agenda.text()
