"""The letter to the referring doctor and the patient's GP: the board's decision in plain words.

Same renderer, fonts and CJK embedding as the other documents (base.Renderer, fonts.markup). The
language is the program's: English, or Chinese (zh_CN) with the vocabulary's labels taken from the
translation file the GUI uses (resources/translations/tumorboard_zh_CN.ts), so a code reads the same
on screen and on paper.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from functools import cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tumorboard.engine.vocabulary import label
from tumorboard.resources import read_text

from .base import CONTENT_W, ProgressFn, Renderer
from .data import Letterhead, PatientRef, _Model
from .parts import grid, para

LANGUAGES = ("en", "zh_CN")

#: the letter's sentences; {placeholders} filled by the renderer
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Tumor board outcome",
        "subtitle": "Letter to the referrer",
        "to": "To",
        "copy": "Copy to the GP",
        "re": "Re: {name}, MRN {mrn}{born}",
        "born": ", born {day}",
        "opening": "Dear colleague,",
        "discussed": "Thank you for referring this patient. The liver tumor board discussed the case on {day} ({meeting}).",
        "question": "Question to the board",
        "decision": "The board's decision",
        "decided": "The board recommends {what}, with {intent} intent.",
        "timing": "Sequence: {timing}.",
        "treatment": "Treatment is planned for {day}.",
        "treated": "Treatment began on {day}.",
        "deviation": "This differs from the first-choice recommendation of the board's guideline. Reason: {reason}",
        "rationale": "Rationale: {text}",
        "followups": "Planned follow-up",
        "no_followups": "No follow-up is planned at present.",
        "due": "Around",
        "test": "What",
        "attendance": "Present at the board (by specialty)",
        "nobody": "Attendance was not recorded.",
        "responsible": "Responsible clinician: {name}",
        "closing": "With kind regards,",
        "board": "The liver tumor board, {hospital}",
        "none": "-",
    },
    "zh_CN": {
        "title": "多学科肿瘤会诊结果",
        "subtitle": "致转诊医生函",
        "to": "致",
        "copy": "抄送家庭医生",
        "re": "事由：{name}，病历号 {mrn}{born}",
        "born": "，出生日期 {day}",
        "opening": "尊敬的同事：",
        "discussed": "感谢您转诊该患者。肝脏肿瘤多学科会诊于{day}（{meeting}）讨论了该病例。",
        "question": "提交会诊的问题",
        "decision": "会诊决定",
        "decided": "会诊建议：{what}；治疗目的：{intent}。",
        "timing": "顺序：{timing}。",
        "treatment": "计划治疗日期：{day}。",
        "treated": "治疗已于{day}开始。",
        "deviation": "此决定与指南的首选建议不同。理由：{reason}",
        "rationale": "依据：{text}",
        "followups": "计划随访",
        "no_followups": "目前无计划随访。",
        "due": "约",
        "test": "项目",
        "attendance": "出席会诊（按专科）",
        "nobody": "未记录出席情况。",
        "responsible": "负责医生：{name}",
        "closing": "此致敬礼",
        "board": "{hospital} 肝脏肿瘤多学科会诊",
        "none": "-",
    },
}


class LetterData(_Model):
    letterhead: Letterhead
    language: str = "en"
    patient: PatientRef
    referrer: str = ""
    gp: str = ""
    case_number: str
    question: str = ""
    meeting_date: date | None = None
    meeting_title: str = ""
    modalities: list[str]
    intent: str
    timing: str | None = None
    deviation_reason: str | None = None
    rationale: str = ""
    treatment_date: date | None = None
    today: date
    #: (due, test code) of the open follow-ups
    follow_ups: list[tuple[date, str]] = []
    #: (role, how many present)
    attendance: list[tuple[str, int]] = []
    responsible: str = ""


@cache
def _ts(language: str) -> dict[str, str]:
    """English label -> translation, from the GUI's .ts file (the "vocabulary" and "Roles" contexts)."""
    if language == "en":
        return {}
    root = ET.fromstring(read_text("translations", f"tumorboard_{language}.ts"))
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            src, tr = msg.findtext("source"), msg.find("translation")
            if src and tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
                out.setdefault(src, tr.text)
    return out


