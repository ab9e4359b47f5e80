"""The Chinese GUI through a case review: the explanation panel (options, exclusions, warnings, missing
data), the readiness checklist, the review's status line and the messages hold no English sentence.
The sources' verbatim excerpts and their citations stay in their original language (they are quotes);
rule ids, codes and drug, score and unit names are the deliberate exceptions (tests/english.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from tests.english import english_sentences
from tests.ui.conftest import READY_FACTS, add_fresh_workup, shown_main_window, wait_idle
from tumorboard.resources import real_path
from tumorboard.services.vocabulary import citation

#: a case that makes the engine explain, exclude, cap and warn: a small lesion next to the gallbladder
#: (META-4 caps ablation), too little liver remnant (CRC-1 excludes resection), no INR (DX-3)
FACTS = {**READY_FACTS, "lesion_count": 1, "largest_lesion_cm": 2.0, "adjacent_to_hollow_structure": True,
         "future_liver_remnant_pct": 20.0}
FACTS.pop("inr")


@pytest.fixture
def zh_window(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with shown_main_window(qtbot, ctx, "zh_CN", monkeypatch) as win:
        yield win


def shown_text(widget: QWidget) -> str:
    """Every label and button text the widget shows."""
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(parts)


def quotes(rec: Any) -> list[str]:
    return [q for o in [*rec.options, *rec.excluded] for s in o.sources for q in (s.excerpt, citation(s))]


def test_a_case_review_in_chinese_shows_no_english_sentence(qtbot: Any, zh_window: Any, ctx: Any) -> None:
    window, ws = zh_window, ctx.ws
    case = ws.cases.create({"patient": {"mrn": "ZH-1", "name": "王丽"}, "title": "结直肠癌肝转移", "facts": FACTS})
    ws.cases.add_imaging(case.id, {"study_date": ws.today().isoformat(), "modality": "ct", "findings": "肝 IVb 段 2 cm"})

    # -- the case window: the explanation panel and the readiness checklist
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    rec = editor.panel.recommendation
    assert rec is not None and rec.warnings and rec.excluded and any(o.tier > 1 for o in rec.options)
    for card in editor.panel.findChildren(QAbstractButton):  # open every option's sources: quotes stay English
        if card.isCheckable():
            card.setChecked(True)
    panel = shown_text(editor.panel)
    assert "第2级" in panel and "治疗方案" in panel
    assert "缺少：INR" in panel and "排除肝切除" in panel and "此处不作为首选" in panel, panel
    assert english_sentences(panel, quotes(rec)) == [], panel
    checklist = shown_text(editor.readiness)
    assert "尚未准备好" in checklist and "肝功能检查不超过" in checklist and "缺少：INR" in checklist, checklist
    assert english_sentences(checklist) == [], checklist

    # -- a message: marking the incomplete case ready lists the open items in Chinese
    asked: list[str] = []

    def answer(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(" ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.No

    if hasattr(editor, "mark_ready"):
        import ui.views.case_editor as module

        original = module.QMessageBox.question
        module.QMessageBox.question = answer  # type: ignore[method-assign]
        try:
            editor.mark_ready()
            wait_idle(qtbot, ctx)
        finally:
            module.QMessageBox.question = original  # type: ignore[method-assign]
        assert asked and all(english_sentences(a) == [] for a in asked), asked

    # -- the review: the same case on a meeting's agenda, its status line and panel
    add_fresh_workup(ws, case.id)
    meeting = ws.meetings.create({"meeting_date": ws.today(), "title": "肝转移多学科会诊", "place": "3B 会议室"})
    ws.meetings.add_case(meeting.id, case.id, "能否手术切除？")
    editor.close()
    wait_idle(qtbot, ctx)
    window.start_review(meeting.id)
    wait_idle(qtbot, ctx)
    review = window.review
    rec = review.recommendation
    assert rec is not None and review.panel.recommendation is rec
    seen = "\n".join((shown_text(review.panel), review.status.text(), review.summary.text()))
    assert "尚不能提交讨论" in seen, seen  # the readiness lines that fail, in Chinese
    assert english_sentences(seen, quotes(rec)) == [], seen


def test_the_gui_translation_has_no_unfinished_entry() -> None:
    """Every GUI string lupdate found (issues 15, 16, 19 included) has its Chinese translation."""
    messages = list(ET.parse(real_path("translations", "tumorboard_zh_CN.ts")).iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert len(messages) > 800 and unfinished == []


def test_a_refused_save_explains_itself_in_chinese(qtbot: Any, zh_window: Any, ctx: Any) -> None:
    """Facts that contradict each other: the banner and the field marks name the fields by their Chinese
    labels and say what is allowed in Chinese (no code names, no English)."""
    from tests.ui.helpers import fill

    editor = zh_window.open_case(0)
    editor.mrn.setText("ZH-2")
    editor.name.setText("李娜")
    fill(editor, {"primary_site": "colorectal", "liver_mets": "none", "lesion_count": 3})
    editor.save()
    wait_idle(qtbot, ctx)
    banner = editor.banner.text()
    assert "矛盾" in banner and "病灶数目" in banner and "肝转移" in banner, banner
    assert "lesion_count" not in banner and "liver_mets" not in banner, banner
    assert english_sentences(banner) == [], banner


def test_the_settings_parameters_and_the_figures_page_in_chinese(qtbot: Any, zh_window: Any, ctx: Any) -> None:
    """Settings lists the rule parameters with their meaning and unit in Chinese (the citations stay in their
    original language); the board figures page names each figure in Chinese."""
    zh_window.go("settings")
    wait_idle(qtbot, ctx)
    table = zh_window.page("settings").parameters
    assert table.rowCount() > 30
    values = [table.item(r, 1).text() for r in range(table.rowCount())]
    meanings = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "3 个月" in values and "75 岁" in values and "5 年" in values, values
    assert all(english_sentences(t) == [] for t in values + meanings), [t for t in meanings if english_sentences(t)]
    zh_window.go("figures")
    wait_idle(qtbot, ctx)
    figures = zh_window.page("figures").table
    qtbot.waitUntil(lambda: figures.rowCount() > 5, timeout=10000)
    shown = [f"{figures.item(r, 0).text()} {figures.item(r, 1).text()}" for r in range(figures.rowCount())]
    assert shown[0].startswith("已召开会议") and all(english_sentences(t) == [] for t in shown), shown
