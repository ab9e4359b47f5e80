"""What the GUI needs of the engine, handed on by the services (ui/ imports no engine module).

The codes (StrEnums) and their English labels, the case facts the engine reads and their catalogue
(labels, units, sections, limits), the recommendation it returns, its source excerpts and the rule
set's name and version.

The codes are imported at once (plain enums); the facts' catalogue and models, the recommendation's models,
the rule set's name and version and the source excerpts (`citation`) on first use (PEP 562): they load
pydantic or every rule, which the GUI's first window does not need (start-up time, issue 17)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tumorboard.engine.vocabulary import (
    LABELS,
    Ascites,
    Encephalopathy,
    ExtrahepaticDisease,
    FollowUpTest,
    Imaging,
    Intent,
    LiverMets,
    Modality,
    OptionTiming,
    PrimarySite,
    Response,
    Timing,
    label,
)

if TYPE_CHECKING:
    from tumorboard.engine.fact_catalogue import FACTS as FACT_CATALOGUE
    from tumorboard.engine.fact_catalogue import (
        S_CONDITION,
        S_EXTRA,
        S_IMAGING,
        S_LAB,
        S_LIVER,
        S_PATHOLOGY,
        S_PATIENT,
        S_PRIMARY,
        FactSpec,
    )
    from tumorboard.engine.fact_catalogue import SECTIONS as FACT_SECTIONS
    from tumorboard.engine.facts import FACT_FIELDS, CaseFacts
    from tumorboard.engine.recommendation import FollowUpEntry, FongScore, Option, Recommendation
    from tumorboard.engine.rules import RULE_SET_NAME, RULE_SET_VERSION
    from tumorboard.engine.sources import citation

_CATALOGUE = "tumorboard.engine.fact_catalogue"
_RECOMMENDATION = "tumorboard.engine.recommendation"
#: public name -> (module, attribute): the codes above are plain enums; these load pydantic and the facts'
#: models (the catalogue, the recommendation) or every rule (the rule set, the excerpts)
_LAZY = {
    "FACT_CATALOGUE": (_CATALOGUE, "FACTS"), "FACT_SECTIONS": (_CATALOGUE, "SECTIONS"),
    **{name: (_CATALOGUE, name) for name in ("S_CONDITION", "S_EXTRA", "S_IMAGING", "S_LAB", "S_LIVER",
                                            "S_PATHOLOGY", "S_PATIENT", "S_PRIMARY", "FactSpec")},
    "FACT_FIELDS": ("tumorboard.engine.facts", "FACT_FIELDS"), "CaseFacts": ("tumorboard.engine.facts", "CaseFacts"),
    **{name: (_RECOMMENDATION, name) for name in ("FollowUpEntry", "FongScore", "Option", "Recommendation")},
    "RULE_SET_NAME": ("tumorboard.engine.rules", "RULE_SET_NAME"),
    "RULE_SET_VERSION": ("tumorboard.engine.rules", "RULE_SET_VERSION"),
    "citation": ("tumorboard.engine.sources", "citation"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


__all__ = [
    "FACT_CATALOGUE",
    "LABELS",
    "FACT_FIELDS",
    "FACT_SECTIONS",
    "S_CONDITION",
    "S_EXTRA",
    "S_IMAGING",
    "S_LAB",
    "S_LIVER",
    "S_PATHOLOGY",
    "S_PATIENT",
    "S_PRIMARY",
    "FactSpec",
    "RULE_SET_NAME",
    "RULE_SET_VERSION",
    "Ascites",
    "CaseFacts",
    "Encephalopathy",
    "ExtrahepaticDisease",
    "FollowUpEntry",
    "FollowUpTest",
    "FongScore",
    "Imaging",
    "Intent",
    "LiverMets",
    "Modality",
    "Option",
    "OptionTiming",
    "PrimarySite",
    "Recommendation",
    "Response",
    "Timing",
    "citation",
    "label",
]
