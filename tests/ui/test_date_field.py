"""Typed dates stay typed (issue: "unknown19580314", a typed year ignored, a calendar at January 1900).

The strings are typed with key events into the real case editor and read back from the database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import make_case, wait_idle
from ui.date_field import DateField, read_date


def type_into(qtbot: Any, field: DateField, text: str, *, over: bool = True) -> None:
    """Click into the field, select what is there (as a user does with Ctrl+A), type, leave with Tab."""
    line: QLineEdit = field.line
    line.setFocus()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    if over:
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def saved(qtbot: Any, ctx: Any, editor: Any) -> Any:
    assert editor.save(), editor.banner.text()
    wait_idle(qtbot, ctx)
    assert not editor.banner.isVisibleTo(editor), editor.banner.text()
    return ctx.ws.cases.get(editor.case_id)


def dx_field(editor: Any) -> DateField:
    field = editor.form.controls["primary_diagnosed_on"].editor
    assert isinstance(field, DateField)
    return field


def test_the_strings_of_the_issue_typed_with_keys_are_saved_exactly(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    birth = editor.birth
    assert birth.text() == "" and birth.line.placeholderText() == "unknown", "unknown is a placeholder, not text"
    # typing into "unknown" (it gave "unknown19580314" and was dropped)
    type_into(qtbot, birth, "19580314", over=False)
    assert birth.text() == "19580314" and birth.problem() is None
    assert saved(qtbot, ctx, editor).patient.birth_date == date(1958, 3, 14)
    # a new year over the old date (it saved 1958-05-20)
    type_into(qtbot, birth, "1960-05-20")
    assert saved(qtbot, ctx, editor).patient.birth_date == date(1960, 5, 20)
    # the diagnosis: 2025-06-02 over 2024-01-13 (it gave 2027-06-02)
    type_into(qtbot, dx_field(editor), "2024-01-13", over=False)
    assert saved(qtbot, ctx, editor).facts["primary_diagnosed_on"] == "2024-01-13"
    type_into(qtbot, dx_field(editor), "2025-06-02")
    assert saved(qtbot, ctx, editor).facts["primary_diagnosed_on"] == "2025-06-02"
    # month and year only, said at the field
    type_into(qtbot, dx_field(editor), "2025-03")
    note = editor.form.controls["primary_diagnosed_on"].error
    assert note.isVisibleTo(editor) and "2025-03-01" in note.text()
    assert saved(qtbot, ctx, editor).facts["primary_diagnosed_on"] == "2025-03-01"
    # cleared: unknown again
    birth.line.setFocus()
    qtbot.keyClick(birth.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(birth.line, Qt.Key.Key_Delete)
    qtbot.keyClick(birth.line, Qt.Key.Key_Tab)
    assert birth.text() == "" and birth.date() is None and birth.problem() is None
    assert saved(qtbot, ctx, editor).patient.birth_date is None


def test_a_future_diagnosis_an_unreadable_date_and_a_birth_after_the_diagnosis_are_refused_in_words(
        qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    future = (date.today() + timedelta(days=40)).isoformat()
    type_into(qtbot, dx_field(editor), future)
    error = editor.form.controls["primary_diagnosed_on"].error
    assert error.isVisibleTo(editor)
    assert "Primary diagnosed on cannot be after today" in error.text() and future in error.text()
    assert editor.save() is False
    assert "Primary diagnosed on" in editor.banner.text() and "None" not in editor.banner.text()
    assert dx_field(editor).text() == future, "what was typed stays on screen"
    stored = ctx.ws.cases.get(case.id)
    assert stored.version == case.version and "primary_diagnosed_on" not in stored.facts, "nothing was written"

    type_into(qtbot, dx_field(editor), "1958-13-45")
    assert "“1958-13-45” is not a date" in error.text() and "Primary diagnosed on" in error.text()
    assert editor.save() is False

    type_into(qtbot, dx_field(editor), "2020-02-01")
    type_into(qtbot, editor.birth, "2021-07-07", over=False)
    assert editor.birth.note.isVisibleTo(editor)
    assert "Date of birth cannot be after the primary diagnosis (2020-02-01)" in editor.birth.note.text()
    assert editor.save() is False
    assert ctx.ws.cases.get(case.id).version == case.version
    # corrected, the problem goes and the case saves
    type_into(qtbot, editor.birth, "1961-07-07")
    assert not editor.birth.note.isVisible() and editor.birth.problem() is None
    after = saved(qtbot, ctx, editor)
    assert (after.patient.birth_date, after.facts["primary_diagnosed_on"]) == (date(1961, 7, 7), "2020-02-01")


@pytest.mark.parametrize(("locale", "text", "expected"), [
    ("en_GB", "20/05/1960", date(1960, 5, 20)),
    ("de_DE", "20.05.60", date(1960, 5, 20)),
    ("zh_CN", "1960/5/20", date(1960, 5, 20)),
    ("en_US", "5/20/60", date(1960, 5, 20)),
    ("en_US", "5/20/2024", date(2024, 5, 20)),
    ("C", "1960-5-20", date(1960, 5, 20)),
])
def test_the_locales_short_form_is_read(qtbot: Any, locale: str, text: str, expected: date) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert read_date(text, latest=date(2026, 12, 4)) == (expected, False)
        field = DateField("Date of birth")
        qtbot.addWidget(field)
        type_into(qtbot, field, text, over=False)
        assert field.date() == expected and field.problem() is None
    finally:
        QLocale.setDefault(before)


def test_the_calendar_opens_at_the_value_or_today_and_a_picked_day_is_typed_in(qtbot: Any) -> None:
    field = DateField("Date of birth")
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    assert field.calendar is not None
    today = date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    assert field.calendar.maximumDate().toPython() == today, "no birth after today"
    field.menu.hide()  # type: ignore[union-attr]
    field.set_date(date(1958, 3, 14))
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (1958, 3)
    with qtbot.waitSignal(field.changed):
        field.calendar.clicked.emit(field.calendar.selectedDate().addDays(2))
    assert field.date() == date(1958, 3, 16) and field.text() == "1958-03-16"
    assert not field.menu.isVisible()  # type: ignore[union-attr]
