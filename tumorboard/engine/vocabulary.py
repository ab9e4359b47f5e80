"""Codes of the evaluate contract (shared/contract/evaluate.md) and the
rule catalogue's vocabulary, with plain-language English labels.

Codes are stable (stored in the database and in JSON); labels are for people.
The GUI passes labels through Qt's translate(); reports print them as they are.
"""

from __future__ import annotations

from enum import StrEnum


class PrimarySite(StrEnum):
    colorectal = "colorectal"
    gastric = "gastric"
    small_bowel = "small_bowel"
    esophageal = "esophageal"
    pancreatic = "pancreatic"
    biliary = "biliary"
    lung = "lung"
    breast = "breast"
    ovarian = "ovarian"
    neuroendocrine = "neuroendocrine"
    kidney = "kidney"
    uterine_cervical = "uterine_cervical"
    urinary = "urinary"
    hepatocellular = "hepatocellular"
    other = "other"
    unknown = "unknown"


class LiverMets(StrEnum):
    none = "none"
    suspected = "suspected"
    confirmed = "confirmed"


class Timing(StrEnum):
    synchronous = "synchronous"
    metachronous = "metachronous"


class Imaging(StrEnum):
    ultrasound = "ultrasound"
    ct = "ct"
    mri = "mri"
    pet_ct = "pet_ct"
    biopsy = "biopsy"


class ExtrahepaticDisease(StrEnum):
    none = "none"
    resectable = "resectable"
    extensive = "extensive"


class LiverSegment(StrEnum):
    """Couinaud segments with lesions; `bilobar` when both lobes carry disease and the segments are not given."""

    s1 = "s1"
    s2 = "s2"
    s3 = "s3"
    s4 = "s4"
    s5 = "s5"
    s6 = "s6"
    s7 = "s7"
    s8 = "s8"
    bilobar = "bilobar"


class MajorVessel(StrEnum):
    """The major vessels a lesion abuts or invades; `none` when it is clear of them."""

    none = "none"
    portal_vein = "portal_vein"
    hepatic_artery = "hepatic_artery"
    hepatic_veins = "hepatic_veins"
    inferior_vena_cava = "inferior_vena_cava"


class RasStatus(StrEnum):
    wild_type = "wild_type"
    mutant = "mutant"


class BrafStatus(StrEnum):
    wild_type = "wild_type"
    v600e = "v600e"
    other_mutation = "other_mutation"


class MsiStatus(StrEnum):
    mss = "mss"
    msi_high = "msi_high"


class Response(StrEnum):
    response = "response"
    stable = "stable"
    progression = "progression"


class Ascites(StrEnum):
    none = "none"
    mild = "mild"
    moderate_severe = "moderate_severe"


class Encephalopathy(StrEnum):
    none = "none"
    grade_1_2 = "grade_1_2"
    grade_3_4 = "grade_3_4"


class Modality(StrEnum):
    """In the catalogue's order; options of one tier are sorted by it."""

    confirmatory_imaging = "confirmatory_imaging"
    pet_ct = "pet_ct"
    biopsy = "biopsy"
    surveillance = "surveillance"
    primary_resection = "primary_resection"
    hepatectomy = "hepatectomy"
    ablation = "ablation"
    ethanol_injection = "ethanol_injection"
    systemic_chemotherapy = "systemic_chemotherapy"
    immunotherapy = "immunotherapy"
    hepatic_arterial_therapy = "hepatic_arterial_therapy"
    radiotherapy = "radiotherapy"
    somatostatin_analogue = "somatostatin_analogue"
    best_supportive_care = "best_supportive_care"


MODALITY_ORDER = {m: i for i, m in enumerate(Modality)}

#: modalities that treat the liver itself (never offered without liver metastases)
LIVER_DIRECTED = frozenset(
    {
        Modality.hepatectomy,
        Modality.ablation,
        Modality.ethanol_injection,
        Modality.hepatic_arterial_therapy,
        Modality.radiotherapy,
    }
)


