"""Catalogue section E: order of modalities, all primaries unless section F overrides
(ORDER-1, CHEMO-1, CHEMO-2, RT-1, VASC-1, VASC-2, EXT-1, EXT-2)."""

from __future__ import annotations

from ...i18n import N_, Msg, msg
from ..plan import Plan
from ..situation import DIGESTIVE, Situation, all_of
from ..sources import (
    S0_CHEMO_ADJUVANT,
    S0_CHEMO_COMBINED,
    S0_NO_EXTENSIVE,
    S0_ORDER,
    S0_RT,
    S0_RT_DRAWBACKS,
    S0_VASC_LAST,
    S1_DRUGS,
    S1_VASC_BETTER,
    S2_BREAST_LOCAL,
    S2_CRC_ONE_OPERATION,
    S2_LIVER_SURGERY_DATA,
    S4_ABLATION_ISOLATED,
    S4_EXTRAHEPATIC_NO_ABLATION,
)
from ..vocabulary import Intent, Modality, PrimarySite, label
from .base import rule

H, A = Modality.hepatectomy, Modality.ablation
CHEMO, RT, VASC = Modality.systemic_chemotherapy, Modality.radiotherapy, Modality.hepatic_arterial_therapy


@rule("ORDER-1", "Resection or ablation first, radiotherapy next, vascular intervention last", S0_ORDER)
def order_1(s: Situation, plan: Plan) -> None:
    for (feasible, missing), modality, text in (
        (s.resection, H, N_("Liver resection is feasible: with ablation, the first choice.")),
        (
            s.ablation,
            A,
            N_("The lesions are small and few enough for ablation: with resection, the first choice."),
        ),
    ):
        if feasible is False:
            continue
        if plan.has(modality):
            plan.support(modality, "ORDER-1", S0_ORDER)
            continue
        plan.need(*missing)
        if feasible is None:
            text = msg("{modality} is a first choice if it proves feasible (see missing data).", modality=label(modality))
        plan.propose(modality, 1, Intent.curative, "ORDER-1", text, S0_ORDER, provisional=feasible is None)


@rule(
    "CHEMO-1",
    "Chemotherapy only adjuvant while resection or ablation is feasible",
    S0_CHEMO_ADJUVANT,
    S0_CHEMO_COMBINED,
)
def chemo_1(s: Situation, plan: Plan) -> None:
    local = s.local[0]
    if local is False:
        return
    plan.propose(
        CHEMO,
        2,
        Intent.adjuvant,
        "CHEMO-1",
        N_("Resection or ablation is possible, so chemotherapy is only an adjuvant to it, not the main treatment."),
        S0_CHEMO_ADJUVANT,
        S0_CHEMO_COMBINED,
        provisional=local is None,
    )


@rule(
    "CHEMO-2",
    "Chemotherapy as main treatment when neither resection nor ablation is feasible",
    S0_CHEMO_ADJUVANT,
)
def chemo_2(s: Situation, plan: Plan) -> None:
    if s.local[0] is not False:
        return
    plan.propose(
        CHEMO,
        1,
        Intent.palliative,
        "CHEMO-2",
        N_("Neither resection nor ablation is possible: systemic chemotherapy becomes the main treatment."),
        S0_CHEMO_ADJUVANT,
    )


@rule(
    "RT-1",
    "Radiotherapy when resection and ablation are not possible and the liver allows",
    S0_RT,
    S0_RT_DRAWBACKS,
)
def rt_1(s: Situation, plan: Plan) -> None:
    unresectable = s.local[0] is False
    if not unresectable and s.site is not PrimarySite.lung:
        return  # lung: LUNG-1 offers radiotherapy; RT-1 still guards liver function and size
    suitable, missing = all_of(s.liver_function_rt, s.rt_size_ok)
    if suitable is False:
        reasons: list[str] = []
        if s.liver_function_rt[0] is False:
            reasons.append(N_("liver function is not Child-Pugh A or ALBI grade 1-2"))
        if s.rt_size_ok[0] is False:
            reasons.append(msg("lesions exceed {count} in number or {size:g} cm in size",
                               count=s.p.rt_max_lesions, size=s.p.rt_max_lesion_cm))
        why = reasons[0] if len(reasons) == 1 else msg("{first}; {second}", first=reasons[0], second=reasons[1])
        plan.exclude(RT, "RT-1", msg("Radiotherapy is not suitable: {why}.", why=why), S0_RT)
        return
    if not unresectable:
        return
    plan.need(*missing)
    plan.propose(
        RT,
        2,
        Intent.palliative,
        "RT-1",
        N_("Resection and ablation are not possible; radiotherapy is an option when number, size and liver function "
           "suit it, at the cost of liver damage, a long course and high cost."),
        S0_RT,
        S0_RT_DRAWBACKS,
        provisional=suitable is None,
    )


LIVER_1_SOURCES = (S2_LIVER_SURGERY_DATA, S2_CRC_ONE_OPERATION, S2_BREAST_LOCAL)


