"""The rule registry: every rule function names its catalogue id, title and sources."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..plan import Plan
from ..recommendation import SourceRef
from ..situation import Situation

RuleFn = Callable[[Situation, Plan], None]


@dataclass(frozen=True)
class RuleInfo:
    id: str
    section: str
    title: str
    sources: tuple[SourceRef, ...]


#: catalogue id -> rule, in the order the modules register them
REGISTRY: dict[str, RuleInfo] = {}


def register(rule_id: str, section: str, title: str, *sources: SourceRef) -> RuleInfo:
    if rule_id in REGISTRY:
        raise ValueError(f"rule {rule_id} registered twice")
    info = REGISTRY[rule_id] = RuleInfo(rule_id, section, title, sources)
    return info


def rule(rule_id: str, title: str, *sources: SourceRef) -> Callable[[RuleFn], RuleFn]:
    """Mark a function as the code of catalogue rule `rule_id`."""

    def wrap(fn: RuleFn) -> RuleFn:
        register(rule_id, fn.__module__.rsplit(".", 1)[-1], title, *sources)
        fn.rule_id = rule_id  # type: ignore[attr-defined]
        return fn

    return wrap
