"""What the GUI needs of the engine, handed on by the services (ui/ imports no engine module).

The codes (StrEnums) and their English labels, the case facts the engine reads and their catalogue
(labels, units, sections, limits), the recommendation it returns, its source excerpts and the rule
set's name and version."""

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
from tumorboard.engine.vocabulary import (
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

__all__ = [
    "FACT_CATALOGUE",
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
