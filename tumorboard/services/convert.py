"""Tables -> boundary types and case facts <-> columns: the one place each way."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import ValidationError

from tumorboard.engine.facts import FACT_FIELDS, CaseFacts
from tumorboard.errors import InvalidInput
from tumorboard.store.models import Case, Decision, ImagingStudy, LabResult, Patient

from .schemas import DecisionOut, ImagingOut, LabOut, PatientOut


def facts_to_columns(facts: CaseFacts) -> dict[str, Any]:
    """Every fact field as a column value (unknown -> None); codes as plain strings."""
    out: dict[str, Any] = {}
    for name in FACT_FIELDS:
        value = getattr(facts, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list):
            value = [v.value if isinstance(v, Enum) else v for v in value]
        out[name] = value
    return out


def case_facts(case: Case) -> CaseFacts:
    """The stored facts as the engine's input; InvalidInput if they contradict each other (saved before such
    facts were refused): the coordinator corrects them in the case editor."""
    try:
        return CaseFacts.model_validate({name: getattr(case, name) for name in FACT_FIELDS})
    except ValidationError as exc:
        raise InvalidInput.from_pydantic(exc, f"stored facts of case {case.id}") from None


def stored_facts(case: Case) -> CaseFacts:
    """The stored facts for showing and editing, contradicting ones included (so they can be corrected)."""
    values = {name: getattr(case, name) for name in FACT_FIELDS}
    return CaseFacts.model_validate(values, context={"stored": True})


def patient_out(p: Patient) -> PatientOut:
    return PatientOut.model_validate(p)


def imaging_out(i: ImagingStudy) -> ImagingOut:
    return ImagingOut.model_validate(i)


def lab_out(lab: LabResult) -> LabOut:
    return LabOut.model_validate(lab)


def decision_out(d: Decision) -> DecisionOut:
    return DecisionOut.model_validate(d)
