"""What the GUI needs of the engine, handed on by the services (ui/ imports no engine module).

The codes (StrEnums) and their English labels, the case facts the engine reads, the
recommendation it returns, its source excerpts and the rule set's name and version."""

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
    "FACT_FIELDS",
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
