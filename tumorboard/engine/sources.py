"""Every source excerpt the engine can emit, as named constants.

Each is verbatim (white space aside) from its file in resources/sources/;
tests/core/engine/test_sources.py checks that, so a citation cannot drift.
Documents are cited as in the rule catalogue: S0 .. S4.
"""

from __future__ import annotations

from .recommendation import SourceRef

S0 = "000_097d1b63dcffeaa5.txt"  # reasonable treatment modalities, six recommendations
S1 = "001_863de90b3df4ea9f.txt"  # which patients suit interventional therapy
S2 = "002_34d76db8cae6197b.txt"  # secondary liver cancer: work-up, primary-specific treatment
S3 = "003_bed3c69a800ae988.txt"  # examination, diagnosis, differential diagnosis
S4 = "004_25373606dafee594.txt"  # Sharma et al. 2023, abstract

DOCUMENTS = (S0, S1, S2, S3, S4)
#: each document's title as it stands in the document (tests/core/engine/test_engine_sources.py checks it)
TITLES = {
    S0: "What are the reasonable treatment modalities for metastatic liver cancer?",
    S1: "Which liver cancer patients are suitable for interventional therapy?",
    S2: "Secondary liver cancer",
    S3: "What Is Involved in Metastatic Liver Cancer Treatment?",
    S4: "Liver Metastasis: Current Concepts in Management and Future Perspectives",
}


def cited_as(document: str) -> str:
    """The catalogue's short name of a source ("S0"), or the file name of one not shipped (an old record)."""
    return f"S{DOCUMENTS.index(document)}" if document in DOCUMENTS else document


def citation(ref: SourceRef) -> str:
    """How an excerpt is cited on screen and paper: "S0 §2 · What are the reasonable treatment ... cancer?"."""
    title = TITLES.get(ref.document)
    where = f"{cited_as(ref.document)} {ref.section}".strip()
    return f"{where} · {title}" if title else where


def _ref(document: str, section: str, excerpt: str) -> SourceRef:
    # Built once at import; the engine shares these frozen objects.
    return SourceRef.model_construct(document=document, section=section, excerpt=excerpt)


# --- S0: "What are the reasonable treatment modalities ..." -----------------
S0_SURVEILLANCE = _ref(S0, "§1", "liver ultrasound is recommended at least once every 3 months")
S0_CONFIRM = _ref(
    S0,
    "§1",
    "Once signs of liver metastasis are detected, the diagnosis should be confirmed immediately by MRI/enhanced CT",
)
S0_RESECT_BOTH = _ref(
    S0,
    "§2",
    "If both the primary focus and liver metastasis have the chance of radical surgery, and there is no "
    "extensive metastasis in other parts of the body, resection of the primary focus + liver tumor resection "
    "should be chosen.",
)
S0_NO_EXTENSIVE = _ref(S0, "§2", "there is no extensive metastasis in other parts of the body")
S0_ABLATION_UNFIT = _ref(
    S0,
    "§2",
    "If the liver tumor is smaller, or the tumor is smaller but more in number (not more than 6), and the "
    "patient is old, in poor general condition, or unwilling to take surgery, the treatment of primary foci "
    "resection + radiofrequency ablation of liver metastases can also be chosen.",
)
S0_WELL_LOCATED = _ref(
    S0,
    "§2",
    "If the tumor is well located, radiofrequency can also achieve similar effect as surgical resection, and "
    "the resulting systemic and liver damage is much lower than that of hepatectomy.",
)
S0_RADICAL_FIRST = _ref(
    S0, "§3", "treatment modalities with radical potential should be adopted as much as possible"
)
S0_LARGE = _ref(
    S0,
    "§3",
    "If the tumor is large (e.g., 7 cm or more) and eligible for resection, hepatic resection should be preferred.",
)
# Read as "small and at a safe distance from hollow organs" (catalogue note on S0 §3).
S0_SMALL = _ref(
    S0,
    "§3",
    "If the tumor is small and there exists little distance from the cavernous organs such as gallbladder "
    "and major bile ducts, radiofrequency ablation may also be preferred.",
)
S0_CHEMO_ADJUVANT = _ref(
    S0,
    "§4",
    "Systemic chemotherapy can only be used as adjuvant treatment because of its uncertain efficacy, but not "
    "as main treatment, unless the patient is unable to implement minimally invasive treatment such as "
    "hepatic resection or radiofrequency ablation.",
)
S0_VASC_LAST = _ref(
    S0,
    "§5",
    "Only after the conditions of surgery or minimally invasive treatment are not available should vascular "
    "intervention be tried.",
)
S0_RT = _ref(
    S0,
    "§6",
    "Radiotherapy is also an optional treatment for liver metastasis cancer, provided that the patient cannot "
    "have liver resection or radiofrequency ablation and the number, size and liver function of the tumor "
    "are suitable.",
)
S0_RT_DRAWBACKS = _ref(
    S0,
    "§6",
    "The disadvantages of radiotherapy are greater liver damage, inaccurate efficacy, long treatment time, "
    "and relatively high cost.",
)
S0_ORDER = _ref(
    S0,
    "concl.",
    "Minimally invasive treatment such as liver resection or radiofrequency is always the first choice, "
    "followed by radiotherapy and vascular intervention as the last choice.",
)
S0_CHEMO_COMBINED = _ref(
    S0,
    "concl.",
    "Systemic chemotherapy can be combined with the above treatments, but it must be appropriate and not excessive.",
)

