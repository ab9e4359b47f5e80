"""One case at any time: who, the facts, today's options and every decision
the board has made on it, with the follow-ups."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tumorboard.i18n import N_, _

from .base import CONTENT_W, ProgressFn, Renderer
from .casesheet import case_body, readiness_text
from .data import CaseSummaryData, PageSubject
from .decisions import decision_block, followup_table
from .fonts import markup
from .parts import fact_table, fmt_date, grid, label, para, rich, table_style
from .styles import SHADE

MEETING = N_("meeting")


class CaseSummaryRenderer(Renderer):
    title = N_("Case summary")

    def __init__(self, data: CaseSummaryData, progress: ProgressFn | None = None) -> None:
        super().__init__(data.letterhead, progress)
        self.data = data

    def subtitle(self) -> str:
        return f"{self.data.case.case_number} · " + _("as of {day}", day=fmt_date(self.data.letterhead.generated_at.date(),
                                                                                   long=True))

    def page_subject(self) -> PageSubject:
        return self.data.case.patient.subject(self.data.case.case_number)

    def story(self) -> list[Flowable]:
        sheet = self.data.case
        p = sheet.patient
        out: list[Flowable] = [
            rich(f"{markup(p.name)}", "Title"),
            para(_("MRN {mrn}", mrn=p.mrn) + (" · " + _("born {day}", day=p.birth_date.isoformat()) if p.birth_date else "")
                 + (f" · {_(p.sex)}" if p.sex else ""), "Subtitle"),
            fact_table([(N_("Case"), sheet.case_number),
                        (N_("Status"), _(sheet.status_label) if sheet.status_label else label(sheet.status) or "-"),
                        (N_("Title"), sheet.title or "-"), (N_("Readiness"), readiness_text(sheet))], CONTENT_W),
        ]
        out += case_body(sheet, CONTENT_W)
        out += [Spacer(1, 6), para(_("Meetings"), "H1")]
        if self.data.history:
            out.append(grid([N_("Meeting"), N_("Outcome"), N_("What")],
                            [[fmt_date(h.meeting_date), _(h.outcome), _(h.detail)] for h in self.data.history],
                            [26 * mm, 28 * mm, CONTENT_W - 54 * mm]))
        else:
            out.append(para(_("Not yet on a meeting's agenda."), "Muted"))
        out += [Spacer(1, 6), para(_("Decision history"), "H1")]
        if not self.data.decisions:
            out.append(para(_("No decision recorded yet."), "Muted"))
        for n, d in enumerate(self.data.decisions, 1):
            self.report(n, len(self.data.decisions), f"Decision {n}")
            band = Table([[rich(f"<b>{fmt_date(d.decided_on, long=True)}</b> · {markup(_(d.meeting_title) or _(MEETING))}"
                                + (" · " + markup(_("recorded by {who}", who=d.recorded_by)) if d.recorded_by else "")
                                + (" · " + markup(_("rule set {name}", name=d.rule_set)) if d.rule_set else ""),
                                "Cell")]],
                         colWidths=[CONTENT_W])
            band.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
            block = decision_block(d, CONTENT_W, today=self.data.letterhead.generated_at.date())
            out += [Spacer(1, 4), KeepTogether([band, *block[:1]]), *block[1:]]
        out += [Spacer(1, 6), para(_("Follow-up"), "H1"), followup_table(self.data.follow_ups, CONTENT_W),
                Spacer(1, 2 * mm)]
        return out


def render_case_summary(data: CaseSummaryData, progress: ProgressFn | None = None) -> bytes:
    return CaseSummaryRenderer(data, progress).render()
