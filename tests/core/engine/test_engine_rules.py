"""One test per catalogue rule: the smallest case that fires it and the nearest case that does not.

Rule ids are named in each test's name (test_<ID>_...) so the catalogue-coverage test can find them.
"""

from __future__ import annotations

from engine_cases import METACHRONOUS, SYNCHRONOUS, UNRESECTABLE, ev, excluded, fired, option, tier, warnings

# ---------------------------------------------------------------- A. work-up


def test_DX_1_suspected_lesion_needs_confirmatory_imaging() -> None:
    rec = ev(primary_site="gastric", liver_mets="suspected")
    assert tier(rec, "confirmatory_imaging") == 1 and fired(rec, "DX-1")
    assert "provisional_until_confirmed" in warnings(rec)
    assert all(o.provisional for o in rec.options if o.modality != "confirmatory_imaging")
    near = ev(primary_site="gastric", liver_mets="suspected", confirmed_by=["mri"])
    assert not fired(near, "DX-1") and option(near, "confirmatory_imaging") is None


def test_DX_1_confirmed_on_ultrasound_alone_still_needs_contrast_imaging() -> None:
    assert fired(ev(primary_site="gastric", liver_mets="confirmed", confirmed_by=["ultrasound"]), "DX-1")
    assert not fired(ev(primary_site="gastric", liver_mets="confirmed", confirmed_by=["ct"]), "DX-1")


def test_DX_1_treatment_options_are_provisional() -> None:
    rec = ev(METACHRONOUS, liver_mets="suspected", confirmed_by=["ultrasound"])
    treatments = [o for o in rec.options if o.modality != "confirmatory_imaging"]
    assert treatments and all(o.provisional for o in treatments)
    assert rec.follow_up == []  # no schedule from provisional options


def test_DX_1_no_treatment_first_until_confirmed_after_confirmation_label() -> None:
    large = {**METACHRONOUS, "largest_lesion_cm": 8.0}
    rec = ev(large, liver_mets="suspected", confirmed_by=["ultrasound"])
    assert [o.modality for o in rec.tier1()] == ["confirmatory_imaging"]
    hep = option(rec, "hepatectomy")
    assert (
        hep.tier == 2
        and hep.provisional
        and hep.rationale.startswith("After confirmation")
        and "DX-1" in hep.rules
    )
    confirmed = ev(large, liver_mets="confirmed", confirmed_by=["ultrasound", "ct"])
    assert tier(confirmed, "hepatectomy") == 1 and not fired(confirmed, "DX-1")


def test_DX_2_unknown_primary_gets_pet_ct() -> None:
    rec = ev(primary_site="unknown", liver_mets="confirmed", confirmed_by=["ct"])
    assert tier(rec, "pet_ct") == 1 and fired(rec, "DX-2")
    assert not fired(ev(primary_site="other", liver_mets="confirmed", confirmed_by=["ct"]), "DX-2")


def test_DX_2_lesion_unclear_after_contrast_imaging_gets_pet_ct() -> None:
    rec = ev(primary_site="gastric", liver_mets="suspected", confirmed_by=["ct"])
    assert tier(rec, "pet_ct") == 1 and fired(rec, "DX-2")
    assert not fired(ev(primary_site="gastric", liver_mets="confirmed", confirmed_by=["ct"]), "DX-2")


def test_DX_5_biopsy_when_still_unclear_after_imaging() -> None:
    rec = ev(primary_site="gastric", liver_mets="suspected", confirmed_by=["ct"])
    assert tier(rec, "biopsy") == 2 and fired(rec, "DX-5")
    assert "provisional_until_confirmed" in warnings(rec)
    near = ev(primary_site="gastric", liver_mets="suspected", confirmed_by=["ct", "biopsy"])
    assert not fired(near, "DX-5") and option(near, "biopsy") is None


