"""What the case editor shows for each case fact: section, label, control, unit,
and what is allowed (said at the field when a value is refused).

Labels are English source strings translated in the "CaseFacts" context."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tumorboard.engine import vocabulary as v
from ui.i18n import translate


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # "bool" | "code" | "codes" | "int" | "float" | "date" | "text" (high: most characters)
    section: str
    unit: str = ""
    codes: type[StrEnum] | None = None
    low: float | None = None
    high: float | None = None
    low_open: bool = False  # True: value must be > low (not >=)
    help: str = ""
    #: (low, high, hint): a value outside is accepted but questioned (a result typed in another unit)
    usual: tuple[float, float, str] | None = None

    def allowed(self) -> str:
        """Plain words for what may be entered, shown under a refused value."""
        if self.kind == "int":
            return translate("CaseFacts", "a whole number from {low} to {high}").format(
                low=int(self.low or 0), high=int(self.high) if self.high is not None else "…")
        if self.kind == "float":
            if self.high is not None:
                return translate("CaseFacts", "a number from {low} to {high}").format(low=_num(self.low), high=_num(self.high))
            if self.low_open:
                return translate("CaseFacts", "a number greater than {low}").format(low=_num(self.low))
            return translate("CaseFacts", "a number of at least {low}").format(low=_num(self.low))
        return ""


def _num(x: float | None) -> str:
    return f"{x:g}" if x is not None else "…"


S_PATIENT = QT_TRANSLATE_NOOP("CaseFacts", "Patient")
S_PRIMARY = QT_TRANSLATE_NOOP("CaseFacts", "Primary tumour")
S_LIVER = QT_TRANSLATE_NOOP("CaseFacts", "Liver lesions")
S_EXTRA = QT_TRANSLATE_NOOP("CaseFacts", "Extrahepatic disease")
S_CONDITION = QT_TRANSLATE_NOOP("CaseFacts", "Condition")
S_LAB = QT_TRANSLATE_NOOP("CaseFacts", "Liver function and markers")
S_IMAGING = QT_TRANSLATE_NOOP("CaseFacts", "Imaging studies")
S_PATHOLOGY = QT_TRANSLATE_NOOP("CaseFacts", "Pathology")

SECTIONS = (S_PATIENT, S_PRIMARY, S_LIVER, S_EXTRA, S_CONDITION, S_LAB, S_IMAGING, S_PATHOLOGY)

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("age_years", QT_TRANSLATE_NOOP("CaseFacts", "Age"), "int", S_PATIENT, QT_TRANSLATE_NOOP("CaseFacts", "years"), low=0, high=120),
    FieldSpec("primary_site", QT_TRANSLATE_NOOP("CaseFacts", "Primary site"), "code", S_PRIMARY, codes=v.PrimarySite),
    FieldSpec("primary_diagnosed_on", QT_TRANSLATE_NOOP("CaseFacts", "Primary diagnosed on"), "date", S_PRIMARY),
    FieldSpec("primary_resected", QT_TRANSLATE_NOOP("CaseFacts", "Primary radically resected"), "bool", S_PRIMARY),
    FieldSpec("primary_resectable", QT_TRANSLATE_NOOP("CaseFacts", "Primary resectable"), "bool", S_PRIMARY),
    FieldSpec("emergency_primary_surgery", QT_TRANSLATE_NOOP("CaseFacts", "Emergency primary surgery (e.g. obstruction)"), "bool", S_PRIMARY),
    FieldSpec("disease_free_interval_months", QT_TRANSLATE_NOOP("CaseFacts", "Disease-free interval"), "float", S_PRIMARY,
              QT_TRANSLATE_NOOP("CaseFacts", "months"), low=0),
    FieldSpec("liver_mets", QT_TRANSLATE_NOOP("CaseFacts", "Liver metastases"), "code", S_LIVER, codes=v.LiverMets),
    FieldSpec("liver_mets_detected_on", QT_TRANSLATE_NOOP("CaseFacts", "Liver metastases detected on"), "date", S_LIVER),
    FieldSpec("timing", QT_TRANSLATE_NOOP("CaseFacts", "Timing"), "code", S_LIVER, codes=v.Timing,
              help=QT_TRANSLATE_NOOP("CaseFacts", "Left unknown, it is derived from the two dates (within 6 months = synchronous).")),
    # "seen on", not "confirmed by": a lesion can still be only suspected after contrast imaging (DX-5)
    FieldSpec("confirmed_by", QT_TRANSLATE_NOOP("CaseFacts", "Seen on"), "codes", S_LIVER, codes=v.Imaging,
              help=QT_TRANSLATE_NOOP("CaseFacts", "The studies that showed the liver lesions. Ultrasound alone does "
                                     "not confirm them: contrast CT or MRI does (DX-1).")),
    FieldSpec("lesion_count", QT_TRANSLATE_NOOP("CaseFacts", "Number of lesions"), "int", S_LIVER, low=0, high=None),
    FieldSpec("largest_lesion_cm", QT_TRANSLATE_NOOP("CaseFacts", "Largest lesion"), "float", S_LIVER, "cm", low=0, low_open=True),
    FieldSpec("liver_segments", QT_TRANSLATE_NOOP("CaseFacts", "Segments with lesions"), "codes", S_LIVER,
              codes=v.LiverSegment, help=QT_TRANSLATE_NOOP("CaseFacts", "Couinaud segments I-VIII; or bilobar.")),
    FieldSpec("major_vessels", QT_TRANSLATE_NOOP("CaseFacts", "Major vessels abutted or invaded"), "codes", S_LIVER,
              codes=v.MajorVessel),
    FieldSpec("adjacent_to_hollow_structure", QT_TRANSLATE_NOOP("CaseFacts", "Lesion next to gallbladder or major bile duct"), "bool", S_LIVER),
    FieldSpec("liver_resectable", QT_TRANSLATE_NOOP("CaseFacts", "Liver disease resectable (surgeon)"), "bool", S_LIVER),
    FieldSpec("future_liver_remnant_pct", QT_TRANSLATE_NOOP("CaseFacts", "Future liver remnant"), "float", S_LIVER, "%", low=0, high=100),
    FieldSpec("recurrence_after_hepatectomy", QT_TRANSLATE_NOOP("CaseFacts", "Recurrence after earlier liver resection"), "bool", S_LIVER),
    FieldSpec("extrahepatic_disease", QT_TRANSLATE_NOOP("CaseFacts", "Disease outside the liver"), "code", S_EXTRA, codes=v.ExtrahepaticDisease),
    FieldSpec("ecog", QT_TRANSLATE_NOOP("CaseFacts", "ECOG performance status"), "int", S_CONDITION, low=0, high=4,
              help=QT_TRANSLATE_NOOP("CaseFacts", "0 fully active … 4 completely disabled")),
    FieldSpec("fit_for_major_surgery", QT_TRANSLATE_NOOP("CaseFacts", "Fit for major surgery"), "bool", S_CONDITION),
    FieldSpec("accepts_surgery", QT_TRANSLATE_NOOP("CaseFacts", "Patient accepts surgery"), "bool", S_CONDITION),
    FieldSpec("prior_systemic_therapy", QT_TRANSLATE_NOOP("CaseFacts", "Prior systemic therapy"), "bool", S_CONDITION),
    FieldSpec("response_to_systemic_therapy", QT_TRANSLATE_NOOP("CaseFacts", "Response to systemic therapy"), "code", S_CONDITION,
              codes=v.Response),
    # Usual ranges only catch a result typed in another unit (a data-entry check, not a clinical rule):
    # albumin 4.1 is g/dL (41 g/L); bilirubin 0.9 is mg/dL (15 µmol/L, x 17.1).
    FieldSpec("bilirubin_umol_l", QT_TRANSLATE_NOOP("CaseFacts", "Bilirubin"), "float", S_LAB, "µmol/L", low=0, low_open=True,
              usual=(2, 1000, QT_TRANSLATE_NOOP("CaseFacts", "Unusual in µmol/L: a value in mg/dL is multiplied by 17.1. Check the unit."))),
    FieldSpec("albumin_g_l", QT_TRANSLATE_NOOP("CaseFacts", "Albumin"), "float", S_LAB, "g/L", low=0, low_open=True,
              usual=(10, 70, QT_TRANSLATE_NOOP("CaseFacts", "Unusual in g/L: a value in g/dL is multiplied by 10. Check the unit."))),
    FieldSpec("inr", QT_TRANSLATE_NOOP("CaseFacts", "INR"), "float", S_LAB, low=0, low_open=True,
              usual=(0.5, 10, QT_TRANSLATE_NOOP("CaseFacts", "Unusual for an INR. Check the value."))),
    FieldSpec("ascites", QT_TRANSLATE_NOOP("CaseFacts", "Ascites"), "code", S_LAB, codes=v.Ascites),
    FieldSpec("encephalopathy", QT_TRANSLATE_NOOP("CaseFacts", "Encephalopathy"), "code", S_LAB, codes=v.Encephalopathy),
    FieldSpec("cirrhosis", QT_TRANSLATE_NOOP("CaseFacts", "Cirrhosis"), "bool", S_LAB),
    FieldSpec("hbv_or_hcv_positive", QT_TRANSLATE_NOOP("CaseFacts", "Hepatitis B or C positive"), "bool", S_LAB),
    FieldSpec("afp_ng_ml", QT_TRANSLATE_NOOP("CaseFacts", "AFP"), "float", S_LAB, "ng/mL", low=0),
    FieldSpec("cea_ng_ml", QT_TRANSLATE_NOOP("CaseFacts", "CEA"), "float", S_LAB, "ng/mL", low=0),
    FieldSpec("node_positive_primary", QT_TRANSLATE_NOOP("CaseFacts", "Primary lymph-node positive"), "bool", S_PATHOLOGY),
    FieldSpec("histology", QT_TRANSLATE_NOOP("CaseFacts", "Histology"), "text", S_PATHOLOGY, high=200),
    FieldSpec("ras_status", QT_TRANSLATE_NOOP("CaseFacts", "RAS (KRAS/NRAS)"), "code", S_PATHOLOGY, codes=v.RasStatus),
    FieldSpec("braf_status", QT_TRANSLATE_NOOP("CaseFacts", "BRAF"), "code", S_PATHOLOGY, codes=v.BrafStatus),
    FieldSpec("msi_status", QT_TRANSLATE_NOOP("CaseFacts", "Microsatellite status"), "code", S_PATHOLOGY, codes=v.MsiStatus),
    FieldSpec("comorbidities", QT_TRANSLATE_NOOP("CaseFacts", "Comorbidities"), "text", S_CONDITION, high=1000),
)

BY_NAME = {f.name: f for f in FIELDS}


def field_label(name: str) -> str:
    """Translated label of a case fact (falls back to the code made readable)."""
    spec = BY_NAME.get(name)
    return translate("CaseFacts", spec.label) if spec else name.replace("_", " ")


#: fields outside the case facts that the services name in a refusal, by their labels on screen
OTHER_LABELS = {
    "mrn": QT_TRANSLATE_NOOP("Fields", "MRN"), "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"), "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "title": QT_TRANSLATE_NOOP("Fields", "Case title"), "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "taken_on": QT_TRANSLATE_NOOP("Fields", "Date the sample was taken"),
    "study_date": QT_TRANSLATE_NOOP("Fields", "Study date"), "test": QT_TRANSLATE_NOOP("Fields", "Test"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"), "modality": QT_TRANSLATE_NOOP("Fields", "Modality"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"), "deviation_reason": QT_TRANSLATE_NOOP("Fields", "Reason for deviating"),
    "modalities": QT_TRANSLATE_NOOP("Fields", "Treatment"), "intent": QT_TRANSLATE_NOOP("Fields", "Intent"),
    "treatment_date": QT_TRANSLATE_NOOP("Fields", "Treatment date"),
    "treatment_done_on": QT_TRANSLATE_NOOP("Fields", "Treatment given on"),
    "inform_patient_by": QT_TRANSLATE_NOOP("Fields", "Inform patient by"),
    "inform_referrer_by": QT_TRANSLATE_NOOP("Fields", "Inform referrer by"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Done on"), "rebook_on": QT_TRANSLATE_NOOP("Fields", "Book again for"),
    "due_from": QT_TRANSLATE_NOOP("Fields", "Due from"), "due_to": QT_TRANSLATE_NOOP("Fields", "Due to"),
    "meeting_date": QT_TRANSLATE_NOOP("Fields", "Meeting date"), "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "result": QT_TRANSLATE_NOOP("Fields", "Result"), "status": QT_TRANSLATE_NOOP("Fields", "Status"),
}


def any_label(field: str) -> str:
    """The label of a field named in a refusal ("patient.birth_date" -> "Date of birth"), never a code name."""
    name = field.split(".")[-1]
    if name in BY_NAME:
        return field_label(name)
    if name in OTHER_LABELS:
        return translate("Fields", OTHER_LABELS[name])
    return name.replace("_", " ").capitalize()


def shown_value(value: object) -> str:
    """A refused value as the user would say it: empty rather than None."""
    if value is None or value == "":
        return translate("Fields", "(empty)")
    return f"“{value}”"
