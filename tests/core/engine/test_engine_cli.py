"""`tumorboard evaluate`: readable summary, JSON, standard input, exit codes 0 / 2 / 1."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from engine_cases import SYNCHRONOUS, UNRESECTABLE

from tumorboard.cli import main


def write(tmp_path: Path, data: object) -> str:
    f = tmp_path / "case.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    return str(f)


def test_summary_shows_tiers_rules_excerpts_scores_missing_and_follow_ups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", write(tmp_path, {**UNRESECTABLE, "cea_ng_ml": None})]) == 0
    out = capsys.readouterr().out
    for text in (
        "Tier 1 - first choice",
        "Tier 2 - alternatives",
        "Tier 3 - later options",
        "[CHEMO-2]",
        "Systemic chemotherapy",
        "S0 §4 · What are the reasonable treatment modalities for metastatic liver cancer?",
        "Only after the conditions of surgery",
        "Sources disagree",
        "Child-Pugh: 5 points, class A",
        "Fong clinical risk score: 1-4 of 5 (not yet known: node_positive_primary, disease_free_interval_months, cea_ng_ml)",
        "Missing data",
        "cea_ng_ml",
        "First follow-ups",
        "2027-02-01  Response imaging  [FU-4]",
    ):
        assert text in out, text


def test_summary_marks_provisional_and_excluded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "evaluate",
                write(
                    tmp_path,
                    {
                        **SYNCHRONOUS,
                        "extrahepatic_disease": "extensive",
                        "liver_mets": "suspected",
                        "confirmed_by": ["ultrasound"],
                    },
                ),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "PROVISIONAL" in out and "Excluded" in out and "x Ablation" in out


def test_json_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(SYNCHRONOUS)))
    assert main(["evaluate", "-", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scores"]["child_pugh"] == {"points": 5, "class": "A"}


def test_as_of_defaults_to_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", write(tmp_path, {**SYNCHRONOUS, "as_of": None}), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["follow_up"][0]["due"]
    assert date.fromisoformat(first) > date.today()


@pytest.mark.parametrize(
    ("data", "mentions"),
    [
        ({"primary_site": "colorectal", "ecog": 7}, ["ecog", "7", "less than or equal to 4"]),
        ({"primary_site": "colorectal", "lesion_cnt": 3}, ["lesion_cnt", "unknown field"]),
        ({"primary_site": "mars"}, ["primary_site", "mars", "colorectal"]),
        ({"ecog": 1}, ["primary_site", "required"]),
        (
            {"primary_site": "colorectal", "ecog": 7, "liver_mets": "maybe", "bilirubin_umol_l": -1},
            ["ecog", "liver_mets", "maybe", "bilirubin_umol_l"],
        ),
        ([1, 2], ["JSON object"]),
    ],
)
def test_invalid_input_exit_2_names_every_bad_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: object, mentions: list[str]
) -> None:
    assert main(["evaluate", write(tmp_path, data), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for word in mentions:
        assert word in captured.err, word


def test_not_json_and_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{primary_site: colorectal}", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "not JSON at line 1" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "absent.json")]) == 2
    assert "absent.json" in capsys.readouterr().err


def test_internal_error_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("rule crashed")

    from tumorboard.services.rules import Rules

    monkeypatch.setattr(Rules, "evaluate", broken)
    assert main(["evaluate", write(tmp_path, SYNCHRONOUS)]) == 1
    assert "internal error" in capsys.readouterr().err


def test_a_file_saved_with_a_byte_order_mark_reads_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "notepad.json"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"primary_site": "colorectal"}).encode())
    assert main(["evaluate", str(f), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rule_set"]["version"]


def test_a_field_named_twice_is_refused_not_resolved_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "twice.json"
    f.write_text('{"primary_site": "colorectal", "ecog": 1, "ecog": 3}')
    assert main(["evaluate", str(f)]) == 2
    err = capsys.readouterr().err
    assert "ecog" in err and "[1, 3]" in err and "each field once" in err
