"""Catalogue section B: surveillance (SURV-1, SURV-2)."""

from __future__ import annotations

from ...i18n import msg
from ..plan import Plan
from ..situation import HIGH_RISK, Situation
from ..sources import S0_CONFIRM, S0_SURVEILLANCE
from ..vocabulary import Imaging, Intent, LiverMets, Modality, OptionTiming
from .base import rule


@rule("SURV-1", "Ultrasound surveillance of the liver for high-risk primaries", S0_SURVEILLANCE)
def surv_1(s: Situation, plan: Plan) -> None:
    f = s.f
    if f.liver_mets is None:
        plan.need("liver_mets")
        return
    if f.liver_mets is not LiverMets.none or s.site not in HIGH_RISK:
        return
    treated = bool(f.primary_resected or f.prior_systemic_therapy)
    unknown = not treated and f.primary_resected is None
    if unknown:
        plan.need("primary_resected")
    plan.propose(
        Modality.surveillance,
        1,
        Intent.surveillance,
        "SURV-1",
        msg("No liver metastasis and a primary at high risk of spreading to the liver: liver ultrasound every "
            "{months} months.", months=s.p.surveillance_us_months) if treated else
        msg("No liver metastasis and a primary at high risk of spreading to the liver: liver ultrasound every "
            "{months} months, once the primary is under effective treatment.", months=s.p.surveillance_us_months),
        S0_SURVEILLANCE,
        timing=None if treated else OptionTiming.after_primary,
        provisional=unknown,
    )


@rule("SURV-2", "A lesion found on surveillance ultrasound goes to confirmation (DX-1)", S0_CONFIRM)
def surv_2(s: Situation, plan: Plan) -> None:
    f = s.f
    if (
        s.needs_confirmation
        and f.liver_mets is LiverMets.suspected
        and Imaging.ultrasound in (f.confirmed_by or ())
    ):
        plan.support(Modality.confirmatory_imaging, "SURV-2", S0_CONFIRM)
