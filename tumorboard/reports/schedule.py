"""The patient's follow-up schedule: dates and tests in plain language, large
type, no clinical shorthand; in English or Chinese, as chosen for the patient.

Only dates from the printing day on are listed as coming; an open test whose
date has passed is listed apart, "to rebook, please call", with the hospital's
contact (name, phone, hours) from the Settings.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .base import CONTENT_W, ProgressFn, Renderer
from .data import PageSubject, ScheduleData
from .parts import callout, grid, para

LANGUAGES = ("en", "zh")

#: each follow-up test: its one name (every document and calendar uses it) and what it involves
PLAIN: dict[str, tuple[str, str]] = {
    "liver_ultrasound": ("Ultrasound scan of the liver",
                         "A painless scan with a probe on your tummy. No injection, no radiation."),
    "ct_or_mri": ("CT or MRI scan of the liver",
                  "A scan with a contrast injection. You may be asked not to eat for a few hours before."),
    "cea": ("CEA blood test", "A small blood sample to measure a marker that can rise if the cancer comes back."),
    "response_imaging": ("Scan to check the treatment",
                         "A scan that shows how the tumours respond to your treatment."),
    "clinic_review": ("Appointment with your doctor", "A visit to talk about your results and how you feel."),
}

PLAIN_ZH: dict[str, tuple[str, str]] = {
    "liver_ultrasound": ("肝脏超声检查", "用探头在腹部进行的无痛检查。不打针，没有辐射。"),
    "ct_or_mri": ("肝脏CT或磁共振检查", "需要注射造影剂的扫描。检查前几个小时可能需要空腹。"),
    "cea": ("CEA验血", "抽取少量血液，检测一种在癌症复发时可能升高的指标。"),
    "response_imaging": ("评估治疗效果的扫描", "显示肿瘤对治疗反应的扫描。"),
    "clinic_review": ("医生门诊复诊", "与医生讨论检查结果和您的身体感受。"),
}

#: each treatment the board can decide, in words a patient understands
TREATMENT_WORDS: dict[str, str] = {
    "confirmatory_imaging": "a CT or MRI scan to confirm the liver findings",
    "pet_ct": "a PET-CT scan",
    "biopsy": "a biopsy (a small tissue sample)",
    "surveillance": "regular check-up scans",
    "primary_resection": "an operation to remove the original tumour",
    "hepatectomy": "an operation to remove the tumours in the liver",
    "ablation": "destroying the liver tumours with heat or cold (ablation)",
    "ethanol_injection": "an alcohol injection into the liver tumour",
    "systemic_chemotherapy": "chemotherapy",
    "immunotherapy": "immunotherapy",
    "hepatic_arterial_therapy": "treatment given through the liver's artery",
    "radiotherapy": "radiotherapy",
    "somatostatin_analogue": "hormone-blocking injections (somatostatin analogue)",
    "best_supportive_care": "care to relieve symptoms and keep you comfortable",
}

TREATMENT_WORDS_ZH: dict[str, str] = {
    "confirmatory_imaging": "CT或磁共振检查以确认肝脏病灶",
    "pet_ct": "PET-CT检查",
    "biopsy": "活检（取少量组织）",
    "surveillance": "定期复查扫描",
    "primary_resection": "切除原发肿瘤的手术",
    "hepatectomy": "切除肝脏肿瘤的手术",
    "ablation": "用热或冷消融肝脏肿瘤",
    "ethanol_injection": "向肝脏肿瘤注射酒精",
    "systemic_chemotherapy": "化疗",
    "immunotherapy": "免疫治疗",
    "hepatic_arterial_therapy": "经肝动脉给药的治疗",
    "radiotherapy": "放疗",
    "somatostatin_analogue": "生长抑素类似物注射",
    "best_supportive_care": "缓解症状、让您舒适的支持治疗",
}

#: the sheet's fixed words; {placeholders} are filled in
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your follow-up schedule",
        "printed": "Printed {day}",
        "for": "Follow-up schedule for {name}",
        "mrn": "Hospital number (MRN) {mrn}",
        "born": "born {day}",
        "decided": "What was decided",
        "coming": "Your appointments",
        "around": "Around",
        "what": "What",
        "none": "No follow-up appointments are planned at the moment.",
        "rebook": "To rebook, please call",
        "rebook_text": "These tests were planned for a date that has passed and are not marked as done. "
                       "If you have not had them, please call us to book a new date.",
        "planned": "Was planned for",
        "tests": "What the tests are",
        "test": "Test",
        "involves": "What it involves",
        "advice": "The dates are planned; the hospital will send you the exact day, time and place of each "
                  "appointment. If you cannot come, or if you have new symptoms such as yellow skin, pain in the "
                  "upper right of your tummy, fever or weight loss, please call us.",
        "contact": "Questions? Please call {name}, phone {phone}",
        "hours": " ({hours})",
        "keep": "Keep this sheet; bring it to every appointment.",
        "private": "Personal health information for the patient named on this sheet.",
    },
    "zh": {
        "title": "您的随访安排",
        "printed": "打印日期：{day}",
        "for": "{name}的随访安排",
        "mrn": "病历号（MRN）{mrn}",
        "born": "出生日期 {day}",
        "decided": "会诊决定",
        "coming": "您的预约",
        "around": "大约日期",
        "what": "检查项目",
        "none": "目前没有安排随访预约。",
        "rebook": "需要重新预约，请来电",
        "rebook_text": "以下检查的计划日期已过，且未记录为已完成。如果您还没有做这些检查，请致电我们预约新的日期。",
        "planned": "原计划日期",
        "tests": "检查说明",
        "test": "检查",
        "involves": "检查内容",
        "advice": "以上为计划日期；医院会另行通知每次预约的具体日期、时间和地点。如果您无法前来，或出现皮肤发黄、"
                  "右上腹疼痛、发热或体重下降等新症状，请致电我们。",
        "contact": "如有疑问，请致电{name}，电话 {phone}",
        "hours": "（{hours}）",
        "keep": "请保存此页，每次就诊时携带。",
        "private": "本页含有所列患者的个人健康信息。",
    },
}


def plain(test: str, language: str = "en") -> tuple[str, str]:
    table = PLAIN_ZH if language == "zh" else PLAIN
    return table.get(test, (test.replace("_", " ").capitalize(), ""))


def follow_up_name(test: str) -> str:
    """The one name of a follow-up test, as every document and calendar prints it."""
    return plain(test)[0]


def day_text(day: date, language: str = "en") -> str:
    """A date without a weekday (a planned date is not an appointment day)."""
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh" else f"{day.day} {day:%B %Y}"


def treatment_words(modalities: list[str], treatment_date: date | None, today: date, language: str = "en") -> str:
    """The board's decision as a sentence for the patient: "An operation to remove ... and chemotherapy,
    planned for 4 December 2026." (a date already past: "on ...")."""
    if language == "zh":
        words = [TREATMENT_WORDS_ZH.get(m, m.replace("_", " ")) for m in modalities]
        text = "、".join(words)
        if text and treatment_date is not None:
            when = day_text(treatment_date, "zh")
            text += f"，于{when}进行" if treatment_date < today else f"，计划于{when}进行"
        return text + "。" if text else ""
    words = [TREATMENT_WORDS.get(m, m.replace("_", " ")) for m in modalities]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else ""
    if text and treatment_date is not None:
        when = f"{treatment_date.day} {treatment_date:%B %Y}"
        text += f", on {when}" if treatment_date < today else f", planned for {when}"
    return (text[:1].upper() + text[1:] + ".") if text else ""


