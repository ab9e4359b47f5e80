"""The engine is pure: no clock, no storage, no GUI; its fast-built output equals validated models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from engine_cases import METACHRONOUS, UNRESECTABLE, ev

import tumorboard.engine
from tumorboard.engine.construct import make
from tumorboard.engine.recommendation import ChildPugh, Option, Recommendation
from tumorboard.engine.sources import S0_ORDER
from tumorboard.engine.vocabulary import Intent, Modality

ENGINE = Path(tumorboard.engine.__file__).parent
FORBIDDEN = (
    "sqlalchemy",
    "sqlmodel",
    "PySide6",
    "shiboken6",
    "ui",
    "tumorboard.store",
    "tumorboard.services",
    "tumorboard.reports",
    "tumorboard.cli",
)


def engine_sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in ENGINE.rglob("*.py")]


def test_no_clock_in_the_engine() -> None:
    for path, text in engine_sources():
        for call in ("date.today(", "datetime.now(", "datetime.utcnow(", "time.time("):
            assert call not in text, f"{path.name} reads the clock ({call})"


def test_no_storage_services_or_gui_imports() -> None:
    for path, text in engine_sources():
        for node in ast.walk(ast.parse(text)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


@pytest.mark.filterwarnings("error")  # a serializer warning means make() got a wrong type
def test_made_models_equal_validated_ones() -> None:
    option = make(
        Option,
        modality=Modality.hepatectomy,
        tier=1,
        intent=Intent.curative,
        timing=None,
        rationale="r",
        rules=["ORDER-1"],
        sources=[S0_ORDER],
        provisional=False,
    )
    validated = Option.model_validate(option.model_dump())
    assert option.model_dump() == validated.model_dump()
    assert make(ChildPugh, points=5, class_="A") == ChildPugh.model_validate({"points": 5, "class": "A"})


def test_recommendation_round_trips_through_json() -> None:
    for rec in (ev(METACHRONOUS), ev(UNRESECTABLE)):
        again = Recommendation.model_validate_json(rec.model_dump_json(by_alias=True))
        assert again.to_json_dict() == rec.to_json_dict()
        assert rec.model_copy(update={"missing": ["x"]}).missing == ["x"]
