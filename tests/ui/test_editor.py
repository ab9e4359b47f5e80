"""The case editor: refusing bad values at the field, keeping what the user
typed, reporting a colleague's concurrent edit, undo/redo, asking on close."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.conftest import READY_FACTS, make_case, wait_idle
from tests.ui.helpers import enter, fill
from tumorboard.services.schemas import CaseQuery, CaseUpdate


def test_invalid_value_is_refused_at_the_field_and_nothing_is_saved(qtbot: Any, window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    enter(editor, "ecog", "7")
    enter(editor, "future_liver_remnant_pct", "150")
    ecog = editor.form.controls["ecog"]
    assert ecog.error.isVisibleTo(editor)
    assert "0 to 4" in ecog.error.text(), ecog.error.text()
    assert ecog.editor.property("invalid") is True
    assert "0 to 100" in editor.form.controls["future_liver_remnant_pct"].error.text()
    assert editor.save() is False
    wait_idle(qtbot, ctx)
    assert editor.banner.isVisibleTo(editor) and "ECOG" in editor.banner.text()
    stored = ws.cases.get(case.id)
    assert stored.version == case.version and stored.facts.ecog == 1, "nothing was written"
    assert editor.form.controls["ecog"].editor.text() == "7", "what the user typed is kept"
    editor.evaluate_now()
    assert "Correct the marked fields" in editor.panel.message
    # corrected, it saves
    enter(editor, "ecog", "2")
    enter(editor, "future_liver_remnant_pct", "35")
    assert not ecog.error.isVisibleTo(editor)
    assert editor.save()
    wait_idle(qtbot, ctx)
    assert ws.cases.get(case.id).facts.ecog == 2


def test_new_case_without_mrn_or_with_bad_text_creates_nothing(qtbot: Any, window: Any, ctx: Any) -> None:
    editor = window.open_case(0)
    editor.name.setText("Müller, Anna")
    enter(editor, "primary_site", "breast")
    assert editor.save() is False
    assert editor.mrn_error.isVisibleTo(editor)
    editor.mrn.setText("B-1")
    enter(editor, "largest_lesion_cm", "three")
    assert "not a number" in editor.form.controls["largest_lesion_cm"].error.text()
    assert editor.save() is False
    wait_idle(qtbot, ctx)
    assert ctx.ws.cases.count(CaseQuery()) == 0


def test_incomplete_case_is_saved_and_missing_data_shown(qtbot: Any, window: Any, ctx: Any) -> None:
    editor = window.open_case(0)
    editor.mrn.setText("C-1")
    editor.name.setText("O'Brien, Sean")
    enter(editor, "primary_site", "colorectal")
    enter(editor, "liver_mets", "confirmed")
    assert editor.save()
    wait_idle(qtbot, ctx)
    detail = ctx.ws.cases.get(editor.case_id)
    assert detail.status == "draft" and detail.facts.ecog is None
    assert editor.form.controls["ecog"].editor.property("missing") is True
    editor.evaluate_now()
    assert "ecog" in editor.panel.recommendation.missing or editor.panel.recommendation.missing
    assert editor.readiness.readiness is not None and not editor.readiness.readiness.ready


def test_concurrent_edit_by_another_session_is_reported_not_overwritten(qtbot: Any, window: Any, ctx: Any,
                                                                       db_url: str) -> None:
    from tumorboard.services import Workspace

    ws = ctx.ws
    case = make_case(ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    # a colleague on another workstation saves first
    with Workspace.open(db_url, actor="dr.colleague") as other:
        other.cases.update(case.id, CaseUpdate(title="Colleague's title"), expected_version=case.version)
    editor.case_title.setText("My title")
    enter(editor, "ecog", "3")
    assert editor.save()
    wait_idle(qtbot, ctx)
    stored = ws.cases.get(case.id)
    assert stored.title == "Colleague's title" and stored.facts.ecog == 1, "their edit was not overwritten"
    assert "dr.colleague" in editor.banner.text()
    assert editor.last_error_box.text().startswith("This case was changed by dr.colleague")
    assert editor.case_title.text() == "My title", "my input is still on screen"
    assert editor.is_dirty()
    editor.last_error_box.close()


def test_undo_and_redo_restore_the_form(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    assert not editor.is_dirty()
    enter(editor, "ecog", "2")
    editor._record_undo()
    enter(editor, "primary_site", "gastric")
    editor._record_undo()
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    assert editor.form.controls["primary_site"].value() == "colorectal"
    assert editor.form.controls["ecog"].value() == 2
    editor.undo_stack.undo()
    assert editor.form.controls["ecog"].value() == 1
    assert not editor.is_dirty()
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert editor.form.controls["primary_site"].value() == "gastric"
    assert editor.is_dirty()


def test_closing_with_unsaved_changes_asks(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    enter(editor, "ecog", "2")
    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    editor.ask_unsaved = cancel
    assert editor.close() is False
    assert asked and editor.isVisible()
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    editor.close()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: case.id not in window.editors, timeout=5000)
    assert ctx.ws.cases.get(case.id).facts.ecog == 2, "Save on close saved"


def test_decision_panel_follows_the_facts_and_shows_sources_on_demand(qtbot: Any, window: Any, ctx: Any) -> None:
    from ui.views.decision_panel import OptionCard

    editor = window.open_case(0)
    fill(editor, READY_FACTS)
    editor.evaluate_now()
    # widgets added to a shown layout are shown from the event loop
    qtbot.waitUntil(lambda: any(c.isVisible() for c in editor.panel.findChildren(OptionCard)))
    cards = editor.panel.findChildren(OptionCard)
    assert cards and cards[0].option.tier == 1
    assert "Tier 1" in cards[0].title.text()
    assert all(rule in cards[0].rules.text() for rule in cards[0].option.rules)
    assert not cards[0].sources.isVisibleTo(editor)
    cards[0].toggle.click()
    assert cards[0].sources.isVisibleTo(editor)
    assert cards[0].option.sources[0].excerpt[:30] in cards[0].sources.text().replace("&quot;", '"').replace("&#x27;", "'")
    fong = editor.panel.recommendation.scores.fong_crs  # node status and disease-free interval not given
    assert fong.missing and fong.most > fong.points
    scores = editor.panel.findChild(QLabel, "scores").text()
    assert f"{fong.points}\u2013{fong.most} of 5" in scores and "Disease-free interval" in scores
    first = [o.modality for o in editor.panel.recommendation.options]
    enter(editor, "extrahepatic_disease", "extensive")
    editor.evaluate_now()
    assert [o.modality for o in editor.panel.recommendation.options] != first, "re-evaluated as the facts changed"


def test_dated_imaging_and_labs_are_added_and_update_readiness(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    wait_idle(qtbot, ctx)
    assert not editor.readiness.readiness.ready
    editor.labs.value.setText("abc")
    editor.labs.add()
    assert "choose the test" in editor.banner.text(), "the picker starts at Choose…: no test is picked by accident"
    editor.labs.test.setCurrentIndex(editor.labs.test.findData("albumin"))
    editor.labs.add()
    assert "not a number" in editor.banner.text()
    assert ctx.ws.cases.get(case.id).labs == []
    for test, value in (("bilirubin", "12"), ("albumin", "40,5"), ("inr", "1.1")):
        editor.labs.test.setCurrentIndex(editor.labs.test.findData(test))
        editor.labs.value.setText(value)
        editor.labs.add()
        wait_idle(qtbot, ctx)
    editor.imaging.modality.setCurrentIndex(editor.imaging.modality.findData("mri"))
    editor.imaging.findings.setText("2 lesions, segments 6 and 7")
    editor.imaging.add()
    wait_idle(qtbot, ctx)
    stored = ctx.ws.cases.get(case.id)
    assert sorted((x.test, x.value) for x in stored.labs) == [("albumin", 40.5), ("bilirubin", 12.0), ("inr", 1.1)]
    assert stored.imaging[0].findings == "2 lesions, segments 6 and 7"
    assert editor.labs.table.rowCount() == 3 and editor.imaging.table.rowCount() == 1
    assert editor.readiness.readiness.ready, [i for i in editor.readiness.readiness.items if not i.ok]


def test_a_case_marked_ready_with_an_incomplete_checklist_says_so_beside_its_status(
        qtbot: Any, window: Any, ctx: Any) -> None:
    flagged = make_case(ctx.ws, mrn="F-1", ready=False)
    ctx.ws.cases.set_status(flagged.id, "ready", expected_version=flagged.version)  # "mark ready anyway"
    editor = window.open_case(flagged.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    wait_idle(qtbot, ctx)
    assert "Ready for the board" in editor.status_label.text() and "checklist not complete" in editor.status_label.text()
    complete = make_case(ctx.ws, mrn="F-2", ready=True)
    ctx.ws.cases.set_status(complete.id, "ready", expected_version=complete.version)
    other = window.open_case(complete.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    wait_idle(qtbot, ctx)
    assert other.status_label.text() == "Ready for the board"


def test_the_age_is_filled_from_the_date_of_birth_and_a_typed_age_is_kept(qtbot: Any, window: Any, ctx: Any) -> None:
    from datetime import date

    from tumorboard.services.patients import age_on

    editor = window.open_case(0)
    fill(editor, {k: v for k, v in READY_FACTS.items() if k != "age_years"})
    age = editor.form.controls["age_years"]
    assert age.value() is None
    editor.birth.set_date(date(1958, 3, 14), emit=True)
    expected = age_on(date(1958, 3, 14), ctx.ws.today())
    assert age.value() == expected, "filled from the date of birth"
    editor.evaluate_now()
    assert "age_years" not in editor.panel.recommendation.missing, "the engine is not told the age is unknown"
    editor.birth.set_date(date(1960, 3, 14), emit=True)
    assert age.value() == age_on(date(1960, 3, 14), ctx.ws.today()), "follows a corrected date of birth"
    enter(editor, "age_years", "45")
    editor.birth.set_date(date(1959, 3, 14), emit=True)
    assert age.value() == 45, "an age typed by hand is not overwritten"


def test_age_on_counts_completed_years() -> None:
    from datetime import date

    from tumorboard.services.patients import age_on

    assert age_on(date(1958, 3, 14), date(2026, 3, 13)) == 67
    assert age_on(date(1958, 3, 14), date(2026, 3, 14)) == 68
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26


def test_a_lab_value_in_another_unit_is_questioned_but_saved(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    enter(editor, "albumin_g_l", "4.1")  # g/dL typed into g/L
    albumin = editor.form.controls["albumin_g_l"]
    assert albumin.error.isVisibleTo(editor) and "g/dL" in albumin.error.text()
    assert albumin.error.property("question") is True and albumin.problem() is None
    assert editor.save(), "a question does not block saving: the value may be right"
    wait_idle(qtbot, ctx)
    assert ctx.ws.cases.get(case.id).facts.albumin_g_l == 4.1
    enter(editor, "albumin_g_l", "41")
    assert not albumin.error.isVisibleTo(editor)


def test_contradicting_facts_are_refused_at_both_fields_in_words(qtbot: Any, window: Any, ctx: Any) -> None:
    from ui.fact_fields import field_label

    ws = ctx.ws
    case = make_case(ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    enter(editor, "lesion_count", "0")  # with the largest lesion 3.2 cm still entered
    editor.evaluate_now()
    count, size = editor.form.controls["lesion_count"], editor.form.controls["largest_lesion_cm"]
    for ctl, other in ((count, "largest_lesion_cm"), (size, "lesion_count")):
        assert ctl.error.isVisibleTo(editor), ctl.spec.name
        assert field_label(other) in ctl.error.text() and "_" not in ctl.error.text(), ctl.error.text()
    assert "Correct the marked fields" in editor.panel.message
    assert editor.save()  # the core refuses it (one place: CaseFacts), nothing is written
    wait_idle(qtbot, ctx)
    assert editor.banner.isVisibleTo(editor) and field_label("largest_lesion_cm") in editor.banner.text()
    stored = ws.cases.get(case.id)
    assert stored.version == case.version and stored.facts.lesion_count == 2
    enter(editor, "liver_mets", "none")  # a second contradiction: none with a lesion size
    enter(editor, "lesion_count", "")
    editor.evaluate_now()
    mets = editor.form.controls["liver_mets"]
    assert mets.error.isVisibleTo(editor) and field_label("largest_lesion_cm") in mets.error.text()
    assert not count.error.isVisibleTo(editor), "the corrected field is no longer marked"
    enter(editor, "liver_mets", "confirmed")
    enter(editor, "lesion_count", "2")
    editor.evaluate_now()
    assert not any(c.error.isVisibleTo(editor) for c in (count, size, mets))
    assert editor.panel.recommendation is not None


def test_decision_panel_shows_a_provisional_follow_up_as_provisional(qtbot: Any, window: Any, ctx: Any) -> None:
    editor = window.open_case(0)
    facts = {k: v for k, v in READY_FACTS.items() if k not in ("bilirubin_umol_l", "albumin_g_l", "inr")}
    fill(editor, {**facts, "largest_lesion_cm": 8.5, "lesion_count": 1})  # labs missing: hepatectomy provisional
    editor.evaluate_now()
    qtbot.wait(20)
    rec = editor.panel.recommendation
    assert rec is not None and any(o.provisional for o in rec.tier1())
    assert rec.follow_up and rec.follow_up[0].provisional
    preview = editor.panel.findChild(QLabel, "followUpPreview").text()
    assert rec.follow_up[0].due.isoformat() in preview and "provisional" in preview


def test_the_live_panel_follows_the_hospitals_parameter_file(qtbot: Any, window: Any, ctx: Any, tmp_path: Any) -> None:
    """The panel evaluates with the workspace's rules: a parameter file chosen in Settings applies at once."""
    editor = window.open_case(0)
    fill(editor, READY_FACTS)  # future liver remnant 45 %
    editor.evaluate_now()
    assert [o.modality.value for o in editor.panel.recommendation.tier1()] == ["hepatectomy"]
    strict = tmp_path / "hospital.toml"
    strict.write_text("min_flr_pct = 50\n", encoding="utf-8")
    current = ctx.ws.settings.get()
    ctx.ws.settings.update(current.model_copy(update={"parameters_file": str(strict)}), base=current)
    editor.evaluate_now()
    assert "hepatectomy" not in [o.modality.value for o in editor.panel.recommendation.tier1()]
    assert editor.panel.recommendation.rule_set.parameters["min_flr_pct"] == 50


