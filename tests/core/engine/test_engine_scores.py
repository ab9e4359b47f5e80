"""Section H scores: both sides of every cut-off, and what is missing when inputs are absent."""

from __future__ import annotations

import pytest
from engine_cases import GOOD_LABS, ev, facts

from tumorboard.engine import load_parameters
from tumorboard.engine.scores import albi_grade, albi_score, child_pugh_points, compute_scores, fong

P = load_parameters()


def cp(**changes: object) -> int | None:
    return child_pugh_points(facts({"primary_site": "colorectal", **GOOD_LABS}, **changes), P)


@pytest.mark.parametrize(
    ("field", "value", "points"),
    [
        ("bilirubin_umol_l", 33.9, 5),
        ("bilirubin_umol_l", 34, 6),
        ("bilirubin_umol_l", 51, 6),
        ("bilirubin_umol_l", 51.1, 7),
        ("albumin_g_l", 35.1, 5),
        ("albumin_g_l", 35, 6),
        ("albumin_g_l", 28, 6),
        ("albumin_g_l", 27.9, 7),
        ("inr", 1.69, 5),
        ("inr", 1.7, 6),
        ("inr", 2.3, 6),
        ("inr", 2.31, 7),
        ("ascites", "mild", 6),
        ("ascites", "moderate_severe", 7),
        ("encephalopathy", "grade_1_2", 6),
        ("encephalopathy", "grade_3_4", 7),
    ],
)
def test_child_pugh_cut_offs(field: str, value: object, points: int) -> None:
    assert cp(**{field: value}) == points


@pytest.mark.parametrize(
    ("changes", "points", "klass"),
    [
        ({}, 5, "A"),
        ({"bilirubin_umol_l": 40}, 6, "A"),
        ({"bilirubin_umol_l": 40, "albumin_g_l": 30}, 7, "B"),
        ({"bilirubin_umol_l": 60, "albumin_g_l": 30, "ascites": "mild"}, 9, "B"),
        ({"bilirubin_umol_l": 60, "albumin_g_l": 25, "ascites": "mild"}, 10, "C"),
    ],
)
def test_child_pugh_class_edges(changes: dict, points: int, klass: str) -> None:
    scores = ev({"primary_site": "colorectal", **GOOD_LABS}, **changes).scores
    assert scores.child_pugh.points == points and scores.child_pugh.class_ == klass


def test_child_pugh_missing_inputs_listed() -> None:
    scores = ev({"primary_site": "colorectal", **GOOD_LABS}, inr=None, ascites=None).scores
    assert scores.child_pugh is None and scores.missing["child_pugh"] == ["inr", "ascites"]


def test_albi_formula_and_contract_example() -> None:
    assert albi_score(40, 30) == -1.49
    assert albi_score(12, 42) == -2.86


@pytest.mark.parametrize(("score", "grade"), [(-2.61, 1), (-2.60, 1), (-2.59, 2), (-1.39, 2), (-1.38, 3)])
def test_albi_grade_edges(score: float, grade: int) -> None:
    assert albi_grade(score, P) == grade


def test_albi_grade_edge_from_real_inputs() -> None:
    # bilirubin 10: log10 = 1 -> 0.66; albumin 38.35 -> -3.25975; score -2.60 (rounded) -> grade 1
    s = ev({"primary_site": "gastric"}, bilirubin_umol_l=10, albumin_g_l=38.35).scores
    assert s.albi.score == -2.6 and s.albi.grade == 1
    s = ev({"primary_site": "gastric"}, bilirubin_umol_l=10, albumin_g_l=38.2).scores
    assert s.albi.score == -2.59 and s.albi.grade == 2


def test_albi_missing() -> None:
    s = ev({"primary_site": "gastric"}, albumin_g_l=40).scores
    assert s.albi is None and s.missing["albi"] == ["bilirubin_umol_l"]


FONG_ZERO = {
    "primary_site": "colorectal",
    "node_positive_primary": False,
    "disease_free_interval_months": 12,
    "lesion_count": 1,
    "cea_ng_ml": 200,
    "largest_lesion_cm": 5,
}


@pytest.mark.parametrize(
    "changes",
    [
        {"node_positive_primary": True},
        {"disease_free_interval_months": 11.9},
        {"lesion_count": 2},
        {"cea_ng_ml": 200.1},
        {"largest_lesion_cm": 5.1},
    ],
)
def test_fong_each_criterion_scores_one_point_just_past_its_edge(changes: dict) -> None:
    assert fong(facts(FONG_ZERO), P, None).points == 0
    assert fong(facts(FONG_ZERO, **changes), P, None).points == 1


def test_fong_all_five_and_missing() -> None:
    worst = facts(
        FONG_ZERO,
        node_positive_primary=True,
        disease_free_interval_months=3,
        lesion_count=4,
        cea_ng_ml=500,
        largest_lesion_cm=8,
    )
    assert fong(worst, P, None).points == 5
    partial = fong(facts({"primary_site": "colorectal", "lesion_count": 3}), P, None)
    assert partial.points == 1 and "cea_ng_ml" in partial.missing and len(partial.missing) == 4


def test_fong_synchronous_counts_as_short_disease_free_interval() -> None:
    s = ev({"primary_site": "colorectal", "timing": "synchronous", "lesion_count": 1}).scores
    assert "disease_free_interval_months" not in s.fong_crs.missing and s.fong_crs.points == 1


def test_fong_only_for_colorectal() -> None:
    assert ev({"primary_site": "gastric", "lesion_count": 3}).scores.fong_crs is None


def test_tumour_burden_score() -> None:
    assert (
        ev({"primary_site": "colorectal"}, lesion_count=3, largest_lesion_cm=5.0).scores.tumor_burden_score
        == 5.83
    )
    s = ev({"primary_site": "colorectal"}, lesion_count=3).scores
    assert s.tumor_burden_score is None and s.missing["tumor_burden_score"] == ["largest_lesion_cm"]


def test_cut_offs_are_parameters() -> None:
    stricter = P.with_values(cp_bilirubin_low_umol_l=20)
    f = facts({"primary_site": "colorectal", **GOOD_LABS}, bilirubin_umol_l=25)
    assert compute_scores(f, P, None).child_pugh.points == 5
    assert compute_scores(f, stricter, None).child_pugh.points == 6
