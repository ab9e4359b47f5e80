"""Properties over the whole valid input space (hypothesis)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tumorboard.engine import CaseFacts, Recommendation, evaluate, load_parameters, plan_followups
from tumorboard.engine.rules import REGISTRY
from tumorboard.engine.sources import ALL
from tumorboard.engine.vocabulary import (
    LIVER_DIRECTED,
    MODALITY_ORDER,
    Ascites,
    Encephalopathy,
    ExtrahepaticDisease,
    Imaging,
    Intent,
    LiverMets,
    Modality,
    OptionTiming,
    PrimarySite,
    Response,
    Timing,
)
from tumorboard.resources import read_text

# make() skips validation: a wrongly typed value would only show as a serializer warning.
pytestmark = pytest.mark.filterwarnings("error")

P = load_parameters()
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
BOOL = st.booleans()


def pos(hi: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=0.01, max_value=hi, allow_nan=False)


FIELDS = {
    "as_of": DATES,
    "age_years": st.integers(0, 120),
    "ecog": st.integers(0, 4),
    "fit_for_major_surgery": BOOL,
    "accepts_surgery": BOOL,
    "primary_resected": BOOL,
    "primary_resectable": BOOL,
    "primary_diagnosed_on": DATES,
    "emergency_primary_surgery": BOOL,
    "node_positive_primary": BOOL,
    "liver_mets": st.sampled_from(LiverMets),
    "liver_mets_detected_on": DATES,
    "timing": st.sampled_from(Timing),
    "confirmed_by": st.lists(st.sampled_from(Imaging), max_size=5),
    "lesion_count": st.integers(0, 30),
    "largest_lesion_cm": pos(25),
    "adjacent_to_hollow_structure": BOOL,
    "liver_resectable": BOOL,
    "future_liver_remnant_pct": st.floats(0, 100),
    "extrahepatic_disease": st.sampled_from(ExtrahepaticDisease),
    "prior_systemic_therapy": BOOL,
    "response_to_systemic_therapy": st.sampled_from(Response),
    "recurrence_after_hepatectomy": BOOL,
    "bilirubin_umol_l": pos(600),
    "albumin_g_l": pos(70),
    "inr": pos(8),
    "ascites": st.sampled_from(Ascites),
    "encephalopathy": st.sampled_from(Encephalopathy),
    "cirrhosis": BOOL,
    "hbv_or_hcv_positive": BOOL,
    "afp_ng_ml": st.floats(0, 100000),
    "cea_ng_ml": st.floats(0, 5000),
    "disease_free_interval_months": st.floats(0, 400),
}


def consistent(data: dict) -> dict:
    """Leave out the facts that would contradict each other (the contract makes those invalid: test_facts_cross_field)."""
    data = dict(data)
    mets, count = data.get("liver_mets"), data.get("lesion_count")
    if mets is LiverMets.none:
        if count:
            del data["lesion_count"]
        data.pop("largest_lesion_cm", None)
    if data.get("lesion_count") == 0:
        data.pop("largest_lesion_cm", None)
        if mets is LiverMets.confirmed:
            del data["lesion_count"]
    return data


CASES = st.fixed_dictionaries({"primary_site": st.sampled_from(PrimarySite)}, optional=FIELDS).map(consistent)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXCEPTIONS = {PrimarySite.breast, PrimarySite.ovarian, PrimarySite.lung}
SOURCE_TEXT = {ref.document: re.sub(r"\s+", " ", read_text("sources", ref.document)) for ref in ALL.values()}


def run(data: dict) -> tuple[CaseFacts, Recommendation]:
    facts = CaseFacts.model_validate(data)
    return facts, evaluate(facts, P)


@given(CASES)
@SETTINGS
def test_output_keeps_the_contract(data: dict) -> None:
    facts, rec = run(data)
    # the constructed output validates as the contract's model
    assert Recommendation.model_validate(rec.to_json_dict()).to_json_dict() == rec.to_json_dict()
    mods = [o.modality for o in rec.options]
    assert len(mods) == len(set(mods))
    assert not set(mods) & {e.modality for e in rec.excluded}
    keys = [(o.tier, MODALITY_ORDER[o.modality]) for o in rec.options]
    assert keys == sorted(keys)
    for item in [*rec.options, *rec.excluded, *rec.warnings]:
        assert item.rules and all(r in REGISTRY for r in item.rules)
    for item in [*rec.options, *rec.excluded]:
        assert item.sources
        for src in item.sources:
            assert re.sub(r"\s+", " ", src.excerpt) in SOURCE_TEXT[src.document]
    assert len(rec.missing) == len(set(rec.missing))
    due = [f.due for f in rec.follow_up]
    assert due == sorted(due) and all(f.rule in {"FU-1", "FU-2", "FU-3", "FU-4"} for f in rec.follow_up)
    if facts.as_of is None:
        assert rec.follow_up == []
    else:
        assert all(d > facts.as_of for d in due)
        # The preview (cached, entries shared) is the schedule the services plan for the same choice: all the
        # tier-1 options, provisional ones included; a visit only the provisional ones need is marked provisional.
        first = [o.modality for o in rec.options if o.tier == 1]
        firm = [o.modality for o in rec.options if o.tier == 1 and not o.provisional]
        planned = plan_followups(first, facts.as_of, P) if first else []
        assert [(f.due, f.test, f.rule) for f in rec.follow_up] == [(f.due, f.test, f.rule) for f in planned]
        firm_plan = {(f.due, f.test) for f in plan_followups(firm, facts.as_of, P)} if firm else set()
        for f in rec.follow_up:
            if (f.due, f.test) in firm_plan:
                assert not f.provisional
        if first == firm:
            assert not any(f.provisional for f in rec.follow_up)


@given(CASES)
@SETTINGS
def test_clinical_safety_properties(data: dict) -> None:
    facts, rec = run(data)
    by_mod = {o.modality: o for o in rec.options}
    if facts.liver_mets not in (LiverMets.suspected, LiverMets.confirmed):
        assert not LIVER_DIRECTED & set(by_mod), "liver-directed treatment without liver metastasis"
    if facts.extrahepatic_disease is ExtrahepaticDisease.extensive:
        assert Modality.ablation not in by_mod, "curative ablation with extensive extrahepatic disease"
        assert facts.primary_site is PrimarySite.hepatocellular or Modality.hepatectomy not in by_mod
    chemo = by_mod.get(Modality.systemic_chemotherapy)
    local = {Modality.hepatectomy, Modality.ablation} & set(by_mod)
    if chemo and chemo.tier == 1 and chemo.intent is not Intent.adjuvant and local:
        assert facts.primary_site in EXCEPTIONS, (
            "chemotherapy main treatment while resection/ablation feasible"
        )
    # Primary and liver are operated on together or in stages, never both at once.
    both = [by_mod[m].timing for m in (Modality.primary_resection, Modality.hepatectomy) if m in by_mod]
    if len(both) == 2 and OptionTiming.simultaneous in both:
        assert both[0] == both[1], "one operation for one of primary and liver, staged for the other"
    if any(w.code == "provisional_until_confirmed" for w in rec.warnings):
        diagnostic = {Modality.confirmatory_imaging, Modality.pet_ct, Modality.biopsy}
        assert all(o.provisional for o in rec.options if o.modality not in diagnostic)


@given(CASES)
@settings(max_examples=150, deadline=None)
def test_pure_and_deterministic(data: dict) -> None:
    facts, first = run(data)
    assert evaluate(facts, P).to_json_dict() == first.to_json_dict()


@given(CASES)
@SETTINGS
def test_never_guesses_a_missing_fact(data: dict) -> None:
    """A firm (not provisional) local treatment rests on known facts, never on assumed ones."""
    facts, rec = run(data)
    by_mod = {o.modality: o for o in rec.options}
    hep = by_mod.get(Modality.hepatectomy)
    if hep is not None and not hep.provisional:
        assert facts.liver_resectable is True
        assert facts.bilirubin_umol_l is not None and facts.albumin_g_l is not None and facts.inr is not None
        if facts.primary_site is PrimarySite.colorectal:
            assert facts.future_liver_remnant_pct is not None
    abl = by_mod.get(Modality.ablation)
    if abl is not None and not abl.provisional:
        assert facts.largest_lesion_cm is not None and facts.lesion_count is not None
        assert facts.extrahepatic_disease is not None
    if any(o.provisional for o in rec.options):
        assert (
            rec.missing
            or any(w.code == "provisional_until_confirmed" for w in rec.warnings)
            or facts.primary_site in (PrimarySite.unknown, PrimarySite.breast)
        )


LIVER_LOCAL = {Modality.hepatectomy, Modality.ablation}
#: local modalities that section E ranks; a section F pathway overrides E for every one of them
LOCAL = {
    Modality.primary_resection,
    Modality.hepatectomy,
    Modality.ablation,
    Modality.ethanol_injection,
    Modality.radiotherapy,
    Modality.hepatic_arterial_therapy,
}
SETTLING = {Imaging.ct, Imaging.mri, Imaging.biopsy}


@given(CASES)
@SETTINGS
def test_no_liver_surgery_or_ablation_first_with_a_failing_liver_or_an_unconfirmed_lesion(data: dict) -> None:
    """LIVER-1: "Child-Pugh class C -> hepatectomy (and primary_resection + hepatectomy in one operation) and
    curative ablation excluded"; "Child-Pugh class B, or ALBI grade 3 where Child-Pugh cannot be scored: hepatectomy
    and ablation not tier 1". DX-1: "none stands in tier 1 until the lesion is confirmed (treatments at most tier 2,
    'after confirmation')"."""
    facts, rec = run(data)
    tier1 = {o.modality for o in rec.tier1()}
    excluded = {e.modality for e in rec.excluded}
    cp, albi = rec.scores.child_pugh, rec.scores.albi
    lesion = facts.liver_mets in (LiverMets.suspected, LiverMets.confirmed)
    if lesion and cp is not None and cp.class_ == "C":
        assert not LIVER_LOCAL & {o.modality for o in rec.options}, (
            "liver surgery or ablation with Child-Pugh C"
        )
        assert LIVER_LOCAL <= excluded
        assert "liver_function_limits_local_treatment" in {w.code for w in rec.warnings}
    if lesion and (
        (cp is not None and cp.class_ == "B") or (cp is None and albi is not None and albi.grade == 3)
    ):
        assert not LIVER_LOCAL & tier1, "liver surgery or ablation first with Child-Pugh B / ALBI 3"
    unconfirmed = (
        lesion
        and not SETTLING & set(facts.confirmed_by or ())
        and (facts.liver_mets is LiverMets.suspected or facts.confirmed_by is not None)
    )
    if unconfirmed:
        assert tier1 <= {Modality.confirmatory_imaging, Modality.pet_ct, Modality.biopsy}, (
            f"treatment in tier 1 before the lesion is confirmed: {tier1}"
        )
        assert Modality.confirmatory_imaging in tier1
        for o in rec.options:
            if o.modality not in {Modality.confirmatory_imaging, Modality.pet_ct, Modality.biopsy}:
                assert o.provisional and o.rationale.startswith("After confirmation") and "DX-1" in o.rules


