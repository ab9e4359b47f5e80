"""Is a case ready for the board? A checklist the coordinator works through.

Limits on the age of imaging and labs are engine parameters
(readiness_imaging_max_weeks, readiness_labs_max_weeks), overridable in settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Protocol

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.engine.vocabulary import Modality
from tumorboard.i18n import N_, fields, localize, msg, using

from .schemas import Readiness, ReadinessItem

CROSS_SECTIONAL = ("ct", "mri")
LIVER_FUNCTION = {"bilirubin": "bilirubin_umol_l", "albumin": "albumin_g_l", "inr": "inr"}


class Study(Protocol):
    """An imaging study as the checklist reads it (ImagingStudy rows, demo rows)."""

    @property
    def modality(self) -> str: ...
    @property
    def study_date(self) -> date: ...


class LastingFacts(Protocol):
    """The facts the checklist reads (CaseFacts, or readiness_stored's view of stored columns)."""

    @property
    def confirmed_by(self) -> Sequence[str] | None: ...
    @property
    def bilirubin_umol_l(self) -> float | None: ...
    @property
    def albumin_g_l(self) -> float | None: ...
    @property
    def inr(self) -> float | None: ...
    @property
    def ecog(self) -> int | None: ...
    @property
    def future_liver_remnant_pct(self) -> float | None: ...
    @property
    def liver_resectable(self) -> bool | None: ...


class Lab(Protocol):
    @property
    def test(self) -> str: ...
    @property
    def taken_on(self) -> date: ...


def check(
    facts: CaseFacts,
    imaging: Sequence[Study],
    labs: Sequence[Lab],
    recommendation: Recommendation | None,
    as_of: date,
    imaging_max_weeks: int,
    labs_max_weeks: int,
    language: str = "en",
) -> Readiness:
    """The checklist as of `as_of`, its lines in `language` (en, zh_CN)."""
    with using(language):  # _item() says each line in it
        items = [
            _confirmed_imaging(facts, imaging),
            _imaging_recent(imaging, as_of, imaging_max_weeks),
            _liver_function(facts),
            _labs_recent(labs, as_of, labs_max_weeks),
            _performance_status(facts),
            _liver_remnant(facts, recommendation),
        ]
    return Readiness(ready=all(i.ok for i in items), items=items)


def _item(code: str, label: str, ok: bool, detail: str) -> ReadinessItem:
    """A checklist line, its label and detail in the language in force (see check)."""
    return ReadinessItem(code=code, label=localize(label), ok=ok, detail=localize(detail))


def lasting_items_ok(facts: LastingFacts, imaging: Sequence[Study], recommend: Callable[[], Recommendation | None]) -> bool:
    """The items that do not age with the calendar all ticked (the engine is asked only when it
    decides the answer: the future liver remnant is unknown and everything else is there)."""
    # the same tests as the items below, without building the items (run for every case a demo or refresh writes)
    if not _cross_sectional(facts, imaging) or _missing_liver_function(facts) or facts.ecog is None:
        return False
    return facts.future_liver_remnant_pct is not None or not _remnant_needed(facts, recommend())[0]


def latest_cross_sectional(imaging: Sequence[Study]) -> date | None:
    return max((i.study_date for i in imaging if i.modality in CROSS_SECTIONAL), default=None)


def liver_function_taken_on(labs: Sequence[Lab]) -> date | None:
    """The oldest of the latest bilirubin, albumin and INR: all are recent iff this is (None: one missing)."""
    latest: dict[str, date] = {}
    for lab in labs:  # one pass: called for every case a demo or refresh writes
        if lab.test in LIVER_FUNCTION and (lab.test not in latest or lab.taken_on > latest[lab.test]):
            latest[lab.test] = lab.taken_on
    return min(latest.values()) if len(latest) == len(LIVER_FUNCTION) else None


def _cross_sectional(facts: LastingFacts, imaging: Sequence[Study]) -> list[str]:
    """CT / MRI confirming the lesions, from the facts or a recorded study."""
    confirmed = {str(c) for c in facts.confirmed_by or []} & set(CROSS_SECTIONAL)  # codes are StrEnums
    studied = {i.modality for i in imaging} & set(CROSS_SECTIONAL)
    return sorted(confirmed | studied)


def _missing_liver_function(facts: LastingFacts) -> list[str]:
    return [test for test, field in LIVER_FUNCTION.items() if getattr(facts, field) is None]


def _remnant_needed(facts: LastingFacts, rec: Recommendation | None) -> tuple[bool, str]:
    """Whether the future liver remnant must be known, and why."""
    if rec is not None:
        return any(o.modality == Modality.hepatectomy for o in rec.options), N_("resection is among the engine's options")
    # engine unavailable: fall back on the surgeon's judgement
    return facts.liver_resectable is True, N_("the liver is judged resectable")


def _confirmed_imaging(facts: LastingFacts, imaging: Sequence[Study]) -> ReadinessItem:
    found = _cross_sectional(facts, imaging)
    return _item(
        code="cross_sectional_imaging",
        label=N_("Confirmed cross-sectional imaging (contrast CT or MRI)"),
        ok=bool(found),
        detail=msg("on record: {studies}", studies=", ".join(x.upper() for x in found)) if found
        else N_("no contrast CT or MRI on record"),
    )


def _imaging_recent(imaging: Sequence[Study], as_of: date, weeks: int) -> ReadinessItem:
    latest = latest_cross_sectional(imaging)
    ok = latest is not None and latest >= as_of - timedelta(weeks=weeks)
    detail = N_("no dated CT/MRI study recorded") if latest is None else msg("latest CT/MRI {day}", day=latest.isoformat())
    return _item(
        code="imaging_recent", label=msg("Imaging not older than {weeks} weeks", weeks=weeks), ok=ok, detail=detail
    )


def _liver_function(facts: LastingFacts) -> ReadinessItem:
    missing = _missing_liver_function(facts)
    return _item(
        code="liver_function",
        label=N_("Liver function (bilirubin, albumin, INR)"),
        ok=not missing,
        detail=msg("missing: {fields}", fields=fields(*(LIVER_FUNCTION[t] for t in missing))) if missing
        else N_("bilirubin, albumin and INR known"),
    )


def _labs_recent(labs: Sequence[Lab], as_of: date, weeks: int) -> ReadinessItem:
    limit = as_of - timedelta(weeks=weeks)
    stale: list[str] = []
    for test, field in LIVER_FUNCTION.items():
        latest = max((lab.taken_on for lab in labs if lab.test == test), default=None)
        if latest is None or latest < limit:
            stale.append(msg("{test} ({day})", test=fields(field), day=latest.isoformat() if latest else N_("none")))
    return _item(
        code="labs_recent",
        label=msg("Liver function tests not older than {weeks} weeks", weeks=weeks),
        ok=not stale,
        detail=msg("too old or missing: {tests}", tests=stale) if stale else msg("all taken since {day}", day=limit.isoformat()),
    )


def _performance_status(facts: LastingFacts) -> ReadinessItem:
    return _item(
        code="performance_status",
        label=N_("Performance status (ECOG)"),
        ok=facts.ecog is not None,
        detail=f"ECOG {facts.ecog}" if facts.ecog is not None else N_("ECOG not recorded"),
    )


def _liver_remnant(facts: LastingFacts, rec: Recommendation | None) -> ReadinessItem:
    needed, why = _remnant_needed(facts, rec)
    label = N_("Future liver remnant (when resection is considered)")
    if not needed:
        return _item(code="future_liver_remnant", label=label, ok=True, detail=N_("not needed: no resection proposed"))
    known = facts.future_liver_remnant_pct
    return _item(
        code="future_liver_remnant",
        label=label,
        ok=known is not None,
        detail=f"{known:g} %" if known is not None else msg("needed: {why}", why=why),
    )
