"""The services' refusals in a Chinese window: each one, triggered through the real services, is shown by
ui/errors.py explain() (the error dialog) in Chinese, the fields named by their labels, never by code
names or None; the stale-edit, permission, not-found and database messages too. The CLI says them in
English unless a command was given --language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.english import english_sentences
from tests.ui.conftest import READY_FACTS, make_case, shown_main_window
from tumorboard.errors import TumorboardError, error_text


@pytest.fixture
def zh_window(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with shown_main_window(qtbot, ctx, "zh_CN", monkeypatch) as win:
        yield win


def refused(call: Callable[[], Any], what: str = "") -> TumorboardError:
    try:
        call()
    except TumorboardError as exc:
        return exc
    pytest.fail(f"not refused: {what}")


#: a snake_case code name (primary_site, deviation_reason) or a Python None shown to the user
CODE_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b|\bNone\b")


def refusals(ws: Any, tmp_path: Path) -> dict[str, Callable[[], Any]]:
    """One call per kind of refusal the services make, each from a state where it must be refused."""
    from tumorboard.services import Workspace
    from tumorboard.services import reports as report_service

    today = ws.today()
    case = make_case(ws, mrn="ZH-R1", name="王芳")
    other = make_case(ws, mrn="ZH-R2", name="李伟")
    meeting = ws.meetings.create({"meeting_date": today, "title": "肝转移多学科会诊", "place": "3B"})
    item = ws.meetings.add_case(meeting.id, case.id, "能否手术？")
    later = ws.meetings.create({"meeting_date": today + timedelta(days=6), "title": "下周会诊", "place": "3B"})
    ahead = ws.meetings.add_case(later.id, other.id, "能否消融？")
    tier1 = [o.modality.value for o in ws.cases.evaluate(case.id, as_of=today).options if o.tier == 1]
    decision = ws.decisions.record({"agenda_item_id": item.id, "modalities": tier1, "intent": "curative"})
    followup = sorted(ws.followups.for_case(case.id), key=lambda f: f.due)[0]
    lab = ws.cases.add_lab(other.id, {"taken_on": today.isoformat(), "test": "cea", "value": 3.0})
    detail = ws.cases.get(other.id)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("这不是数据库", encoding="utf-8")
    viewer = Workspace.open(ws.url.render_as_string(hide_password=False), actor="zh.viewer")
    ws.users.add("zh.viewer", "viewer")
    future = (today + timedelta(days=3)).isoformat()
    return {
        "required field": lambda: ws.cases.create({"patient": {"mrn": "ZH-R3", "name": "张三"},
                                                   "facts": {**READY_FACTS, "primary_site": None}}),
        "future diagnosis": lambda: ws.cases.update(other.id, {"facts": {**READY_FACTS, "primary_diagnosed_on": future}},
                                                    detail.version),
        "status move": lambda: ws.cases.set_status(other.id, "follow_up", ws.cases.get(other.id).version),
        "stale edit": lambda: ws.cases.update(other.id, {"title": "新标题"}, detail.version - 1),
        "not found": lambda: ws.cases.get(987654),
        "mrn taken": lambda: ws.cases.create({"patient": {"mrn": "ZH-R1", "name": "王芳"}, "facts": READY_FACTS}),
        "lab in future": lambda: ws.cases.add_lab(other.id, {"taken_on": future, "test": "cea", "value": 3.0}),
        "correction reason": lambda: ws.cases.update_lab(lab.id, {"taken_on": today.isoformat(), "test": "cea",
                                                                 "value": 4.0}, reason="x" * 600),
        "deviation reason": lambda: ws.decisions.record({"agenda_item_id": ahead.id, "modalities": ["surveillance"],
                                                         "intent": "surveillance", "before_meeting_confirmed": True}),
        "before the meeting": lambda: ws.decisions.record({"agenda_item_id": ahead.id, "modalities": ["surveillance"],
                                                           "intent": "surveillance", "deviation_reason": "患者拒绝"}),
        "trial words": lambda: ws.decisions.record({"agenda_item_id": ahead.id, "modalities": ["surveillance"],
                                                    "intent": "surveillance", "before_meeting_confirmed": True,
                                                    "deviation_reason": "clinical trial NCT0001", "trial_considered": False}),
        "decided twice": lambda: ws.decisions.record({"agenda_item_id": item.id, "modalities": tier1, "intent": "curative"}),
        "amend without reason": lambda: ws.decisions.amend(decision.id, {"agenda_item_id": item.id, "modalities": tier1,
                                                                         "intent": "curative"}, reason=" "),
        "treatment in future": lambda: ws.decisions.treatment_given(decision.id, today + timedelta(days=2)),
        "done in future": lambda: ws.followups.complete(followup.id, "stable", done_on=today + timedelta(days=1)),
        "not done, no new date": lambda: ws.followups.complete(followup.id, "not_done"),
        "moved to the past": lambda: ws.followups.change(followup.id, "换日期", due=today - timedelta(days=1)),
        "nothing changes": lambda: ws.followups.change(followup.id, "没有变化", test=followup.test),
        "cancel without reason": lambda: ws.followups.cancel(followup.id, ""),
        "wrong test code": lambda: ws.followups.change(followup.id, "换检查", test="x_ray"),
        "due range": lambda: ws.followups.list({"due_from": today.isoformat(),
                                                "due_to": (today - timedelta(days=1)).isoformat()}),
        "defer without reason": lambda: ws.meetings.defer(ahead.id, " "),
        "defer owner too long": lambda: ws.meetings.defer(ahead.id, "等待 MRI", owner="长" * 300),
        "slot minutes": lambda: ws.meetings.set_slot_minutes(ahead.id, 100000),
        "listed twice": lambda: ws.meetings.add_case(later.id, other.id),
        "remove a decided item": lambda: ws.meetings.remove_item(item.id),
        "finalise undecided": lambda: ws.meetings.finalise(later.id),
        "settings without hospital": lambda: ws.settings.update({**ws.settings.get().model_dump(), "hospital_name": " "}),
        "unknown role": lambda: ws.users.add("zh.someone", "boss"),
        "figures range": lambda: ws.stats.compute(today, today - timedelta(days=3)),
        "permission": lambda: viewer.cases.update(other.id, {"title": "查看者"}, ws.cases.get(other.id).version),
        "calendar without follow-ups": lambda: report_service.case_ics(ws, other.id),
        "contact for the schedule": lambda: report_service.schedule_pdf(ws, case.id, language="zh_CN"),
        "report into a folder": lambda: report_service.write_atomically(b"%PDF", folder),
        "not a database": lambda: Workspace.open(str(not_a_db), actor="coordinator"),
        "backup onto itself": lambda: ws.backup(ws.sqlite_path) if ws.is_sqlite else viewer.backup(folder),
    }


def test_each_refusal_is_said_in_chinese_with_labels_not_code_names(
        qtbot: Any, zh_window: Any, ctx: Any, tmp_path: Path) -> None:
    from ui.errors import explain

    ws = ctx.ws
    calls = refusals(ws, tmp_path)
    shown: dict[str, str] = {}
    for what, call in calls.items():
        exc = refused(call, what)
        info = explain(exc)
        shown[what] = f"{info.title}\n{info.text}"
    paths = [str(tmp_path), str(ws.sqlite_path or "")]
    english = {what: english_sentences(text, quotes=paths) for what, text in shown.items()}
    left = {what: found for what, found in english.items() if found}
    assert left == {}, "\n\n".join(f"{what}: {found}\n{shown[what]}" for what, found in left.items())
    # a command to type (`...`) and the value as the user gave it (“x_ray”) are quoted as they are
    code_names = {what: CODE_NAME.findall(re.sub(r"`[^`]*`|“[^”]*”", "", text.replace(str(tmp_path), "")))
                  for what, text in shown.items()}
    named = {what: found for what, found in code_names.items() if found}
    assert named == {}, "\n\n".join(f"{what}: {found}\n{shown[what]}" for what, found in named.items())
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in shown.values()), shown
    # the words the user needs are there: the field's label, the value, what is allowed
    assert "原发部位" in shown["required field"] and "必填" in shown["required field"], shown["required field"]
    assert "不允许" in shown["permission"] and "查看者" in shown["permission"], shown["permission"]
    assert "修改了它" in shown["stale edit"], shown["stale edit"]
    assert "987654" in shown["not found"], shown["not found"]
    assert "偏离原因" in shown["deviation reason"] or "原因" in shown["deviation reason"], shown["deviation reason"]


def test_the_cli_says_a_refusal_in_english_unless_given_a_language(workspace: Any) -> None:
    exc = refused(lambda: workspace.followups.list({"due_from": "2026-01-10", "due_to": "2026-01-01"}))
    english = error_text(exc)
    assert english == str(exc) and "on or after “due from” (2026-01-10)" in english
    chinese = error_text(exc, "zh_CN")
    assert "不早于“到期起始日”（2026-01-10）" in chinese and english_sentences(chinese) == [], chinese


def test_a_file_the_system_refuses_is_explained_in_chinese(qtbot: Any, zh_window: Any, tmp_path: Path) -> None:
    """The operating system's own reason is English whatever the language: the dialog says it in Chinese."""
    from ui.errors import explain

    for exc in (PermissionError(13, "Permission denied", str(tmp_path / "handout.pdf")),
                FileNotFoundError(2, "No such file or directory", str(tmp_path / "missing.csv")),
                OSError(28, "No space left on device")):
        info = explain(exc)
        text = f"{info.title}\n{info.text}"
        assert english_sentences(text, quotes=[str(tmp_path)]) == [], text
        assert "Permission denied" not in text and "No such file" not in text and "No space" not in text, text
