"""The rule catalogue (resources/rules/catalogue.md) as code, one module per section:

    workup.py        A  DX-1 .. DX-6
    surveillance.py  B  SURV-1, SURV-2
    synchronous.py   C  SYNC-1 .. SYNC-5
    metachronous.py  D  META-1 .. META-4
    order.py         E  ORDER-1, CHEMO-1/2, RT-1, LIVER-1, VASC-1/2, EXT-1/2
    primary.py       F  CRC-1..5, BR-1/2, OV-1, NET-1/2, LUNG-1, HCC-1
    ../followup.py   G  FU-1 .. FU-4          ../scores.py  H

Each rule is a function (Situation, Plan) -> None decorated with its id,
title and source excerpts; REGISTRY lists them all.
"""

from __future__ import annotations

from ..sources import S0_SURVEILLANCE, S2_CRC_RECURRENCE
from ..vocabulary import PrimarySite
from . import metachronous, order, primary, surveillance, synchronous, workup
from .base import REGISTRY, RuleFn, RuleInfo, register

RULE_SET_NAME = "tumorboard-liver-metastases"
# Bump on any change of rule logic, wording of a rule's effect, or the shipped parameter defaults.
RULE_SET_VERSION = "1.2.0"

register("FU-1", "followup", "Surveillance: liver ultrasound every surveillance_us_months", S0_SURVEILLANCE)
register(
    "FU-2",
    "followup",
    "After hepatectomy: contrast CT/MRI + CEA, intensive then later intervals",
    S2_CRC_RECURRENCE,
)
register("FU-3", "followup", "After ablation: contrast CT/MRI at 1 month, then every 3 months for 2 years")
register("FU-4", "followup", "On systemic therapy: response imaging every on_treatment_months")

#: every rule id in the catalogue's order (resources/rules/catalogue.md); REGISTRY follows it
CATALOGUE_IDS = (
    "DX-1", "DX-2", "DX-3", "DX-4", "DX-5", "DX-6",
    "SURV-1", "SURV-2",
    "SYNC-1", "SYNC-2", "SYNC-3", "SYNC-4", "SYNC-5",
    "META-1", "META-2", "META-3", "META-4",
    "ORDER-1", "CHEMO-1", "CHEMO-2", "RT-1", "LIVER-1", "VASC-1", "VASC-2", "EXT-1", "EXT-2",
    "CRC-1", "CRC-2", "CRC-3", "CRC-4", "CRC-5", "BR-1", "BR-2", "OV-1", "NET-1", "NET-2", "LUNG-1", "HCC-1",
    "FU-1", "FU-2", "FU-3", "FU-4",
)  # fmt: skip
_coded = dict(REGISTRY)
REGISTRY.clear()
REGISTRY.update({rid: _coded.pop(rid) for rid in CATALOGUE_IDS})
if _coded:
    raise RuntimeError(f"rules coded but not in the catalogue: {sorted(_coded)}")

#: before the treatment sections: diagnosis and surveillance
BEFORE: tuple[RuleFn, ...] = (
    workup.dx_1,
    surveillance.surv_2,
    workup.dx_2,
    workup.dx_5,
    workup.dx_4,
    workup.dx_6,
    surveillance.surv_1,
)
SYNCHRONOUS = synchronous.RULES
METACHRONOUS = metachronous.RULES
ORDER = order.RULES
PRIMARY = primary.RULES
PRIMARY_BY_SITE = primary.BY_SITE
HEPATOCELLULAR: tuple[RuleFn, ...] = (primary.hcc_1,)
#: after every section: safety caps and data checks that look at the whole plan
AFTER: tuple[RuleFn, ...] = (metachronous.meta_4, order.liver_1, workup.dx_3)

# The same rules in the same order, less those that cannot act (tests/core/engine/test_engine_dispatch.py):
#: with a liver lesion, BEFORE less SURV-1 (it only acts when there is none)
WORKUP_LESION: tuple[RuleFn, ...] = tuple(r for r in BEFORE if r is not surveillance.surv_1)
#: without one, the rules that do not read the lesion; nothing is proposed for the AFTER checks to act on
WORKUP_NO_LESION: tuple[RuleFn, ...] = (workup.dx_2, workup.dx_6, surveillance.surv_1)


def treatment_rules(site: PrimarySite, path: str | None) -> tuple[RuleFn, ...]:
    """Sections C or D (by path), E and F (by site), then AFTER: what runs for a liver lesion."""
    if site is PrimarySite.hepatocellular:
        return HEPATOCELLULAR + AFTER
    by_path = SYNCHRONOUS if path == "synchronous" else METACHRONOUS if path == "metachronous" else ()
    return by_path + ORDER + PRIMARY_BY_SITE.get(site, ()) + AFTER


#: treatment_rules for every site and path, joined once
TREATMENT: dict[tuple[PrimarySite, str | None], tuple[RuleFn, ...]] = {
    (site, path): treatment_rules(site, path)
    for site in PrimarySite
    for path in (None, "synchronous", "metachronous")
}

__all__ = [
    "RULE_SET_NAME",
    "RULE_SET_VERSION",
    "REGISTRY",
    "CATALOGUE_IDS",
    "RuleInfo",
    "RuleFn",
    "BEFORE",
    "SYNCHRONOUS",
    "METACHRONOUS",
    "ORDER",
    "PRIMARY",
    "PRIMARY_BY_SITE",
    "HEPATOCELLULAR",
    "AFTER",
    "WORKUP_LESION",
    "WORKUP_NO_LESION",
    "TREATMENT",
    "treatment_rules",
]
