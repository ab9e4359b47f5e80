"""The case window's "Referring clinician" and "GP": typed, saved (a new version, audited), refused at the
field when too long (nothing saved, the typing kept), undone, and shown again when the case is reopened."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import make_case, wait_idle
from tests.ui.helpers import enter


def test_referrer_and_gp_are_typed_saved_and_audited(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, mrn="RG-1", name="Referred, Rosa")
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.referrer.text() == "" and editor.gp.text() == ""
    editor.referrer.setText("Dr. Rita Referrer, Colorectal Surgery, St. Elsewhere")
    editor.gp.setText("Dr. 李明, Riverside Practice")  # non-ASCII: set on the widget (keyClicks aborts)
    assert editor.is_dirty()
    assert editor.save()
    wait_idle(qtbot, ctx)
    stored = ws.cases.get(case.id)
    assert stored.referrer == "Dr. Rita Referrer, Colorectal Surgery, St. Elsewhere"
    assert stored.gp == "Dr. 李明, Riverside Practice" and stored.version == case.version + 1
    [change] = [e for e in ws.cases.changes(case.id) if e.entity == "case" and e.action == "update"]
    assert change.before["referrer"] is None and change.after["gp"] == "Dr. 李明, Riverside Practice"
    assert not editor.is_dirty()
    editor.close()
    wait_idle(qtbot, ctx)
    again = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert again.referrer.text().startswith("Dr. Rita Referrer") and again.gp.text() == "Dr. 李明, Riverside Practice"


def test_an_over_long_referrer_is_refused_at_the_field_and_undo_brings_back_the_saved_one(
        qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, mrn="RG-2", name="Long, Lena")
    ws.cases.update(case.id, {"referrer": "Dr. Short"}, ws.cases.get(case.id).version)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.referrer.text() == "Dr. Short"
    editor.referrer.setText("Dr. " + "Very Long Address, " * 12)
    enter(editor, "ecog", "2")
    assert editor.save() is False
    error = editor.addressee_errors["referrer"]
    assert error.isVisibleTo(editor) and "at most 200 characters" in error.text() and "Referring clinician" in error.text()
    assert editor.referrer.property("invalid") is True
    assert "Referring clinician" in editor.banner.text()
    wait_idle(qtbot, ctx)
    stored = ws.cases.get(case.id)
    assert stored.referrer == "Dr. Short" and stored.facts.ecog == case.facts.ecog, "nothing was written"
    assert editor.referrer.text().startswith("Dr. Very Long"), "the typing is kept"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.referrer.text() == "Dr. Short"
    editor.gp.setText("Dr. Gus General")
    assert editor.save()
    wait_idle(qtbot, ctx)
    assert not error.isVisibleTo(editor)
    assert (ws.cases.get(case.id).referrer, ws.cases.get(case.id).gp) == ("Dr. Short", "Dr. Gus General")


def test_a_new_case_is_created_with_its_referrer(qtbot: Any, window: Any, ctx: Any) -> None:
    editor = window.open_case(0)
    editor.mrn.setText("RG-3")
    editor.name.setText("New, Nina")
    enter(editor, "primary_site", "colorectal")
    editor.referrer.setText("Dr. Okafor (colorectal surgery)")
    assert editor.save()
    wait_idle(qtbot, ctx)
    [cid] = ctx.ws.cases.ids({})
    assert ctx.ws.cases.get(cid).referrer == "Dr. Okafor (colorectal surgery)" and ctx.ws.cases.get(cid).gp is None


def test_the_review_form_names_the_cases_referrer_to_inform(qtbot: Any, window: Any, ctx: Any) -> None:
    from datetime import date

    from tumorboard.services.schemas import MeetingIn

    ws = ctx.ws
    referred = make_case(ws, mrn="RG-4", name="Referred, Rita")
    ws.cases.update(referred.id, {"referrer": "Dr. Okafor (colorectal surgery)", "gp": "Dr. Adams (GP)"},
                    ws.cases.get(referred.id).version)
    only_gp = make_case(ws, mrn="RG-5", name="Family, Fred")
    ws.cases.update(only_gp.id, {"gp": "Dr. Adams (GP)"}, ws.cases.get(only_gp.id).version)
    m = ws.meetings.create(MeetingIn(meeting_date=date.today(), title="Board"))
    for c in (referred, only_gp):
        ws.meetings.add_case(m.id, c.id, "Resect?")
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    review = window.review
    assert review.form.referrer.text() == "Dr. Okafor (colorectal surgery)"
    review.form.informer.setText("Dr. Chen")
    review.record()
    wait_idle(qtbot, ctx)
    assert ws.cases.get(referred.id).decisions[0].referrer == "Dr. Okafor (colorectal surgery)"
    review.next_case()
    wait_idle(qtbot, ctx)
    assert review.form.referrer.text() == "Dr. Adams (GP)"