class ScheduleRenderer(Renderer):
    def __init__(self, data: ScheduleData, progress: ProgressFn | None = None) -> None:
        self.lang = data.language if data.language in LANGUAGES else "en"
        self.t = TEXT[self.lang]
        self.title = self.t["title"]
        self.footer_note = self.t["keep"]
        lh = data.letterhead.model_copy(update={"confidentiality": self.t["private"]})
        super().__init__(lh, progress)
        self.data = data
        self.today = data.today or data.letterhead.generated_at.date()

    def subtitle(self) -> str:
        return self.t["printed"].format(day=day_text(self.today, self.lang))

    def page_subject(self) -> PageSubject:
        return self.data.patient.subject(self.data.case_number)

    def _visits(self, rows: list[tuple[date, str]]) -> dict[date, list[str]]:
        by_day: dict[date, list[str]] = {}
        order = list(PLAIN)
        for due, test in sorted(rows, key=lambda r: (r[0], order.index(r[1]) if r[1] in order else 99)):
            by_day.setdefault(due, []).append(test)  # the scan, then the blood test of the same visit
        return by_day

    def story(self) -> list[Flowable]:
        d, t, lang = self.data, self.t, self.lang
        p = d.patient
        born = f" · {t['born'].format(day=day_text(p.birth_date, lang))}" if p.birth_date else ""
        out: list[Flowable] = [
            para(t["for"].format(name=p.name), "Title"),
            para(t["mrn"].format(mrn=p.mrn) + born, "Subtitle"),
        ]
        if d.treatment:
            out += [para(t["decided"], "H2"), para(d.treatment, "Big"), Spacer(1, 4)]
        coming = self._visits([(f.due, f.test) for f in d.follow_ups if f.due >= self.today])
        past = self._visits([(f.due, f.test) for f in d.follow_ups if f.due < self.today])
        joined = "、" if lang == "zh" else " + "
        # not kept with the table (H2 is): a long table would move whole to the next page, leaving this one empty
        out.append(para(t["coming"], "H2Free"))
        if coming:
            rows = [[para(day_text(due, lang), "BigBold"), para(joined.join(plain(x, lang)[0] for x in tests), "Big")]
                    for due, tests in coming.items()]
            out.append(grid([t["around"], t["what"]], rows, [50 * mm, CONTENT_W - 50 * mm]))
        else:
            out.append(para(t["none"], "Big"))
        if past:
            rows = [[para(day_text(due, lang), "BigBold"), para(joined.join(plain(x, lang)[0] for x in tests), "Big")]
                    for due, tests in past.items()]
            out += [Spacer(1, 6), callout([para(t["rebook"], "BigBold"), para(t["rebook_text"], "Big"),
                                           *self._contact()], CONTENT_W),
                    Spacer(1, 3), grid([t["planned"], t["what"]], rows, [50 * mm, CONTENT_W - 50 * mm])]
        tests = list(dict.fromkeys(x for day in (*coming.values(), *past.values()) for x in day))
        if tests:  # each test explained once, as large as the rest: often read without glasses at hand
            out += [para(t["tests"], "H2"),
                    grid([t["test"], t["involves"]], [[para(plain(x, lang)[0], "BigBold"), para(plain(x, lang)[1], "Big")]
                                                      for x in tests], [50 * mm, CONTENT_W - 50 * mm])]
        out += [Spacer(1, 8), callout([para(t["advice"], "Big"), *self._contact()], CONTENT_W, warning=False)]
        return out

    def _contact(self) -> list[Flowable]:
        c = self.data.contact
        if c is None:
            return []
        line = self.t["contact"].format(name=c.name, phone=c.phone)
        if c.hours:
            line += self.t["hours"].format(hours=c.hours)
        return [para(line + ("。" if self.lang == "zh" else "."), "BigBold")]


def render_schedule(data: ScheduleData, progress: ProgressFn | None = None) -> bytes:
    return ScheduleRenderer(data, progress).render()
