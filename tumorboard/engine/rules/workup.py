"""Catalogue section A: work-up and diagnosis (DX-1 .. DX-6)."""

from __future__ import annotations

from ...i18n import N_, fields, msg
from ..plan import Plan
from ..situation import Situation
from ..sources import (
    S0_CONFIRM,
    S2_BIOPSY,
    S2_HCC_MARKERS,
    S2_LIVER_FUNCTION,
    S2_PET_CT,
    S3_CEA,
    S3_HCC_SIGNS,
    S3_PATHOLOGY,
)
from ..vocabulary import Intent, Modality, PrimarySite
from .base import rule

#: options that need liver function and coagulation first (DX-3)
SURGICAL = (Modality.primary_resection, Modality.hepatectomy, Modality.ablation, Modality.ethanol_injection)
LIVER_FUNCTION = ("bilirubin_umol_l", "albumin_g_l", "inr")


# Catalogue DX-1: "liver lesion suspected (e.g. on ultrasound) but not confirmed by contrast CT or MRI ->
# confirmatory_imaging tier 1, intent diagnostic; every treatment option is marked provisional and none stands in
# tier 1 until the lesion is confirmed (treatments at most tier 2, "after confirmation")".
# S0 §1: "Once signs of liver metastasis are detected, the diagnosis should be confirmed immediately by MRI/enhanced CT".
@rule(
    "DX-1",
    "Confirm a suspected liver lesion by contrast CT or MRI; no treatment first before that",
    S0_CONFIRM,
)
def dx_1(s: Situation, plan: Plan) -> None:
    if not s.needs_confirmation:
        return
    plan.propose(
        Modality.confirmatory_imaging,
        1,
        Intent.diagnostic,
        "DX-1",
        N_("The liver lesion has not been confirmed by contrast CT or MRI; confirm it before treatment is decided."),
        S0_CONFIRM,
    )
    plan.warn(
        "provisional_until_confirmed",
        "DX-1",
        N_("Liver metastasis not yet confirmed by contrast CT or MRI: confirm it first; every treatment option is "
           "provisional and none is first choice until then."),
    )
    plan.provisional_all = True
    plan.hold_treatments(2, "DX-1", N_("After confirmation"), S0_CONFIRM)


@rule("DX-2", "PET-CT when the primary is unknown or the liver mass is undetermined", S2_PET_CT)
def dx_2(s: Situation, plan: Plan) -> None:
    if s.site is PrimarySite.unknown:
        plan.propose(
            Modality.pet_ct,
            1,
            Intent.diagnostic,
            "DX-2",
            N_("The primary tumour is unknown: a whole-body PET-CT can find it and show spread elsewhere."),
            S2_PET_CT,
        )
        plan.provisional_all = True  # the treatment depends on the primary
    elif s.unclear_after_imaging:
        plan.propose(
            Modality.pet_ct,
            1,
            Intent.diagnostic,
            "DX-2",
            N_("The nature of the liver lesion is still unclear after contrast imaging: a PET-CT can clarify it."),
            S2_PET_CT,
        )


@rule("DX-5", "Biopsy when the nature of the lesion is still unclear after imaging", S2_BIOPSY, S3_PATHOLOGY)
def dx_5(s: Situation, plan: Plan) -> None:
    if not s.unclear_after_imaging:
        return
    plan.propose(
        Modality.biopsy,
        2,
        Intent.diagnostic,
        "DX-5",
        N_("If imaging still leaves the lesion unclear, a biopsy settles the diagnosis."),
        S2_BIOPSY,
        S3_PATHOLOGY,
    )
    plan.warn(
        "provisional_until_confirmed",
        "DX-5",
        N_("The liver lesion is still unclear after contrast imaging: treatment options are provisional."),
    )
    plan.provisional_all = True


@rule("DX-4", "Consider primary hepatocellular carcinoma", S3_HCC_SIGNS, S2_HCC_MARKERS)
def dx_4(s: Situation, plan: Plan) -> None:
    f = s.f
    if not s.lesion or s.site is PrimarySite.hepatocellular:
        return
    signs = []
    if f.hbv_or_hcv_positive:
        signs.append(N_("hepatitis B/C markers positive"))
    if f.cirrhosis:
        signs.append(N_("cirrhosis"))
    if f.afp_ng_ml is not None and f.afp_ng_ml >= s.p.afp_marked_ng_ml:
        signs.append(f"AFP {f.afp_ng_ml:g} ng/mL")
    if signs:
        plan.warn(
            "consider_primary_hcc",
            "DX-4",
            msg("Consider primary hepatocellular carcinoma in the differential ({signs}).", signs=signs),
        )


@rule("DX-6", "CEA for colorectal primaries", S3_CEA)
def dx_6(s: Situation, plan: Plan) -> None:
    if s.site is PrimarySite.colorectal and s.f.cea_ng_ml is None:
        plan.need("cea_ng_ml")  # CEA is positive in 60-70% of colorectal liver metastases


@rule("DX-3", "Liver function and coagulation before surgery or ablation", S2_LIVER_FUNCTION)
def dx_3(s: Situation, plan: Plan) -> None:
    f = s.f
    if f.bilirubin_umol_l is not None and f.albumin_g_l is not None and f.inr is not None:
        return
    proposed = [m for m in SURGICAL if m in plan.options and m not in plan.excluded]
    if not proposed:
        return
    lacking = [n for n in LIVER_FUNCTION if getattr(f, n) is None]
    plan.need(*lacking)
    plan.warn(
        "missing_liver_function",
        "DX-3",
        msg("Liver function (bilirubin, albumin, transaminases) and coagulation are needed before surgery or "
            "ablation; missing: {missing}.", missing=fields(*lacking)),
    )
    for m in proposed:
        plan.make_provisional(m)
