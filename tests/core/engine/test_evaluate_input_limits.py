"""`tumorboard evaluate`: any JSON text gets exit 0 or 2, never 1 (shared/contract/evaluate.md)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tumorboard.cli import main

CASE = {
    "as_of": "2026-12-01",
    "primary_site": "colorectal",
    "liver_mets": "confirmed",
    "confirmed_by": ["ct"],
    "lesion_count": 2,
    "largest_lesion_cm": 3.0,
}


def run_stdin(
    text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = main(["evaluate", "-", "--json"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"primary_site": "colorectal", "x": ' + "[" * 1000 + "]" * 1000 + "}", ["nested"]),
        ("[" * 100_000, ["nested"]),
        ('{"primary_site": "colorectal", "lesion_count": ' + "9" * 300 + "}", ["lesion_count", "300 digits"]),
        (
            '{"primary_site": "colorectal", "largest_lesion_cm": ' + "9" * 5000 + "}",
            ["largest_lesion_cm", "5000 digits"],
        ),
        ('{"primary_site": "colorectal", "age_years": -' + "9" * 5000 + "}", ["age_years"]),
        ('{"primary_site": "colorectal", "largest_lesion_cm": 1e999}', ["largest_lesion_cm", "finite"]),
        ('{"primary_site": "colorectal", "largest_lesion_cm": NaN}', ["largest_lesion_cm", "finite"]),
        (
            '{"primary_site": "colorectal", "lesion_count": 18446744073709551617, "liver_mets": "confirmed", "largest_lesion_cm": 2}',
            [],
        ),
        ('{"primary_site": "colorectal", "x": "' + "a" * 1_100_000 + '"}', ["characters"]),
        ('{"primary_site": "colorectal", "\\ud800": 1}', ["unicode"]),
        ("0." + "1" * 5000, ["json object"]),
    ],
)
def test_hostile_input_is_refused_with_exit_2(
    text: str, words: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_stdin(text, monkeypatch, capsys)
    if (
        code == 0
    ):  # a 20-digit lesion count is a number of lesions: evaluated, with a finite tumour burden score
        assert json.loads(out)["scores"]["tumor_burden_score"] > 1e19
        return
    assert code == 2, err
    assert out == "" and "Traceback" not in err
    assert all(w.lower() in err.lower() for w in words), err


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=40,
)
FIELDS = st.sampled_from(
    [
        "primary_site",
        "lesion_count",
        "largest_lesion_cm",
        "liver_mets",
        "age_years",
        "ecog",
        "confirmed_by",
        "as_of",
        "inr",
        "future_liver_remnant_pct",
        "timing",
    ]
)


@given(
    st.one_of(
        JSON,
        st.dictionaries(FIELDS, JSON, max_size=6).map(lambda d: {"primary_site": "colorectal", **d}),
        st.dictionaries(
            FIELDS, st.integers(min_value=-(10**400), max_value=10**400) | st.floats(), max_size=6
        ),
    ),
    st.integers(0, 3000),
)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_any_json_exits_0_or_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: object, depth: int
) -> None:
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        text = json.dumps(data, ensure_ascii=depth % 2 == 0)
    finally:
        sys.set_int_max_str_digits(old)
    if depth > 2000:  # wrap it deep
        text = "[" * depth + text + "]" * depth
    code, out, err = run_stdin(text, monkeypatch, capsys)
    assert code in (0, 2), err
    if code == 0:
        json.loads(out)
    else:
        assert out == "" and err.startswith("tumorboard: Invalid")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`tumorboard evaluate - --json | head -1`: the closed pipe is not an error."""
    proc = subprocess.run(
        f"{sys.executable} -m tumorboard evaluate - --json | head -1",
        shell=True,
        input=json.dumps(CASE),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout.strip() == "{"
    assert (
        "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr and "Exception" not in proc.stderr
    )
    # and the exit status of evaluate itself is 0
    status = subprocess.run(
        [
            "bash",
            "-c",
            f"set -o pipefail; {sys.executable} -m tumorboard evaluate - --json | head -c1 >/dev/null; "
            "echo ${PIPESTATUS[0]}",
        ],
        input=json.dumps(CASE),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert status.stdout.strip() == "0", status.stderr