def test_DX_3_missing_liver_function_before_surgery() -> None:
    rec = ev(METACHRONOUS, inr=None)
    assert "missing_liver_function" in warnings(rec) and "inr" in rec.missing
    assert option(rec, "hepatectomy").provisional
    near = ev(METACHRONOUS)
    assert not fired(near, "DX-3") and not option(near, "hepatectomy").provisional


def test_DX_3_not_raised_without_a_surgical_option() -> None:
    rec = ev(primary_site="colorectal", primary_resected=True, liver_mets="none")
    assert not fired(rec, "DX-3") and "bilirubin_umol_l" not in rec.missing


def test_DX_4_consider_primary_hcc() -> None:
    assert "consider_primary_hcc" in warnings(ev(METACHRONOUS, cirrhosis=True))
    assert "consider_primary_hcc" in warnings(ev(METACHRONOUS, hbv_or_hcv_positive=True))
    assert "consider_primary_hcc" in warnings(ev(METACHRONOUS, afp_ng_ml=400))
    assert not fired(ev(METACHRONOUS, afp_ng_ml=399.9), "DX-4")
    assert not fired(ev(METACHRONOUS, cirrhosis=False, hbv_or_hcv_positive=False), "DX-4")


def test_DX_6_colorectal_without_cea_lists_it_missing() -> None:
    assert "cea_ng_ml" in ev(METACHRONOUS, cea_ng_ml=None).missing
    assert "cea_ng_ml" not in ev(METACHRONOUS).missing
    assert "cea_ng_ml" not in ev(METACHRONOUS, primary_site="gastric", cea_ng_ml=None).missing


# ----------------------------------------------------------- B. surveillance


def test_SURV_1_high_risk_primary_without_liver_metastasis() -> None:
    rec = ev(primary_site="colorectal", primary_resected=True, liver_mets="none", as_of="2026-12-01")
    assert tier(rec, "surveillance") == 1 and fired(rec, "SURV-1")
    assert [o.modality for o in rec.options] == ["surveillance"]
    assert rec.follow_up[0].due.isoformat() == "2027-03-01" and rec.follow_up[0].rule == "FU-1"
    assert not fired(ev(primary_site="other", primary_resected=True, liver_mets="none"), "SURV-1")


def test_SURV_1_primary_treatment_unknown_is_provisional() -> None:
    rec = ev(primary_site="breast", liver_mets="none")
    assert option(rec, "surveillance").provisional and "primary_resected" in rec.missing
    untreated = option(ev(primary_site="breast", liver_mets="none", primary_resected=False), "surveillance")
    assert not untreated.provisional and untreated.timing == "after_primary"


def test_SURV_2_lesion_on_surveillance_ultrasound_goes_to_confirmation() -> None:
    rec = ev(
        primary_site="gastric", primary_resected=True, liver_mets="suspected", confirmed_by=["ultrasound"]
    )
    assert "SURV-2" in option(rec, "confirmatory_imaging").rules
    near = ev(primary_site="gastric", primary_resected=True, liver_mets="suspected")
    assert fired(near, "DX-1") and not fired(near, "SURV-2")


# ------------------------------------------------------------ C. synchronous


def test_SYNC_1_resect_primary_and_liver() -> None:
    rec = ev(SYNCHRONOUS)
    assert tier(rec, "primary_resection") == 1 and tier(rec, "hepatectomy") == 1
    assert "SYNC-1" in option(rec, "hepatectomy").rules
    near = ev(SYNCHRONOUS, accepts_surgery=False)
    assert not fired(near, "SYNC-1") and option(near, "hepatectomy") is None


def test_SYNC_1_provisional_when_resectability_unknown() -> None:
    rec = ev(SYNCHRONOUS, primary_resectable=None)
    assert option(rec, "hepatectomy").provisional and "primary_resectable" in rec.missing


