"""The patient's follow-up schedule: dates and tests in plain language,
large type, no clinical shorthand."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .base import CONTENT_W, ProgressFn, Renderer
from .data import PageSubject, ScheduleData
from .parts import callout, fmt_date, grid, para

#: what each follow-up test is, in words a patient understands
PLAIN: dict[str, tuple[str, str]] = {
    "liver_ultrasound": ("Ultrasound scan of the liver",
                         "A painless scan with a probe on your tummy. No injection, no radiation."),
    "ct_or_mri": ("CT or MRI scan of the liver",
                  "A scan with a contrast injection. You may be asked not to eat for a few hours before."),
    "cea": ("Blood test (CEA)", "A small blood sample to measure a marker that can rise if the cancer comes back."),
    "response_imaging": ("Scan to check the treatment",
                         "A scan that shows how the tumours respond to your treatment."),
    "clinic_review": ("Appointment with your doctor", "A visit to talk about your results and how you feel."),
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


def plain(test: str) -> tuple[str, str]:
    return PLAIN.get(test, (test.replace("_", " ").capitalize(), ""))


def treatment_words(modalities: list[str], treatment_date: date | None, today: date) -> str:
    """The board's decision as a sentence for the patient: "An operation to remove ... and chemotherapy,
    planned for 4 December 2026." (a date already past: "on ...")."""
    words = [TREATMENT_WORDS.get(m, m.replace("_", " ")) for m in modalities]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else ""
    if text and treatment_date is not None:
        when = f"{treatment_date.day} {treatment_date:%B %Y}"
        text += f", on {when}" if treatment_date < today else f", planned for {when}"
    return (text[:1].upper() + text[1:] + ".") if text else ""


class ScheduleRenderer(Renderer):
    title = "Your follow-up schedule"
    footer_note = "Keep this sheet; bring it to every appointment."

    def __init__(self, data: ScheduleData, progress: ProgressFn | None = None) -> None:
        lh = data.letterhead.model_copy(update={
            "confidentiality": "Personal health information for the patient named on this sheet."})
        super().__init__(lh, progress)
        self.data = data

    def subtitle(self) -> str:
        return f"Printed {fmt_date(self.data.letterhead.generated_at.date(), long=True)}"

    def page_subject(self) -> PageSubject:
        return self.data.patient.subject(self.data.case_number)

    def story(self) -> list[Flowable]:
        d = self.data
        p = d.patient
        born = f" · born {p.birth_date.day} {p.birth_date:%B %Y}" if p.birth_date else ""
        out: list[Flowable] = [
            para(f"Follow-up schedule for {p.name}", "Title"),
            para(f"Hospital number (MRN) {p.mrn}{born}", "Subtitle"),
        ]
        if d.treatment:
            out += [para("What was decided", "H2"), para(d.treatment, "Big"), Spacer(1, 4)]
        # not kept with the table (H2 is): a long table would move whole to the next page, leaving this one empty
        out.append(para("Your appointments", "H2Free"))
        if d.follow_ups:
            by_day: dict[date, list[str]] = {}
            for f in sorted(d.follow_ups, key=lambda f: (f.due, list(PLAIN).index(f.test) if f.test in PLAIN else 99)):
                by_day.setdefault(f.due, []).append(f.test)  # the scan, then the blood test
            # one row per visit (the scan and the blood test of the same day); no weekday: a planned date
            # may fall on a Sunday, the hospital sends the real day
            rows = [[para(f"{due.day} {due:%B %Y}", "BigBold"), para(" + ".join(plain(t)[0] for t in tests), "Big")]
                    for due, tests in by_day.items()]
            out.append(grid(["Around", "What"], rows, [50 * mm, CONTENT_W - 50 * mm]))
            # each test explained once, as large as the rest: often read without glasses at hand
            tests = list(dict.fromkeys(t for day in by_day.values() for t in day))
            out += [para("What the tests are", "H2"),
                    grid(["Test", "What it involves"], [[para(plain(t)[0], "BigBold"), para(plain(t)[1], "Big")]
                                                        for t in tests], [50 * mm, CONTENT_W - 50 * mm])]
        else:
            out.append(para("No follow-up appointments are planned at the moment.", "Big"))
        out.append(Spacer(1, 8))
        advice = [para("The dates are planned; the hospital will send you the exact day, time and place of each "
                       "appointment. "
                       "If you cannot come, or if you have new symptoms such as yellow skin, pain in the upper "
                       "right of your tummy, fever or weight loss, please call us.", "Big")]
        if d.contact:
            advice.append(para(f"Questions? Please contact {d.contact}.", "BigBold"))
        out.append(callout(advice, CONTENT_W, warning=False))
        return out


def render_schedule(data: ScheduleData, progress: ProgressFn | None = None) -> bytes:
    return ScheduleRenderer(data, progress).render()
