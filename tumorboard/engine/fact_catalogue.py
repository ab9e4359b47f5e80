"""The catalogue of case facts: for each CaseFacts field its label on screen and on paper, kind,
unit, section, help line and usual range, in the editor's order. The GUI's fields (ui/fact_fields.py)
and the printed case sheets (reports/casesheet.py) take their labels and units from here; the
allowed limits and the codes are read from the CaseFacts model itself, so they are declared once.

Labels are English source strings translated under the context "CaseFacts" (the GUI's
update_translations.py lists this file for pyside6-lupdate, which finds QT_TRANSLATE_NOOP by name)."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

import annotated_types as at
from pydantic import StringConstraints

from ..i18n import register_labels
from .facts import CaseFacts

#: "text": free text, `high` the most characters
Kind = Literal["bool", "code", "codes", "int", "float", "date", "text"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark `text` for translation under `context`; the core returns it unchanged (no Qt here)."""
    return text


def _(text: str) -> str:
    return QT_TRANSLATE_NOOP("CaseFacts", text)


S_PATIENT = QT_TRANSLATE_NOOP("CaseFacts", "Patient")
S_PRIMARY = QT_TRANSLATE_NOOP("CaseFacts", "Primary tumour")
S_LIVER = QT_TRANSLATE_NOOP("CaseFacts", "Liver lesions")
S_EXTRA = QT_TRANSLATE_NOOP("CaseFacts", "Extrahepatic disease")
S_CONDITION = QT_TRANSLATE_NOOP("CaseFacts", "Condition")
S_LAB = QT_TRANSLATE_NOOP("CaseFacts", "Liver function and markers")
S_IMAGING = QT_TRANSLATE_NOOP("CaseFacts", "Imaging studies")
S_PATHOLOGY = QT_TRANSLATE_NOOP("CaseFacts", "Pathology")

SECTIONS = (S_PATIENT, S_PRIMARY, S_LIVER, S_EXTRA, S_CONDITION, S_LAB, S_IMAGING, S_PATHOLOGY)


@dataclass(frozen=True)
class FactSpec:
    name: str
    label: str
    kind: Kind
    section: str
    unit: str = ""
    codes: type[StrEnum] | None = None
    low: float | None = None
    high: float | None = None
    low_open: bool = False  # True: value must be > low (not >=)
    help: str = ""
    #: (low, high, hint): a value outside is accepted but questioned (a result typed in another unit)
    usual: tuple[float, float, str] | None = None
    #: the label on a printed case sheet, where a line is short ("" = the screen label)
    paper: str = ""
    #: the unit is printed after the value on paper ("Age 62", not "62 years")
    unit_on_paper: bool = True

    @property
    def paper_label(self) -> str:
        return self.paper or self.label