def test_SYNC_2_one_operation_when_liver_and_condition_allow() -> None:
    rec = ev(SYNCHRONOUS)
    assert option(rec, "hepatectomy").timing == "simultaneous" and fired(rec, "SYNC-2")
    staged = ev(SYNCHRONOUS, bilirubin_umol_l=60, ascites="mild", albumin_g_l=30)  # Child-Pugh B, 9 points
    assert option(staged, "hepatectomy").timing == "staged"
    near = ev(SYNCHRONOUS, ascites=None, bilirubin_umol_l=None)
    assert not fired(near, "SYNC-2") and option(near, "hepatectomy").timing is None


def test_SYNC_3_emergency_primary_surgery_first_liver_staged() -> None:
    rec = ev(SYNCHRONOUS, emergency_primary_surgery=True)
    assert "SYNC-3" in option(rec, "primary_resection").rules
    assert option(rec, "hepatectomy").timing == "staged" and not fired(rec, "SYNC-2")
    assert not fired(ev(SYNCHRONOUS, emergency_primary_surgery=False), "SYNC-3")


def test_SYNC_4_small_lesions_old_patient_resect_primary_ablate_liver() -> None:
    rec = ev(SYNCHRONOUS, largest_lesion_cm=2.0, age_years=80)
    assert (
        tier(rec, "primary_resection") == 1 and tier(rec, "ablation") == 1 and tier(rec, "hepatectomy") == 2
    )
    assert "SYNC-4" in option(rec, "ablation").rules and not fired(rec, "SYNC-1")
    near = ev(SYNCHRONOUS, largest_lesion_cm=2.0, age_years=74)
    assert not fired(near, "SYNC-4") and tier(near, "hepatectomy") == 1


def test_SYNC_4_unwilling_patient_and_too_many_lesions() -> None:
    assert fired(ev(SYNCHRONOUS, largest_lesion_cm=2.0, accepts_surgery=False), "SYNC-4")
    assert not fired(ev(SYNCHRONOUS, largest_lesion_cm=2.0, accepts_surgery=False, lesion_count=7), "SYNC-4")


def test_SYNC_5_small_well_located_lesions_ablation_beside_resection() -> None:
    rec = ev(SYNCHRONOUS, largest_lesion_cm=2.0)
    assert tier(rec, "ablation") == 2 and "SYNC-5" in option(rec, "ablation").rules
    near = ev(SYNCHRONOUS, largest_lesion_cm=2.0, adjacent_to_hollow_structure=True)
    assert not fired(near, "SYNC-5")


# ----------------------------------------------------------- D. metachronous


def test_META_1_radical_options_first() -> None:
    rec = ev(METACHRONOUS)
    assert tier(rec, "hepatectomy") == 1 and "META-1" in option(rec, "hepatectomy").rules
    near = ev(SYNCHRONOUS)
    assert not fired(near, "META-1")


def test_META_2_large_resectable_lesion_resection_preferred() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=7.0)
    assert tier(rec, "hepatectomy") == 1 and "META-2" in option(rec, "hepatectomy").rules
    assert not fired(ev(METACHRONOUS, largest_lesion_cm=6.9), "META-2")


def test_META_3_small_lesions_ablation_first_resection_second() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=3.0)
    assert tier(rec, "ablation") == 1 and tier(rec, "hepatectomy") == 2 and fired(rec, "META-3")
    near = ev(METACHRONOUS, largest_lesion_cm=3.1)
    assert not fired(near, "META-3") and option(near, "ablation") is None


def test_META_4_small_lesion_next_to_bile_duct() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=2.0, adjacent_to_hollow_structure=True)
    assert "ablation_near_hollow_structure" in warnings(rec)
    assert tier(rec, "ablation") == 2 and tier(rec, "hepatectomy") == 1
    near = ev(METACHRONOUS, largest_lesion_cm=2.0, adjacent_to_hollow_structure=False)
    assert not fired(near, "META-4") and tier(near, "ablation") == 1


# --------------------------------------------------------------- E. order


