"""How a recorded decision prints (minutes and case summary share it)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tumorboard.engine.vocabulary import label

from .data import DecisionData, FollowUpData
from .parts import callout, fact_table, fmt_date, grid, labels, para, rich, yes_no


def minutes_text(seconds: int | None) -> str:
    if seconds is None:
        return "not recorded"
    mins, secs = divmod(int(seconds), 60)
    return f"{mins} min {secs:02d} s" if secs else f"{mins} min"


def inform_text(d: DecisionData) -> str:
    who = d.informer or "not assigned"
    parts = [f"{who}"]
    patient = f"patient by {fmt_date(d.inform_patient_by)}" + (" (done)" if d.patient_informed else "")
    referrer = f"referring doctor by {fmt_date(d.inform_referrer_by)}" + (" (done)" if d.referrer_informed else "")
    return "; ".join(parts + [patient, referrer])


def decision_block(d: DecisionData, width: float) -> list[Flowable]:
    pairs = [
        ("Decision", labels(d.modalities)),
        ("Intent", label(d.intent) or "-"),
        ("Timing", label(d.timing) or "-"),
        ("Tier 1 offered", labels(d.recommended)),  # what the decision support offered first
        ("Trial considered", yes_no(d.trial_considered)),
        ("Time spent", minutes_text(d.time_spent_seconds)),
    ]
    out: list[Flowable] = [fact_table(pairs, width, columns=2)]
    wide = [
        ("Rationale", d.rationale or "-"),
        ("Patient's preference", d.patient_preference or "not recorded"),
        ("Who informs", inform_text(d)),
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
    body = [[fmt_date(f.due), label(f.test), f.status.replace("_", " "), label(f.result) if f.result else "-",
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
