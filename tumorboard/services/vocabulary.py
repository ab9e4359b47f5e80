"""What the GUI needs of the engine, handed on by the services (ui/ imports no engine module).

The codes (StrEnums) and their English labels, the case facts the engine reads and their catalogue
(labels, units, sections, limits), the recommendation it returns, its source excerpts and the rule
set's name and version.

The rule set's name and version and the source excerpts (`citation`) are imported on first use (PEP 562):
they load every rule, which the GUI's first window does not need (start-up time, issue 17)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    from tumorboard.engine.rules import RULE_SET_NAME, RULE_SET_VERSION
    from tumorboard.engine.sources import citation

_LAZY = {"RULE_SET_NAME": "tumorboard.engine.rules", "RULE_SET_VERSION": "tumorboard.engine.rules",
         "citation": "tumorboard.engine.sources"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
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
