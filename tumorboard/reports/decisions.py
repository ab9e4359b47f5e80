"""How a recorded decision prints (minutes and case summary share it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tumorboard.engine.vocabulary import label

from .data import DecisionData, FollowUpData
from .fonts import markup
from .parts import callout, fact_table, fmt_date, grid, labels, para, rich, yes_no
from .schedule import follow_up_name


def minutes_text(seconds: int | None) -> str:
    if seconds is None:
        return "not recorded"
    mins, secs = divmod(int(seconds), 60)
    return f"{mins} min {secs:02d} s" if secs else f"{mins} min"


OVERDUE = "OVERDUE"


def _deadline(done: bool, by: date | None, today: date | None) -> str:
    if done:
        return "(done)"
    if by is None:
        return "no date set"
    late = today is not None and by < today
    return f"by {fmt_date(by)}" + (f" ({OVERDUE})" if late else "")


def inform_text(d: DecisionData, today: date | None = None) -> str:
    """Who tells the patient and the referrer/GP, by when; a date passed without it done says OVERDUE."""
    who = d.informer or "not assigned"
    referrer = d.referrer or "the referring doctor (not named)"
    return (f"{who} informs the patient {_deadline(d.patient_informed, d.inform_patient_by, today)} "
            f"and {referrer} {_deadline(d.referrer_informed, d.inform_referrer_by, today)}")


def is_overdue(d: DecisionData, today: date | None) -> bool:
    return today is not None and any(
        not done and by is not None and by < today
        for done, by in ((d.patient_informed, d.inform_patient_by), (d.referrer_informed, d.inform_referrer_by)))


def decision_block(d: DecisionData, width: float, today: date | None = None) -> list[Flowable]:
    """`today`: the printing day; a communication deadline before it, not done, is marked OVERDUE."""
    pairs = [
        ("Decision", labels(d.modalities)),
        ("Intent", label(d.intent) or "-"),
        ("Timing", label(d.timing) or "-"),
        ("Tier 1 offered", labels(d.recommended)),  # what the decision support offered first
        ("Trial considered", yes_no(d.trial_considered)),
        ("Time spent", minutes_text(d.time_spent_seconds)),
    ]
    out: list[Flowable] = [fact_table(pairs, width, columns=2)]
    inform: str | Flowable = inform_text(d, today)
    if is_overdue(d, today):
        inform = rich(f'<font color="#8a4b00"><b>{markup(inform_text(d, today))}</b></font>', "Cell")
    wide: list[tuple[str, str | Flowable]] = [
        ("Rationale", d.rationale or "-"),
        ("Patient's preference", d.patient_preference or "not recorded"),
        ("Responsible clinician", d.responsible_clinician or "not named"),
        ("Who informs", inform),
    ]
    if d.notes:
        wide.append(("Notes", d.notes))
    out.append(fact_table(wide, width, columns=1))
    if d.deviation:
        out += [Spacer(1, 3), callout([
            rich("<b>Deviation from the tier-1 recommendation</b>", "Warning"),
            para(f"Reason: {d.deviation_reason or 'not given'}", "Warning"),
        ], width)]
    if d.amended_reason:
        out += [Spacer(1, 3), callout([para(f"Amended after finalising: {d.amended_reason}", "Cell")], width,
                                      warning=False)]
    return out


MINUTES_OPEN_FOLLOWUPS = 4  # the minutes show the next appointments; the patient's schedule lists them all


def followup_table(rows: Sequence[FollowUpData], width: float) -> Flowable:
    if not rows:
        return para("No follow-up planned.", "Muted")
    body = [[fmt_date(f.due), follow_up_name(f.test), f.status.replace("_", " "), label(f.result) if f.result else "-",
             f.rule or "-"] for f in rows]
    return grid(["Due", "Test", "Status", "Result", "Rule"], body,
                [24 * mm, width - 104 * mm, 26 * mm, 34 * mm, 20 * mm])


def next_followups(rows: Sequence[FollowUpData], width: float, open_shown: int) -> list[Flowable]:
    """Those done plus the next `open_shown` open ones, and a line counting the rest (a five-year
    schedule would otherwise fill the minutes with pages of dates)."""
    still_open = sorted((f for f in rows if f.status not in ("done", "cancelled")), key=lambda f: f.due)
    rest = still_open[open_shown:]
    out = [followup_table([f for f in rows if f not in rest], width)]
    if rest:
        out.append(para(f"+ {len(rest)} more planned, up to {fmt_date(rest[-1].due)}: every date is on the "
                        "patient's follow-up schedule and the case summary.", "Muted"))
    return out
