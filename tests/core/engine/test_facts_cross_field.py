"""Facts that contradict each other are refused in one place, CaseFacts validation, naming both fields."""

from __future__ import annotations

import pytest

from tumorboard.engine import CaseFacts
from tumorboard.errors import InvalidInput


@pytest.mark.parametrize(
    ("facts", "fields"),
    [
        ({"lesion_count": 0, "largest_lesion_cm": 2.5}, {"lesion_count", "largest_lesion_cm"}),
        ({"liver_mets": "none", "lesion_count": 3}, {"liver_mets", "lesion_count"}),
        ({"liver_mets": "none", "largest_lesion_cm": 4.0}, {"liver_mets", "largest_lesion_cm"}),
        ({"liver_mets": "confirmed", "lesion_count": 0}, {"liver_mets", "lesion_count"}),
        (
            {"liver_mets": "suspected", "lesion_count": 0, "largest_lesion_cm": 1.0},
            {"lesion_count", "largest_lesion_cm"},
        ),
    ],
)
def test_contradicting_facts_name_both_fields_and_values(facts: dict, fields: set[str]) -> None:
    with pytest.raises(InvalidInput) as err:
        CaseFacts.parse({"primary_site": "colorectal", **facts})
    named = {p.field for p in err.value.problems}
    assert named == fields
    for p in err.value.problems:
        other = (fields - {p.field}).pop()
        assert p.value == facts[p.field] and other in p.allowed and str(facts[other]) in p.allowed


def test_none_with_lesions_and_size_names_all_three() -> None:
    with pytest.raises(InvalidInput) as err:
        CaseFacts.parse(
            {"primary_site": "gastric", "liver_mets": "none", "lesion_count": 3, "largest_lesion_cm": 4.0}
        )
    assert {p.field for p in err.value.problems} == {"liver_mets", "lesion_count", "largest_lesion_cm"}
    assert "liver_mets: 'none' is not allowed; contradicts lesion_count = 3" in str(err.value)


@pytest.mark.parametrize(
    "facts",
    [
        {"liver_mets": "none", "lesion_count": 0},
        {"liver_mets": "none"},
        {"liver_mets": "suspected", "lesion_count": 0},  # suspected: the count may still be open
        {"liver_mets": "confirmed", "lesion_count": 1, "largest_lesion_cm": 0.5},
        {"lesion_count": 2, "largest_lesion_cm": 2.5},
        {"largest_lesion_cm": 2.5},
    ],
)
def test_consistent_facts_pass(facts: dict) -> None:
    assert CaseFacts.parse({"primary_site": "colorectal", **facts}).primary_site == "colorectal"


def test_model_validate_refuses_too() -> None:
    """The services build facts from stored columns with model_validate: the same rule holds there."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as err:
        CaseFacts.model_validate({"primary_site": "colorectal", "liver_mets": "confirmed", "lesion_count": 0})
    converted = InvalidInput.from_pydantic(err.value, "case facts")
    assert [p.field for p in converted.problems] == ["liver_mets", "lesion_count"]
