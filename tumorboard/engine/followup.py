"""Follow-up schedules of the rule catalogue, section G (FU-1 .. FU-4).

Each plan is a list of visits in whole months after a start date (the board's
treatment date, or as_of for the engine's tier-1 preview), intervals from the
parameters. Plans of several modalities merge into one template, by month
then test; a template is dated by calendar arithmetic from the start date.
Every entry names the rule that made it.
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

#: (months after the start, test, rule id), sorted by month then test
Template = tuple[tuple[int, FollowUpTest, str], ...]

#: dated schedules kept per cache (the GUI's cases on screen; a batch run's one as_of)
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


def _every(first: int, step: int, until: int) -> range:
    # Months counted from the start, not from the previous visit: no drift at month ends.
    return range(first, until + 1, step)


def fu1_surveillance(p: Parameters) -> list[tuple[int, FollowUpTest]]:
    """FU-1: liver ultrasound every surveillance_us_months (S0 §1)."""
    step = p.surveillance_us_months
    return [(m, FollowUpTest.liver_ultrasound) for m in _every(step, step, p.surveillance_years * 12)]


def fu2_after_resection(p: Parameters) -> list[tuple[int, FollowUpTest]]:
    """FU-2: contrast CT/MRI + CEA every post_resection_months for intensive_years, then every later_months
    to total_years (S2 CRC: recurrence in 60% within 2 years)."""
    intensive = p.intensive_years * 12
    months = [*_every(p.post_resection_months, p.post_resection_months, intensive)]
    months += _every(intensive + p.later_months, p.later_months, p.total_years * 12)
    return [(m, test) for m in months for test in (FollowUpTest.ct_or_mri, FollowUpTest.cea)]


def fu3_after_ablation(p: Parameters) -> list[tuple[int, FollowUpTest]]:
    """FU-3: contrast CT/MRI at post_ablation_first_months, then every post_ablation_months for post_ablation_years."""
    months = _every(p.post_ablation_first_months, p.post_ablation_months, p.post_ablation_years * 12)
    return [(m, FollowUpTest.ct_or_mri) for m in months]


def fu4_on_systemic_therapy(p: Parameters) -> list[tuple[int, FollowUpTest]]:
    """FU-4: response imaging every on_treatment_months, planned on_treatment_plan_months ahead."""
    step = p.on_treatment_months
    return [(m, FollowUpTest.response_imaging) for m in _every(step, step, p.on_treatment_plan_months)]


#: rule id -> (modalities that start the plan, plan)
PLANS = (
    ("FU-1", frozenset({Modality.surveillance}), fu1_surveillance),
    ("FU-2", frozenset({Modality.hepatectomy}), fu2_after_resection),
    ("FU-3", frozenset({Modality.ablation}), fu3_after_ablation),
    ("FU-4", SYSTEMIC, fu4_on_systemic_therapy),
)


def template(chosen: frozenset[Modality], p: Parameters) -> Template:
    """The merged plans for the chosen modalities, undated.

    Plans merge in catalogue order: a visit for a test that an earlier plan already has within
    followup_merge_months (inclusive) is left out, so one scan serves both (after resection and
    ablation: CT/MRI at 1 month for the ablation, then FU-2's every 3 months, not a scan every
    month or two). A plan's own visits are all kept. Sorting by month sorts by date: a later
    month always gives a later date."""
    window = p.followup_merge_months
    kept: dict[tuple[int, FollowUpTest], str] = {}
    for rule, triggers, plan in PLANS:
        if not chosen & triggers:
            continue
        earlier = set(kept)  # the visits of the plans merged before this one
        for months, test in plan(p):
            if any((m, test) in earlier for m in range(months - window, months + window + 1)):
                continue  # an earlier plan's visit of the same test serves this one
            kept[months, test] = rule
    ordered = sorted(kept.items(), key=lambda item: (item[0][0], _TEST_ORDER[item[0][1]]))
    return tuple((months, test, rule) for (months, test), rule in ordered)


#: a preview template: (months, test, rule id, provisional)
Preview = tuple[tuple[int, FollowUpTest, str, bool], ...]


def preview_template(firm: frozenset[Modality], provisional: frozenset[Modality], p: Parameters) -> Preview:
    """The merged plans of every tier-1 option, each visit marked provisional unless the firm options' own
    plans have it (the same test within followup_merge_months): what the board adds by confirming the
    provisional ones."""
    whole = template(firm | provisional, p)
    if not provisional:
        return tuple((m, test, rule, False) for m, test, rule in whole)
    window = p.followup_merge_months
    firm_visits = {(m, test) for m, test, _rule in template(firm, p)} if firm else set()
    return tuple(
        (m, test, rule, not any((k, test) in firm_visits for k in range(m - window, m + window + 1)))
        for m, test, rule in whole
    )


def dated_preview(
    plan: Preview, start: date, shared: dict[tuple[date, str, str, bool], FollowUpEntry]
) -> tuple[FollowUpEntry, ...]:
    """A preview template's visits as dated entries from `start`; `shared` as in dated()."""
    out = []
    last_months, due = -1, start
    for months, test, rule, provisional in plan:
        if months != last_months:  # visits of one month (CT/MRI and CEA) share the date; sorted by month
            due, last_months = add_months(start, months), months
        entry = shared.get((due, test, rule, provisional))
        if entry is None:
            entry = shared[due, test, rule, provisional] = make(
                FollowUpEntry, due=due, test=test, rule=rule, provisional=provisional
            )
        out.append(entry)
    return tuple(out)


def dated(
    plan: Template, start: date, shared: dict[tuple[date, str, str], FollowUpEntry] | None = None
) -> tuple[FollowUpEntry, ...]:
    """The template's visits as dated entries from `start`.

    `shared`: entries already made (frozen, so one object serves every schedule that has it); new ones are
    added. The caller bounds it."""
    if shared is None:
        return tuple(
            make(FollowUpEntry, due=add_months(start, m), test=test, rule=rule) for m, test, rule in plan
        )
    out = []
    for months, test, rule in plan:
        due = add_months(start, months)
        entry = shared.get((due, test, rule))
        if entry is None:
            entry = shared[due, test, rule] = make(FollowUpEntry, due=due, test=test, rule=rule)
        out.append(entry)
    return tuple(out)


def schedule(chosen: frozenset[Modality], start: date, p: Parameters) -> tuple[FollowUpEntry, ...]:
    """The merged schedule for the chosen modalities from `start`, sorted by date then test."""
    return dated(template(chosen, p), start)


def plan_followups(
    modalities: Iterable[Modality | str], start: date, parameters: Parameters
) -> list[FollowUpEntry]:
    """The merged schedule for the chosen modalities, sorted by date then test.

    The same test due the same day from two plans is listed once, under the first plan's rule."""
    chosen = frozenset(Modality(m) for m in modalities)
    return list(_plan(chosen, start, parameters))


# Pure in its arguments, so cached: the decision form re-plans on every tick of a modality.
_plan = lru_cache(maxsize=PLANS_KEPT)(schedule)