def test_ORDER_1_resection_first() -> None:
    rec = ev(METACHRONOUS, timing=None, primary_resected=None, primary_resectable=True)
    assert tier(rec, "hepatectomy") == 1 and option(rec, "hepatectomy").rules[0] == "ORDER-1"
    assert "timing" in rec.missing
    assert not fired(ev(UNRESECTABLE), "ORDER-1")


def test_ORDER_1_radiotherapy_before_vascular_intervention() -> None:
    mods = [o.modality for o in ev(UNRESECTABLE).options]
    assert mods.index("radiotherapy") < mods.index("hepatic_arterial_therapy")


def test_CHEMO_1_chemotherapy_only_adjuvant_while_resection_feasible() -> None:
    o = option(ev(METACHRONOUS), "systemic_chemotherapy")
    assert o.tier == 2 and o.intent == "adjuvant" and o.rules == ["CHEMO-1"]
    assert not fired(ev(UNRESECTABLE), "CHEMO-1")


def test_CHEMO_2_chemotherapy_main_when_nothing_local_feasible() -> None:
    o = option(ev(UNRESECTABLE), "systemic_chemotherapy")
    assert o.tier == 1 and o.intent == "palliative" and "CHEMO-2" in o.rules
    assert not fired(ev(METACHRONOUS), "CHEMO-2")


def test_RT_1_radiotherapy_when_liver_function_and_size_suit() -> None:
    rec = ev(UNRESECTABLE)
    assert tier(rec, "radiotherapy") == 2 and fired(rec, "RT-1")
    assert not fired(ev(METACHRONOUS), "RT-1")


def test_RT_1_excluded_when_liver_function_poor_or_lesions_too_many() -> None:
    poor = ev(UNRESECTABLE, bilirubin_umol_l=80, albumin_g_l=25, ascites="moderate_severe")
    assert "radiotherapy" in excluded(poor) and option(poor, "radiotherapy") is None
    many = ev(UNRESECTABLE, lesion_count=4)
    assert "radiotherapy" in excluded(many)
    assert "radiotherapy" not in excluded(ev(UNRESECTABLE, lesion_count=3))


# Child-Pugh points: bilirubin 60 (3), albumin 26 | 30 (3 | 2), INR 1.0 (1), ascites mild (2), none (1)
CP_C_10 = {"bilirubin_umol_l": 60, "albumin_g_l": 26, "inr": 1.0, "ascites": "mild", "encephalopathy": "none"}
CP_B_9 = {**CP_C_10, "albumin_g_l": 30}
# bilirubin 40 | 20 (2 | 1), albumin 42 (1), INR 1.0 (1), ascites mild (2), none (1)
CP_B_7 = {**CP_C_10, "bilirubin_umol_l": 40, "albumin_g_l": 42}
CP_A_6 = {**CP_B_7, "bilirubin_umol_l": 20}


def test_LIVER_1_child_pugh_c_excludes_resection_and_ablation_at_the_10_point_edge() -> None:
    small = {**METACHRONOUS, "largest_lesion_cm": 2.0}
    c = ev(small, **CP_C_10)
    assert c.scores.child_pugh is not None and (c.scores.child_pugh.points, c.scores.child_pugh.class_) == (
        10,
        "C",
    )
    assert {"hepatectomy", "ablation"} <= excluded(c)
    assert option(c, "hepatectomy") is None and option(c, "ablation") is None
    assert "liver_function_limits_local_treatment" in warnings(c)
    assert tier(c, "systemic_chemotherapy") == 1  # CHEMO-2: nothing local is feasible
    reason = next(e for e in c.excluded if e.modality == "hepatectomy")
    assert reason.rules == ["LIVER-1"] and "Child-Pugh class C (10 points)" in reason.reason
    b = ev(small, **CP_B_9)  # the other side of the edge: 9 points, class B
    assert (b.scores.child_pugh.points, b.scores.child_pugh.class_) == (9, "B")
    assert not {"hepatectomy", "ablation"} & excluded(b)
    assert tier(b, "hepatectomy") == 2 and tier(b, "ablation") == 2
    assert "LIVER-1" in option(b, "ablation").rules and "liver_function_limits_local_treatment" in warnings(b)


