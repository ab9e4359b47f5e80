"""Follow-up schedules of the rule catalogue, section G (FU-1 .. FU-4).

Dated from a start date (the board's treatment date, or as_of for the
engine's tier-1 preview), intervals from the parameters, plans of several
modalities merged by date. Every entry names the rule that made it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from .construct import make
from .parameters import Parameters
from .recommendation import FollowUpEntry
from .vocabulary import FollowUpTest, Modality

#: schedules kept per cache: enough for the cases on screen and a batch run's one as_of; every entry
#: holds ~20 objects the garbage collector scans on each full pass, so thousands slowed bulk runs
PLANS_KEPT = 64
SYSTEMIC = frozenset({Modality.systemic_chemotherapy, Modality.immunotherapy, Modality.somatostatin_analogue})
_TEST_ORDER = {t: i for i, t in enumerate(FollowUpTest)}


def add_months(d: date, months: int) -> date:
    """Calendar months later, clamped to the month's last day (31 Aug + 3 months = 30 Nov)."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    if d.day <= 28:  # every month has these days
        return date(year, month, d.day)
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _every(start: date, first: int, step: int, until: int) -> list[date]:
    # Each date counted from the start, not from the previous date: no drift at month ends.
    return [add_months(start, m) for m in range(first, until + 1, step)]


def fu1_surveillance(start: date, p: Parameters) -> list[tuple[date, FollowUpTest]]:
    """FU-1: liver ultrasound every surveillance_us_months (S0 §1)."""
    step = p.surveillance_us_months
    return [(d, FollowUpTest.liver_ultrasound) for d in _every(start, step, step, p.surveillance_years * 12)]


def fu2_after_resection(start: date, p: Parameters) -> list[tuple[date, FollowUpTest]]:
    """FU-2: contrast CT/MRI + CEA every post_resection_months for intensive_years, then every later_months
    to total_years (S2 CRC: recurrence in 60% within 2 years)."""
    intensive = p.intensive_years * 12
    dates = _every(start, p.post_resection_months, p.post_resection_months, intensive)
    dates += _every(start, intensive + p.later_months, p.later_months, p.total_years * 12)
    return [(d, test) for d in dates for test in (FollowUpTest.ct_or_mri, FollowUpTest.cea)]


def fu3_after_ablation(start: date, p: Parameters) -> list[tuple[date, FollowUpTest]]:
    """FU-3: contrast CT/MRI at post_ablation_first_months, then every post_ablation_months for post_ablation_years."""
    dates = _every(start, p.post_ablation_first_months, p.post_ablation_months, p.post_ablation_years * 12)
    return [(d, FollowUpTest.ct_or_mri) for d in dates]


def fu4_on_systemic_therapy(start: date, p: Parameters) -> list[tuple[date, FollowUpTest]]:
    """FU-4: response imaging every on_treatment_months, planned on_treatment_plan_months ahead."""
    step = p.on_treatment_months
    return [(d, FollowUpTest.response_imaging) for d in _every(start, step, step, p.on_treatment_plan_months)]


#: rule id -> (modalities that start the plan, plan)
PLANS = (
    ("FU-1", frozenset({Modality.surveillance}), fu1_surveillance),
    ("FU-2", frozenset({Modality.hepatectomy}), fu2_after_resection),
    ("FU-3", frozenset({Modality.ablation}), fu3_after_ablation),
    ("FU-4", SYSTEMIC, fu4_on_systemic_therapy),
)


def plan_followups(
    modalities: Iterable[Modality | str], start: date, parameters: Parameters
) -> list[FollowUpEntry]:
    """The merged schedule for the chosen modalities, sorted by date then test.

    The same test due the same day from two plans is listed once, under the first plan's rule."""
    chosen = frozenset(Modality(m) for m in modalities)
    return list(_plan(chosen, start, parameters))


def schedule(chosen: frozenset[Modality], start: date, p: Parameters) -> tuple[FollowUpEntry, ...]:
    """plan_followups without its cache (evaluate() keeps its own per Parameters object)."""
    seen: dict[tuple[date, FollowUpTest], str] = {}
    for rule, triggers, plan in PLANS:
        if chosen & triggers:
            for due, test in plan(start, p):
                seen.setdefault((due, test), rule)
    ordered = sorted(seen.items(), key=lambda item: (item[0][0], _TEST_ORDER[item[0][1]]))
    return tuple(make(FollowUpEntry, due=due, test=test, rule=rule) for (due, test), rule in ordered)


# Pure in its arguments, so cached: the GUI re-evaluates the same case on every keystroke.
_plan = lru_cache(maxsize=PLANS_KEPT)(schedule)
