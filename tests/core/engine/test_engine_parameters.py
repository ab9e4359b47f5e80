"""Parameters: the shipped file, overrides, refusal of bad files, read-only descriptions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_cases import METACHRONOUS, ev, excluded

from tumorboard.cli import main
from tumorboard.engine import describe_parameters, load_parameters
from tumorboard.engine.parameters import NAMES, ParameterFileError
from tumorboard.errors import ConfigurationError


def test_shipped_file_loads_with_citations_and_units() -> None:
    p = load_parameters()
    info = {i.name: i for i in describe_parameters(p)}
    assert set(info) == set(NAMES)
    assert all(i.unit and i.citation and i.description for i in info.values())
    assert (
        info["min_flr_pct"].value == 30
        and info["min_flr_pct"].default == 30
        and not info["min_flr_pct"].changed
    )
    assert "S2 CRC" in info["min_flr_pct"].citation
    assert (
        p.readiness_imaging_max_weeks == 8
        and p.readiness_labs_max_weeks == 2
        and p.synchronous_window_months == 6
    )
    assert "issue 4" in info["readiness_labs_max_weeks"].citation


def test_values_are_written_as_a_clinician_writes_them() -> None:
    info = {i.name: i for i in describe_parameters(load_parameters())}
    assert info["min_flr_pct"].value_text == "30 %" and info["large_lesion_cm"].value_text == "7 cm"
    assert info["poor_ecog"].value_text == "ECOG 2"  # a scale's name goes first
    assert info["surveillance_us_months"].value_text == "3 months"


def test_loaded_once() -> None:
    assert load_parameters() is load_parameters()


def test_recommendation_echoes_values_and_rule_set_version() -> None:
    rec = ev(METACHRONOUS)
    assert rec.rule_set.parameters["min_flr_pct"] == 30 and rec.rule_set.version
    assert set(rec.rule_set.parameters) == set(NAMES)


def test_override_file_as_table_changes_the_decision(tmp_path: Path) -> None:
    f = tmp_path / "local.toml"
    f.write_text('[min_flr_pct]\nvalue = 45\ncitation = "Local HPB protocol 2027"\n', encoding="utf-8")
    p = load_parameters(f)
    assert p.min_flr_pct == 45 and p.large_lesion_cm == 7
    info = {i.name: i for i in describe_parameters(p)}
    assert info["min_flr_pct"].citation == "Local HPB protocol 2027" and info["min_flr_pct"].changed
    assert "hepatectomy" in excluded(ev(METACHRONOUS, params=p, future_liver_remnant_pct=40))
    assert "hepatectomy" not in excluded(ev(METACHRONOUS, future_liver_remnant_pct=40))


def test_override_file_as_plain_keys(tmp_path: Path) -> None:
    f = tmp_path / "local.toml"
    f.write_text("surveillance_us_months = 6\n", encoding="utf-8")
    assert load_parameters(f).surveillance_us_months == 6


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("min_flr_pct = 150\n", ["min_flr_pct", "150", "<= 100"]),
        ("poor_ecog = -1\n", ["poor_ecog", "-1", ">= 0"]),
        ('large_lesion_cm = "big"\n', ["large_lesion_cm", "big"]),
        ("min_flr_pc = 25\n", ["min_flr_pc", "unknown parameter", "min_flr_pct"]),
        ("[min_flr_pct]\nvalu = 25\n", ["min_flr_pct", "value"]),
        ("small_lesion_cm = 8\n", ["small_lesion_cm", "large_lesion_cm"]),
    ],
)
def test_invalid_override_is_refused_naming_parameter_value_and_allowed(
    tmp_path: Path, text: str, mentions: list[str]
) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError) as err:
        load_parameters(f)
    for word in mentions:
        assert word in str(err.value)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text("min_flr_pct = 150\npoor_ecog = 9\n", encoding="utf-8")
    with pytest.raises(ParameterFileError) as err:
        load_parameters(f)
    assert {p.field for p in err.value.problems} == {"min_flr_pct", "poor_ecog"}


def test_not_toml_and_unreadable(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text("min_flr_pct = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        load_parameters(f)
    with pytest.raises(ConfigurationError, match="Cannot read"):
        load_parameters(tmp_path / "absent.toml")


def test_cli_parameters_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**METACHRONOUS, "future_liver_remnant_pct": 40}), encoding="utf-8")
    local = tmp_path / "local.toml"
    local.write_text("min_flr_pct = 45\n", encoding="utf-8")
    assert main(["evaluate", str(case), "--json", "--parameters", str(local)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rule_set"]["parameters"]["min_flr_pct"] == 45
    assert "hepatectomy" in {e["modality"] for e in out["excluded"]}
    local.write_text("min_flr_pct = 450\n", encoding="utf-8")
    assert main(["evaluate", str(case), "--json", "--parameters", str(local)]) == 2
    captured = capsys.readouterr()
    assert "min_flr_pct" in captured.err and "450" in captured.err and captured.out == ""


def test_units_cannot_be_overridden(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text('[min_flr_pct]\nvalue = 30\nunit = "ml"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="units are fixed"):
        load_parameters(f)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("cp_inr_low = 3.0\n", "cp_inr_low: 3.0 is not allowed; a value smaller than cp_inr_high (2.3)"),
        ('min_flr_pct = "abc"\n', "min_flr_pct: 'abc' is not allowed; allowed: a number, written without quotes"),
    ],
)
def test_a_bad_parameter_file_is_explained_in_words(tmp_path: Path, text: str, said: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ParameterFileError) as err:
        load_parameters(f)
    assert said in str(err.value)
    assert "None" not in str(err.value) and "(ordering)" not in str(err.value)