# Catalogue LIVER-1 (section E): "liver function known to be poor: Child-Pugh class {liver_fn_exclude_child_pugh=C}
# -> hepatectomy (and primary_resection + hepatectomy in one operation) and curative ablation excluded, with the
# reason; warning liver_function_limits_local_treatment. Child-Pugh class B, or ALBI grade 3 where Child-Pugh cannot
# be scored: hepatectomy and ablation not tier 1, warning to weigh liver function. Takes precedence over A-F wherever
# they propose liver surgery or ablation." Sources: S2 work-up §4 "provide necessary data for the next possible liver
# surgery"; S2 CRC "If the patient's liver function and physical condition allow"; S2 breast "the liver function is
# good"; the class cut-off is common hepatobiliary surgical practice (a parameter). Runs after every section (AFTER);
# Situation also counts a failing liver against resection and ablation, so section E's CHEMO-2, RT-1 and VASC-1 and
# section F's pathways see neither as feasible.
@rule(
    "LIVER-1",
    "Poor liver function: no liver resection or ablation (Child-Pugh C); not first choice (B)",
    *LIVER_1_SOURCES,
)
def liver_1(s: Situation, plan: Plan) -> None:
    scores = s.scores
    if s.liver_fails:
        cp = scores.child_pugh
        assert cp is not None  # liver_fails reads it
        why: Msg = msg("liver function is Child-Pugh class {cls} ({points} points)", cls=cp.class_, points=cp.points)
        plan.exclude(
            H,
            "LIVER-1",
            msg("Liver resection (alone or with the primary in one operation) is excluded: {why}.", why=why),
            *LIVER_1_SOURCES,
        )
        plan.exclude(A, "LIVER-1", msg("Curative ablation is excluded: {why}.", why=why), *LIVER_1_SOURCES)
        plan.warn(
            "liver_function_limits_local_treatment",
            "LIVER-1",
            msg("The {why}: liver resection and ablation are excluded; the liver would not tolerate them.", why=why),
        )
        return
    if not s.liver_weak or not (plan.has(H) or plan.has(A)):
        return
    cp, albi = scores.child_pugh, scores.albi
    if cp is not None:
        why = msg("liver function is Child-Pugh class {cls} ({points} points)", cls=cp.class_, points=cp.points)
    else:
        assert albi is not None  # liver_weak reads it
        why = msg("liver function is ALBI grade {grade} (Child-Pugh cannot be scored)", grade=albi.grade)
    for m in (H, A):
        plan.cap(m, 2, "LIVER-1", msg("{why}; weigh it before liver surgery or ablation.", why=why), *LIVER_1_SOURCES)
    plan.warn(
        "liver_function_limits_local_treatment",
        "LIVER-1",
        msg("The {why}: liver resection and ablation are not first choice; weigh liver function before them.", why=why),
    )


@rule("VASC-1", "Vascular intervention last, only when surgery and ablation are not possible", S0_VASC_LAST)
def vasc_1(s: Situation, plan: Plan) -> None:
    if s.local[0] is not False:
        return
    plan.propose(
        VASC,
        3,
        Intent.palliative,
        "VASC-1",
        N_("Vascular intervention (TACE, hepatic arterial infusion) has limited effect and is tried only when surgery "
           "and ablation are not possible."),
        S0_VASC_LAST,
    )


@rule(
    "VASC-2",
    "S1: interventional therapy works well for digestive-tract and breast primaries",
    S1_VASC_BETTER,
    S1_DRUGS,
)
def vasc_2(s: Situation, plan: Plan) -> None:
    if not plan.proposed_by(VASC, "VASC-1"):
        return
    if s.site not in DIGESTIVE and s.site is not PrimarySite.breast:
        return
    plan.support(
        VASC,
        "VASC-2",
        S1_VASC_BETTER,
        S1_DRUGS,
        note=N_("S1 disagrees: for digestive-tract and breast primaries it finds interventional therapy very effective, "
                "better than chemotherapy; drugs follow the primary."),
    )
    plan.warn(
        "sources_disagree",
        "VASC-2",
        N_("Sources disagree on vascular intervention: S0 §5 ranks it last, S1 finds it very effective for "
           "digestive-tract and breast primaries, better than systemic chemotherapy. Both are shown; the board weighs them."),
    )


@rule(
    "EXT-1",
    "Unresectable extrahepatic disease: no ablation as curative strategy",
    S4_EXTRAHEPATIC_NO_ABLATION,
)
def ext_1(s: Situation, plan: Plan) -> None:
    if s.extensive[0] is True:
        plan.exclude(
            A,
            "EXT-1",
            N_("Extrahepatic disease that cannot be resected: ablation is not a curative strategy."),
            S4_EXTRAHEPATIC_NO_ABLATION,
            S4_ABLATION_ISOLATED,
        )


@rule("EXT-2", "Extensive extrahepatic disease: no curative liver resection; systemic route", S0_NO_EXTENSIVE)
def ext_2(s: Situation, plan: Plan) -> None:
    if s.extensive[0] is not True:
        return
    plan.exclude(
        H,
        "EXT-2",
        N_("Extensive disease outside the liver: no curative liver resection; the systemic route is taken."),
        S0_NO_EXTENSIVE,
    )
    plan.support(CHEMO, "EXT-2", S0_CHEMO_ADJUVANT)


RULES = (order_1, chemo_1, chemo_2, rt_1, vasc_1, vasc_2, ext_1, ext_2)
