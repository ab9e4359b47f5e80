"""Case facts that are not a JSON object are refused with a message saying what is expected."""

import json
import subprocess
import sys

import pytest

from tumorboard.engine import CaseFacts
from tumorboard.errors import InvalidInput


@pytest.mark.parametrize("data", [[1, 2], "colorectal", 3, None])
def test_non_object_input_is_refused_naming_what_is_allowed(data: object) -> None:
    with pytest.raises(InvalidInput) as err:
        CaseFacts.parse(data)
    assert "a JSON object of case facts" in str(err.value)


def test_cli_exits_2_for_a_json_list() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tumorboard", "evaluate", "-", "--json"],
        input=json.dumps([{"primary_site": "colorectal"}]),
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "JSON object" in proc.stderr


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("ecog", True, "a whole number"),  # lax pydantic made this ECOG 1
        ("lesion_count", 2.0, "a whole number"),
        ("fit_for_major_surgery", "no", "true or false"),  # lax: False
        ("cirrhosis", 1, "true or false"),  # lax: True
        ("largest_lesion_cm", "2.5", "a number"),
        ("largest_lesion_cm", float("inf"), "a finite number"),
        ("inr", float("nan"), "a finite number"),
        ("future_liver_remnant_pct", float("inf"), "a finite number"),
    ],
)
def test_values_of_the_wrong_json_type_are_refused_not_converted(field: str, value: object, allowed: str) -> None:
    with pytest.raises(InvalidInput) as err:
        CaseFacts.parse({"primary_site": "colorectal", field: value})
    (problem,) = err.value.problems
    assert problem.field == field and allowed in problem.allowed


def test_an_int_is_a_number_and_dates_are_iso_text() -> None:
    facts = CaseFacts.parse({"primary_site": "colorectal", "largest_lesion_cm": 3, "as_of": "2026-11-23"})
    assert facts.largest_lesion_cm == 3.0 and facts.as_of is not None


def test_cli_refuses_infinity_with_exit_2_and_prints_no_json() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tumorboard", "evaluate", "-", "--json"],
        input='{"primary_site": "colorectal", "largest_lesion_cm": Infinity}',
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert "largest_lesion_cm" in proc.stderr and "finite" in proc.stderr
