"""evaluate() skips rules that cannot act on a case (no lesion: no treatment sections); skipping must
change nothing: the full catalogue order, every rule run, gives the same plan."""

from __future__ import annotations

from hypothesis import given
from test_engine_properties import CASES, SETTINGS, P

from tumorboard.engine import CaseFacts, evaluate
from tumorboard.engine.evaluation import DIAGNOSTIC
from tumorboard.engine.plan import Plan
from tumorboard.engine.rules import (
    AFTER,
    BEFORE,
    HEPATOCELLULAR,
    METACHRONOUS,
    ORDER,
    PRIMARY,
    SYNCHRONOUS,
    TREATMENT,
    WORKUP_LESION,
    WORKUP_NO_LESION,
)
from tumorboard.engine.situation import Situation
from tumorboard.engine.vocabulary import PrimarySite


def every_rule(facts: CaseFacts) -> Plan:
    """The catalogue's order with no rule skipped: A-B; for a lesion C or D (by path), E and all of F
    (each checks its site), or HCC-1 alone for hepatocellular; the whole-plan checks."""
    s = Situation(facts, P)
    plan = Plan()
    for r in BEFORE:
        r(s, plan)
    if s.lesion:
        if s.site is PrimarySite.hepatocellular:
            sections = HEPATOCELLULAR
        else:
            if s.path is None:
                plan.need("timing")
            by_path = {"synchronous": SYNCHRONOUS, "metachronous": METACHRONOUS}.get(s.path or "", ())
            sections = (*by_path, *ORDER, *PRIMARY)
        for r in sections:
            r(s, plan)
    for r in AFTER:
        r(s, plan)
    return plan


@given(CASES)
@SETTINGS
def test_skipping_rules_changes_nothing(data: dict) -> None:
    facts = CaseFacts.model_validate(data)
    rec = evaluate(facts, P)
    plan = every_rule(facts)
    options = plan.build_options(DIAGNOSTIC)
    assert [o.model_dump() for o in rec.options] == [o.model_dump() for o in options]
    assert [e.model_dump() for e in rec.excluded] == [e.model_dump() for e in plan.build_excluded()]
    assert [w.model_dump() for w in rec.warnings] == [w.model_dump() for w in plan.build_warnings()]
    assert [m for m in rec.missing if m != "as_of"] == plan.missing


def test_every_rule_runs_somewhere() -> None:
    dispatched = (
        {r for rules in TREATMENT.values() for r in rules} | set(WORKUP_LESION) | set(WORKUP_NO_LESION)
    )
    assert dispatched == {*BEFORE, *SYNCHRONOUS, *METACHRONOUS, *ORDER, *PRIMARY, *HEPATOCELLULAR, *AFTER}
