"""The decision engine: pure functions, no database, no clock, no globals.

    evaluate(facts, parameters) -> Recommendation
"""

from .facts import CaseFacts
from .recommendation import Recommendation

__all__ = ["CaseFacts", "Recommendation"]