@given(CASES)
@SETTINGS
def test_section_f_pathways_override_section_e_for_every_local_modality(data: dict) -> None:
    """Section E holds for "all primaries unless F overrides": for each F pathway no local modality stands above the
    pathway's main treatment (better tier, or tier 1 beside it) unless F names it."""
    facts, rec = run(data)
    if facts.liver_mets not in (LiverMets.suspected, LiverMets.confirmed):
        return
    by_mod = {o.modality: o for o in rec.options}
    site = facts.primary_site
    emergency = facts.emergency_primary_surgery is True

    def held_below(main: Modality, allowed: set[Modality]) -> None:
        top = by_mod[main].tier
        for m in LOCAL - allowed - ({Modality.primary_resection} if emergency else set()):
            if m in by_mod:
                assert by_mod[m].tier >= top and by_mod[m].tier > 1 or by_mod[m].tier > top, (
                    f"{site.value}: {m.value} tier {by_mod[m].tier} above {main.value} tier {top}"
                )

    chemo = Modality.systemic_chemotherapy
    if site in (PrimarySite.lung, PrimarySite.breast):  # LUNG-1, BR-1: chemotherapy the main treatment
        held_below(chemo, set())
    elif (
        site is PrimarySite.ovarian
    ):  # OV-1: chemotherapy; staged surgery where radical resection is possible
        held_below(chemo, {Modality.hepatectomy, Modality.primary_resection})
    elif site is PrimarySite.neuroendocrine:
        if Modality.somatostatin_analogue in by_mod:  # NET-2
            held_below(Modality.somatostatin_analogue, set())
        elif Modality.hepatectomy in by_mod and "NET-1" in by_mod[Modality.hepatectomy].rules:  # NET-1
            held_below(Modality.hepatectomy, {Modality.hepatectomy, Modality.primary_resection})
    elif (
        site is PrimarySite.colorectal and facts.extrahepatic_disease is ExtrahepaticDisease.extensive
    ):  # CRC-5
        held_below(chemo, set())
    elif (
        site is PrimarySite.hepatocellular
    ):  # HCC-1: resection, else interventional therapy; nothing of section E
        assert set(by_mod) <= {
            Modality.hepatectomy,
            Modality.hepatic_arterial_therapy,
            Modality.confirmatory_imaging,
            Modality.pet_ct,
            Modality.biopsy,
        }