def test_the_editors_fields_are_the_cores_catalogue_of_case_facts() -> None:
    from tumorboard.services.vocabulary import FACT_CATALOGUE
    from ui.fact_fields import FIELDS

    assert [(f.name, f.label, f.kind, f.unit, f.low, f.high, f.low_open, f.section) for f in FIELDS] == [
        (f.name, f.label, f.kind, f.unit, f.low, f.high, f.low_open, f.section) for f in FACT_CATALOGUE]


def test_segments_vessels_and_pathology_are_edited_in_the_case_window(qtbot: Any, window: Any,
                                                                              ctx: Any) -> None:
    case = make_case(ctx.ws)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    controls = editor.form.controls
    controls["liver_segments"].set_value(["s4", "s5"])
    controls["major_vessels"].set_value(["portal_vein"])
    controls["ras_status"].set_value("wild_type")
    controls["histology"].editor.setText("Adenocarcinoma, G2 (肝转移)")
    controls["comorbidities"].editor.setText("Type 2 diabetes")
    assert editor.save()
    wait_idle(qtbot, ctx)
    facts = ctx.ws.cases.get(case.id).facts
    assert facts.liver_segments == ["s4", "s5"] and facts.major_vessels == ["portal_vein"]
    assert facts.ras_status == "wild_type" and facts.histology == "Adenocarcinoma, G2 (肝转移)"
    assert facts.comorbidities == "Type 2 diabetes"


