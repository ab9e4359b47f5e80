"""Catalogue section F: primary-specific pathways (CRC-1..5, BR-1..2, OV-1, NET-1..2, LUNG-1, HCC-1).

They run after section E and override it where the sources say so (caps, extra options)."""

from __future__ import annotations

from ...i18n import N_, msg
from ..plan import Plan
from ..recommendation import SourceRef
from ..situation import Situation, all_of, fact
from ..sources import (
    S1_HCC_RESECTABLE,
    S1_HCC_UNRESECTABLE,
    S2_BREAST_CHEMO,
    S2_BREAST_LOCAL,
    S2_CRC_ABLATION,
    S2_CRC_AGAIN,
    S2_CRC_EXTRAHEPATIC,
    S2_CRC_FLR,
    S2_CRC_RECURRENCE,
    S2_CRC_SIZE_NO_BAR,
    S2_LUNG_ARTERIAL,
    S2_LUNG_CHEMO_RT,
    S2_LUNG_SURGERY_RARE,
    S2_NET_DEBULKING,
    S2_NET_RESECT,
    S2_NET_SSA,
    S2_OVARIAN_CHEMO,
    S2_OVARIAN_STAGED,
    S4_CRC_BEYOND_LIVER,
    S4_IMMUNOTHERAPY,
)
from ..vocabulary import ExtrahepaticDisease, Intent, Modality, OptionTiming, PrimarySite, Response
from .base import RuleFn, rule

H, A, P = Modality.hepatectomy, Modality.ablation, Modality.primary_resection
CHEMO, RT, VASC = Modality.systemic_chemotherapy, Modality.radiotherapy, Modality.hepatic_arterial_therapy
ETHANOL = Modality.ethanol_injection

#: local modalities: section E ranks them (ORDER-1 .. VASC-1); a section F pathway overrides E for all of them
LOCAL = (P, H, A, ETHANOL, RT, VASC)


def f_overrides_e(
    s: Situation, plan: Plan, rule: str, note: str, *sources: SourceRef, keep: tuple[Modality, ...] = ()
) -> None:
    """Catalogue section E applies to "all primaries unless F overrides": where a section F pathway makes another
    treatment the main one (tier 1), no local modality stands beside it in tier 1 unless the pathway names it
    (`keep`). Emergency surgery for the primary (SYNC-3) is not a choice of pathway and keeps its place."""
    for m in LOCAL:
        if m in keep or (m is P and s.f.emergency_primary_surgery):
            continue
        plan.cap(m, 2, rule, note, *sources)


# ----------------------------------------------------------------- colorectal
@rule("CRC-1", "Colorectal: resectable when enough liver remains", S2_CRC_FLR, S2_CRC_SIZE_NO_BAR)
def crc_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.colorectal:
        return
    flr, minimum = s.f.future_liver_remnant_pct, s.p.min_flr_pct
    if flr is None:
        return  # listed as missing by the resection rules when it matters
    if flr < minimum:
        plan.exclude(
            H,
            "CRC-1",
            msg("The future liver remnant of {flr:g}% is below the {minimum:g}% needed for a safe resection.",
                flr=flr, minimum=minimum),
            S2_CRC_FLR,
        )
        plan.warn(
            "insufficient_liver_remnant",
            "CRC-1",
            msg("Future liver remnant {flr:g}% is below {minimum:g}%: liver resection is excluded.", flr=flr, minimum=minimum),
        )
    else:
        plan.support(H, "CRC-1", S2_CRC_FLR, S2_CRC_SIZE_NO_BAR)


@rule("CRC-2", "Colorectal: resectable extrahepatic metastases do not exclude resection", S2_CRC_EXTRAHEPATIC)
def crc_2(s: Situation, plan: Plan) -> None:
    if s.site is PrimarySite.colorectal and s.f.extrahepatic_disease is ExtrahepaticDisease.resectable:
        plan.support(
            H,
            "CRC-2",
            S2_CRC_EXTRAHEPATIC,
            note=N_("The resectable metastases outside the liver (lung, peritoneal implants, hilar nodes) are removed as well."),
        )


