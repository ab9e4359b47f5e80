"""Scores of the rule catalogue, section H: Child-Pugh, ALBI, Fong CRS, tumour burden.

Each is computed only from inputs that are present; what is missing is listed
instead of guessed. Cut-offs and edge rules are parameters (parameters.toml).
"""

from __future__ import annotations

import math

from .construct import make
from .facts import CaseFacts
from .parameters import Parameters
from .recommendation import Albi, ChildPugh, FongScore, Scores
from .vocabulary import Ascites, Encephalopathy, PrimarySite, Timing

CHILD_PUGH_INPUTS = ("bilirubin_umol_l", "albumin_g_l", "inr", "ascites", "encephalopathy")
ALBI_INPUTS = ("bilirubin_umol_l", "albumin_g_l")
FONG_INPUTS = (
    "node_positive_primary",
    "disease_free_interval_months",
    "lesion_count",
    "cea_ng_ml",
    "largest_lesion_cm",
)
TBS_INPUTS = ("largest_lesion_cm", "lesion_count")

_ASCITES_POINTS = {Ascites.none: 1, Ascites.mild: 2, Ascites.moderate_severe: 3}
_ENCEPHALOPATHY_POINTS = {Encephalopathy.none: 1, Encephalopathy.grade_1_2: 2, Encephalopathy.grade_3_4: 3}


def child_pugh_points(facts: CaseFacts, p: Parameters) -> int | None:
    """5-15, or None when an input is missing."""
    bili, alb, inr = facts.bilirubin_umol_l, facts.albumin_g_l, facts.inr
    if bili is None or alb is None or inr is None or facts.ascites is None or facts.encephalopathy is None:
        return None
    # Middle bands are closed: 34 <= bilirubin <= 51, 28 <= albumin <= 35, 1.7 <= INR <= 2.3.
    points = 1 if bili < p.cp_bilirubin_low_umol_l else 2 if bili <= p.cp_bilirubin_high_umol_l else 3
    points += 1 if alb > p.cp_albumin_high_g_l else 2 if alb >= p.cp_albumin_low_g_l else 3
    points += 1 if inr < p.cp_inr_low else 2 if inr <= p.cp_inr_high else 3
    return points + _ASCITES_POINTS[facts.ascites] + _ENCEPHALOPATHY_POINTS[facts.encephalopathy]


def child_pugh_class(points: int) -> str:
    return "A" if points <= 6 else "B" if points <= 9 else "C"


def albi_score(bilirubin_umol_l: float, albumin_g_l: float) -> float:
    """ALBI = log10(bilirubin µmol/L) x 0.66 + albumin g/L x (-0.085), rounded to 2 decimals."""
    return round(math.log10(bilirubin_umol_l) * 0.66 + albumin_g_l * -0.085, 2)


def albi_grade(score: float, p: Parameters) -> int:
    # Graded on the rounded score the board sees, so display and grade agree at the edges.
    return 1 if score <= p.albi_grade1_max else 2 if score <= p.albi_grade2_max else 3


def fong(facts: CaseFacts, p: Parameters, timing: Timing | None) -> FongScore:
    """Points from the criteria that are known; the unknown ones are listed."""
    points, missing = 0, []
    if facts.node_positive_primary is None:
        missing.append("node_positive_primary")
    elif facts.node_positive_primary:
        points += 1
    dfi = facts.disease_free_interval_months
    if dfi is None and timing is Timing.synchronous:
        dfi = 0.0  # found with the primary: no disease-free interval
    if dfi is None:
        missing.append("disease_free_interval_months")
    elif dfi < p.fong_dfi_months:
        points += 1
    if facts.lesion_count is None:
        missing.append("lesion_count")
    elif facts.lesion_count > 1:
        points += 1
    if facts.cea_ng_ml is None:
        missing.append("cea_ng_ml")
    elif facts.cea_ng_ml > p.fong_cea_ng_ml:
        points += 1
    if facts.largest_lesion_cm is None:
        missing.append("largest_lesion_cm")
    elif facts.largest_lesion_cm > p.fong_largest_cm:
        points += 1
    return make(FongScore, points=points, of=5, missing=missing)


def tumor_burden_score(largest_lesion_cm: float, lesion_count: int) -> float:
    """sqrt(largest diameter (cm)^2 + number of lesions^2), rounded to 2 decimals."""
    return round(math.hypot(largest_lesion_cm, lesion_count), 2)


# Points 5-15 with their class: shared frozen objects, made once.
_CHILD_PUGH = {n: make(ChildPugh, points=n, class_=child_pugh_class(n)) for n in range(5, 16)}


def compute_scores(facts: CaseFacts, p: Parameters, timing: Timing | None) -> Scores:
    missing: dict[str, list[str]] = {}
    cp = None
    points = child_pugh_points(facts, p)
    if points is None:
        missing["child_pugh"] = [n for n in CHILD_PUGH_INPUTS if getattr(facts, n) is None]
    else:
        cp = _CHILD_PUGH[points]
    albi = None
    if facts.bilirubin_umol_l is None or facts.albumin_g_l is None:
        missing["albi"] = [n for n in ALBI_INPUTS if getattr(facts, n) is None]
    else:
        score = albi_score(facts.bilirubin_umol_l, facts.albumin_g_l)
        albi = make(Albi, score=score, grade=albi_grade(score, p))
    fong_crs = None
    if facts.primary_site is PrimarySite.colorectal:  # the Fong score is defined for colorectal metastases
        fong_crs = fong(facts, p, timing)
        if fong_crs.missing:
            missing["fong_crs"] = list(fong_crs.missing)
    tbs = None
    if facts.largest_lesion_cm is None or facts.lesion_count is None:
        missing["tumor_burden_score"] = [n for n in TBS_INPUTS if getattr(facts, n) is None]
    else:
        tbs = tumor_burden_score(facts.largest_lesion_cm, facts.lesion_count)
    return make(Scores, child_pugh=cp, albi=albi, fong_crs=fong_crs, tumor_burden_score=tbs, missing=missing)
