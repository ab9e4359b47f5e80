"""evaluate(facts, parameters) -> Recommendation: the one code path of decision support."""

from __future__ import annotations

from functools import lru_cache

from .construct import make
from .facts import CaseFacts
from .followup import plan_followups
from .parameters import Parameters, load_parameters
from .plan import Plan
from .recommendation import Recommendation, RuleSet
from .rules import (
    AFTER,
    BEFORE,
    HEPATOCELLULAR,
    METACHRONOUS,
    ORDER,
    PRIMARY,
    RULE_SET_NAME,
    RULE_SET_VERSION,
    SYNCHRONOUS,
)
from .situation import Situation
from .vocabulary import Modality, PrimarySite

DIAGNOSTIC = frozenset({Modality.confirmatory_imaging, Modality.pet_ct, Modality.biopsy})


def evaluate(facts: CaseFacts, parameters: Parameters | None = None) -> Recommendation:
    """The tiered options, exclusions, warnings, missing facts, scores and follow-up preview for one case.

    Pure: reads only its arguments. Without facts.as_of no follow-up dates are computed ("as_of" is
    listed as missing); the caller supplies today's date if that is what it means."""
    p = parameters if parameters is not None else load_parameters()
    s = Situation(facts, p)
    plan = Plan()
    for r in BEFORE:
        r(s, plan)
    if s.lesion:
        if s.site is PrimarySite.hepatocellular:
            sections: tuple = (HEPATOCELLULAR,)
        else:
            if s.path is None:
                plan.need("timing")  # synchronous or metachronous decides section C or D
            sections = (
                SYNCHRONOUS if s.path == "synchronous" else METACHRONOUS if s.path == "metachronous" else (),
                ORDER,
                PRIMARY,
            )
        for section in sections:
            for r in section:
                r(s, plan)
    for r in AFTER:
        r(s, plan)

    options = plan.build_options(DIAGNOSTIC)
    follow_up = []
    firm_first = [o.modality for o in options if o.tier == 1 and not o.provisional]
    if firm_first:
        if facts.as_of is None:
            plan.need("as_of")
        else:
            follow_up = plan_followups(firm_first, facts.as_of, p)
    return make(Recommendation,
        rule_set=_rule_set(p),
        options=options,
        excluded=plan.build_excluded(),
        warnings=plan.build_warnings(),
        missing=plan.missing,
        scores=s.scores,
        follow_up=follow_up,
    )


@lru_cache(maxsize=16)
def _rule_set(p: Parameters) -> RuleSet:
    return make(RuleSet, name=RULE_SET_NAME, version=RULE_SET_VERSION, parameters=p.echo())
