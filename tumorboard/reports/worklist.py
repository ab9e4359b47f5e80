"""The follow-up worklist as printed: the list the coordinator is looking at (its filters
and sort order), one row per follow-up, landscape so that names and tests are not cut."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..i18n import N_, _
from .base import MARGIN, ProgressFn, Renderer
from .data import Letterhead
from .parts import fmt_date, grid, label, para

PAGE = landscape(A4)
#: a follow-up's status as the list says it
STATUS_WORDS = {"open": N_("open"), "done": N_("done"), "cancelled": N_("cancelled")}
WIDTH = PAGE[0] - 2 * MARGIN


class WorklistRow:
    """One printed row (plain values, so the renderer needs no service types)."""

    __slots__ = ("due", "done_on", "mrn", "name", "note", "provisional", "responsible", "result", "site", "status",
                 "test")

    def __init__(self, *, due: date, mrn: str, name: str, site: str, test: str, status: str, result: str | None,
                 done_on: date | None, responsible: str, provisional: bool, note: str) -> None:
        self.due, self.mrn, self.name, self.site, self.test = due, mrn, name, site, test
        self.status, self.result, self.done_on = status, result, done_on
        self.responsible, self.provisional, self.note = responsible, provisional, note


class WorklistRenderer(Renderer):
    title = N_("Follow-up worklist")
    pagesize = PAGE

    def __init__(self, letterhead: Letterhead, rows: Sequence[WorklistRow], filters: str, total: int, as_of: date,
                 progress: ProgressFn | None = None) -> None:
        super().__init__(letterhead, progress)
        self.rows, self.filters, self.total, self.as_of = rows, filters, total, as_of

    def subtitle(self) -> str:
        return _("as of {day}", day=fmt_date(self.as_of, long=True))

    def story(self) -> list[Flowable]:
        shown = len(self.rows)
        count = (_("{n} follow-up(s)", n=self.total) if shown == self.total
                 else _("the first {shown} of {total} follow-ups", shown=shown, total=self.total))
        out: list[Flowable] = [
            para(_("Follow-up worklist · {count}", count=count), "Title"),
            para(_("Filters: {filters}", filters=self.filters) if self.filters else _("Filters: none (every follow-up)"),
                 "Small"),
            Spacer(1, 3 * mm),
        ]
        header = [N_("Due"), N_("Patient"), N_("MRN"), N_("Primary site"), N_("Test"), N_("Status"), N_("Done on"),
                  N_("Result"), N_("Responsible"), N_("Note")]
        widths = [0.08, 0.16, 0.09, 0.09, 0.14, 0.08, 0.08, 0.09, 0.09, 0.10]
        body = []
        for i, r in enumerate(self.rows):
            late = r.status == "open" and r.due < self.as_of
            status = _("overdue") if late else _(STATUS_WORDS.get(r.status, r.status))
            due = fmt_date(r.due) + (" " + _("(provisional)") if r.provisional and r.status == "open" else "")
            body.append([due, r.name, r.mrn, label(r.site), label(r.test), status, fmt_date(r.done_on) if r.done_on else "",
                         label(r.result) if r.result else "", r.responsible, r.note])
            if i % 500 == 0:
                self.report(i, shown, "rows")
        if body:
            out.append(grid(header, body, [w * WIDTH for w in widths]))
        else:
            out.append(para(_("No follow-up matches these filters."), "Body"))
        return out
