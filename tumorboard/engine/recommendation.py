"""Recommendation: the output of the decision engine, the shape of
shared/contract/evaluate.md ("Output")."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .vocabulary import FollowUpTest, Intent, Modality, OptionTiming


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SourceRef(_Model):
    document: str = Field(description="file name in resources/sources/")
    section: str
    excerpt: str = Field(description="verbatim words of the source")


class RuleSet(_Model):
    name: str
    version: str
    parameters: dict[str, Any]


class Option(_Model):
    modality: Modality
    tier: int = Field(ge=1, le=3)
    intent: Intent
    timing: OptionTiming | None = None
    rationale: str
    rules: list[str] = Field(min_length=1)
    sources: list[SourceRef] = Field(min_length=1)
    provisional: bool = False


class Exclusion(_Model):
    modality: Modality
    reason: str
    rules: list[str] = Field(min_length=1)
    sources: list[SourceRef] = Field(min_length=1)


class Warning(_Model):  # noqa: A001 - the contract's own word
    code: str
    message: str
    rules: list[str] = Field(min_length=1)


class ChildPugh(_Model):
    points: int
    class_: str = Field(alias="class", serialization_alias="class")
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Albi(_Model):
    score: float
    grade: int


class FongScore(_Model):
    """Points from the criteria that are known; each missing criterion may add one more."""

    points: int
    of: int = 5
    missing: list[str] = Field(default_factory=list)

    @property
    def most(self) -> int:
        """The highest the score can be once the missing criteria are known (= points when complete)."""
        return self.points + len(self.missing)


class Scores(_Model):
    child_pugh: ChildPugh | None = None
    albi: Albi | None = None
    fong_crs: FongScore | None = None
    tumor_burden_score: float | None = None
    #: inputs each score still needs (not part of the contract's required shape)
    missing: dict[str, list[str]] = Field(default_factory=dict)


class FollowUpEntry(_Model):
    due: date
    test: FollowUpTest
    rule: str
    #: only needed if the board confirms a provisional tier-1 option (contract: follow_up covers those too)
    provisional: bool = False


class Recommendation(_Model):
    rule_set: RuleSet
    options: list[Option] = Field(default_factory=list)
    excluded: list[Exclusion] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    scores: Scores = Field(default_factory=Scores)
    follow_up: list[FollowUpEntry] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def tier1(self) -> list[Option]:
        return [o for o in self.options if o.tier == 1]
