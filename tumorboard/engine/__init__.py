"""The decision engine: pure functions, no database, no clock, no globals.

    evaluate(facts, parameters) -> Recommendation

How a recommendation is made (evaluation.py):
  1. Situation (situation.py) derives the judgements the rules read from the facts:
     resection / ablation feasible, extensive disease, small lesions, ... each True, False, or
     None with the facts that would settle it. None is never guessed: a rule that acts on it
     marks its option provisional and lists those facts under `missing`.
  2. The rules run section by section (rules/, one module per catalogue section A-F): work-up and
     surveillance; for a liver lesion section C (synchronous) or D (metachronous), then E (order of
     modalities), then F (the primary's own pathway, which may override E); finally the checks
     that look at the whole plan (META-4, DX-3). Rules that cannot act on the case are not called
     (rules/__init__.py: WORKUP_LESION, WORKUP_NO_LESION, TREATMENT by site and path; a test runs
     every rule and checks the result is the same).
  3. Plan (plan.py) merges what the rules say: a second proposal of a modality keeps the better
     tier and adds its rule ids and excerpts; a cap ("not better than tier 2") and an exclusion
     always win. Options are sorted by tier, then by the catalogue's modality order. Each entry is
     kept as its output model's field dict and becomes the model without validation (construct.py;
     the property tests re-validate whole recommendations).
  4. Scores (scores.py) and the follow-up preview of the firm tier-1 options (followup.py).

Parameters (parameters.py, resources/rules/parameters.toml) hold every threshold with its
citation; sources.py holds every excerpt the engine can cite, checked verbatim by the tests.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..i18n import register_label_source

#: the facts' labels that explanations print (i18n.fields) are registered by the fact catalogue, imported when
#: a label is first printed: the codes (vocabulary.py) alone do not load pydantic and the facts (start-up time)
register_label_source(lambda: importlib.import_module(f"{__name__}.fact_catalogue"))

if TYPE_CHECKING:
    from .evaluation import evaluate
    from .facts import CaseFacts
    from .followup import add_months, plan_followups
    from .parameters import Parameters, describe_parameters, load_parameters
    from .recommendation import Recommendation

#: the names below are imported on first use (PEP 562): the codes (vocabulary.py), the facts and the
#: recommendation's models do not load the rules, the evaluation and the parameters (the GUI's first window
#: needs the first, not the second; start-up time, issue 17)
_LAZY = {
    "evaluate": "evaluation", "CaseFacts": "facts", "add_months": "followup", "plan_followups": "followup",
    "Parameters": "parameters", "describe_parameters": "parameters", "load_parameters": "parameters",
    "Recommendation": "recommendation",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value

__all__ = [
    "CaseFacts",
    "Parameters",
    "Recommendation",
    "add_months",
    "describe_parameters",
    "evaluate",
    "load_parameters",
    "plan_followups",
]