def _inner(annotation: Any) -> tuple[Any, list[Any]]:
    """The value type of a CaseFacts field and its constraints (None and Annotated unwrapped)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    metadata: list[Any] = []
    if typing.get_origin(annotation) is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        for item in extra:
            metadata.extend(getattr(item, "metadata", None) or [item])
        annotation = base
    return annotation, metadata


def _spec(name: str, label: str, section: str, unit: str = "", **more: Any) -> FactSpec:
    """A catalogue entry whose kind, codes and limits come from the CaseFacts field `name`."""
    value_type, constraints = _inner(CaseFacts.model_fields[name].annotation)
    low = high = None
    low_open = False
    for c in constraints:
        if isinstance(c, at.Ge):
            low = float(c.ge)  # type: ignore[arg-type]
        elif isinstance(c, at.Gt):
            low, low_open = float(c.gt), True  # type: ignore[arg-type]
        elif isinstance(c, at.Le):
            high = float(c.le)  # type: ignore[arg-type]
        elif isinstance(c, StringConstraints) and c.max_length is not None:
            high = float(c.max_length)
    codes: type[StrEnum] | None = None
    kind: Kind
    if typing.get_origin(value_type) is list:
        kind, codes = "codes", typing.get_args(value_type)[0]
    elif isinstance(value_type, type) and issubclass(value_type, StrEnum):
        kind, codes = "code", value_type
    elif value_type is bool:
        kind = "bool"
    elif value_type is int:
        kind = "int"
    elif value_type is float:
        kind = "float"
    elif value_type is date:
        kind = "date"
    elif value_type is str:
        kind = "text"
    else:  # pragma: no cover - a new field type needs a control in the GUI first
        raise TypeError(f"case fact {name}: no kind for {value_type!r}")
    return FactSpec(name, label, kind, section, unit, codes, low, high, low_open, **more)


FACTS: tuple[FactSpec, ...] = (
    _spec("age_years", _("Age"), S_PATIENT, _("years"), unit_on_paper=False),
    _spec("primary_site", _("Primary site"), S_PRIMARY),
    _spec("primary_diagnosed_on", _("Primary diagnosed on"), S_PRIMARY, paper="Primary diagnosed"),
    _spec("primary_resected", _("Primary radically resected"), S_PRIMARY, paper="Primary resected"),
    _spec("primary_resectable", _("Primary resectable"), S_PRIMARY),
    _spec("emergency_primary_surgery", _("Emergency primary surgery (e.g. obstruction)"), S_PRIMARY,
          paper="Emergency primary surgery"),
    _spec("disease_free_interval_months", _("Disease-free interval"), S_PRIMARY, _("months")),
    _spec("liver_mets", _("Liver metastases"), S_LIVER),
    _spec("liver_mets_detected_on", _("Liver metastases detected on"), S_LIVER, paper="Liver mets detected"),
    _spec("timing", _("Timing"), S_LIVER,
          help=_("Left unknown, it is derived from the two dates (within 6 months = synchronous).")),
    # "seen on", not "confirmed by": a lesion can still be only suspected after contrast imaging (DX-5)
    _spec("confirmed_by", _("Seen on"), S_LIVER,
          help=_("The studies that showed the liver lesions. Ultrasound alone does not confirm them: "
                 "contrast CT or MRI does (DX-1).")),
    _spec("lesion_count", _("Number of lesions"), S_LIVER, paper="Lesions"),
    _spec("largest_lesion_cm", _("Largest lesion"), S_LIVER, "cm"),
    _spec("liver_segments", _("Segments with lesions"), S_LIVER, help=_("Couinaud segments I-VIII; or bilobar."),
          paper="Segments"),
    _spec("major_vessels", _("Major vessels abutted or invaded"), S_LIVER, paper="Major vessels"),
    _spec("adjacent_to_hollow_structure", _("Lesion next to gallbladder or major bile duct"), S_LIVER,
          paper="Next to gallbladder or major bile duct"),
    _spec("liver_resectable", _("Liver disease resectable (surgeon)"), S_LIVER, paper="Liver resectable"),
    _spec("future_liver_remnant_pct", _("Future liver remnant"), S_LIVER, "%"),
    _spec("recurrence_after_hepatectomy", _("Recurrence after earlier liver resection"), S_LIVER,
          paper="Recurrence after hepatectomy"),
    _spec("extrahepatic_disease", _("Disease outside the liver"), S_EXTRA, paper="Extrahepatic disease"),
    _spec("ecog", _("ECOG performance status"), S_CONDITION, help=_("0 fully active … 4 completely disabled"),
          paper="ECOG"),
    _spec("fit_for_major_surgery", _("Fit for major surgery"), S_CONDITION),
    _spec("accepts_surgery", _("Patient accepts surgery"), S_CONDITION, paper="Accepts surgery"),
    _spec("prior_systemic_therapy", _("Prior systemic therapy"), S_CONDITION),
    _spec("response_to_systemic_therapy", _("Response to systemic therapy"), S_CONDITION, paper="Response"),
    # Usual ranges only catch a result typed in another unit (a data-entry check, not a clinical rule):
    # albumin 4.1 is g/dL (41 g/L); bilirubin 0.9 is mg/dL (15 µmol/L, x 17.1).
    _spec("bilirubin_umol_l", _("Bilirubin"), S_LAB, "µmol/L",
          usual=(2, 1000, _("Unusual in µmol/L: a value in mg/dL is multiplied by 17.1. Check the unit."))),
    _spec("albumin_g_l", _("Albumin"), S_LAB, "g/L",
          usual=(10, 70, _("Unusual in g/L: a value in g/dL is multiplied by 10. Check the unit."))),
    _spec("inr", _("INR"), S_LAB, usual=(0.5, 10, _("Unusual for an INR. Check the value."))),
    _spec("ascites", _("Ascites"), S_LAB),
    _spec("encephalopathy", _("Encephalopathy"), S_LAB),
    _spec("cirrhosis", _("Cirrhosis"), S_LAB),
    _spec("hbv_or_hcv_positive", _("Hepatitis B or C positive"), S_LAB, paper="HBV / HCV"),
    _spec("afp_ng_ml", _("AFP"), S_LAB, "ng/mL"),
    _spec("cea_ng_ml", _("CEA"), S_LAB, "ng/mL"),
    _spec("node_positive_primary", _("Primary lymph-node positive"), S_PATHOLOGY, paper="Node-positive primary"),
    # pathology, molecular markers and comorbidities: recorded and printed, no rule reads them
    _spec("histology", _("Histology"), S_PATHOLOGY),
    _spec("ras_status", _("RAS (KRAS/NRAS)"), S_PATHOLOGY),
    _spec("braf_status", _("BRAF"), S_PATHOLOGY),
    _spec("msi_status", _("Microsatellite status"), S_PATHOLOGY),
    _spec("comorbidities", _("Comorbidities"), S_CONDITION),
)

BY_NAME: dict[str, FactSpec] = {f.name: f for f in FACTS}
register_labels({f.name: f.label for f in FACTS})  # the names tumorboard.i18n.fields() prints by label
