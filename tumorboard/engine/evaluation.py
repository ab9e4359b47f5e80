"""evaluate(facts, parameters) -> Recommendation: the one code path of decision support."""

from __future__ import annotations

from datetime import date

from .construct import make
from .facts import CaseFacts
from .followup import PLANS_KEPT, Preview, dated_preview, preview_template
from .parameters import Parameters, load_parameters
from .plan import Plan
from .recommendation import FollowUpEntry, Recommendation, RuleSet
from .rules import RULE_SET_NAME, RULE_SET_VERSION, TREATMENT, WORKUP_LESION, WORKUP_NO_LESION
from .situation import Situation
from .vocabulary import Modality, PrimarySite

#: follow-up entries shared between dated schedules (each ~2 objects for the garbage collector to scan)
ENTRIES_KEPT = 32768
#: the firm and the provisional tier-1 modalities
Tiers = tuple[tuple[Modality, ...], tuple[Modality, ...]]
DIAGNOSTIC = frozenset({Modality.confirmatory_imaging, Modality.pet_ct, Modality.biopsy})


def evaluate(facts: CaseFacts, parameters: Parameters | None = None) -> Recommendation:
    """The tiered options, exclusions, warnings, missing facts, scores and follow-up preview for one case.

    Pure: reads only its arguments. Without facts.as_of no follow-up dates are computed ("as_of" is
    listed as missing); the caller supplies today's date if that is what it means."""
    p = parameters if parameters is not None else load_parameters()
    prepared = _prepared(p)
    s = Situation(facts, p)
    plan = Plan()
    if s.lesion:
        for r in WORKUP_LESION:
            r(s, plan)
        if s.path is None and s.site is not PrimarySite.hepatocellular:
            plan.need("timing")  # synchronous or metachronous decides section C or D
        for r in TREATMENT[s.site, s.path]:
            r(s, plan)
    else:
        for r in WORKUP_NO_LESION:
            r(s, plan)

    options = plan.build_options(DIAGNOSTIC)
    follow_up = []
    # The schedule if the board accepts the tier-1 options, provisional ones included (marked so).
    firm_first = tuple(o.modality for o in options if o.tier == 1 and not o.provisional)
    provisional_first = tuple(o.modality for o in options if o.tier == 1 and o.provisional)
    if firm_first or provisional_first:
        if facts.as_of is None:
            plan.need("as_of")
        else:
            follow_up = prepared.follow_up(firm_first, provisional_first, facts.as_of)
    return make(
        Recommendation,
        rule_set=prepared.rule_set,
        options=options,
        excluded=plan.build_excluded(),
        warnings=plan.build_warnings(),
        missing=plan.missing,
        scores=s.scores,
        follow_up=follow_up,
    )


class _Prepared:
    """What depends only on the parameters, made once per Parameters object.

    Follow-up previews come from three bounded caches of immutable values: the undated template per
    firm and provisional tier-1 modalities, the dated schedule per (modalities, start), and the entries themselves,
    shared between schedules (a FollowUpEntry holds only a date, a code, a rule id and a flag)."""

    __slots__ = ("params", "rule_set", "templates", "plans", "entries")

    def __init__(self, params: Parameters) -> None:
        self.params = params
        self.rule_set = make(RuleSet, name=RULE_SET_NAME, version=RULE_SET_VERSION, parameters=params.echo())
        #: preview template per (firm, provisional) tier-1 modalities; at most one per combination
        self.templates: dict[Tiers, Preview] = {}
        self.plans: dict[tuple[Tiers, date], tuple[FollowUpEntry, ...]] = {}
        self.entries: dict[tuple[date, str, str, bool], FollowUpEntry] = {}

    def follow_up(
        self, firm: tuple[Modality, ...], provisional: tuple[Modality, ...], start: date
    ) -> list[FollowUpEntry]:
        key = ((firm, provisional), start)
        entries = self.plans.get(key)
        if entries is None:
            if len(self.plans) >= PLANS_KEPT:
                self.plans.clear()  # bounded: a long batch run must not grow without limit
            entries = self.plans[key] = self._dated((firm, provisional), start)
        return list(entries)

    def _dated(self, tiers: Tiers, start: date) -> tuple[FollowUpEntry, ...]:
        plan = self.templates.get(tiers)
        if plan is None:
            plan = self.templates[tiers] = preview_template(
                frozenset(tiers[0]), frozenset(tiers[1]), self.params
            )
        if len(self.entries) >= ENTRIES_KEPT:
            self.entries.clear()
        return dated_preview(plan, start, self.entries)


# Keyed by identity (hashing a pydantic model costs more than an evaluation); holds the object
# so its id stays valid. A cache of pure values, not state: results never depend on it.
_PREPARED: dict[int, _Prepared] = {}


def _prepared(params: Parameters) -> _Prepared:
    entry = _PREPARED.get(id(params))
    if entry is None or entry.params is not params:
        if len(_PREPARED) >= 8:
            _PREPARED.clear()
        entry = _PREPARED[id(params)] = _Prepared(params)
    return entry
