"""The patient's follow-up schedule: dates and tests in plain language,
large type, no clinical shorthand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .base import CONTENT_W, ProgressFn, Renderer
from .data import ScheduleData
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


def plain(test: str) -> tuple[str, str]:
    return PLAIN.get(test, (test.replace("_", " ").capitalize(), ""))


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
        out.append(para("Your appointments", "H2"))
        if d.follow_ups:
            rows = []
            for f in sorted(d.follow_ups, key=lambda f: (f.due, f.test)):
                what, how = plain(f.test)
                # no weekday: a planned date may fall on a Sunday; the hospital sends the real day
                # the explanation as large as the rest: a patient's sheet, often read without glasses at hand
                rows.append([para(f"{f.due.day} {f.due:%B %Y}", "BigBold"), para(what, "Big"), para(how, "Big")])
            out.append(grid(["Around", "What", "What it involves"], rows,
                            [50 * mm, 50 * mm, CONTENT_W - 100 * mm]))
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
