"""What the case editor shows for each case fact: section, label, control, unit, and what is
allowed (said at the field when a value is refused). All of it comes from the core's catalogue of
case facts (tumorboard.engine.fact_catalogue, handed on by tumorboard.services.vocabulary): the
printed case sheets use the same labels, and the limits are those CaseFacts itself enforces.

Labels are English source strings translated in the "CaseFacts" context."""

from __future__ import annotations

from dataclasses import dataclass, fields

from tumorboard.services.vocabulary import (
    FACT_CATALOGUE,
    LABELS,
    S_CONDITION,
    S_EXTRA,
    S_IMAGING,
    S_LAB,
    S_LIVER,
    S_PATHOLOGY,
    S_PATIENT,
    S_PRIMARY,
    FactSpec,
)
from tumorboard.services.vocabulary import (
    FACT_SECTIONS as SECTIONS,
)
from ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class FieldSpec(FactSpec):
    """A catalogue entry with the words the editor says about it."""

    @classmethod
    def of(cls, spec: FactSpec) -> FieldSpec:
        return cls(**{f.name: getattr(spec, f.name) for f in fields(FactSpec)})

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


FIELDS: tuple[FieldSpec, ...] = tuple(FieldSpec.of(spec) for spec in FACT_CATALOGUE)

BY_NAME = {f.name: f for f in FIELDS}
#: the codes the vocabulary has labels for (a refused value that is one is shown by its label)
VOCABULARY_CODES = frozenset(LABELS)

__all__ = ["BY_NAME", "FIELDS", "SECTIONS", "S_CONDITION", "S_EXTRA", "S_IMAGING", "S_LAB", "S_LIVER",
           "S_PATHOLOGY", "S_PATIENT", "S_PRIMARY", "FieldSpec", "field_label"]


def field_label(name: str) -> str:
    """Translated label of a case fact (falls back to the code made readable)."""
    spec = BY_NAME.get(name)
    return translate("CaseFacts", spec.label) if spec else name.replace("_", " ")


#: fields outside the case facts that the services name in a refusal, by their labels on screen
OTHER_LABELS = {
    "mrn": QT_TRANSLATE_NOOP("Fields", "MRN"), "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"), "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "title": QT_TRANSLATE_NOOP("Fields", "Case title"), "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "referrer": QT_TRANSLATE_NOOP("Fields", "Referring clinician"), "gp": QT_TRANSLATE_NOOP("Fields", "GP"),
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
    "agenda_item_id": QT_TRANSLATE_NOOP("Fields", "Agenda item"), "agenda item": QT_TRANSLATE_NOOP("Fields", "Agenda item"),
    "item_ids": QT_TRANSLATE_NOOP("Fields", "Agenda order"), "agenda": QT_TRANSLATE_NOOP("Fields", "Agenda"),
    "meeting": QT_TRANSLATE_NOOP("Fields", "Meeting"), "case": QT_TRANSLATE_NOOP("Fields", "Case"),
    "slot_minutes": QT_TRANSLATE_NOOP("Fields", "Minutes for the case"),
    "time_spent_seconds": QT_TRANSLATE_NOOP("Fields", "Time spent"), "owner": QT_TRANSLATE_NOOP("Fields", "Who follows it up"),
    "trial_considered": QT_TRANSLATE_NOOP("Fields", "A clinical trial was considered"),
    "before_meeting_confirmed": QT_TRANSLATE_NOOP("Fields", "Recorded before the meeting"),
    "identity": QT_TRANSLATE_NOOP("Fields", "Login name"), "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Display name"), "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "hospital_name": QT_TRANSLATE_NOOP("Fields", "Hospital name"), "logo_path": QT_TRANSLATE_NOOP("Fields", "Logo"),
    "board_email": QT_TRANSLATE_NOOP("Fields", "Invitations from"),
    "core_specialties": QT_TRANSLATE_NOOP("Fields", "Core specialties"),
    "parameters_file": QT_TRANSLATE_NOOP("Fields", "Parameter file"),
    "contact_name": QT_TRANSLATE_NOOP("Fields", "Contact for patients"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Contact phone"), "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "encoding": QT_TRANSLATE_NOOP("Fields", "Encoding"), "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "FILE": QT_TRANSLATE_NOOP("Fields", "File"), "mapping": QT_TRANSLATE_NOOP("Fields", "Column mapping"),
    "date order": QT_TRANSLATE_NOOP("Fields", "Date order"), "from": QT_TRANSLATE_NOOP("Fields", "From"),
    "due": QT_TRANSLATE_NOOP("Fields", "Due"), "cases": QT_TRANSLATE_NOOP("Fields", "Number of cases"),
    "question": QT_TRANSLATE_NOOP("Fields", "Question"), "attendance": QT_TRANSLATE_NOOP("Fields", "Attendance"),
    "rationale": QT_TRANSLATE_NOOP("Fields", "Rationale"), "informer": QT_TRANSLATE_NOOP("Fields", "Who informs"),
    "identifier": QT_TRANSLATE_NOOP("Fields", "MRN"), "(input)": QT_TRANSLATE_NOOP("Fields", "Input"),
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
    """A refused value as the user would say it: empty rather than None, yes / no rather than True / False,
    a status or a vocabulary code by its label."""
    from ui.i18n import label as code_label
    from ui.labels import STATUSES, status_label

    if value is None or value == "":
        return translate("Fields", "(empty)")
    if isinstance(value, bool):
        return translate("Fields", "yes") if value else translate("Fields", "no")
    if isinstance(value, str) and value in STATUSES:
        return f"“{status_label(value)}”"
    if isinstance(value, str) and value in VOCABULARY_CODES:
        return f"“{code_label(value)}”"
    return f"“{value}”"
