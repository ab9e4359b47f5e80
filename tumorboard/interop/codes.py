"""Every coding system and code the FHIR exchange uses, with where it comes from. One module, so a
reviewer checks the codes in one place and the exporter and importer can never disagree.

Sources (all public):
- HL7 FHIR R4 (4.0.1), https://hl7.org/fhir/R4/ : the resources and the terminology.hl7.org code systems
  (condition-clinical, condition-ver-status, condition-category, observation-category, v2-0203, v3-ActCode).
- HL7 mCODE STU 3 (minimal Common Oncology Data Elements), https://hl7.org/fhir/us/mcode/ : the profiles
  PrimaryCancerCondition, SecondaryCancerCondition, TumorSize, ECOGPerformanceStatus, CancerPatient and
  the extensions ProcedureIntent and RelatedPrimaryCancerCondition, and the codes those profiles fix
  (TumorSize LOINC 21889-1 with component 33728-7; ECOG LOINC 89247-1; intent SNOMED CT 373808002 curative,
  363676003 palliative; body site SNOMED CT 10200004 liver structure).
- LOINC, https://loinc.org : the laboratory tests in the board's units (moles/volume where the board
  records umol/L).
- ICD-10-CM (CDC/NCHS), https://www.cdc.gov/nchs/icd/icd-10-cm/ : C78.7 secondary malignant neoplasm of
  liver and intrahepatic bile duct, and the primary sites' "unspecified part" codes.
- UCUM, https://ucum.org : units (umol/L, g/L, ng/mL, U/L, 10*9/L, cm, {INR}).
- The board's own concepts that have no agreed code (its modalities, follow-up tests, option timing and
  the case facts of resources/contract/evaluate.md) use local code systems under TUMORBOARD_BASE; FHIR
  allows local code systems (R4 "Using Codes in Resources", 4.1). Another board running this program reads
  them back exactly; a hospital system that does not know them shows the text.
"""

from __future__ import annotations

# --- code systems ---------------------------------------------------------------
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
UCUM = "http://unitsofmeasure.org"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

#: local code systems (the board's own concepts); .invalid: a namespace, never a host (RFC 2606)
TUMORBOARD_BASE = "https://tumorboard.invalid/fhir"
LOCAL_PRIMARY_SITE = f"{TUMORBOARD_BASE}/CodeSystem/primary-site"
LOCAL_CASE_FACT = f"{TUMORBOARD_BASE}/CodeSystem/case-fact"
LOCAL_LAB_TEST = f"{TUMORBOARD_BASE}/CodeSystem/lab-test"
LOCAL_MODALITY = f"{TUMORBOARD_BASE}/CodeSystem/modality"
LOCAL_INTENT = f"{TUMORBOARD_BASE}/CodeSystem/intent"
LOCAL_FOLLOWUP_TEST = f"{TUMORBOARD_BASE}/CodeSystem/follow-up-test"
EXT_OPTION_TIMING = f"{TUMORBOARD_BASE}/StructureDefinition/option-timing"
EXT_DEVIATION = f"{TUMORBOARD_BASE}/StructureDefinition/deviation-from-tier1"
EXT_CASE_TITLE = f"{TUMORBOARD_BASE}/StructureDefinition/case-question"

# --- mCODE profiles and extensions (STU 3) ------------------------------------------
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition"
PROFILE_PATIENT = f"{MCODE}/mcode-cancer-patient"
PROFILE_PRIMARY = f"{MCODE}/mcode-primary-cancer-condition"
PROFILE_SECONDARY = f"{MCODE}/mcode-secondary-cancer-condition"
PROFILE_TUMOR_SIZE = f"{MCODE}/mcode-tumor-size"
PROFILE_ECOG = f"{MCODE}/mcode-ecog-performance-status"
EXT_PROCEDURE_INTENT = f"{MCODE}/mcode-procedure-intent"
EXT_RELATED_PRIMARY = f"{MCODE}/mcode-related-primary-cancer-condition"

# --- codes --------------------------------------------------------------------------
MRN_TYPE = ("MR", "Medical record number")  # v2-0203
LIVER_METASTASES_ICD10 = ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")
LIVER_BODY_SITE = ("10200004", "Liver structure")  # SNOMED CT
TUMOR_SIZE = ("21889-1", "Size Tumor")  # LOINC
TUMOR_LONGEST_DIMENSION = ("33728-7", "Size.maximum dimension in Tumor")  # LOINC
ECOG = ("89247-1", "ECOG Performance Status score")  # LOINC
ENCOUNTER_CLASS = ("AMB", "ambulatory")  # v3-ActCode: the board meets without the patient admitted
#: the referral that brought the case to the board: a ServiceRequest coded SNOMED CT 3457005 |Patient referral|
#: (the root of FHIR R4's referral value set, http://hl7.org/fhir/ValueSet/referral-type), its requester the
#: referring clinician (a Practitioner); the patient's GP is Patient.generalPractitioner (FHIR R4 Patient;
#: US Core and mCODE CancerPatient keep the element as in the base resource)
PATIENT_REFERRAL = ("3457005", "Patient referral")  # SNOMED CT

