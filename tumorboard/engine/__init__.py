"""The decision engine: pure functions, no database, no clock, no globals.

    evaluate(facts, parameters) -> Recommendation

Rules: tumorboard.engine.rules (one module per catalogue section); scores:
.scores; follow-up plans: .followup; parameters: .parameters; the source
excerpts it cites: .sources.
"""

from .evaluation import evaluate
from .facts import CaseFacts
from .followup import add_months, plan_followups
from .parameters import Parameters, describe_parameters, load_parameters
from .recommendation import Recommendation

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