# --- S1: interventional therapy -----------------------------------------------
S1_HCC_UNRESECTABLE = _ref(
    S1,
    "primary liver cancer",
    "interventional treatment should be preferred for primary liver cancer that cannot be removed surgically",
)
S1_HCC_RESECTABLE = _ref(
    S1,
    "primary liver cancer",
    "hepatocellular carcinoma that can be surgically resected should be surgically resected",
)
S1_VASC_BETTER = _ref(
    S1,
    "metastatic liver cancer",
    "Liver metastasis from digestive tract tumors and breast cancer is very effective with interventional "
    "treatment, which is better than systemic chemotherapy.",
)
S1_DRUGS = _ref(
    S1,
    "metastatic liver cancer",
    "In terms of drug selection, it is based on the origin of the primary lesion",
)

# --- S2: secondary liver cancer ----------------------------------------------
S2_PET_CT = _ref(
    S2,
    "work-up §3",
    "Sometimes, due to the inability to determine the nature of the liver mass, or suspicion of metastases in "
    "other areas, or in order to find the hidden primary malignant tumor causing metastatic liver cancer, a "
    "whole-body PET-CT scan can be performed.",
)
S2_LIVER_FUNCTION = _ref(
    S2,
    "work-up §4",
    "coagulation function and liver function (mainly looking at bilirubin, albumin and transaminases) tests "
    "should be performed",
)
S2_LIVER_SURGERY_DATA = _ref(
    S2,
    "work-up §4",
    "In order to understand the function of the liver and provide necessary data for the next possible liver "
    "surgery",
)
S2_HCC_MARKERS = _ref(
    S2,
    "work-up §4",
    "To differentiate from primary hepatocellular carcinoma, virological tests for alpha-fetoprotein, "
    "hepatitis B or C are also necessary.",
)
S2_BIOPSY = _ref(
    S2,
    "differential §1",
    "When it is really difficult to differentiate, only then should we consider to do a puncture biopsy of "
    "the mass for pathological examination",
)
S2_CRC_FLR = _ref(
    S2,
    "CRC",
    "most metastatic liver cancers can be removed as long as enough liver can be preserved after surgery "
    "(usually more than 30%)",
)
S2_CRC_SIZE_NO_BAR = _ref(
    S2,
    "CRC",
    "the size, number and growth site of metastatic liver cancer in the liver are no longer factors that "
    "affect whether a patient can be operated or not",
)
S2_CRC_EXTRAHEPATIC = _ref(
    S2,
    "CRC",
    "If there are metastases outside the liver, those that can be removed can also be removed, such as "
    "pulmonary metastases, abdominal implant metastases, lymph nodes metastases in the liver portal, etc. "
    "can be removed.",
)
S2_CRC_ONE_OPERATION = _ref(
    S2,
    "CRC",
    "If the patient\u2019s liver function and physical condition allow, according to the current technology, "
    "it can be removed in one operation.",
)
S2_CRC_EMERGENCY = _ref(
    S2,
    "CRC",
    "If emergency surgery is needed because the tumor is blocking the intestine, we do not recommend "
    "simultaneous resection of metastatic cancer",
)
S2_CRC_RECURRENCE = _ref(
    S2,
    "CRC",
    "Within 2 years after resection of metastatic liver cancer, there may be recurrence in 60% of cases, and "
    "about 1/3 of them are still present in the liver.",
)
S2_CRC_AGAIN = _ref(S2, "CRC", "as long as the conditions allow, it can be treated by surgery again")
S2_CRC_ABLATION = _ref(
    S2,
    "CRC",
    "For those patients who cannot undergo open surgery can also use less invasive radiofrequency or "
    "microwave ablation methods, which can destroy smaller size liver metastases",
)
S2_BREAST_CHEMO = _ref(
    S2,
    "breast",
    "effective systemic chemotherapy is still the preferred treatment option for liver metastases from breast "
    "cancer, with conventional drugs such as anthracycline antibiotics, paclitaxel, 5-fluorouracil and vincristine",
)
S2_BREAST_LOCAL = _ref(
    S2,
    "breast",
    "If the tumor is gradually limited after applying chemotherapy and the liver function is good, surgical "
    "resection or using ablation therapy to destroy the tumor can still be considered.",
)
S2_OVARIAN_CHEMO = _ref(
    S2,
    "ovarian",
    "most ovarian cancers are sensitive to chemotherapeutic drugs, and with the help of chemotherapy, "
    "resection of liver metastases becomes meaningful",
)
S2_OVARIAN_STAGED = _ref(
    S2, "ovarian", "if there is a chance of radical resection, staged surgery is still recommended"
)
S2_NET_RESECT = _ref(
    S2,
    "NET",
    "If liver metastasis has occurred, liver lobectomy or injection of anhydrous alcohol into the mass can be "
    "performed at the same time.",
)
S2_NET_DEBULKING = _ref(
    S2,
    "NET",
    "even palliative resection (major or partial resection of the tumor) can still significantly improve the "
    "patient\u2019s symptoms and quality of life",
)
S2_NET_SSA = _ref(
    S2,
    "NET",
    "for those who cannot be resected radically, the use of growth inhibitor analogues has good efficacy and "
    "can be used as the first-line treatment drug",
)
S2_LUNG_CHEMO_RT = _ref(
    S2,
    "lung",
    "Chemotherapy is the main means, and radiotherapy technology has advanced rapidly and also plays an "
    "increasingly important role in the treatment of liver metastases.",
)
S2_LUNG_ARTERIAL = _ref(S2, "lung", "hepatic artery perfusion can prolong survival time")
S2_LUNG_SURGERY_RARE = _ref(S2, "lung", "those suitable for surgery are less common")

