"""Synthetic patients and case facts for the demo: every primary site and every
pathway of the rule catalogue (resources/rules/catalogue.md), names in Latin and Chinese script."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from tumorboard.engine.vocabulary import PrimarySite

#: what a pathway generator gives: the case facts (column names) and the question for the board
Pathway = tuple[dict[str, Any], str]

LATIN_FIRST = {
    "female": ["Anna", "Maria", "Ingrid", "Sofia", "Fatima", "Olga", "Chloé", "Eva", "Zoë", "Léa", "Agnieszka",
               "Mary", "Aisha"],
    "male": ["Hans", "José", "Lukas", "Mehmet", "Pierre", "Jan", "Ahmed", "Björn", "Tomasz", "John", "David"],
}
LATIN_LAST = [
    "Müller", "Schmidt", "García", "Ødegaard", "Rossi", "Novák", "Dubois", "Yılmaz", "Kowalski", "Smith",
    "Jensen", "O'Brien", "Papadopoulos", "Nguyen", "Fernández", "Weiß", "Lindqvist", "Haddad", "Costa", "Brown",
]
CHINESE_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "欧阳"]
CHINESE_GIVEN = {
    "female": ["芳", "娜", "秀英", "敏", "静", "丽", "艳", "娟", "秀兰", "霞"],
    "male": ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超"],
}
#: primaries of one sex only (breast: about 1 in 100 patients is a man)
FEMALE_SITES = {"ovarian": 1.0, "uterine_cervical": 1.0, "breast": 0.99}

HIGH_RISK = ["colorectal", "gastric", "small_bowel", "esophageal", "pancreatic", "biliary", "lung", "breast"]
DIGESTIVE = ["gastric", "small_bowel", "esophageal", "pancreatic", "biliary"]


def person(rng: random.Random, site: str) -> tuple[str, str]:
    """(name, sex) in Latin (about 60 %) or Chinese script; the sex fits the primary site and the given name."""
    sex = "female" if rng.random() < FEMALE_SITES.get(site, 0.5) else "male"
    if rng.random() < 0.4:
        return rng.choice(CHINESE_SURNAMES) + rng.choice(CHINESE_GIVEN[sex]), sex
    return f"{rng.choice(LATIN_LAST)}, {rng.choice(LATIN_FIRST[sex])}", sex


def _ecog(r: float) -> int:
    return 0 if r < 0.5 else 1 if r < 0.9 else 2  # most cases fit (5 : 4 : 1)


def _labs(rng: random.Random, f: dict[str, Any], child_pugh_a: bool = True) -> None:
    f["bilirubin_umol_l"] = round(rng.uniform(6, 30 if child_pugh_a else 60), 1)
    f["albumin_g_l"] = round(rng.uniform(36, 46) if child_pugh_a else rng.uniform(26, 36), 1)
    f["inr"] = round(rng.uniform(0.9, 1.3 if child_pugh_a else 2.0), 2)
    f["ascites"], f["encephalopathy"] = "none", "none"


def _base(rng: random.Random, site: str, detected: date) -> dict[str, Any]:
    f: dict[str, Any] = {
        "primary_site": site,
        "age_years": rng.randint(38, 84),
        "ecog": _ecog(rng.random()),
        "fit_for_major_surgery": True,
        "accepts_surgery": True,
        "liver_mets": "confirmed",
        "liver_mets_detected_on": detected,
        "confirmed_by": rng.choice((["ct"], ["mri"], ["ct", "mri"], ["ultrasound", "ct"])),
        "extrahepatic_disease": "none",
        "lesion_count": rng.randint(1, 4),
        "largest_lesion_cm": round(rng.uniform(1.0, 5.0), 1),
        "adjacent_to_hollow_structure": False,
        "cirrhosis": False,
        "hbv_or_hcv_positive": False,
    }
    _labs(rng, f)
    if site == "colorectal" and rng.random() < 0.9:  # DX-6 when left out
        f["cea_ng_ml"] = round(rng.uniform(1, 250), 1)
    return f


def _synchronous(rng: random.Random, f: dict[str, Any], detected: date) -> None:
    f.update(timing="synchronous", primary_resected=False, primary_resectable=True,
             primary_diagnosed_on=detected - timedelta(days=rng.randint(0, 60)))


def _metachronous(rng: random.Random, f: dict[str, Any], detected: date) -> None:
    months = rng.randint(8, 60)
    f.update(timing="metachronous", primary_resected=True, primary_diagnosed_on=detected - timedelta(days=30 * months),
             disease_free_interval_months=float(months - rng.randint(1, 6)), node_positive_primary=rng.random() < 0.5)


def surveillance(rng: random.Random, d: date) -> Pathway:  # SURV-1, FU-1
    f = _base(rng, rng.choice(HIGH_RISK), d)
    f.update(liver_mets="none", primary_resected=True, primary_diagnosed_on=d - timedelta(days=rng.randint(30, 400)),
             confirmed_by=None, lesion_count=None, largest_lesion_cm=None, liver_mets_detected_on=None)
    return f, "Surveillance after primary treatment"


def suspected(rng: random.Random, d: date) -> Pathway:  # DX-1, SURV-2, DX-5
    f = _base(rng, rng.choice(HIGH_RISK), d)
    unclear = rng.random() < 0.4  # still unclear after contrast CT: DX-2 / DX-5
    f.update(liver_mets="suspected", confirmed_by=["ultrasound", "ct"] if unclear else ["ultrasound"], primary_resected=True)
    return f, "Lesion unclear after CT: biopsy?" if unclear else "Lesion on surveillance ultrasound: confirm?"


def sync_resectable(rng: random.Random, d: date) -> Pathway:  # SYNC-1, SYNC-2, CRC-1, ORDER-1, CHEMO-1
    f = _base(rng, "colorectal", d)
    _synchronous(rng, f, d)
    f.update(liver_resectable=True, future_liver_remnant_pct=float(rng.randint(35, 70)), ecog=rng.choice((0, 1)))
    return f, "Synchronous: simultaneous resection?"


def sync_emergency(rng: random.Random, d: date) -> Pathway:  # SYNC-3
    f, q = sync_resectable(rng, d)
    f["emergency_primary_surgery"] = True
    return f, "Obstructing primary: staged approach?"


def sync_elderly_small(rng: random.Random, d: date) -> Pathway:  # SYNC-4, SYNC-5
    f = _base(rng, rng.choice(("colorectal", "gastric")), d)
    _synchronous(rng, f, d)
    f.update(age_years=rng.randint(76, 90), lesion_count=rng.randint(1, 3), largest_lesion_cm=round(rng.uniform(0.8, 3.0), 1),
             liver_resectable=True, future_liver_remnant_pct=float(rng.randint(40, 70)))
    return f, "Elderly, small lesions: ablation instead of hepatectomy?"


def meta_large(rng: random.Random, d: date) -> Pathway:  # META-1, META-2
    f = _base(rng, "colorectal", d)
    _metachronous(rng, f, d)
    f.update(largest_lesion_cm=round(rng.uniform(7.0, 12.0), 1), liver_resectable=True,
             future_liver_remnant_pct=float(rng.randint(32, 60)))
    return f, "Large metachronous lesion"


def meta_small(rng: random.Random, d: date) -> Pathway:  # META-3
    f = _base(rng, rng.choice(("colorectal", "gastric", "kidney")), d)
    _metachronous(rng, f, d)
    f.update(largest_lesion_cm=round(rng.uniform(0.8, 3.0), 1), lesion_count=rng.randint(1, 3), liver_resectable=True,
             future_liver_remnant_pct=float(rng.randint(40, 70)))
    return f, "Small metachronous lesions: ablation?"


def meta_adjacent(rng: random.Random, d: date) -> Pathway:  # META-4
    f, _ = meta_small(rng, d)
    f["adjacent_to_hollow_structure"] = True
    return f, "Lesion next to the gallbladder"


def crc_low_flr(rng: random.Random, d: date) -> Pathway:  # CRC-1 exclusion
    f, _ = meta_large(rng, d)
    f["future_liver_remnant_pct"] = float(rng.randint(12, 28))
    return f, "Future liver remnant below threshold"


def crc_extrahepatic_resectable(rng: random.Random, d: date) -> Pathway:  # CRC-2
    f, _ = sync_resectable(rng, d)
    f["extrahepatic_disease"] = "resectable"
    return f, "Resectable lung nodule as well"


def crc_recurrence(rng: random.Random, d: date) -> Pathway:  # CRC-3
    f, _ = meta_small(rng, d)
    f.update(primary_site="colorectal", recurrence_after_hepatectomy=True, prior_systemic_therapy=True,
             response_to_systemic_therapy="response")
    return f, "Recurrence after hepatectomy: repeat resection?"


def crc_unfit_small(rng: random.Random, d: date) -> Pathway:  # CRC-4
    f, _ = meta_small(rng, d)
    f.update(primary_site="colorectal", fit_for_major_surgery=False, ecog=2)
    return f, "Unfit for open surgery"


def crc_extensive(rng: random.Random, d: date) -> Pathway:  # CRC-5, EXT-1, EXT-2
    f = _base(rng, "colorectal", d)
    _metachronous(rng, f, d)
    f.update(extrahepatic_disease="extensive", lesion_count=rng.randint(4, 12))
    return f, "Extensive extrahepatic disease"


def breast(rng: random.Random, d: date) -> Pathway:  # BR-1, BR-2
    f = _base(rng, "breast", d)
    _metachronous(rng, f, d)
    f.update(prior_systemic_therapy=rng.random() < 0.5, response_to_systemic_therapy=rng.choice((None, "response", "stable")),
             liver_resectable=rng.random() < 0.5)
    return f, "Breast cancer liver metastases"


def ovarian(rng: random.Random, d: date) -> Pathway:  # OV-1
    f = _base(rng, "ovarian", d)
    _metachronous(rng, f, d)
    f.update(liver_resectable=rng.random() < 0.6, future_liver_remnant_pct=float(rng.randint(40, 70)))
    return f, "Ovarian: staged surgery?"


def neuroendocrine(rng: random.Random, d: date) -> Pathway:  # NET-1, NET-2
    f = _base(rng, "neuroendocrine", d)
    _metachronous(rng, f, d)
    resectable = rng.random() < 0.5
    f.update(liver_resectable=resectable, lesion_count=rng.randint(1, 3) if resectable else rng.randint(8, 20))
    return f, "Neuroendocrine liver metastases"


def lung(rng: random.Random, d: date) -> Pathway:  # LUNG-1
    f = _base(rng, "lung", d)
    _synchronous(rng, f, d)
    f.update(liver_resectable=False, primary_resectable=False)
    return f, "Lung primary with liver metastases"


def hcc(rng: random.Random, d: date) -> Pathway:  # HCC-1
    f = _base(rng, "hepatocellular", d)
    f.update(cirrhosis=True, hbv_or_hcv_positive=True, afp_ng_ml=round(rng.uniform(200, 3000), 0),
             liver_resectable=rng.random() < 0.5, future_liver_remnant_pct=float(rng.randint(35, 60)))
    return f, "Hepatocellular carcinoma in cirrhosis: local treatment?"


def hcc_suspected(rng: random.Random, d: date) -> Pathway:  # DX-4: signs of a primary liver cancer
    f = _base(rng, rng.choice(("unknown", "other", "gastric")), d)
    f.update(cirrhosis=rng.random() < 0.7, hbv_or_hcv_positive=True, afp_ng_ml=round(rng.uniform(200, 3000), 0))
    return f, "Raised AFP with hepatitis B/C: metastasis or primary HCC?"


def unknown_primary(rng: random.Random, d: date) -> Pathway:  # DX-2
    f = _base(rng, "unknown", d)
    f.update(timing=None)
    return f, "Liver lesions, primary unknown"


def unresectable_digestive(rng: random.Random, d: date) -> Pathway:  # CHEMO-2, RT-1, VASC-1, VASC-2
    f = _base(rng, rng.choice(DIGESTIVE), d)
    _synchronous(rng, f, d)
    f.update(liver_resectable=False, lesion_count=rng.randint(6, 15), largest_lesion_cm=round(rng.uniform(2, 9), 1),
             fit_for_major_surgery=rng.random() < 0.5)
    return f, "Unresectable: systemic or interventional?"


def other_sites(rng: random.Random, d: date) -> Pathway:  # the remaining high-risk primaries
    f = _base(rng, rng.choice(("kidney", "uterine_cervical", "urinary", "other", "small_bowel")), d)
    _metachronous(rng, f, d)
    f.update(liver_resectable=rng.random() < 0.6, future_liver_remnant_pct=float(rng.randint(35, 65)))
    return f, "Solitary metachronous lesion"


def missing_liver_function(rng: random.Random, d: date) -> Pathway:  # DX-3
    f, _ = sync_resectable(rng, d)
    for key in ("bilirubin_umol_l", "albumin_g_l", "inr", "ascites", "encephalopathy"):
        f.pop(key, None)
    f.pop("future_liver_remnant_pct", None)
    return f, "Work-up incomplete"


def failing_liver(rng: random.Random, d: date) -> Pathway:  # LIVER-1: Child-Pugh C (10-15 points)
    f = _base(rng, rng.choice(("colorectal", "gastric", "pancreatic")), d)
    _metachronous(rng, f, d)
    f.update(liver_resectable=True, future_liver_remnant_pct=float(rng.randint(40, 70)), cirrhosis=True,
             bilirubin_umol_l=round(rng.uniform(55, 90), 1), albumin_g_l=round(rng.uniform(22, 27.5), 1),
             inr=round(rng.uniform(1.8, 2.6), 2), ascites="moderate_severe", encephalopathy="grade_1_2")
    return f, "Cirrhotic liver, Child-Pugh C: any local treatment?"


PATHWAYS: list[tuple[int, Callable[[random.Random, date], Pathway]]] = [
    (10, surveillance), (6, suspected), (12, sync_resectable), (2, sync_emergency), (5, sync_elderly_small),
    (5, meta_large), (8, meta_small), (3, meta_adjacent), (3, crc_low_flr), (3, crc_extrahepatic_resectable),
    (3, crc_recurrence), (3, crc_unfit_small), (5, crc_extensive), (6, breast), (3, ovarian), (4, neuroendocrine),
    (4, lung), (3, hcc), (2, hcc_suspected), (2, unknown_primary), (8, unresectable_digestive), (4, other_sites), (3, missing_liver_function),
    (2, failing_liver),
]
_FUNCS = [p for _, p in PATHWAYS]
_CUMULATIVE = list(itertools.accumulate(w for w, _ in PATHWAYS))
ALL_SITES = [s.value for s in PrimarySite]
#: case_facts from this index on draws a pathway at random (before it: every pathway, then every site)
FIRST_RANDOM_INDEX = len(_FUNCS) + len(ALL_SITES)


def demo_labs(rng: random.Random, f: dict[str, Any]) -> None:
    """Liver function of a Child-Pugh A patient (for a case whose pathway left it out)."""
    _labs(rng, f)


def case_facts(rng: random.Random, index: int, detected: date) -> tuple[dict[str, Any], str]:
    """Facts and a question for the board. The first cases walk every pathway and every site."""
    if index < len(_FUNCS):
        pathway = _FUNCS[index]
    else:
        pathway = rng.choices(_FUNCS, cum_weights=_CUMULATIVE)[0]
    facts, question = pathway(rng, detected)
    if len(_FUNCS) <= index < len(_FUNCS) + len(ALL_SITES):  # then every primary site once
        facts["primary_site"] = ALL_SITES[index - len(_FUNCS)]
    return {k: v for k, v in facts.items() if v is not None}, question
