"""The minutes of a meeting: attendance and quorum, then every case's
decision (or why it was deferred), its follow-ups and who informs whom."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tumorboard.i18n import N_, _, language_now

from .base import CONTENT_W, CaseEnd, PatientMark, ProgressFn, ProgressMark, Renderer
from .data import DeferralData, MinutesData, MinutesItem
from .decisions import MINUTES_OPEN_FOLLOWUPS, decision_block, minutes_text, next_followups
from .fonts import markup
from .parts import callout, fact_table, fmt_date, grid, label, para, rich, table_style
from .styles import RULE

DEFERRED = N_("Deferred.")


class MinutesRenderer(Renderer):
    title = N_("Minutes")
    settled_status = N_("Final")

    def __init__(self, data: MinutesData, progress: ProgressFn | None = None) -> None:
        super().__init__(data.letterhead, progress)
        self.data = data

    def subtitle(self) -> str:
        return f"{self.data.meeting.title} · {fmt_date(self.data.meeting.date, long=True)}"

    def page_status(self) -> str:
        """The record's state on every page: a page copied alone must not pass for the final record."""
        if not self.data.finalised:
            return _("DRAFT: not finalised")
        return _(self.settled_status) if self.data.quorum.met else _("Final, quorum NOT met")

    def no_subject_note(self) -> str:
        return _("Attendance and quorum of the meeting")

    def story(self) -> list[Flowable]:
        d = self.data
        m = d.meeting
        when = " · ".join(p for p in (fmt_date(m.date, long=True), m.start_time.strftime("%H:%M") if m.start_time
                                      else "", m.place) if p)
        state = self.page_status()
        out: list[Flowable] = [para(_("Minutes: {title}", title=m.title), "Title"), para(f"{when} · {state}", "Subtitle")]
        out += self.attendance()
        discussed = [i for i in d.items if i.outcome == "discussed"]
        deferred = [i for i in d.items if i.outcome == "deferred"]
        spent = sum(i.decision.time_spent_seconds or 0 for i in discussed if i.decision)
        out.append(para(_("{n} cases on the agenda · {discussed} discussed · {deferred} deferred · time on cases {spent}",
                          n=len(d.items), discussed=len(discussed), deferred=len(deferred), spent=minutes_text(spent)),
                        "Muted"))
        total = len(d.items)
        for n, item in enumerate(d.items, 1):
            out.append(ProgressMark(n, total, f"Laying out case {n} of {total}"))
            out += self.item(item)
        out += self.signatures()
        return out

    def attendance(self) -> list[Flowable]:
        d = self.data
        here, away = (_("present"), _("absent")) if d.held else (_("expected"), _("not expected"))
        rows = [[label(a.role), a.name, here if a.present else away]
                for a in sorted(d.attendance, key=lambda a: (a.role, a.name))]
        q = d.quorum
        sep = "、" if language_now() == "zh_CN" else ", "
        if q.met:
            met = _("Quorum met.") if d.held else _("Quorum expected (attendance is confirmed at the meeting).")
            roles = markup(sep.join(label(r) for r in q.present_roles))
            verdict = rich(f"<b>{markup(met)}</b> " + markup(_("Present: ") if d.held else _("Expected: ")) + roles,
                           "Cell")
        else:
            met = _("Quorum NOT met.") if d.held else _("Quorum NOT expected.")
            verdict = rich(f"<b>{markup(met)}</b> " + markup(_("Missing: "))
                           + markup(sep.join(label(r) for r in q.missing_roles)), "Warning")
        return [
            para(_("Attendance"), "H1"),
            grid([N_("Role"), N_("Name"), N_("Attendance")], rows, [45 * mm, CONTENT_W - 75 * mm, 30 * mm]) if rows
            else para(_("No attendance recorded."), "Muted"),
            Spacer(1, 4),
            callout([verdict], CONTENT_W, warning=not q.met),
            Spacer(1, 6),
            para(_("Cases"), "H1"),
        ]

    def item(self, item: MinutesItem) -> list[Flowable]:
        p = item.patient
        born = _("born {day}", day=p.birth_date.isoformat()) if p.birth_date else _("date of birth not recorded")
        head = (f"{item.position}. {markup(item.case_number)} · <b>{markup(p.identifier())}</b>"
                f' <font color="#3f444a">· {markup(born)}</font>')
        lead: list[Flowable] = [
            rich(head, "H2"),
            fact_table([(N_("Diagnosis"), item.diagnosis or label(item.primary_site) or "-"),
                        (N_("Question"), item.question or "-")], CONTENT_W, columns=1),
            Spacer(1, 3),
        ]
        if item.carried_from is not None:
            lead += [deferral_note(item.carried_from), Spacer(1, 3)]
        if item.outcome == "deferred":
            d = item.deferral
            body: list[Flowable] = [callout([
                rich(f"<b>{markup(_(DEFERRED))}</b> " + markup(_("Open question: {q}", q=item.deferral_reason or "-")),
                     "Warning"),
                para(deferral_where(d), "Warning"),
            ], CONTENT_W)]
        elif item.decision is None:
            body = [para(_("Not discussed; no decision recorded."), "Muted")]
        else:
            dec = item.decision
            body = decision_block(dec, CONTENT_W, today=self.data.letterhead.generated_at.date())
            body += [Spacer(1, 3), para(_("Follow-up schedule"), "Label"),
                     *next_followups(dec.follow_ups, CONTENT_W, MINUTES_OPEN_FOLLOWUPS)]
        rule = Table([[""]], colWidths=[CONTENT_W], rowHeights=[4])
        rule.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        # a case's decision and schedule on one page (split if longer); the mark goes with it
        mark = PatientMark(item.patient.subject(item.case_number))
        return [KeepTogether([mark, *lead, *body]), rule, CaseEnd()]

    def signatures(self) -> list[Flowable]:
        line = "_" * 38
        table = Table([[para(line, "Muted"), para(line, "Muted")],
                       [para(_("Chair: name, date, signature"), "Small"),
                        para(_("Recorded by: name, date, signature"), "Small")]],
                      colWidths=[CONTENT_W / 2] * 2, hAlign="LEFT")
        table.setStyle(table_style([]))
        return [Spacer(1, 18), KeepTogether([table])]


def deferral_where(d: DeferralData | None) -> str:
    """Who owns the open task and which meeting the case goes to."""
    if d is None:
        return _("Owner of the open task: not named.")
    to = (_("Carried to the meeting of {day}.", day=fmt_date(d.to_meeting, long=True)) if d.to_meeting
          else _("No later meeting was planned: the case is back on the coordinator's list."))
    return _("Owner of the open task: {owner}.", owner=d.owner or _("not named")) + " " + to


def deferral_note(d: DeferralData) -> Flowable:
    """The handout's and the minutes' mark on a case carried over from an earlier meeting."""
    return callout([
        rich("<b>" + markup(_("Carried over from the meeting of {day}.", day=fmt_date(d.meeting_date, long=True)))
             + "</b>", "Warning"),
        para(_("Open question: {q} (owner: {owner})", q=d.reason or "-", owner=d.owner or _("not named")), "Warning"),
    ], CONTENT_W)


def render_minutes(data: MinutesData, progress: ProgressFn | None = None) -> bytes:
    """The minutes as PDF bytes; progress(done, total, message) may raise to cancel."""
    return MinutesRenderer(data, progress).render()