@rule(
    "CRC-3", "Colorectal: repeat resection for recurrence after hepatectomy", S2_CRC_AGAIN, S2_CRC_RECURRENCE
)
def crc_3(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.colorectal or s.f.recurrence_after_hepatectomy is not True:
        return
    feasible, missing = s.resection
    if feasible is False:
        return
    plan.need(*missing)
    plan.propose(
        H,
        1,
        Intent.curative,
        "CRC-3",
        N_("Recurrence after an earlier liver resection: a repeat resection gives survival similar to the first."),
        S2_CRC_AGAIN,
        S2_CRC_RECURRENCE,
        provisional=feasible is None,
    )


@rule("CRC-4", "Colorectal: ablation for small lesions when open surgery is not possible", S2_CRC_ABLATION)
def crc_4(s: Situation, plan: Plan) -> None:
    if (
        s.site is not PrimarySite.colorectal
        or s.f.fit_for_major_surgery is not False
        or s.small[0] is not True
    ):
        return
    feasible, missing = s.ablation
    if feasible is False:
        return
    plan.need(*missing)
    plan.propose(
        A,
        1,
        Intent.curative,
        "CRC-4",
        N_("Not fit for open surgery and the lesions are small: radiofrequency or microwave ablation through the skin."),
        S2_CRC_ABLATION,
        provisional=feasible is None,
    )


@rule(
    "CRC-5",
    "Colorectal beyond the liver: systemic chemotherapy, immunotherapy with it",
    S4_CRC_BEYOND_LIVER,
    S4_IMMUNOTHERAPY,
)
def crc_5(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.colorectal or s.extensive[0] is not True:
        return
    plan.propose(
        CHEMO,
        1,
        Intent.palliative,
        "CRC-5",
        N_("Colorectal cancer has spread beyond the liver and cannot be resected: systemic chemotherapy is the better option."),
        S4_CRC_BEYOND_LIVER,
    )
    plan.propose(
        Modality.immunotherapy,
        2,
        Intent.palliative,
        "CRC-5",
        N_("Immunotherapy added to chemotherapy has an additive effect."),
        S4_IMMUNOTHERAPY,
    )
    f_overrides_e(
        s, plan, "CRC-5", N_("beyond the liver, systemic chemotherapy is the better option."), S4_CRC_BEYOND_LIVER
    )


# --------------------------------------------------------------------- breast
@rule("BR-1", "Breast: systemic chemotherapy first", S2_BREAST_CHEMO)
def br_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.breast:
        return
    plan.propose(
        CHEMO,
        1,
        Intent.palliative,
        "BR-1",
        N_("Breast cancer responds well to chemotherapy (anthracyclines, paclitaxel, 5-FU, vincristine), the preferred "
        "first treatment of its liver metastases."),
        S2_BREAST_CHEMO,
    )
    f_overrides_e(s, plan, "BR-1", N_("for breast cancer chemotherapy comes first."), S2_BREAST_CHEMO)


@rule("BR-2", "Breast: resection or ablation when disease is limited after chemotherapy", S2_BREAST_LOCAL)
def br_2(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.breast:
        return
    f = s.f
    response = f.response_to_systemic_therapy
    ready, missing = all_of(
        fact("prior_systemic_therapy", f.prior_systemic_therapy),
        fact(
            "response_to_systemic_therapy", None if response is None else response is not Response.progression
        ),
        s.liver_function_good,
    )
    for (feasible, fmissing), m in ((s.resection, H), (s.ablation, A)):
        if feasible is False:
            continue
        if ready is False:
            if plan.has(m):  # local treatment waits for a limited response to chemotherapy
                plan.make_provisional(m)
                plan.support(
                    m,
                    "BR-2",
                    S2_BREAST_LOCAL,
                    note=N_("Reconsider after chemotherapy if the disease becomes limited and liver function is good."),
                )
            continue
        plan.need(*missing, *fmissing)
        plan.propose(
            m,
            2,
            Intent.curative,
            "BR-2",
            N_("Disease limited after chemotherapy and good liver function: resection or ablation can still be considered."),
            S2_BREAST_LOCAL,
            provisional=ready is None or feasible is None,
        )


# -------------------------------------------------------------------- ovarian
@rule(
    "OV-1",
    "Ovarian: chemotherapy; staged surgery where radical resection is possible",
    S2_OVARIAN_CHEMO,
    S2_OVARIAN_STAGED,
)
def ov_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.ovarian:
        return
    feasible, missing = s.resection
    plan.propose(
        CHEMO,
        1,
        Intent.palliative if feasible is False else Intent.adjuvant,
        "OV-1",
        N_("Most ovarian cancers are sensitive to chemotherapy, which makes resection of liver metastases worthwhile."),
        S2_OVARIAN_CHEMO,
    )
    f_overrides_e(
        s,
        plan,
        "OV-1",
        N_("for ovarian cancer chemotherapy, with staged resection where it can be radical, comes first."),
        S2_OVARIAN_CHEMO,
        keep=(H, P) if feasible is not False else (),
    )
    if feasible is False:
        return
    plan.need(*missing)
    one_operation = plan.timing(H) is OptionTiming.simultaneous  # SYNC-2 found one operation possible
    plan.propose(
        H,
        1,
        Intent.curative,
        "OV-1",
        N_("Radical resection is possible: staged surgery is recommended."),
        S2_OVARIAN_STAGED,
        timing=OptionTiming.staged,
        provisional=feasible is None,
    )
    # Staged surgery separates the operations on the primary and the liver: both are staged, never
    # one of them "in one operation" beside the other staged.
    for m in (H, P):
        plan.set_timing(m, OptionTiming.staged, "OV-1", S2_OVARIAN_STAGED)
    if one_operation:
        plan.support(
            H, "OV-1", note=N_("For an ovarian primary, staged surgery is recommended rather than one operation.")
        )


# ------------------------------------------------------------ neuroendocrine
@rule(
    "NET-1",
    "Neuroendocrine, resectable: lobectomy; ethanol injection beside it",
    S2_NET_RESECT,
    S2_NET_DEBULKING,
)
def net_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.neuroendocrine:
        return
    feasible, missing = s.resection
    if feasible is False:
        return
    plan.need(*missing)
    plan.propose(
        H,
        1,
        Intent.curative,
        "NET-1",
        N_("Neuroendocrine metastases grow slowly: resection (lobectomy) is the main treatment, and even partial "
        "debulking relieves symptoms."),
        S2_NET_RESECT,
        S2_NET_DEBULKING,
        provisional=feasible is None,
    )
    plan.propose(
        Modality.ethanol_injection,
        2,
        Intent.curative,
        "NET-1",
        N_("Ethanol injection into the lesions can be done in the same operation."),
        S2_NET_RESECT,
        provisional=feasible is None,
    )
    f_overrides_e(
        s,
        plan,
        "NET-1",
        N_("for neuroendocrine metastases resection (lobectomy) comes first."),
        S2_NET_RESECT,
        keep=(H, P),
    )


@rule("NET-2", "Neuroendocrine, not radically resectable: somatostatin analogue first-line", S2_NET_SSA)
def net_2(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.neuroendocrine or s.resection[0] is not False:
        return
    plan.propose(
        Modality.somatostatin_analogue,
        1,
        Intent.palliative,
        "NET-2",
        N_("Not radically resectable: a somatostatin analogue is the first-line treatment."),
        S2_NET_SSA,
    )
    plan.cap(
        CHEMO, 2, "NET-2", N_("a somatostatin analogue comes first for neuroendocrine metastases."), S2_NET_SSA
    )
    f_overrides_e(
        s, plan, "NET-2", N_("a somatostatin analogue comes first for neuroendocrine metastases."), S2_NET_SSA
    )


# ----------------------------------------------------------------------- lung
@rule(
    "LUNG-1",
    "Lung: chemotherapy; radiotherapy and arterial perfusion beside it; surgery uncommon",
    S2_LUNG_CHEMO_RT,
    S2_LUNG_ARTERIAL,
    S2_LUNG_SURGERY_RARE,
)
def lung_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.lung:
        return
    plan.propose(
        CHEMO,
        1,
        Intent.palliative,
        "LUNG-1",
        N_("Liver metastases of lung cancer progress quickly: chemotherapy is the main treatment."),
        S2_LUNG_CHEMO_RT,
    )
    plan.propose(
        RT,
        2,
        Intent.palliative,
        "LUNG-1",
        N_("Radiotherapy plays a growing role beside chemotherapy."),
        S2_LUNG_CHEMO_RT,
    )
    plan.propose(
        VASC,
        2,
        Intent.palliative,
        "LUNG-1",
        N_("Hepatic arterial perfusion chemotherapy prolongs survival with few side effects."),
        S2_LUNG_ARTERIAL,
    )
    f_overrides_e(
        s,
        plan,
        "LUNG-1",
        N_("for lung cancer chemotherapy is the main means; surgery is seldom suitable."),
        S2_LUNG_CHEMO_RT,
        S2_LUNG_SURGERY_RARE,
    )


# -------------------------------------------------- hepatocellular (differential)
@rule(
    "HCC-1",
    "Primary hepatocellular carcinoma: resect if resectable, else interventional therapy",
    S1_HCC_RESECTABLE,
    S1_HCC_UNRESECTABLE,
)
def hcc_1(s: Situation, plan: Plan) -> None:
    if s.site is not PrimarySite.hepatocellular:
        return
    # LIVER-1 takes precedence: a failing liver is not resected (it also excludes resection, AFTER)
    feasible, missing = all_of(
        (not s.liver_fails, ()), fact("liver_resectable", s.f.liver_resectable), s.operable
    )
    plan.need(*missing)
    if feasible is not False:
        plan.propose(
            H,
            1,
            Intent.curative,
            "HCC-1",
            N_("Hepatocellular carcinoma that can be resected should be resected."),
            S1_HCC_RESECTABLE,
            provisional=feasible is None,
        )
    if feasible is not True:
        plan.propose(
            VASC,
            1 if feasible is False else 2,
            Intent.palliative,
            "HCC-1",
            N_("Hepatocellular carcinoma that cannot be resected is treated by interventional therapy, at any stage."),
            S1_HCC_UNRESECTABLE,
            provisional=feasible is None,
        )


RULES = (crc_1, crc_2, crc_3, crc_4, crc_5, br_1, br_2, ov_1, net_1, net_2, lung_1)

#: the rules of each primary site (each rule also checks its site itself)
BY_SITE: dict[PrimarySite, tuple[RuleFn, ...]] = {
    PrimarySite.colorectal: (crc_1, crc_2, crc_3, crc_4, crc_5),
    PrimarySite.breast: (br_1, br_2),
    PrimarySite.ovarian: (ov_1,),
    PrimarySite.neuroendocrine: (net_1, net_2),
    PrimarySite.lung: (lung_1,),
}