def test_LIVER_1_child_pugh_b_not_first_choice_at_the_7_point_edge() -> None:
    large = {**METACHRONOUS, "largest_lesion_cm": 8.0}
    b = ev(large, **CP_B_7)
    assert (b.scores.child_pugh.points, b.scores.child_pugh.class_) == (7, "B")
    assert tier(b, "hepatectomy") == 2 and "liver_function_limits_local_treatment" in warnings(b)
    a = ev(large, **CP_A_6)
    assert (a.scores.child_pugh.points, a.scores.child_pugh.class_) == (6, "A")
    assert tier(a, "hepatectomy") == 1 and not fired(a, "LIVER-1")


def test_LIVER_1_synchronous_one_operation_excluded_with_child_pugh_c() -> None:
    rec = ev(SYNCHRONOUS, **CP_C_10)
    assert "hepatectomy" in excluded(rec)
    assert (
        option(rec, "primary_resection") is None or option(rec, "primary_resection").timing != "simultaneous"
    )
    assert all(
        o.tier > 1 for o in rec.options if o.modality in ("hepatectomy", "ablation", "primary_resection")
    )


def test_LIVER_1_albi_grade_3_without_child_pugh_at_the_grade_edge() -> None:
    no_inr = {**METACHRONOUS, "largest_lesion_cm": 2.0, "inr": None}
    # ALBI = 0.66 log10(bilirubin) - 0.085 albumin: 100 / 25 -> -0.81 (grade 3); 17 / 30 -> -1.74 (grade 2)
    three = ev(no_inr, bilirubin_umol_l=100, albumin_g_l=25)
    assert three.scores.child_pugh is None and three.scores.albi.grade == 3
    assert tier(three, "ablation") == 2 and fired(three, "LIVER-1")
    two = ev(no_inr, bilirubin_umol_l=17, albumin_g_l=30)
    assert two.scores.albi.grade == 2 and tier(two, "ablation") == 1 and not fired(two, "LIVER-1")
    # with Child-Pugh A known, ALBI grade 3 does not decide (the catalogue: "where Child-Pugh cannot be scored")
    assert not fired(ev(METACHRONOUS), "LIVER-1")


def test_LIVER_1_hepatocellular_child_pugh_c_no_resection() -> None:
    hcc = {
        "as_of": "2026-12-01",
        "primary_site": "hepatocellular",
        "liver_mets": "confirmed",
        "confirmed_by": ["ct"],
        "lesion_count": 1,
        "largest_lesion_cm": 4.0,
        "liver_resectable": True,
        "fit_for_major_surgery": True,
        "accepts_surgery": True,
    }
    rec = ev(hcc, **CP_C_10)
    assert "hepatectomy" in excluded(rec) and tier(rec, "hepatic_arterial_therapy") == 1
    assert tier(ev(hcc, **CP_A_6), "hepatectomy") == 1


def test_LIVER_1_class_cut_off_is_a_parameter() -> None:
    from tumorboard.engine import load_parameters

    strict = load_parameters().with_values(liver_fn_exclude_child_pugh="B")
    rec = ev({**METACHRONOUS, "largest_lesion_cm": 2.0}, params=strict, **CP_B_9)
    assert {"hepatectomy", "ablation"} <= excluded(rec)
    assert rec.rule_set.parameters["liver_fn_exclude_child_pugh"] == "B"


def test_VASC_1_vascular_intervention_last() -> None:
    rec = ev(UNRESECTABLE)
    assert tier(rec, "hepatic_arterial_therapy") == 3 and fired(rec, "VASC-1")
    assert option(ev(METACHRONOUS), "hepatic_arterial_therapy") is None