def test_undo_back_to_good_values_clears_the_errors_and_the_banner(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    enter(editor, "ecog", "7")
    editor._record_undo()
    editor.mrn.setText("")
    editor._record_undo()
    assert editor.save() is False  # refused: both said
    ecog = editor.form.controls["ecog"]
    assert editor.banner.isVisibleTo(editor) and ecog.error.isVisibleTo(editor) and editor.mrn_error.isVisibleTo(editor)
    editor.undo_stack.undo()  # the MRN is back; the ECOG of 7 is still there, and still said
    assert editor.mrn.text() == case.patient.mrn and not editor.mrn_error.isVisibleTo(editor)
    assert editor.banner.isVisibleTo(editor) and "MRN" not in editor.banner.text() and "ECOG" in editor.banner.text()
    assert ecog.error.isVisibleTo(editor)
    editor.undo_stack.undo()  # the ECOG as saved: nothing is wrong any more
    assert ecog.editor.text() == "1" and not ecog.error.isVisibleTo(editor)
    assert not editor.banner.isVisibleTo(editor) and ecog.editor.property("invalid") is not True
    assert not editor.is_dirty()


def test_tick_boxes_wrap_so_the_segments_row_is_no_wider_than_a_text_field(qtbot: Any, window: Any, ctx: Any) -> None:
    """The nine liver segments in one row of tick boxes made the case form wider than its pane on a
    1366-pixel screen (a sideways scroll bar; seen on a screenshot). They wrap after five."""
    from ui.views.fact_form import CHECKS_PER_ROW

    editor = window.open_case(make_case(ctx.ws).id)
    wait_idle(qtbot, ctx)
    segments = editor.form.controls["liver_segments"].editor
    rows = {segments.layout().getItemPosition(i)[0] for i in range(segments.layout().count())}
    assert CHECKS_PER_ROW == 5 and rows == {0, 1}
    one_row = sum(segments.layout().itemAt(i).widget().sizeHint().width() for i in range(segments.layout().count()))
    assert segments.minimumSizeHint().width() < 0.7 * one_row
