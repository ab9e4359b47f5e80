"""The meeting handout: an agenda page, then one section per case (each on
its own page so the board can turn to it), with room for notes."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from tumorboard.i18n import N_, _

from .base import CONTENT_W, CaseEnd, PatientMark, ProgressFn, ProgressMark, Renderer, new_sheet
from .casesheet import case_body, readiness_text, tier_legend
from .data import DecisionData, HandoutItem, MeetingHandoutData
from .fonts import markup
from .minutes import deferral_note
from .parts import NotesArea, callout, fmt_date, grid, label, labels, para, rich, table_style
from .styles import ACCENT


def meeting_line(data: MeetingHandoutData) -> str:
    m = data.meeting
    parts = [fmt_date(m.date, long=True)]
    if m.start_time:
        parts.append(m.start_time.strftime("%H:%M"))
    if m.place:
        parts.append(m.place)
    return " · ".join(parts)


DECIDED, READY, NOT_READY = N_("Decided"), N_("Ready"), N_("Not ready")
AGENDA_QUESTION_CHARS = 160  # the agenda keeps one row per case short; the case page has it all
HANDOUT_SOURCES = 2  # excerpts per option on the handout; the case summary prints them all


class HandoutRenderer(Renderer):
    title = N_("Meeting handout")

    def __init__(self, data: MeetingHandoutData, progress: ProgressFn | None = None) -> None:
        super().__init__(data.letterhead, progress)
        self.data = data
        self.duplex = data.duplex

    def subtitle(self) -> str:
        return f"{self.data.meeting.title} · {fmt_date(self.data.meeting.date, long=True)}"

    def no_subject_note(self) -> str:
        return _("Agenda: each patient is named in the list below")

    def story(self) -> list[Flowable]:
        total = 2 * len(self.data.items)
        out = self.agenda()
        for n, item in enumerate(self.data.items, 1):
            self.report(n - 1, total, f"Preparing case {n} of {len(self.data.items)}")
            # each case on its own sheet: one patient's notes never share paper with another's facts
            out += [*new_sheet(self.duplex), PatientMark(item.case.patient.subject(item.case.case_number,
                                                                                   self.data.privacy)),
                    ProgressMark(len(self.data.items) + n, total, f"Laying out case {n}")]
            out += self.case_section(item)
            out.append(CaseEnd())
        return out

    # -- agenda page ------------------------------------------------------------
    def agenda(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [
            para(d.meeting.title, "Title"),
            para(meeting_line(d), "Subtitle"),
        ]
        decided = sum(1 for i in d.items if i.case.decided)
        ready = sum(1 for i in d.items if i.case.ready and not i.case.decided)
        counts = _("{n} decided", n=decided) if decided == len(d.items) else _("{n} ready", n=ready) + (
            " · " + _("{n} decided", n=decided) if decided else "")
        out.append(para(_("{n} cases on the agenda", n=len(d.items)) + f" · {counts}"
                        + (" · " + _("names shown as initials") if d.privacy else ""), "Muted"))
        out.append(Spacer(1, 6))
        rows = [self.agenda_row(i) for i in d.items]
        widths = [8 * mm, 16 * mm, 13 * mm, 42 * mm, 31 * mm, 48 * mm, 20 * mm]  # "Neuroendocrine" whole
        table = grid(["#", N_("Time"), N_("Case"), N_("Patient"), N_("Primary site"), N_("Question for the board"),
                      N_("Readiness")],
                     rows, widths)
        out.append(table)
        out += [Spacer(1, 8), para(_("Options are printed by tier: {legend}.", legend=tier_legend()), "Muted")]
        return out

    def agenda_row(self, item: HandoutItem) -> list[Any]:
        case = item.case
        # a decided case (a past meeting's handout) no longer has a readiness to check
        ready = rich(f'<font color="#3f444a">{markup(_(DECIDED))}</font>' if case.decided
                     else f'<font color="#2e6b30">{markup(_(READY))}</font>' if case.ready
                     else f'<font color="#8a4b00"><b>{markup(_(NOT_READY))}</b></font>', "Cell")
        return [
            str(item.position), _slot_cell(item.slot), case.case_number,
            # name, then the MRN on its own line: a wrapped "· MRN" reads as a typo
            rich(f"{markup(case.patient.initials() if self.data.privacy else case.patient.name)}"
                 f'<br/><font color="#3f444a">{markup(_("MRN {mrn}", mrn=case.patient.mrn))}</font>', "Cell"),
            label(case.facts.primary_site), _clip(item.question) or "-", ready,
        ]

    # -- one case ---------------------------------------------------------------
    def case_section(self, item: HandoutItem) -> list[Flowable]:
        case = item.case
        band = Table(
            [[rich(f'<font color="white"><b>{item.position}</b></font>', "BigBold"),
              rich(f'<font color="white"><b>{markup(case.patient.identifier(self.data.privacy))}</b></font>',
                   "BigBold"),
              rich(f'<font color="white">{markup(" · ".join(p for p in (item.slot, _("case {number}", number=case.case_number)) if p))}'
                   "</font>", "Cell")]],
            colWidths=[12 * mm, CONTENT_W - 52 * mm, 40 * mm],
        )
        band.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        p = case.patient
        who = [_("{site} primary", site=label(case.facts.primary_site))]
        if p.birth_date and not self.data.privacy:
            who.append(_("born {day}", day=p.birth_date.isoformat()))
        if p.sex:
            who.append(_(p.sex))
        if case.title and _plain(case.title) != _plain(item.question):  # the question box says it already
            who.append(case.title)
        colour = "#3f444a" if case.decided else "#2e6b30" if case.ready else "#8a4b00"
        out: list[Flowable] = [
            band,
            Spacer(1, 3),
            rich(f"{markup(' · '.join(who))} · <font color='{colour}'><b>{markup(readiness_text(case))}</b></font>",
                 "Body"),
            Spacer(1, 4),
            callout([para(_("Question for the board"), "Label"), para(item.question or _("(no question recorded)"),
                                                                     "Question")], CONTENT_W, warning=False),
        ]
        if item.carried_from is not None:
            out += [Spacer(1, 3), deferral_note(item.carried_from)]
        out += earlier_decisions(case.earlier_decisions)
        out += case_body(case, CONTENT_W, max_sources=HANDOUT_SOURCES)
        out += [Spacer(1, 6), NotesArea(CONTENT_W)]
        return out


def _slot_cell(text: str) -> str | Flowable:
    """"08:00–08:15" as the start over "–08:15" (the column is narrow)."""
    if "\u2013" not in text:
        return text or "-"
    start, end = text.split("\u2013", 1)
    return rich(f"{markup(start)}<br/>\u2013{markup(end)}", "Cell")


def _plain(text: str | None) -> str:
    return " ".join((text or "").split()).rstrip("?.:").casefold()


def _clip(text: str, limit: int = AGENDA_QUESTION_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " … " + _("(see the case page)")


def earlier_decisions(decisions: list[DecisionData]) -> list[Flowable]:
    """One line per earlier board decision: a re-listed case shows what was tried."""
    if not decisions:
        return []
    out: list[Flowable] = [para(_("Earlier board decisions"), "H2")]
    for d in decisions:
        line = f"<b>{fmt_date(d.decided_on)}</b> · {markup(labels(d.modalities))}"
        if d.intent:
            line += f" · {markup(label(d.intent))}"
        if d.deviation:
            line += (' · <font color="#8a4b00">'
                     + markup(_("deviation: {reason}", reason=d.deviation_reason or _("reason not given"))) + "</font>")
        out.append(rich(line, "Cell"))
    return out


def render_handout(data: MeetingHandoutData, progress: ProgressFn | None = None) -> bytes:
    """The meeting handout as PDF bytes; progress(done, total, message) may raise to cancel."""
    return HandoutRenderer(data, progress).render()