#: treatment intent (SNOMED CT procedure intent qualifiers); surveillance has no agreed code: local only
INTENT_SNOMED: dict[str, tuple[str, str]] = {
    "curative": ("373808002", "Curative - procedure intent"),
    "palliative": ("363676003", "Palliative - procedure intent"),
    "diagnostic": ("261004008", "Diagnostic intent"),
    "adjuvant": ("373846009", "Adjuvant - intent"),
}

#: primary site -> ICD-10-CM (the "unspecified" code of the organ); other/unknown: C80.1
PRIMARY_SITE_ICD10: dict[str, tuple[str, str]] = {
    "colorectal": ("C18.9", "Malignant neoplasm of colon, unspecified"),
    "gastric": ("C16.9", "Malignant neoplasm of stomach, unspecified"),
    "small_bowel": ("C17.9", "Malignant neoplasm of small intestine, unspecified"),
    "esophageal": ("C15.9", "Malignant neoplasm of esophagus, unspecified"),
    "pancreatic": ("C25.9", "Malignant neoplasm of pancreas, unspecified"),
    "biliary": ("C24.9", "Malignant neoplasm of biliary tract, unspecified"),
    "lung": ("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"),
    "breast": ("C50.919", "Malignant neoplasm of unspecified site of unspecified female breast"),
    "ovarian": ("C56.9", "Malignant neoplasm of unspecified ovary"),
    "neuroendocrine": ("C7A.8", "Other malignant neuroendocrine tumors"),
    "kidney": ("C64.9", "Malignant neoplasm of unspecified kidney, except renal pelvis"),
    "uterine_cervical": ("C53.9", "Malignant neoplasm of cervix uteri, unspecified"),
    "urinary": ("C68.9", "Malignant neoplasm of urinary organ, unspecified"),
    "hepatocellular": ("C22.0", "Liver cell carcinoma"),
    "other": ("C80.1", "Malignant (primary) neoplasm, unspecified"),
    "unknown": ("C80.1", "Malignant (primary) neoplasm, unspecified"),
}
#: ICD-10 code prefix -> primary site, for bundles that carry ICD-10 only (another system's export)
ICD10_PREFIX_SITE: tuple[tuple[str, str], ...] = (
    ("C18", "colorectal"), ("C19", "colorectal"), ("C20", "colorectal"), ("C16", "gastric"),
    ("C17", "small_bowel"), ("C15", "esophageal"), ("C25", "pancreatic"), ("C23", "biliary"), ("C24", "biliary"),
    ("C22.1", "biliary"), ("C22", "hepatocellular"), ("C34", "lung"), ("C50", "breast"), ("C56", "ovarian"),
    ("C7A", "neuroendocrine"), ("C64", "kidney"), ("C53", "uterine_cervical"), ("C65", "urinary"),
    ("C66", "urinary"), ("C67", "urinary"), ("C68", "urinary"), ("C80", "unknown"),
)

#: lab test -> (LOINC code, LOINC display, UCUM unit); units are those the board records (LAB_UNITS)
LAB_LOINC: dict[str, tuple[str, str, str]] = {
    "bilirubin": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L"),
    "albumin": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "ng/mL"),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL"),
    "creatinine": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L"),
    "platelets": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L"),
}
#: case facts that are lab values: fact -> lab test (same units)
FACT_LAB: dict[str, str] = {"bilirubin_umol_l": "bilirubin", "albumin_g_l": "albumin", "inr": "inr",
                            "afp_ng_ml": "afp", "cea_ng_ml": "cea"}

#: CarePlan activity status from the decision: no treatment date / a future one / a past one
ACTIVITY_NOT_STARTED, ACTIVITY_SCHEDULED, ACTIVITY_IN_PROGRESS = "not-started", "scheduled", "in-progress"
#: follow-up status -> ServiceRequest.status (FHIR request-status)
FOLLOWUP_STATUS: dict[str, str] = {"open": "active", "done": "completed", "cancelled": "revoked"}