def said(code: str | None, language: str) -> str:
    """A vocabulary code's label in the letter's language."""
    text = label(code)
    return _ts(language).get(text, text)


def _day(day: date, language: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if language != "en" else f"{day.day} {day:%B %Y}"


class LetterRenderer(Renderer):
    footer_note = ""

    def __init__(self, data: LetterData, progress: ProgressFn | None = None) -> None:
        super().__init__(data.letterhead, progress)
        self.data = data
        self.t = TEXT[data.language if data.language in TEXT else "en"]
        self.title = self.t["title"]

    def subtitle(self) -> str:
        return f"{self.t['subtitle']} · {_day(self.data.today, self.data.language)}"

    def story(self) -> list[Flowable]:
        d, t, lang = self.data, self.t, self.data.language
        p = d.patient
        born = t["born"].format(day=_day(p.birth_date, lang)) if p.birth_date else ""
        out: list[Flowable] = []
        if d.referrer:
            out.append(para(f"{t['to']}: {d.referrer}", "Body"))
        if d.gp:
            out.append(para(f"{t['copy']}: {d.gp}", "Body"))
        out += [Spacer(1, 4 * mm), para(t["re"].format(name=p.name, mrn=p.mrn, born=born), "H1"),
                para(t["opening"], "Big")]
        if d.meeting_date:
            out.append(para(t["discussed"].format(day=_day(d.meeting_date, lang), meeting=d.meeting_title or d.case_number),
                            "Big"))
        if d.question:
            out += [para(t["question"], "H2"), para(d.question, "Question")]
        what = "、".join(said(m, lang) for m in d.modalities) if lang != "en" else \
            ", ".join(said(m, lang) for m in d.modalities)
        out += [para(t["decision"], "H2"),
                para(t["decided"].format(what=what or t["none"], intent=said(d.intent, lang).lower()
                                         if lang == "en" else said(d.intent, lang)), "BigBold")]
        if d.timing:
            out.append(para(t["timing"].format(timing=said(d.timing, lang)), "Big"))
        if d.treatment_date:
            key = "treated" if d.treatment_date <= d.today else "treatment"
            out.append(para(t[key].format(day=_day(d.treatment_date, lang)), "Big"))
        if d.deviation_reason:
            out.append(para(t["deviation"].format(reason=d.deviation_reason), "Warning"))
        if d.rationale:
            out.append(para(t["rationale"].format(text=d.rationale), "Body"))
        out.append(para(t["followups"], "H2Free"))
        if d.follow_ups:
            by_day: dict[date, list[str]] = {}
            for due, test in d.follow_ups:  # one row per visit: the scan and the blood test of the same day
                by_day.setdefault(due, []).append(said(test, lang))
            rows = [[para(_day(due, lang), "Cell"), para(" + ".join(tests), "Cell")] for due, tests in by_day.items()]
            out.append(grid([t["due"], t["test"]], rows, [45 * mm, CONTENT_W - 45 * mm]))
        else:
            out.append(para(t["no_followups"], "Body"))
        out.append(para(t["attendance"], "H2Free"))
        if d.attendance:
            out.append(para("; ".join(f"{said(role, lang) if lang != 'en' else role} ({n})" for role, n in d.attendance),
                            "Body"))
        else:
            out.append(para(t["nobody"], "Body"))
        out += [Spacer(1, 6 * mm), para(t["closing"], "Big")]
        if d.responsible:
            out.append(para(t["responsible"].format(name=d.responsible), "BigBold"))
        out.append(para(t["board"].format(hospital=d.letterhead.hospital_name), "Body"))
        return out


def render_letter(data: LetterData, progress: ProgressFn | None = None) -> bytes:
    return LetterRenderer(data, progress).render()
