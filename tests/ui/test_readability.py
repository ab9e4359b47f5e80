"""What the board sees: no words shown twice, every treatment visible without
scrolling, and an empty worklist that says so instead of a blank grid."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import CaseUpdate, MeetingIn


def _review(qtbot: Any, window: Any, ctx: Any, question: str, title: str) -> Any:
    case = make_case(ctx.ws)
    if title:
        ctx.ws.cases.update(case.id, CaseUpdate(title=title), expected_version=case.version)
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=ctx.ws.today(), title="Board"))
    ctx.ws.meetings.add_case(m.id, case.id, question)
    window.start_review(m.id)
    wait_idle(qtbot, ctx)
    return window.review


def test_review_shows_the_question_once_when_the_title_says_the_same(qtbot: Any, window: Any, ctx: Any) -> None:
    review = _review(qtbot, window, ctx, "Synchronous: simultaneous resection?", "Synchronous: simultaneous resection?")
    assert review.summary.text().count("simultaneous resection") == 1


def test_review_keeps_a_title_that_adds_something(qtbot: Any, window: Any, ctx: Any) -> None:
    review = _review(qtbot, window, ctx, "Resect now or convert first?", "Large synchronous lesion")
    text = review.summary.text()
    assert "Large synchronous lesion" in text and "Resect now or convert first?" in text


def test_every_treatment_is_visible_without_scrolling(qtbot: Any, window: Any, ctx: Any) -> None:
    review = _review(qtbot, window, ctx, "What next?", "")
    modalities = review.form.modalities
    last = modalities.item(modalities.count() - 1)
    rect = modalities.visualItemRect(last)
    assert modalities.count() > 10
    assert modalities.viewport().rect().contains(rect), (rect, modalities.viewport().rect())
    tier1 = [modalities.item(i) for i in range(modalities.count()) if "Tier 1" in modalities.item(i).text()]
    assert tier1 and all(it.font().bold() for it in tier1)


def test_empty_follow_up_lists_say_so(qtbot: Any, window: Any, ctx: Any) -> None:
    window.go("followups")
    wait_idle(qtbot, ctx)
    page = window.followups.pages["followups"]
    assert page.currentWidget() is page.empty and "No follow-up matches these filters" in page.empty.text()
    assert window.followups.pages["uncommunicated"].currentWidget().objectName() == "emptyState"


def test_most_of_the_gui_is_translated_into_chinese() -> None:
    import xml.etree.ElementTree as ET

    from tumorboard.resources import real_path

    messages = list(ET.parse(real_path("translations", "tumorboard_zh_CN.ts")).iter("message"))
    done = [m for m in messages if m.find("translation").get("type") is None]
    assert len(messages) > 400 and len(done) / len(messages) > 0.95


def test_case_list_says_when_nothing_matches(qtbot: Any, window: Any, ctx: Any) -> None:
    cases = window.cases
    cases.apply_filter()
    wait_idle(qtbot, ctx)
    assert cases.empty.isVisibleTo(cases) and "No cases yet" in cases.empty.text()
    make_case(ctx.ws, mrn="E-1", name="Empty, Eve")
    cases.apply_filter()
    wait_idle(qtbot, ctx)
    assert not cases.empty.isVisibleTo(cases)
    cases.search.setText("zzz-no-such-patient")
    cases.apply_filter()
    wait_idle(qtbot, ctx)
    assert cases.empty.isVisibleTo(cases) and "No case matches" in cases.empty.text()


def test_a_recorded_decision_is_labelled_as_decided(qtbot: Any, window: Any, ctx: Any) -> None:
    review = _review(qtbot, window, ctx, "What next?", "")
    assert "tier-1 options are ticked" in review.form.modalities_label.text()
    review.form.informer.setText("Dr. Chen")
    review.record()
    wait_idle(qtbot, ctx)
    assert review.form.modalities_label.text() == "Treatment decided"
    assert not review.form.modalities.isEnabled()


def test_laboratory_results_name_the_test_not_its_code(qtbot: Any, ctx: Any) -> None:
    from ui.views.case_editor import CaseEditor

    case = make_case(ctx.ws)  # with fresh bilirubin, albumin and INR
    editor = CaseEditor(ctx, case.id)
    qtbot.addWidget(editor)
    wait_idle(qtbot, ctx)
    table = editor.labs.table
    names = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert names == {"Bilirubin", "Albumin", "INR"}, names


def test_choosing_cases_offers_to_add_only_once_one_is_ticked(qtbot: Any) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from ui.views.meeting_dialogs import ChooseCasesDialog

    rows = [SimpleNamespace(id=7, name="Ready, Rita", mrn="R-1", primary_site="colorectal")]
    dlg = ChooseCasesDialog(rows)
    qtbot.addWidget(dlg)
    assert dlg.add_button.text() == "Add to agenda" and not dlg.add_button.isEnabled()
    dlg.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dlg.add_button.isEnabled() and dlg.chosen() == [7]
    empty = ChooseCasesDialog([])
    qtbot.addWidget(empty)
    assert empty.list.isHidden() and not empty.add_button.isEnabled()


def _contrast(a: Any, b: Any) -> float:
    """WCAG contrast ratio of two QColors."""
    def lum(c: Any) -> float:
        parts = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_current_item_of_a_drop_down_marked_missing_is_readable(qtbot: Any, app: Any) -> None:
    """Issue 17: the current "Unknown" item was white on pale yellow. Rendered, the item's text must stand out."""
    from collections import Counter

    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Unknown", "Yes", "No"])
    combo.setProperty("missing", True)  # as fact fields mark an unknown value
    combo.style().unpolish(combo)
    combo.style().polish(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    pixels = Counter(image.pixelColor(x, y).rgb() for x in range(max(rect.left(), 0), min(rect.right(), image.width()))
                     for y in range(max(rect.top(), 0), min(rect.bottom(), image.height())))
    from PySide6.QtGui import QColor

    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    best = max(_contrast(background, QColor.fromRgb(rgb)) for rgb in pixels)
    combo.hidePopup()
    assert best >= 4.5, f"the current item's text does not stand out from {background.name()} (contrast {best:.1f})"


def test_the_settings_page_scrolls_instead_of_cutting_its_labels_at_1366x768(qtbot: Any, window: Any, ctx: Any) -> None:
    """At 1366x768 the page was lower than its contents and Qt squeezed it: the two-line labels ("Core
    specialties (quorum)", "Inform within (working days)") were cut in half, the lists showed one line and
    "Save settings" lost its bottom (seen on a screenshot). The page now scrolls; nothing is below its size."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit

    window.show()
    window.resize(1366, 768)
    window.go("settings")
    wait_idle(qtbot, ctx)
    qtbot.wait(50)
    view = window.settings_page
    widgets = view.findChildren(QLabel) + view.findChildren(QPlainTextEdit) + view.findChildren(QAbstractButton)
    shown = [w for w in widgets if w.isVisibleTo(view) and w.minimumSizeHint().height() > 0]
    assert len(shown) > 15
    squeezed = [(w.objectName() or getattr(w, "text", lambda: "")()) for w in shown
                if w.height() < max(w.minimumSizeHint().height(), w.minimumHeight())]
    assert squeezed == []
