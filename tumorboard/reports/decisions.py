"""How a recorded decision prints (minutes and case summary share it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tumorboard.i18n import N_, _, language_now

from .data import DecisionData, FollowUpData
from .fonts import markup
from .parts import callout, fact_table, fmt_date, grid, label, labels, para, rich, yes_no
from .schedule import plain


def minutes_text(seconds: int | None) -> str:
    if seconds is None:
        return _("not recorded")
    mins, secs = divmod(int(seconds), 60)
    return _("{m} min {s} s", m=mins, s=f"{secs:02d}") if secs else _("{m} min", m=mins)


OVERDUE = N_("OVERDUE")
DEVIATION = N_("Deviation from the tier-1 recommendation")


def _deadline(done: bool, by: date | None, today: date | None) -> str:
    if done:
        return _("(done)")
    if by is None:
        return _("no date set")
    late = today is not None and by < today
    return _("by {day}", day=fmt_date(by)) + (f" ({_(OVERDUE)})" if late else "")


def inform_text(d: DecisionData, today: date | None = None) -> str:
    """Who tells the patient and the referrer/GP, by when; a date passed without it done says OVERDUE."""
    who = d.informer or _("not assigned")
    referrer = d.referrer or _("the referring doctor (not named)")
    return _("{who} informs the patient {patient} and {referrer} {referrer_by}", who=who,
             patient=_deadline(d.patient_informed, d.inform_patient_by, today), referrer=referrer,
             referrer_by=_deadline(d.referrer_informed, d.inform_referrer_by, today))


def is_overdue(d: DecisionData, today: date | None) -> bool:
    return today is not None and any(
        not done and by is not None and by < today
        for done, by in ((d.patient_informed, d.inform_patient_by), (d.referrer_informed, d.inform_referrer_by)))


def decision_block(d: DecisionData, width: float, today: date | None = None) -> list[Flowable]:
    """`today`: the printing day; a communication deadline before it, not done, is marked OVERDUE."""
    pairs = [
        (N_("Decision"), labels(d.modalities)),
        (N_("Intent"), label(d.intent) or "-"),
        (N_("Treatment timing"), label(d.timing) or "-"),
        (N_("Tier 1 offered"), labels(d.recommended)),  # what the decision support offered first
        (N_("Trial considered"), yes_no(d.trial_considered)),
        (N_("Time spent"), minutes_text(d.time_spent_seconds)),
    ]
    out: list[Flowable] = [fact_table(pairs, width, columns=2)]
    inform: str | Flowable = inform_text(d, today)
    if is_overdue(d, today):
        inform = rich(f'<font color="#8a4b00"><b>{markup(inform_text(d, today))}</b></font>', "Cell")
    wide: list[tuple[str, str | Flowable]] = [
        (N_("Rationale"), d.rationale or "-"),
        (N_("Patient's preference"), d.patient_preference or _("not recorded")),
        (N_("Responsible clinician"), d.responsible_clinician or _("not named")),
        (N_("Who informs"), inform),
    ]
    if d.notes:
        wide.append((N_("Notes"), d.notes))
    out.append(fact_table(wide, width, columns=1))
    if d.deviation:
        out += [Spacer(1, 3), callout([
            rich(f"<b>{markup(_(DEVIATION))}</b>", "Warning"),
            para(_("Reason: {reason}", reason=d.deviation_reason or _("not given")), "Warning"),
        ], width)]
    if d.amended_reason:
        out += [Spacer(1, 3), callout([para(_("Amended after finalising: {reason}", reason=d.amended_reason), "Cell")], width,
                                      warning=False)]
    return out


MINUTES_OPEN_FOLLOWUPS = 4  # the minutes show the next appointments; the patient's schedule lists them all


def followup_table(rows: Sequence[FollowUpData], width: float) -> Flowable:
    if not rows:
        return para(_("No follow-up planned."), "Muted")
    lang = "zh" if language_now() == "zh_CN" else "en"
    body = [[fmt_date(f.due), plain(f.test, lang)[0], _(f.status.replace("_", " ")),
             label(f.result) if f.result else "-", f.rule or "-"] for f in rows]
    return grid([N_("Due"), N_("Test"), N_("Status"), N_("Result"), N_("Rule")], body,
                [24 * mm, width - 104 * mm, 26 * mm, 34 * mm, 20 * mm])


def next_followups(rows: Sequence[FollowUpData], width: float, open_shown: int) -> list[Flowable]:
    """Those done plus the next `open_shown` open ones, and a line counting the rest (a five-year
    schedule would otherwise fill the minutes with pages of dates)."""
    still_open = sorted((f for f in rows if f.status not in ("done", "cancelled")), key=lambda f: f.due)
    rest = still_open[open_shown:]
    out = [followup_table([f for f in rows if f not in rest], width)]
    if rest:
        out.append(para(_("+ {n} more planned, up to {day}: every date is on the patient's follow-up schedule and "
                          "the case summary.", n=len(rest), day=fmt_date(rest[-1].due)), "Muted"))
    return out