# --- S3: examination, diagnosis, differential diagnosis -----------------------
S3_CEA = _ref(
    S3, "exam §3", "The positive rate of CEA in liver metastasis of colorectal cancer is as high as 60% -70%."
)
S3_HCC_SIGNS = _ref(
    S3,
    "diff",
    "hepatitis B or C markers are often positive; often with liver cirrhosis; blood AFP often rises significantly",
)
S3_PATHOLOGY = _ref(S3, "diag §4-5", "The diagnosis depends on pathological examination.")

# --- S4: Sharma et al. 2023 ---------------------------------------------------
S4_EXTRAHEPATIC_NO_ABLATION = _ref(
    S4, "abstract", "patients with extrahepatic disease are not suitable candidates for regional ablation"
)
S4_ABLATION_ISOLATED = _ref(
    S4,
    "abstract",
    "Regional treatments such as radiofrequency ablation and cryotherapy may be offered to patients with "
    "isolated, unresectable metastases but no evidence of extrahepatic disease.",
)
S4_CRC_BEYOND_LIVER = _ref(
    S4,
    "abstract",
    "For patients with metastatic colorectal cancer beyond the liver, systemic chemotherapy is a better "
    "treatment option.",
)
S4_IMMUNOTHERAPY = _ref(
    S4,
    "abstract",
    "Immunotherapy, when used with chemotherapeutic agents, has an additive therapeutic effect.",
)
S4_SURGERY_CURATIVE = _ref(
    S4, "abstract", "Surgery is the only curative treatment for patients with metastatic liver disease"
)

#: every excerpt above, by constant name (the verbatim test walks this)
ALL: dict[str, SourceRef] = {
    name: value for name, value in dict(globals()).items() if isinstance(value, SourceRef)
}