def test_VASC_2_sources_disagree_for_digestive_and_breast() -> None:
    rec = ev(UNRESECTABLE)
    assert "sources_disagree" in warnings(rec)
    o = option(rec, "hepatic_arterial_therapy")
    assert {"VASC-1", "VASC-2"} <= set(o.rules)
    assert {s.document for s in o.sources} == {"000_097d1b63dcffeaa5.txt", "001_863de90b3df4ea9f.txt"}
    assert not fired(ev(UNRESECTABLE, primary_site="kidney"), "VASC-2")


def test_EXT_1_extensive_extrahepatic_disease_excludes_ablation() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=2.0, extrahepatic_disease="extensive")
    assert "ablation" in excluded(rec) and option(rec, "ablation") is None
    assert not fired(ev(METACHRONOUS, largest_lesion_cm=2.0, extrahepatic_disease="resectable"), "EXT-1")


def test_EXT_2_extensive_extrahepatic_disease_excludes_curative_resection() -> None:
    rec = ev(METACHRONOUS, extrahepatic_disease="extensive")
    assert "hepatectomy" in excluded(rec) and tier(rec, "systemic_chemotherapy") == 1
    assert not fired(ev(METACHRONOUS, extrahepatic_disease="resectable"), "EXT-2")


# ------------------------------------------------------ F. primary-specific


def test_CRC_1_future_liver_remnant_below_minimum_excludes_resection() -> None:
    rec = ev(METACHRONOUS, future_liver_remnant_pct=29.9)
    assert "hepatectomy" in excluded(rec) and "insufficient_liver_remnant" in warnings(rec)
    ok = ev(METACHRONOUS, future_liver_remnant_pct=30)
    assert "CRC-1" in option(ok, "hepatectomy").rules and "hepatectomy" not in excluded(ok)
    assert not fired(ev(METACHRONOUS, primary_site="gastric", future_liver_remnant_pct=20), "CRC-1")


def test_CRC_1_unknown_remnant_makes_resection_provisional() -> None:
    rec = ev(METACHRONOUS, future_liver_remnant_pct=None)
    assert option(rec, "hepatectomy").provisional and "future_liver_remnant_pct" in rec.missing


def test_CRC_2_resectable_extrahepatic_disease_resect_both() -> None:
    rec = ev(METACHRONOUS, extrahepatic_disease="resectable")
    assert "CRC-2" in option(rec, "hepatectomy").rules and tier(rec, "hepatectomy") == 1
    assert not fired(ev(METACHRONOUS), "CRC-2")


def test_CRC_3_repeat_resection_after_recurrence() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=2.0, recurrence_after_hepatectomy=True)
    assert tier(rec, "hepatectomy") == 1 and "CRC-3" in option(rec, "hepatectomy").rules
    assert not fired(ev(METACHRONOUS, recurrence_after_hepatectomy=False), "CRC-3")


def test_CRC_4_unfit_for_open_surgery_small_lesions_ablation() -> None:
    rec = ev(METACHRONOUS, largest_lesion_cm=2.5, fit_for_major_surgery=False)
    assert tier(rec, "ablation") == 1 and "CRC-4" in option(rec, "ablation").rules
    assert option(rec, "hepatectomy") is None
    assert not fired(ev(METACHRONOUS, largest_lesion_cm=2.5), "CRC-4")


def test_CRC_5_colorectal_beyond_the_liver_chemo_and_immunotherapy() -> None:
    rec = ev(METACHRONOUS, extrahepatic_disease="extensive")
    assert tier(rec, "systemic_chemotherapy") == 1 and tier(rec, "immunotherapy") == 2 and fired(rec, "CRC-5")
    near = ev(METACHRONOUS, primary_site="gastric", extrahepatic_disease="extensive")
    assert not fired(near, "CRC-5") and option(near, "immunotherapy") is None


