"""The "Letter to referrer" button in the review screen and the case editor: a real PDF with the
decision, then "referrer informed" once the user says it went out."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import MeetingIn


def test_letter_from_review_and_editor_records_referrer_informed(qtbot: Any, window: Any, ctx: Any, out_folder: Path,
                                                                 monkeypatch: Any) -> None:
    from ui.views import letter

    case = make_case(ctx.ws, mrn="LT-1", name="Letter, Lisa")
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=date.today(), title="Board"))
    ctx.ws.meetings.add_case(m.id, case.id, "Resect the liver?")
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    review = window.review
    assert not review.letter_button.isEnabled()  # nothing decided yet
    review.form.informer.setText("Dr. Chen")
    review.record()
    wait_idle(qtbot, ctx)
    assert review.letter_button.isEnabled()
    answers = iter([False, True])
    monkeypatch.setattr(letter, "ask_sent", lambda parent: next(answers))
    written: list[Path] = []
    # a hand-typed case names no referrer and no GP: no letter to nobody, the fields to fill in are named
    review.write_letter(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    box = review.findChild(QMessageBox, "letterNoAddressee")
    assert box is not None and box.isVisible() and "Referring clinician" in box.text() and "GP" in box.text()
    box.close()
    assert written == [] and not list(out_folder.iterdir())
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.act_letter.isEnabled()
    editor.referrer.setText("Dr. Rita Referrer, Colorectal Surgery")
    editor.gp.setText("Dr. Gus General")
    editor.write_letter(ask_where=False, done=written.append)  # typed, not saved: save first
    assert editor.findChild(QMessageBox, "saveBeforeLetter").isVisible() and written == []
    editor.findChild(QMessageBox, "saveBeforeLetter").close()
    assert editor.save()
    wait_idle(qtbot, ctx)
    review.write_letter(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written[0]).pages).split())
    assert "Resect the liver?" in text and "Letter, Lisa" in text and "Dr. Chen" in text
    assert "To: Dr. Rita Referrer, Colorectal Surgery" in text and "Copy to the GP: Dr. Gus General" in text
    assert not ctx.ws.cases.get(case.id).decisions[0].referrer_informed  # "not yet sent"
    editor.write_letter(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    d = ctx.ws.cases.get(case.id).decisions[0]
    assert d.referrer_informed and d.referrer_informed_at is not None and len(written) == 2


def test_overdue_communications_are_counted_and_go_as_letters_are_sent(qtbot: Any, window: Any, ctx: Any) -> None:
    from datetime import timedelta

    case = make_case(ctx.ws, mrn="LT-2", name="Late, Lou")
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=date.today() - timedelta(days=10), title="Board"))
    item = ctx.ws.meetings.add_case(m.id, case.id, "Ablate?")
    d = ctx.ws.decisions.record({"agenda_item_id": item.id, "modalities": ["hepatectomy"], "intent": "curative",
                                 "informer": "Dr. Chen", "inform_referrer_by": date.today() - timedelta(days=6),
                                 "inform_patient_by": date.today() + timedelta(days=2)})
    window.go("followups")
    wait_idle(qtbot, ctx)
    page = window.followups
    assert page.tabs.tabText(1) == "Not yet communicated (1, 1 overdue)"
    red = page.uncommunicated.item(0, 5)
    assert red.foreground().color().name() == "#ff0000"
    ctx.ws.letters.mark_sent(d.id)
    ctx.followups_changed.emit()
    wait_idle(qtbot, ctx)
    assert page.tabs.tabText(1) == "Not yet communicated (1)"  # the patient is still to be told, not overdue
