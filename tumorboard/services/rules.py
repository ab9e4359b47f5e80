"""Rules: the decision engine with this hospital's parameters, the one place the services call it.

The Database holds one Rules (db.rules; the GUI reaches it as ws.rules): the shipped
parameters (resources/rules/parameters.toml) with the hospital's override file applied
when one is given (`Workspace.open(parameters=...)`, CLI `tumorboard --parameters FILE`)
or set (settings.parameters_file). The same object feeds the live panel, readiness,
decisions, re-evaluation and the printed documents, so they never disagree."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from tumorboard.engine import evaluate as engine_evaluate
from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.followup import plan_followups as engine_plan
from tumorboard.engine.parameters import ParameterInfo, Parameters, describe_parameters, load_parameters
from tumorboard.engine.recommendation import FollowUpEntry, Recommendation
from tumorboard.engine.rules import CATALOGUE_IDS, RULE_SET_NAME, RULE_SET_VERSION
from tumorboard.engine.vocabulary import Modality
from tumorboard.i18n import localize, normalize


class Rules:
    """The engine and its validated parameters (immutable: a new file makes a new Rules)."""

    rule_set_name = RULE_SET_NAME
    rule_set_version = RULE_SET_VERSION
    #: every rule id, in the catalogue's order
    catalogue_ids: tuple[str, ...] = CATALOGUE_IDS

    def __init__(self, parameters: Parameters, source: Path | None = None) -> None:
        self.parameters = parameters
        #: the hospital's override file; None: the shipped values
        self.source = source

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Rules:
        """The shipped parameters with the file at `path` applied; ConfigurationError (naming each bad
        parameter, its value and what is allowed) when the file cannot be used."""
        if path is None or str(path) == "":
            return cls(load_parameters())
        resolved = Path(path).expanduser()
        return cls(load_parameters(resolved), resolved)

    def evaluate(self, facts: CaseFacts | Mapping[str, Any], language: str = "en") -> Recommendation:
        """The recommendation for these facts (a mapping is parsed as CaseFacts: InvalidInput names the fact),
        its explanations and warnings in `language` (en, zh_CN; rule ids, codes and source excerpts stay)."""
        rec = engine_evaluate(facts if isinstance(facts, CaseFacts) else CaseFacts.parse(dict(facts)), self.parameters)
        return localized(rec, language)

    def plan_followups(self, modalities: Iterable[Modality | str], start: date) -> list[FollowUpEntry]:
        return list(engine_plan(list(modalities), start, self.parameters))

    def readiness_limits(self) -> tuple[int, int]:
        """(imaging, labs): the oldest a CT/MRI and the liver tests may be, in weeks, for a case to be ready."""
        return self.parameters.readiness_imaging_max_weeks, self.parameters.readiness_labs_max_weeks

    def describe(self) -> list[ParameterInfo]:
        """Every parameter with value, default, unit and citation (the Settings page's table)."""
        return describe_parameters(self.parameters)

    @property
    def rule_set(self) -> str:
        return f"{self.rule_set_name} {self.rule_set_version}"


def localized(rec: Recommendation, language: str | None) -> Recommendation:
    """`rec` with its rationales, exclusion reasons and warnings in `language` (the catalogue's words);
    codes, rule ids and the sources' verbatim excerpts are left as they are. English: `rec` itself."""
    lang = normalize(language)
    if lang == "en":
        return rec
    return rec.model_copy(update={
        "options": [o.model_copy(update={"rationale": localize(o.rationale, lang)}) for o in rec.options],
        "excluded": [x.model_copy(update={"reason": localize(x.reason, lang)}) for x in rec.excluded],
        "warnings": [w.model_copy(update={"message": localize(w.message, lang)}) for w in rec.warnings],
    })
