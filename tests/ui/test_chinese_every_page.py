"""Every page of the Chinese main window, and the case window, in words: labels, buttons, menu actions,
tooltips, placeholders and table headers hold no English sentence (names typed by the user and the
sources' verbatim quotes aside; tests/english.py lists the deliberate exceptions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.english import english_sentences
from tests.ui.conftest import make_case, shown_main_window, wait_idle
from ui.main_window import PAGES


@pytest.fixture
def zh_window(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with shown_main_window(qtbot, ctx, "zh_CN", monkeypatch) as win:
        yield win


def words(widget: QWidget) -> dict[str, str]:
    """Every text the widget and its children show or explain, by where it is."""
    out: dict[str, str] = {}
    for w in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName() or ''}"
        if w.toolTip():
            out[f"{where} tooltip"] = w.toolTip()
        if w.accessibleName():
            out[f"{where} name"] = w.accessibleName()
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(widget):
            out[f"{where} text"] = w.text()
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and w.placeholderText():
            out[f"{where} placeholder"] = w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out[f"{where} item {i}"] = w.itemText(i)
        if isinstance(w, QHeaderView) and w.model() is not None:
            for i in range(w.count()):
                out[f"{where} head {i}"] = str(w.model().headerData(i, w.orientation()) or "")
        for action in w.actions():
            out[f"{where} action {action.text()}"] = f"{action.text()} {action.toolTip()} {action.statusTip()}"
    return out


#: what the test's own data typed in English (names and titles are kept as typed)
TYPED = ("Test, Patient",)


def english_in(texts: dict[str, str]) -> dict[str, list[str]]:
    return {k: found for k, v in texts.items() if (found := english_sentences(v, allowed=TYPED))}


def test_every_page_and_the_case_window_in_chinese(qtbot: Any, zh_window: Any, ctx: Any) -> None:
    ws = ctx.ws
    case = make_case(ws, mrn="ZH-P1", name="王芳")
    meeting = ws.meetings.create({"meeting_date": ws.today(), "title": "肝转移多学科会诊", "place": "3B 会议室"})
    ws.meetings.add_case(meeting.id, case.id, "能否手术？")
    found: dict[str, list[str]] = {}
    for page in PAGES:
        zh_window.go(page)
        wait_idle(qtbot, ctx)
        found |= {f"{page}: {k}": v for k, v in english_in(words(zh_window)).items()}
    editor = zh_window.open_case(case.id)
    wait_idle(qtbot, ctx)
    found |= {f"case window: {k}": v for k, v in english_in(words(editor)).items()}
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_dialogs_in_chinese(qtbot: Any, zh_window: Any, ctx: Any, tmp_path: Any) -> None:
    """The dialogs a coordinator opens in a week: new meeting, add cases, a reason, a follow-up done or changed,
    the treatment date, the welcome (open another database)."""
    from datetime import timedelta

    from ui.views.case_history import TreatmentDialog
    from ui.views.followups_view import ChangeDialog, CompleteDialog
    from ui.views.meeting_dialogs import ChooseCasesDialog, NewMeetingDialog, ReasonDialog
    from ui.views.welcome import WelcomeDialog

    ws = ctx.ws
    case = make_case(ws, mrn="ZH-D1", name="李娜")
    followup = ws.followups.add(case.id, ws.today() + timedelta(days=30), "ct_or_mri")
    dialogs = {
        "new meeting": NewMeetingDialog(zh_window, today=ws.today()),
        "add cases": ChooseCasesDialog(ws.cases.query({"status": "ready"}), zh_window),
        "defer": ReasonDialog("推迟", "原因", zh_window, owners=["陈医生"]),
        "follow-up done": CompleteDialog(followup, zh_window, today=ws.today()),
        "change or cancel": ChangeDialog(followup, zh_window, today=ws.today()),
        "treatment given": TreatmentDialog("肝切除术", ws.today(), zh_window),
        "welcome": WelcomeDialog(tmp_path / "board.sqlite", zh_window, current="SQLite: board.sqlite"),
    }
    found: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        found |= {f"{name}: {k}": v for k, v in english_in(words(dialog)).items()}
        dialog.deleteLater()
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
