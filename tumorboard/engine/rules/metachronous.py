"""Catalogue section D: metachronous metastases, after radical resection of the primary (META-1 .. META-4)."""

from __future__ import annotations

from ...i18n import N_, msg
from ..plan import Plan
from ..situation import Situation
from ..sources import S0_LARGE, S0_RADICAL_FIRST, S0_SMALL
from ..vocabulary import Intent, Modality
from .base import rule

H, A = Modality.hepatectomy, Modality.ablation


@rule("META-2", "Large resectable lesion: resection preferred", S0_LARGE)
def meta_2(s: Situation, plan: Plan) -> None:
    if s.large[0] is not True:
        return
    resection, missing = s.resection
    if resection is False:
        return
    plan.need(*missing)
    plan.propose(
        H,
        1,
        Intent.curative,
        "META-2",
        msg("The largest lesion is {size:g} cm (at least {limit:g} cm): liver resection is preferred if it proves resectable.",
            size=s.f.largest_lesion_cm, limit=s.p.large_lesion_cm) if resection is None else
        msg("The largest lesion is {size:g} cm (at least {limit:g} cm): liver resection is preferred.",
            size=s.f.largest_lesion_cm, limit=s.p.large_lesion_cm),
        S0_LARGE,
        provisional=resection is None,
    )


# S0 §3 reads "small and there exists little distance from the cavernous organs such as gallbladder and
# major bile ducts, radiofrequency ablation may also be preferred"; "cavernous organs" renders *hollow
# organs*, and ablation next to them risks perforation, so the catalogue reads it as "small and at a safe
# distance from hollow organs" (META-3) and warns when the lesion abuts them (META-4).
@rule("META-3", "Small lesions away from hollow structures: ablation first, resection second", S0_SMALL)
def meta_3(s: Situation, plan: Plan) -> None:
    if s.small[0] is not True:
        return  # needs the size known: it puts resection second
    suits, missing = s.ablation_well_placed
    if suits is False:
        return
    plan.need(*missing)
    plan.propose(
        A,
        1,
        Intent.curative,
        "META-3",
        msg("Small lesions (up to {limit:g} cm) away from the gallbladder and major bile ducts: ablation is first choice, resection the alternative.",
            limit=s.p.small_lesion_cm),
        S0_SMALL,
        provisional=suits is None,
    )
    resection, rmissing = s.resection
    if resection is not False:
        plan.need(*rmissing)
        plan.propose(
            H,
            2,
            Intent.curative,
            "META-3",
            N_("Liver resection is the alternative to ablation for small lesions."),
            S0_SMALL,
            provisional=suits is None or resection is None,
        )


@rule("META-1", "After the primary is removed, treatments with radical potential first", S0_RADICAL_FIRST)
def meta_1(s: Situation, plan: Plan) -> None:
    for (feasible, missing), modality, what in (
        (s.resection, H, N_("liver resection")),
        (s.ablation, A, N_("ablation")),
    ):
        if feasible is False:
            continue
        if plan.has(modality):
            plan.support(modality, "META-1", S0_RADICAL_FIRST)
            continue
        plan.need(*missing)
        plan.propose(
            modality,
            1,
            Intent.curative,
            "META-1",
            msg("Liver metastases after the primary was removed: {what} has radical potential and comes first if it proves feasible.", what=what)
            if feasible is None else
            msg("Liver metastases after the primary was removed: {what} has radical potential and comes first.", what=what),
            S0_RADICAL_FIRST,
            provisional=feasible is None,
        )


@rule(
    "META-4", "Small lesion next to the gallbladder or a major bile duct: ablation not first choice", S0_SMALL
)
def meta_4(s: Situation, plan: Plan) -> None:
    if s.f.adjacent_to_hollow_structure is not True or s.small[0] is not True or not plan.has(A):
        return
    plan.warn(
        "ablation_near_hollow_structure",
        "META-4",
        N_("A small lesion abuts the gallbladder or a major bile duct: thermal ablation risks perforation and "
           "bile-duct injury, so resection is preferred where feasible."),
    )
    plan.cap(A, 2, "META-4", N_("the lesion abuts the gallbladder or a major bile duct."), S0_SMALL)
    if plan.has(H) and s.resection[0] is not False:
        plan.propose(
            H,
            1,
            Intent.curative,
            "META-4",
            N_("Resection is preferred because ablation next to the gallbladder or a bile duct risks injury."),
            S0_SMALL,
            provisional=plan.is_provisional(H),
        )


# Specific rules first; META-1 then adds what they did not settle. META-4 runs after all sections.
RULES = (meta_2, meta_3, meta_1)
