"""Catalogue section C: synchronous metastases, found while the primary is in place (SYNC-1 .. SYNC-5)."""

from __future__ import annotations

from ...i18n import N_, Msg, msg
from ..plan import Plan
from ..situation import Situation, Tri, all_of, fact, negate
from ..sources import (
    S0_ABLATION_UNFIT,
    S0_RESECT_BOTH,
    S0_WELL_LOCATED,
    S2_CRC_EMERGENCY,
    S2_CRC_ONE_OPERATION,
)
from ..vocabulary import Intent, Modality, OptionTiming
from .base import rule

H, A, P = Modality.hepatectomy, Modality.ablation, Modality.primary_resection


def sync_4_applies(s: Situation) -> Tri:
    """Small, few lesions and an old, frail or unwilling patient. Needs the size known: it demotes resection."""
    if s.small[0] is not True:
        return False, ()
    return all_of(s.ablation, s.frail)


def _why_not_liver_surgery(s: Situation) -> str:
    f, p = s.f, s.p
    reasons: list[str] = []
    if f.age_years is not None and f.age_years >= p.elderly_age:
        reasons.append(msg("is {age}", age=f.age_years))
    if f.ecog is not None and f.ecog >= p.poor_ecog:
        reasons.append(msg("has ECOG {ecog}", ecog=f.ecog))
    if f.fit_for_major_surgery is False:
        reasons.append(N_("is not fit for major surgery"))
    if f.accepts_surgery is False:
        reasons.append(N_("does not want liver surgery"))
    if not reasons:
        return N_("may be old, frail or unwilling to have liver surgery")
    text = reasons[0]
    for more in reasons[1:]:
        text = msg("{first} and {second}", first=text, second=more)
    return text


def _by_sync_1(plan: Plan) -> bool:
    return plan.proposed_by(H, "SYNC-1")


@rule(
    "SYNC-4",
    "Resect the primary and ablate small liver lesions in old, frail or unwilling patients",
    S0_ABLATION_UNFIT,
)
def sync_4(s: Situation, plan: Plan) -> None:
    applies, missing = sync_4_applies(s)
    if applies is False:
        return
    plan.need(*missing)
    text: Msg = msg("Small, few liver lesions and the patient {why}: resect the primary and ablate the liver lesions.",
                    why=_why_not_liver_surgery(s))
    plan.propose(P, 1, Intent.curative, "SYNC-4", text, S0_ABLATION_UNFIT, provisional=applies is None)
    plan.propose(A, 1, Intent.curative, "SYNC-4", text, S0_ABLATION_UNFIT, provisional=applies is None)
    resectable, rmissing = s.liver_resectable
    if resectable is not False:
        plan.need(*rmissing)
        plan.propose(
            H,
            2,
            Intent.curative,
            "SYNC-4",
            N_("Liver resection remains the alternative where the lesions are resectable."),
            S0_ABLATION_UNFIT,
            provisional=applies is None or resectable is None,
        )


@rule("SYNC-1", "Resect primary and liver metastases when both are radically resectable", S0_RESECT_BOTH)
def sync_1(s: Situation, plan: Plan) -> None:
    if sync_4_applies(s)[0] is True:
        return  # SYNC-4 takes precedence
    resection, missing = s.resection
    if resection is False:
        return
    plan.need(*missing)
    if resection:
        text = N_("Primary and liver metastases are both resectable, with no extensive disease elsewhere: resect both with curative intent.")
    else:
        text = N_("If primary and liver metastases prove resectable, with no extensive disease elsewhere, resect both with curative intent.")
    plan.propose(P, 1, Intent.curative, "SYNC-1", text, S0_RESECT_BOTH, provisional=resection is None)
    plan.propose(H, 1, Intent.curative, "SYNC-1", text, S0_RESECT_BOTH, provisional=resection is None)


@rule("SYNC-2", "One operation when liver function and general condition allow", S2_CRC_ONE_OPERATION)
def sync_2(s: Situation, plan: Plan) -> None:
    if not _by_sync_1(plan) or s.f.emergency_primary_surgery:
        return
    f, p = s.f, s.p
    allows, missing = all_of(
        s.liver_function_good,
        fact("fit_for_major_surgery", f.fit_for_major_surgery),
        negate((None, ("ecog",)) if f.ecog is None else (f.ecog >= p.poor_ecog, ())),
    )
    if allows is None:
        plan.need(*missing)
        return
    timing = OptionTiming.simultaneous if allows else OptionTiming.staged
    for m in (P, H):
        plan.set_timing(m, timing, "SYNC-2", S2_CRC_ONE_OPERATION)
    if not allows:
        plan.support(
            H, "SYNC-2", note=N_("Liver function or general condition does not allow one operation: stage it.")
        )


@rule("SYNC-5", "Ablation beside resection for small, well-located lesions", S0_WELL_LOCATED)
def sync_5(s: Situation, plan: Plan) -> None:
    if not _by_sync_1(plan) or s.small[0] is not True:
        return
    suits, missing = s.ablation_well_placed
    if suits is False:
        return
    plan.need(*missing)
    plan.propose(
        A,
        2,
        Intent.curative,
        "SYNC-5",
        N_("The lesions are small and well located: ablation is an alternative with an effect similar to resection and less damage to liver and body."),
        S0_WELL_LOCATED,
        provisional=suits is None,
    )


@rule("SYNC-3", "Emergency surgery for the primary first; liver treatment staged", S2_CRC_EMERGENCY)
def sync_3(s: Situation, plan: Plan) -> None:
    if not s.f.emergency_primary_surgery:
        return
    intent = Intent.palliative if s.local[0] is False else Intent.curative
    plan.propose(
        P,
        1,
        intent,
        "SYNC-3",
        N_("Emergency surgery for the primary (e.g. obstruction) comes first; the liver metastases are treated in a later operation, not at the same time."),
        S2_CRC_EMERGENCY,
    )
    for m in (H, A):
        plan.set_timing(m, OptionTiming.staged, "SYNC-3", S2_CRC_EMERGENCY)


# Order matters: SYNC-4 before SYNC-1 (precedence), SYNC-2 and SYNC-5 refine SYNC-1, SYNC-3 sets timing last.
RULES = (sync_4, sync_1, sync_2, sync_5, sync_3)
