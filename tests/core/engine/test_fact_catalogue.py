"""One catalogue of case facts: every CaseFacts field once, its limits the model's own, and the
printed case sheet's labels and units taken from it."""

from __future__ import annotations

import pytest

from tumorboard.engine.fact_catalogue import BY_NAME, FACTS, SECTIONS
from tumorboard.engine.facts import CaseFacts
from tumorboard.errors import InvalidInput
from tumorboard.reports import casesheet


def test_every_case_fact_is_in_the_catalogue_once():
    names = [f.name for f in FACTS]
    assert len(names) == len(set(names))
    assert set(names) == set(CaseFacts.model_fields) - {"as_of"}
    assert {f.section for f in FACTS} <= set(SECTIONS)


@pytest.mark.parametrize("spec", [f for f in FACTS if f.kind in ("int", "float")], ids=lambda f: f.name)
def test_the_limits_are_those_the_model_enforces(spec):
    number = int if spec.kind == "int" else float
    base = {"primary_site": "colorectal"}
    assert spec.low is not None, "every measured fact has a lower limit"
    if spec.low_open:
        with pytest.raises(InvalidInput):
            CaseFacts.parse({**base, spec.name: number(spec.low)})
    else:
        CaseFacts.parse({**base, spec.name: number(spec.low)})
        with pytest.raises(InvalidInput):
            CaseFacts.parse({**base, spec.name: number(spec.low) - 1})
    if spec.high is not None:
        CaseFacts.parse({**base, spec.name: number(spec.high)})
        with pytest.raises(InvalidInput):
            CaseFacts.parse({**base, spec.name: number(spec.high) + 1})


def test_codes_come_from_the_model():
    assert BY_NAME["primary_site"].kind == "code" and "colorectal" in {c.value for c in BY_NAME["primary_site"].codes}
    assert BY_NAME["confirmed_by"].kind == "codes" and "ct" in {c.value for c in BY_NAME["confirmed_by"].codes}


def test_the_case_sheet_prints_the_catalogues_labels_and_units():
    printed = dict(casesheet.KEY_FACTS) | dict(casesheet.LIVER_FACTS) | dict(casesheet.PATHOLOGY_FACTS)
    assert set(printed) == set(BY_NAME), "every fact has its place on the case sheet"
    for name, text in printed.items():
        assert text == BY_NAME[name].paper_label
    assert casesheet.UNITS == {f.name: f" {f.unit}" for f in FACTS if f.unit and f.unit_on_paper}
    assert casesheet.field_label("lesion_count") == BY_NAME["lesion_count"].paper_label