class Intent(StrEnum):
    diagnostic = "diagnostic"
    surveillance = "surveillance"
    curative = "curative"
    adjuvant = "adjuvant"
    palliative = "palliative"


class OptionTiming(StrEnum):
    simultaneous = "simultaneous"
    staged = "staged"
    after_primary = "after_primary"


class FollowUpTest(StrEnum):
    liver_ultrasound = "liver_ultrasound"
    ct_or_mri = "ct_or_mri"
    cea = "cea"
    response_imaging = "response_imaging"
    clinic_review = "clinic_review"


LABELS: dict[str, str] = {
    # Couinaud segments, major vessels, molecular markers
    **{f"s{n}": f"Segment {roman}" for n, roman in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII"), 1)},
    "bilobar": "Bilobar",
    "portal_vein": "Portal vein",
    "hepatic_artery": "Hepatic artery",
    "hepatic_veins": "Hepatic veins",
    "inferior_vena_cava": "Inferior vena cava",
    "wild_type": "Wild type",
    "mutant": "Mutant",
    "v600e": "V600E mutant",
    "other_mutation": "Other mutation",
    "mss": "Microsatellite stable (MSS)",
    "msi_high": "MSI-high",
    # primary sites
    "colorectal": "Colorectal",
    "gastric": "Gastric",
    "small_bowel": "Small bowel",
    "esophageal": "Oesophageal",
    "pancreatic": "Pancreatic",
    "biliary": "Biliary / gallbladder",
    "lung": "Lung",
    "breast": "Breast",
    "ovarian": "Ovarian",
    "neuroendocrine": "Neuroendocrine / carcinoid",
    "kidney": "Kidney",
    "uterine_cervical": "Uterine / cervical",
    "urinary": "Urinary tract",
    "hepatocellular": "Hepatocellular (primary liver)",
    "other": "Other",
    "unknown": "Unknown primary",
    # modalities
    "confirmatory_imaging": "Confirmatory imaging (contrast CT / MRI)",
    "pet_ct": "PET-CT",
    "biopsy": "Biopsy",
    "surveillance": "Surveillance",
    "primary_resection": "Resection of the primary",
    "hepatectomy": "Liver resection (hepatectomy)",
    "ablation": "Ablation (RFA / microwave / cryo)",
    "ethanol_injection": "Ethanol injection",
    "systemic_chemotherapy": "Systemic chemotherapy",
    "immunotherapy": "Immunotherapy",
    "hepatic_arterial_therapy": "Hepatic arterial therapy (TACE / HAI)",
    "radiotherapy": "Radiotherapy",
    "somatostatin_analogue": "Somatostatin analogue",
    "best_supportive_care": "Best supportive care",
    # intents
    "diagnostic": "Diagnostic",
    "curative": "Curative",
    "adjuvant": "Adjuvant",
    "palliative": "Palliative",
    # timings
    "synchronous": "Synchronous",
    "metachronous": "Metachronous",
    "simultaneous": "Simultaneous (one operation)",
    "staged": "Staged",
    "after_primary": "After the primary",
    # follow-up tests
    "liver_ultrasound": "Liver ultrasound",
    "ct_or_mri": "Contrast CT or MRI of the liver",
    "cea": "CEA blood test",
    "response_imaging": "Response imaging",
    "clinic_review": "Clinic review",
    # imaging
    "ultrasound": "Ultrasound",
    "ct": "Contrast CT",
    "mri": "MRI",
    # other codes
    "suspected": "Suspected",
    "confirmed": "Confirmed",
    "resectable": "Resectable",
    "extensive": "Extensive",
    "response": "Response",
    "stable": "Stable disease",
    "progression": "Progression",
    "mild": "Mild",
    "moderate_severe": "Moderate / severe",
    "grade_1_2": "Grade 1-2",
    "grade_3_4": "Grade 3-4",
    "none": "None",
}


def label(code: str | None) -> str:
    """Plain-language label of a code ("" for None)."""
    if code is None:
        return ""
    return LABELS.get(str(code), str(code).replace("_", " "))
