"""One case at any time: who, the facts, today's options and every decision
the board has made on it, with the follow-ups."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tumorboard.engine.vocabulary import label

from .base import CONTENT_W, ProgressFn, Renderer
from .casesheet import case_body, readiness_text
from .data import CaseSummaryData, PageSubject
from .decisions import decision_block, followup_table
from .fonts import markup
from .parts import fact_table, fmt_date, grid, para, rich, table_style
from .styles import SHADE


class CaseSummaryRenderer(Renderer):
    title = "Case summary"

    def __init__(self, data: CaseSummaryData, progress: ProgressFn | None = None) -> None:
        super().__init__(data.letterhead, progress)
        self.data = data

    def subtitle(self) -> str:
        return f"{self.data.case.case_number} · as of {fmt_date(self.data.letterhead.generated_at.date(), long=True)}"

    def page_subject(self) -> PageSubject:
        return self.data.case.patient.subject(self.data.case.case_number)

    def story(self) -> list[Flowable]:
        sheet = self.data.case
        p = sheet.patient
        out: list[Flowable] = [
            rich(f"{markup(p.name)}", "Title"),
            para(f"MRN {p.mrn}" + (f" · born {p.birth_date.isoformat()}" if p.birth_date else "")
                 + (f" · {p.sex}" if p.sex else ""), "Subtitle"),
            fact_table([("Case", sheet.case_number), ("Status", sheet.status_label or label(sheet.status) or "-"),
                        ("Title", sheet.title or "-"), ("Readiness", readiness_text(sheet))], CONTENT_W),
        ]
        out += case_body(sheet, CONTENT_W)
        out += [Spacer(1, 6), para("Meetings", "H1")]
        if self.data.history:
            out.append(grid(["Meeting", "Outcome", "What"],
                            [[fmt_date(h.meeting_date), h.outcome, h.detail] for h in self.data.history],
                            [26 * mm, 28 * mm, CONTENT_W - 54 * mm]))
        else:
            out.append(para("Not yet on a meeting's agenda.", "Muted"))
        out += [Spacer(1, 6), para("Decision history", "H1")]
        if not self.data.decisions:
            out.append(para("No decision recorded yet.", "Muted"))
        for n, d in enumerate(self.data.decisions, 1):
            self.report(n, len(self.data.decisions), f"Decision {n}")
            band = Table([[rich(f"<b>{fmt_date(d.decided_on, long=True)}</b> · {markup(d.meeting_title or 'meeting')}"
                                + (f" · recorded by {markup(d.recorded_by)}" if d.recorded_by else "")
                                + (f" · rule set {markup(d.rule_set)}" if d.rule_set else ""), "Cell")]],
                         colWidths=[CONTENT_W])
            band.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
            block = decision_block(d, CONTENT_W, today=self.data.letterhead.generated_at.date())
            out += [Spacer(1, 4), KeepTogether([band, *block[:1]]), *block[1:]]
        out += [Spacer(1, 6), para("Follow-up", "H1"), followup_table(self.data.follow_ups, CONTENT_W),
                Spacer(1, 2 * mm)]
        return out


def render_case_summary(data: CaseSummaryData, progress: ProgressFn | None = None) -> bytes:
    return CaseSummaryRenderer(data, progress).render()
