"""The one place the services call the decision engine (tumorboard.engine)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import FollowUpEntry, Recommendation
from tumorboard.errors import ConfigurationError

#: readiness limits used until the parameter file defines them (weeks)
FALLBACK_IMAGING_MAX_WEEKS = 6
FALLBACK_LABS_MAX_WEEKS = 4


@lru_cache(maxsize=1)
def parameters() -> Any:
    """The validated rule parameters (loaded once per process)."""
    try:
        from tumorboard.engine.parameters import load_parameters
    except ImportError as exc:  # the engine is not installed in this build
        raise ConfigurationError(f"The decision engine is not available: {exc}") from None
    return load_parameters()


def _parameter(name: str) -> Any:
    params = parameters()
    if isinstance(params, dict):
        return params.get(name)
    value = getattr(params, name, None)
    if value is None and hasattr(params, "values"):
        values = params.values
        value = values.get(name) if isinstance(values, dict) else None
    return getattr(value, "value", value)


def readiness_limits() -> tuple[int, int]:
    """(imaging, labs) maximum age in weeks for a case to be ready for the board."""
    try:
        imaging = _parameter("readiness_imaging_max_weeks")
        labs = _parameter("readiness_labs_max_weeks")
    except ConfigurationError:
        imaging = labs = None
    return (
        int(imaging) if imaging is not None else FALLBACK_IMAGING_MAX_WEEKS,
        int(labs) if labs is not None else FALLBACK_LABS_MAX_WEEKS,
    )


def rule_ids() -> tuple[str, ...]:
    """Every rule id, in the catalogue's order."""
    from tumorboard.engine.rules import CATALOGUE_IDS

    return CATALOGUE_IDS


def evaluate(facts: CaseFacts) -> Recommendation:
    try:
        from tumorboard.engine import evaluate as run
    except ImportError as exc:
        raise ConfigurationError(f"The decision engine is not available: {exc}") from None
    return run(facts, parameters())


def plan_followups(modalities: list[str], start: date) -> list[FollowUpEntry]:
    try:
        from tumorboard.engine.followup import plan_followups as plan
    except ImportError as exc:
        raise ConfigurationError(f"The follow-up planner is not available: {exc}") from None
    return list(plan(modalities, start, parameters()))