def test_BR_1_breast_chemotherapy_first() -> None:
    rec = ev(METACHRONOUS, primary_site="breast", largest_lesion_cm=2.0)
    assert tier(rec, "systemic_chemotherapy") == 1 and "BR-1" in option(rec, "systemic_chemotherapy").rules
    assert tier(rec, "ablation") == 2 and tier(rec, "hepatectomy") == 2
    assert not fired(ev(METACHRONOUS, primary_site="gastric", largest_lesion_cm=2.0), "BR-1")


def test_BR_2_breast_local_treatment_after_limited_response() -> None:
    after = ev(
        METACHRONOUS,
        primary_site="breast",
        prior_systemic_therapy=True,
        response_to_systemic_therapy="response",
    )
    o = option(after, "hepatectomy")
    assert o.tier == 2 and "BR-2" in o.rules and not o.provisional
    progressing = ev(
        METACHRONOUS,
        primary_site="breast",
        prior_systemic_therapy=True,
        response_to_systemic_therapy="progression",
    )
    assert (
        option(progressing, "hepatectomy").provisional
        and "Reconsider after chemotherapy" in option(progressing, "hepatectomy").rationale
    )
    assert not fired(ev(UNRESECTABLE, primary_site="breast"), "BR-2")


def test_OV_1_ovarian_chemotherapy_and_staged_resection() -> None:
    rec = ev(METACHRONOUS, primary_site="ovarian")
    assert tier(rec, "systemic_chemotherapy") == 1 and tier(rec, "hepatectomy") == 1
    assert option(rec, "hepatectomy").timing == "staged" and "OV-1" in option(rec, "hepatectomy").rules
    assert not fired(ev(METACHRONOUS, primary_site="gastric"), "OV-1")


def test_OV_1_staged_surgery_stages_the_primary_too_where_sync_2_allowed_one_operation() -> None:
    gastric = ev(SYNCHRONOUS, primary_site="gastric")
    assert (
        option(gastric, "primary_resection").timing == option(gastric, "hepatectomy").timing == "simultaneous"
    )
    rec = ev(SYNCHRONOUS, primary_site="ovarian")
    primary, liver = option(rec, "primary_resection"), option(rec, "hepatectomy")
    assert primary.timing == liver.timing == "staged"
    assert (
        "OV-1" in primary.rules
        and "staged surgery is recommended rather than one operation" in liver.rationale
    )


def test_NET_1_neuroendocrine_resectable_lobectomy_and_ethanol() -> None:
    rec = ev(METACHRONOUS, primary_site="neuroendocrine")
    assert tier(rec, "hepatectomy") == 1 and tier(rec, "ethanol_injection") == 2 and fired(rec, "NET-1")
    assert not fired(ev(UNRESECTABLE, primary_site="neuroendocrine"), "NET-1")


def test_NET_2_neuroendocrine_unresectable_somatostatin_analogue_first() -> None:
    rec = ev(UNRESECTABLE, primary_site="neuroendocrine")
    assert tier(rec, "somatostatin_analogue") == 1 and tier(rec, "systemic_chemotherapy") == 2
    assert not fired(ev(METACHRONOUS, primary_site="neuroendocrine"), "NET-2")


def test_LUNG_1_lung_chemotherapy_radiotherapy_arterial_perfusion() -> None:
    rec = ev(METACHRONOUS, primary_site="lung")
    assert tier(rec, "systemic_chemotherapy") == 1
    assert tier(rec, "radiotherapy") == 2 and tier(rec, "hepatic_arterial_therapy") == 2
    assert tier(rec, "hepatectomy") == 2 and "LUNG-1" in option(rec, "hepatectomy").rules
    assert not fired(ev(METACHRONOUS, primary_site="gastric"), "LUNG-1")


SMALL_SINGLE = {**METACHRONOUS, "lesion_count": 1, "largest_lesion_cm": 2.0}


