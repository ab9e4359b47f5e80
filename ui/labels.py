"""Plain-language, translated labels for the service layer's codes (statuses, results, roles)."""

from __future__ import annotations

from tumorboard.services.case_codes import CASE_STATUS_LABELS  # plain words, no pydantic (the first window)
from ui.i18n import QT_TRANSLATE_NOOP, translate

_STATUS = CASE_STATUS_LABELS  # the core's wording, the same in the PDFs (update_translations.py lists them)
_RESULT = {
    "no_evidence_of_disease": QT_TRANSLATE_NOOP("Result", "No evidence of disease"),
    "stable": QT_TRANSLATE_NOOP("Result", "Stable"),
    "response": QT_TRANSLATE_NOOP("Result", "Response"),
    "new_lesion": QT_TRANSLATE_NOOP("Result", "New lesion (back to the board)"),
    "progression": QT_TRANSLATE_NOOP("Result", "Progression (back to the board)"),
    "not_done": QT_TRANSLATE_NOOP("Result", "Not done"),
}
_SEX = {
    "female": QT_TRANSLATE_NOOP("Sex", "Female"),
    "male": QT_TRANSLATE_NOOP("Sex", "Male"),
    "other": QT_TRANSLATE_NOOP("Sex", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Sex", "Unknown"),
}


def _code(value: object) -> str:
    return str(value or "")  # a StrEnum is its code


def status_label(value: object) -> str:
    code = _code(value)
    return translate("Status", _STATUS[code]) if code in _STATUS else code


def result_label(value: object) -> str:
    code = _code(value)
    return translate("Result", _RESULT[code]) if code in _RESULT else code


def sex_label(value: object) -> str:
    code = _code(value)
    return translate("Sex", _SEX[code]) if code in _SEX else code


STATUSES = tuple(_STATUS)
RESULTS = tuple(_RESULT)
SEXES = tuple(_SEX)
