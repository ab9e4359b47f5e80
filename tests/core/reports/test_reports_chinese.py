"""The printed documents in Chinese (zh_CN): real PDFs parsed with pypdf have Chinese headings, page header
and footer, and no English sentence besides the deliberate exceptions (the sources' verbatim excerpts
with their citations, drug and score names, units, rule ids)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

import pytest

from tests.english import english_sentences
from tumorboard.engine.sources import citation
from tumorboard.reports.casesheet import _excerpt
from tumorboard.services import reports

FACTS = {
    "primary_site": "colorectal", "liver_mets": "confirmed", "timing": "synchronous", "confirmed_by": ["ct", "mri"],
    "lesion_count": 2, "largest_lesion_cm": 2.0, "primary_resectable": True, "liver_resectable": True,
    "fit_for_major_surgery": True, "accepts_surgery": True, "extrahepatic_disease": "none", "ecog": 1,
    "future_liver_remnant_pct": 45, "bilirubin_umol_l": 12, "albumin_g_l": 41, "cea_ng_ml": 12,  # INR missing
}
#: the English headings each document had before; none may remain in the Chinese print
ENGLISH_HEADINGS = ("Key facts", "Liver function and scores", "Imaging and laboratory", "Options (decision support)",
                    "Question for the board", "Meeting handout", "Minutes", "Attendance", "Case summary",
                    "Decision history", "Follow-up", "Page 1 of", "Generated", "Confidential", "Rule set")


@pytest.fixture
def board(workspace: Any, today: date) -> dict[str, Any]:
    """A Chinese board: one case decided with a deviation, one deferred, one listed without INR."""
    ws = workspace
    ws.settings.update({"hospital_name": "示例大学附属医院", "contact_name": "肝胆外科门诊护士",
                        "contact_phone": "010-1234 5678"})
    names = ["张伟", "李娜", "王丽"]
    cases = [ws.cases.create({"patient": {"mrn": f"ZH{n}", "name": name, "birth_date": "1960-05-20", "sex": "female"},
                              "title": "同时性结直肠癌肝转移", "facts": FACTS}) for n, name in enumerate(names, 1)]
    meeting = ws.meetings.create({"meeting_date": today, "start_time": time(8, 0), "place": "3B 会议室",
                                  "title": "肝转移多学科会诊"})
    items = [ws.meetings.add_case(meeting.id, c.id, question="能否同期切除？") for c in cases]
    ws.meetings.set_attendance(meeting.id, [{"name": "陈医生", "role": "hepatobiliary surgery"},
                                            {"name": "刘医生", "role": "medical oncology"},
                                            {"name": "赵医生", "role": "radiology"}])
    ws.decisions.record({"agenda_item_id": items[0].id, "modalities": ["systemic_chemotherapy"],
                         "intent": "palliative", "deviation_reason": "患者拒绝任何手术",
                         "rationale": "先行化疗", "informer": "陈医生", "time_spent_seconds": 420})
    ws.meetings.defer(items[1].id, "等待肝脏 MRI")
    return {"ws": ws, "meeting": meeting, "cases": cases}


def _quotes(ws: Any, case_ids: list[int]) -> list[str]:
    out: list[str] = []
    for cid in case_ids:
        rec = ws.cases.evaluate(cid)
        for o in [*rec.options, *rec.excluded]:
            out += [q for s in o.sources for q in (s.excerpt, _excerpt(s.excerpt), citation(s))]
    return out


def _text(pdf: bytes, pdf_text: Any) -> str:
    return re.sub(r"\s+", " ", "\n".join(pdf_text(pdf)))


def _check(text: str, quotes: list[str], headings: tuple[str, ...]) -> None:
    for heading in headings:
        assert heading in text, heading
    for english in ENGLISH_HEADINGS:
        assert english not in text, english
    assert english_sentences(text, quotes) == []


def test_handout_in_chinese(board: dict[str, Any], pdf_text: Any) -> None:
    ws, meeting = board["ws"], board["meeting"]
    text = _text(reports.handout_pdf(ws, meeting.id, language="zh_CN"), pdf_text)
    _check(text, _quotes(ws, [c.id for c in board["cases"]]),
           ("会议讲义", "关键资料", "肝功能与评分", "影像与化验", "治疗方案（决策支持）", "提交会诊的问题",
            "第 1 页，共", "生成于", "机密", "病历号 ZH1", "缺少：INR", "全身化疗"))
    english = _text(reports.handout_pdf(ws, meeting.id), pdf_text)  # the same data in English: unchanged
    assert "Meeting handout" in english and "Key facts" in english and "会议讲义" not in english


def test_minutes_in_chinese(board: dict[str, Any], pdf_text: Any) -> None:
    ws, meeting = board["ws"], board["meeting"]
    text = _text(reports.minutes_pdf(ws, meeting.id, language="zh_CN"), pdf_text)
    _check(text, [], ("会议纪要", "出席", "偏离一级推荐方案", "原因：患者拒绝任何手术", "7 分钟",
                      "待解决问题：等待肝脏 MRI", "主持人：姓名、日期、签名"))


def test_case_summary_in_chinese(board: dict[str, Any], pdf_text: Any) -> None:
    ws, case = board["ws"], board["cases"][0]
    text = _text(reports.case_summary_pdf(ws, case.id, language="zh_CN"), pdf_text)
    _check(text, _quotes(ws, [case.id]), ("病例摘要", "决定记录", "关键资料", "随访", "状态"))


def test_the_schedule_header_and_footer_in_chinese(board: dict[str, Any], pdf_text: Any, today: date) -> None:
    ws, case = board["ws"], board["cases"][0]
    text = _text(reports.schedule_pdf(ws, case.id, language="zh"), pdf_text)
    _check(text, [], ("您的随访安排", "第 1 页，共 1 页", "生成于", "肝脏肿瘤多学科团队", "病历号 ZH1", "出生日期 1960-05-20"))


def test_the_cli_prints_in_the_language_asked_for(board: dict[str, Any], pdf_text: Any, tmp_path: Any) -> None:
    from tumorboard.cli import main

    ws, meeting = board["ws"], board["meeting"]
    if ws.sqlite_path is None:
        pytest.skip("the command line is pointed at the test's SQLite file")
    out = tmp_path / "handout.pdf"
    assert main(["--db", str(ws.sqlite_path), "report", "handout", "--meeting", str(meeting.id), "-o", str(out),
                 "--language", "zh_CN"]) == 0
    assert "会议讲义" in _text(out.read_bytes(), pdf_text)



def test_the_follow_up_worklist_in_chinese(board: dict[str, Any], pdf_text: Any) -> None:
    """The worklist as printed: its title, filters, column heads, statuses and tests in Chinese; names as typed."""
    from tumorboard.services.worklist_export import worklist_pdf

    ws = board["ws"]
    query = {"status": "open", "search": "张", "sort": "name", "descending": True}
    text = _text(worklist_pdf(ws, query, language="zh_CN"), pdf_text)
    _check(text, [], ("随访工作清单", "筛选条件：姓名或病历号包含“张”", "按姓名排序（降序）", "到期", "患者", "病历号",
                      "原发部位", "检查项目", "负责人", "张伟", "结直肠", "未完成", "第 1 页，共"))
    assert " open " not in text, "the status in Chinese too"
    assert "王丽" not in text, "the filters apply to the printed list"
    english = _text(worklist_pdf(ws, query), pdf_text)
    assert "Follow-up worklist" in english and "name or MRN contains" in english and "随访工作清单" not in english
    empty = _text(worklist_pdf(ws, {"search": "无此人"}, language="zh_CN"), pdf_text)
    assert "没有符合这些筛选条件的随访" in empty and english_sentences(empty) == []


def test_the_board_figures_in_chinese(board: dict[str, Any], pdf_text: Any, today: date) -> None:
    """The figures PDF: headings, the figures' names, the charts' legends and the footer in Chinese."""
    ws = board["ws"]
    text = _text(ws.stats.pdf(language="zh_CN"), pdf_text)
    _check(text, [], ("会诊统计数据", "指标", "数值", "已召开会议", "偏离第1级建议", "每次会议的病例数与每例用时",
                      "决定偏离第1级建议的原因", "病例推迟的原因", "各专科出席情况", "会诊统计：本文件中没有提及任何患者姓名",
                      "无记录"))  # the meeting is not held (finalised) yet: no reasons counted
    english = _text(ws.stats.pdf(), pdf_text)
    assert "The board's figures" in english and "Meetings held" in english and "会诊统计数据" not in english
    rows = ws.stats.rows(ws.stats.compute(), language="zh_CN")
    assert rows[0][0] == "已召开会议" and all(english_sentences(f"{k} {v}") == [] for k, v in rows), rows


def test_the_cli_prints_the_worklist_and_figures_in_the_language_asked_for(
        board: dict[str, Any], pdf_text: Any, tmp_path: Any) -> None:
    from tumorboard.cli import main

    ws = board["ws"]
    if ws.sqlite_path is None:
        pytest.skip("the command line is pointed at the test's SQLite file")
    worklist, figures = tmp_path / "worklist.pdf", tmp_path / "figures.pdf"
    assert main(["--db", str(ws.sqlite_path), "followups", "list", "--pdf", str(worklist), "--language", "zh_CN"]) == 0
    assert main(["--db", str(ws.sqlite_path), "report", "figures", "-o", str(figures), "--language", "zh_CN"]) == 0
    assert "随访工作清单" in _text(worklist.read_bytes(), pdf_text)
    assert "会诊统计数据" in _text(figures.read_bytes(), pdf_text)