def test_LUNG_1_overrides_section_e_for_ablation_too() -> None:
    rec = ev(SMALL_SINGLE, primary_site="lung", cea_ng_ml=None)
    assert tier(rec, "systemic_chemotherapy") == 1
    assert tier(rec, "ablation") == 2 and "LUNG-1" in option(rec, "ablation").rules
    assert tier(rec, "hepatectomy") == 2


def test_BR_1_overrides_section_e_for_every_local_modality() -> None:
    sync = {
        **SMALL_SINGLE,
        "primary_site": "breast",
        "primary_resected": False,
        "primary_resectable": True,
        "timing": "synchronous",
        "cea_ng_ml": None,
    }
    rec = ev(sync)
    assert tier(rec, "systemic_chemotherapy") == 1
    assert all(o.tier > 1 for o in rec.options if o.modality != "systemic_chemotherapy")


def test_OV_1_keeps_staged_resection_first_but_not_ablation() -> None:
    rec = ev(SMALL_SINGLE, primary_site="ovarian", cea_ng_ml=None)
    assert tier(rec, "hepatectomy") == 1 and tier(rec, "systemic_chemotherapy") == 1
    assert tier(rec, "ablation") == 2 and "OV-1" in option(rec, "ablation").rules


def test_NET_1_and_NET_2_override_section_e_for_ablation() -> None:
    resectable = ev(SMALL_SINGLE, primary_site="neuroendocrine", cea_ng_ml=None)
    assert tier(resectable, "hepatectomy") == 1 and tier(resectable, "ablation") == 2
    unresectable = ev(SMALL_SINGLE, primary_site="neuroendocrine", cea_ng_ml=None, liver_resectable=False)
    assert tier(unresectable, "somatostatin_analogue") == 1 and tier(unresectable, "ablation") == 2
    assert "NET-2" in option(unresectable, "ablation").rules


def test_CRC_5_emergency_primary_surgery_keeps_its_place() -> None:
    rec = ev(SYNCHRONOUS, extrahepatic_disease="extensive", emergency_primary_surgery=True)
    assert tier(rec, "systemic_chemotherapy") == 1 and tier(rec, "primary_resection") == 1


def test_HCC_1_hepatocellular_resect_or_interventional() -> None:
    hcc = {
        "primary_site": "hepatocellular",
        "liver_mets": "confirmed",
        "confirmed_by": ["ct"],
        "fit_for_major_surgery": True,
        "accepts_surgery": True,
    }
    assert tier(ev(hcc, liver_resectable=True), "hepatectomy") == 1
    unres = ev(hcc, liver_resectable=False)
    assert tier(unres, "hepatic_arterial_therapy") == 1 and option(unres, "hepatectomy") is None
    assert fired(unres, "HCC-1") and not fired(unres, "VASC-1")
    assert not fired(ev(hcc, liver_mets="none"), "HCC-1")


# ------------------------------------------------------------ timing from dates


def test_timing_derived_from_dates_within_the_synchronous_window() -> None:
    dated = {**SYNCHRONOUS, "timing": None, "primary_diagnosed_on": "2026-01-31"}
    assert fired(ev(dated, liver_mets_detected_on="2026-07-31"), "SYNC-1")  # 6 months to the day
    later = ev(dated, liver_mets_detected_on="2026-08-01")
    assert fired(later, "META-1") and not fired(later, "SYNC-1")
    assert "timing" in ev(dated, liver_mets_detected_on=None, primary_resected=None).missing


def test_synchronous_window_is_a_parameter() -> None:
    from tumorboard.engine import load_parameters

    dated = {
        **SYNCHRONOUS,
        "timing": None,
        "primary_diagnosed_on": "2026-01-31",
        "liver_mets_detected_on": "2026-07-31",
    }
    narrow = load_parameters().with_values(synchronous_window_months=3)
    assert fired(ev(dated, params=narrow), "META-1")
