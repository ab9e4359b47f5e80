"""The readiness checklist kept on each case as three columns, so the case list can
filter by readiness in SQL at 100,000 cases (ws.cases.query(CaseQuery(ready=...))).

- ready_facts: the items that do not age (readiness.lasting_items_ok), worked out once a dated
  CT/MRI and all three liver tests are on record (False before: the case cannot be ready yet);
- ready_imaging_on / ready_labs_on: the dates the age limits are applied to, at query
  time (so a case turns "not ready" by itself when its labs grow old).
The services refresh them whenever facts, imaging or labs change and on re-evaluation;
`fill_missing` works them out for cases stored before the columns existed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, ColumnElement, and_, bindparam, false, or_, select, true
from sqlmodel import Session, SQLModel, col

from tumorboard.engine.facts import FACT_FIELDS, CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.errors import TumorboardError
from tumorboard.store.models import Case, ImagingStudy, LabResult

from . import readiness
from .database import Database
from .rules import Rules

BATCH = 1000
log = logging.getLogger(__name__)


class StudyDate(NamedTuple):
    modality: str
    study_date: date


class LabDate(NamedTuple):
    test: str
    taken_on: date


@dataclass(frozen=True, slots=True)
class FactView:
    """The facts the checklist reads, straight from stored column values (no model per case)."""

    confirmed_by: list[str] | None
    bilirubin_umol_l: float | None
    albumin_g_l: float | None
    inr: float | None
    ecog: int | None
    future_liver_remnant_pct: float | None
    liver_resectable: bool | None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> FactView:
        return cls(*(values.get(name) for name in VIEW_FIELDS))


VIEW_FIELDS = tuple(FactView.__dataclass_fields__)


def columns(values: Mapping[str, Any], imaging: Sequence[readiness.Study], labs: Sequence[readiness.Lab],
            today: date, rules: Rules, recommendation: Recommendation | None = None) -> dict[str, Any]:
    """The three stored readiness values of one case; `values`: its fact columns (absent = unknown).
    `recommendation`: the engine's answer for these very facts when the caller already has it
    (any as_of: only the options are read, and they do not depend on the day)."""

    def recommend() -> Recommendation | None:
        if recommendation is not None:
            return recommendation
        try:
            return rules.evaluate(CaseFacts.model_validate({**values, "as_of": today}))
        except (TumorboardError, ValueError):  # as readiness(): fall back on the surgeon's judgement
            return None

    imaging_on = readiness.latest_cross_sectional(imaging)
    labs_on = readiness.liver_function_taken_on(labs)
    # without a dated CT/MRI and all three liver tests the case cannot be ready whatever the facts say;
    # adding either refreshes all three columns, so the engine is asked only once both are there
    lasting = (imaging_on is not None and labs_on is not None
               and readiness.lasting_items_ok(FactView.of(values), imaging, recommend))
    return {"ready_facts": lasting, "ready_imaging_on": imaging_on, "ready_labs_on": labs_on}


def predicate(ready: bool, imaging_since: date | BindParameter[date],
              labs_since: date | BindParameter[date]) -> ColumnElement[bool]:
    """SQL for "ready" / "not ready" as of a day (the limits are that day minus the age limits)."""
    if ready:
        return and_(col(Case.ready_facts) == true(), col(Case.ready_imaging_on) >= imaging_since,
                    col(Case.ready_labs_on) >= labs_since)
    return or_(col(Case.ready_facts).is_(None), col(Case.ready_facts) == false(),
               col(Case.ready_imaging_on).is_(None), col(Case.ready_imaging_on) < imaging_since,
               col(Case.ready_labs_on).is_(None), col(Case.ready_labs_on) < labs_since)


def refresh(s: Session, case_ids: Iterable[int], today: date, rules: Rules) -> None:
    """Work out and store the readiness columns of these cases (inside the caller's transaction)."""
    ids = list(case_ids)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        studies: dict[int, list[StudyDate]] = defaultdict(list)
        for cid, modality, day in s.execute(select(col(ImagingStudy.case_id), col(ImagingStudy.modality), col(ImagingStudy.study_date))
                                            .where(col(ImagingStudy.case_id).in_(chunk))):
            studies[cid].append(StudyDate(modality, day))
        labs: dict[int, list[LabDate]] = defaultdict(list)
        for cid, test, day in s.execute(select(col(LabResult.case_id), col(LabResult.test), col(LabResult.taken_on))
                                        .where(col(LabResult.case_id).in_(chunk))):
            labs[cid].append(LabDate(test, day))
        fields = [getattr(Case, name) for name in FACT_FIELDS]
        values = []
        for row in s.execute(select(col(Case.id), *fields).where(col(Case.id).in_(chunk))):
            facts = {name: v for name, v in zip(FACT_FIELDS, row[1:], strict=True) if v is not None}
            values.append({"case_id": row[0], **columns(facts, studies[row[0]], labs[row[0]], today, rules)})
        _store(s, values)


def _store(s: Session, values: list[dict[str, Any]]) -> None:
    """One executemany. Derived values: no version bump, so nobody's open edit is refused for them."""
    if not values:
        return
    table = SQLModel.metadata.tables["cases"]
    stmt = table.update().where(table.c.id == bindparam("b_id")).values(
        ready_facts=bindparam("b_facts"), ready_imaging_on=bindparam("b_imaging"), ready_labs_on=bindparam("b_labs"))
    s.connection().execute(stmt, [{"b_id": v["case_id"], "b_facts": v["ready_facts"],
                                   "b_imaging": v["ready_imaging_on"], "b_labs": v["ready_labs_on"]} for v in values])


def fill_missing(db: Database, progress: Callable[[int], None] | None = None) -> int:
    """Cases stored before the readiness columns existed get theirs; returns how many."""
    with db.read() as s:
        ids = list(s.execute(select(col(Case.id)).where(col(Case.ready_facts).is_(None))).scalars())
    if ids:
        log.info("working out the stored readiness of %d case(s) (once, after a schema upgrade)", len(ids))
    for start in range(0, len(ids), BATCH):
        with db.write() as s:
            refresh(s, ids[start : start + BATCH], db.today(), db.rules)
        if progress:
            progress(min(start + BATCH, len(ids)))
    return len(ids)
