"""Small case-fact builders shared by the engine tests."""

from __future__ import annotations

from typing import Any

from tumorboard.engine import CaseFacts, Recommendation, evaluate, load_parameters

AS_OF = "2026-12-01"
GOOD_LABS = {
    "bilirubin_umol_l": 10,
    "albumin_g_l": 42,
    "inr": 1.0,
    "ascites": "none",
    "encephalopathy": "none",
}

#: metachronous colorectal, one mid-size resectable lesion set, fit patient, normal labs
METACHRONOUS = {
    "as_of": AS_OF,
    "primary_site": "colorectal",
    "primary_resected": True,
    "timing": "metachronous",
    "liver_mets": "confirmed",
    "confirmed_by": ["ct"],
    "lesion_count": 2,
    "largest_lesion_cm": 4.0,
    "adjacent_to_hollow_structure": False,
    "liver_resectable": True,
    "future_liver_remnant_pct": 50,
    "extrahepatic_disease": "none",
    "age_years": 60,
    "ecog": 0,
    "fit_for_major_surgery": True,
    "accepts_surgery": True,
    "cea_ng_ml": 5,
    **GOOD_LABS,
}

#: synchronous colorectal, both resectable (the contract's worked example)
SYNCHRONOUS = {
    **METACHRONOUS,
    "primary_resected": False,
    "primary_resectable": True,
    "timing": "synchronous",
    "largest_lesion_cm": 3.5,
}

#: neither resection nor ablation possible
UNRESECTABLE = {**METACHRONOUS, "liver_resectable": False, "largest_lesion_cm": 5.0}


def facts(base: dict[str, Any] | None = None, **changes: Any) -> CaseFacts:
    data = {**(base or {}), **changes}
    return CaseFacts.model_validate({k: v for k, v in data.items() if v is not None})


def ev(base: dict[str, Any] | None = None, params: Any = None, **changes: Any) -> Recommendation:
    return evaluate(facts(base, **changes), params or load_parameters())


def fired(rec: Recommendation, rule_id: str) -> bool:
    """The rule id is named by some option, exclusion or warning."""
    items = [*rec.options, *rec.excluded, *rec.warnings]
    return any(rule_id in item.rules for item in items)


def option(rec: Recommendation, modality: str):  # type: ignore[no-untyped-def]
    return next((o for o in rec.options if o.modality == modality), None)


def tier(rec: Recommendation, modality: str) -> int | None:
    o = option(rec, modality)
    return None if o is None else o.tier


def excluded(rec: Recommendation) -> set[str]:
    return {e.modality.value for e in rec.excluded}


def warnings(rec: Recommendation) -> set[str]:
    return {w.code for w in rec.warnings}
