"""The coordinator's week, driven through the real windows, in English and in Chinese:
typed dates read back exactly; a mis-picked lab corrected with a reason after the board and
audited; the decided case shows its decision and follow-ups; the worklist filtered, sorted,
printed and exported; the follow-ups dated from the treatment date, and re-dated when the
treatment was given."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit
from sqlmodel import select

from tests.ui.conftest import READY_FACTS, shown_main_window, wait_idle
from tests.ui.helpers import fill
from tumorboard.engine.vocabulary import label as english_label
from tumorboard.store.models import AuditEvent
from ui.i18n import core_text, label
from ui.views.followups_view import COLUMNS


def _type(qtbot: Any, line: QLineEdit, text: str, over: bool = True) -> None:
    line.setFocus()
    if over:
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


@pytest.fixture(params=["en", "zh_CN"])
def lang_window(request: Any, qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window in the language asked for (the translators installed before it is built)."""
    with shown_main_window(qtbot, ctx, request.param, monkeypatch) as win:
        win.lang = request.param
        yield win


def test_the_coordinators_week(qtbot: Any, lang_window: Any, ctx: Any, tmp_path: Path) -> None:
    window, ws = lang_window, ctx.ws
    today = ws.today()

    # -- Monday: a new case; the dates are typed with keys and kept exactly
    editor = window.open_case(0)
    _type(qtbot, editor.mrn, "WK-1")
    editor.name.setText("王丽" if window.lang == "zh_CN" else "Week, Wendy")
    fill(editor, {k: v for k, v in READY_FACTS.items() if k != "age_years"})
    _type(qtbot, editor.birth.line, "19580314", over=False)  # into "unknown": no "unknown19580314"
    dx = editor.form.controls["primary_diagnosed_on"].editor
    _type(qtbot, dx.line, "2025-06-02", over=False)
    assert editor.save(), editor.banner.text()
    wait_idle(qtbot, ctx)
    case_id = editor.case_id
    stored = ws.cases.get(case_id)
    assert stored.patient.birth_date == date(1958, 3, 14) and stored.facts.to_json_dict().get("primary_diagnosed_on") == "2025-06-02"
    _type(qtbot, editor.birth.line, "1960-05-20")  # a new year over the old date
    assert editor.save()
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case_id).patient.birth_date == date(1960, 5, 20)

    # -- results: three correct ones and a mis-picked "ALT 1"
    labs = editor.labs
    for test, value in (("bilirubin", "12"), ("albumin", "40"), ("inr", "1.0"), ("alt", "1")):
        labs.test.setCurrentIndex(labs.test.findData(test))
        labs.value.setText(value)
        labs.add()
        wait_idle(qtbot, ctx)
    editor.imaging.modality.setCurrentIndex(editor.imaging.modality.findData("mri"))
    editor.imaging.add()
    wait_idle(qtbot, ctx)
    detail = ws.cases.get(case_id)
    ws.cases.set_status(case_id, "ready", expected_version=detail.version)

    # -- Tuesday: the agenda, the review, the decision with the planned operation date
    meeting = ws.meetings.create({"meeting_date": today, "title": "Board", "place": "Room 3B"})
    ws.meetings.add_case(meeting.id, case_id, "Resection?")
    editor.close()
    wait_idle(qtbot, ctx)
    window.start_review(meeting.id)
    wait_idle(qtbot, ctx)
    review = window.review
    review.form.informer.setText("Dr. Chen")
    planned = today + timedelta(days=14)
    _type(qtbot, review.form.treatment_date.line, planned.isoformat(), over=False)
    assert review.record_button.isEnabled(), review.problem.text()
    review.record()
    wait_idle(qtbot, ctx)
    decision = ws.cases.get(case_id).decisions[0]
    assert decision.treatment_date == planned
    fus = sorted(ws.followups.for_case(case_id), key=lambda f: f.due)
    assert fus and fus[0].due > planned and not any(f.provisional for f in fus), "counted from the operation"

    # -- Wednesday: the case window shows the decision and its follow-ups; the ALT is corrected with a reason
    editor = window.open_case(case_id)
    wait_idle(qtbot, ctx)
    assert editor.side.currentWidget() is editor.history
    text = editor.history.text()
    assert label(decision.modalities[0]) in text and fus[0].due.isoformat() in text
    labs = editor.labs
    assert labs.reason_required
    alt = next(i for i, r in enumerate(labs.records) if r.test == "alt")
    labs.table.selectRow(alt)

    def correct(dlg: Any) -> bool:
        box = dlg.findChild(QComboBox, "correctTest")
        box.setCurrentIndex(box.findData("ast"))
        dlg.findChild(QLineEdit, "correctValue").setText("31")
        dlg.reason.setPlainText("AST 31 on the report; ALT picked by mistake")
        dlg.accept()
        return bool(QDialog.result(dlg))

    labs.run_dialog = correct
    labs.edit_selected()
    wait_idle(qtbot, ctx)
    assert sorted((x.test, x.value) for x in ws.cases.get(case_id).labs if x.test in ("alt", "ast")) == [("ast", 31.0)]
    with ws.read() as s:
        last = s.exec(select(AuditEvent).where(AuditEvent.entity == "lab_result").order_by(AuditEvent.id.desc())).first()
    assert last is not None and last.after["reason"].startswith("AST 31") and last.before["test"] == "alt"

    # -- Thursday: the worklist, filtered, sorted, printed and exported
    window.go("followups")
    wait_idle(qtbot, ctx)
    view = window.followups
    _type(qtbot, view.search, "wk-1")
    qtbot.waitUntil(lambda: {f.case_id for f in view.all_followups()} == {case_id}, timeout=5000)
    test = fus[0].test
    view.test.setCurrentIndex(view.test.findData(str(test)))
    wait_idle(qtbot, ctx)
    view.sort_by("due", descending=True)
    wait_idle(qtbot, ctx)
    shown = view.all_followups()
    assert shown and {str(f.test) for f in shown} == {str(test)}
    assert [f.due for f in shown] == sorted((f.due for f in fus if f.test == test), reverse=True)
    written: list[Path] = []
    view.print_list(ask_where=False, done=written.append, then="")
    wait_idle(qtbot, ctx)
    pdf = "".join(p.extract_text() for p in PdfReader(str(written[-1])).pages)
    # printed in the window's language (the test's name in Chinese in the zh_CN week)
    assert "WK-1" in pdf and core_text(english_label(str(test))) in pdf.replace("\n", " ")
    view.export_csv(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    rows = list(csv.DictReader(written[-1].read_text(encoding="utf-8-sig").splitlines()))
    assert [r["id"] for r in rows] == [str(f.id) for f in shown]
    due_col = next(i for i, c in enumerate(COLUMNS) if c[1] == "due")
    assert view.model.index(0, due_col).data().startswith(shown[0].due.isoformat())

    # -- Friday: the operation was brought forward to today; the follow-ups move with it, and it is said
    editor.history.run_dialog = lambda dlg: (dlg.day.set_date(today), dlg.accept(), bool(QDialog.result(dlg)))[-1]
    editor.history.enter_treatment(decision.id)
    wait_idle(qtbot, ctx)
    moved = sorted(ws.followups.for_case(case_id), key=lambda f: f.due)
    assert [f.due for f in moved] == [f.due - timedelta(days=14) for f in fus]
    assert editor.history.message.isVisible() and moved[0].due.isoformat() in editor.history.message.text()
