"""Typed list rows built without validating them again (services/trusted_rows.py) are exactly the
validated rows: same values, same types, same field order, on a real database (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import text

from tumorboard.services import case_list
from tumorboard.services.demo import populate
from tumorboard.services.followups import _DUE_ROWS, _due, _patients_of
from tumorboard.services.rows import FOLLOWUP_LIST
from tumorboard.services.schemas import CaseQuery, CaseRow, FollowUpRow
from tumorboard.services.trusted_rows import TrustedRows

pytestmark = pytest.mark.db


def exactly(model: BaseModel) -> list[tuple[str, type, object]]:
    """Each field as stored in the model, in its order, with its type (a str is not its StrEnum)."""
    return [(k, type(v), v) for k, v in model.__dict__.items()] + [("set", set, model.model_fields_set)]


@pytest.fixture
def board(workspace, today):
    for _ in populate(workspace.db, 150, seed=5, today=today):
        pass
    # what the demo has few of: no birth date, other sexes, names in other scripts, unset facts
    workspace.cases.create({"patient": {"mrn": "T1", "name": "Ødegård Ærø", "sex": "other"},
                            "facts": {"primary_site": "unknown"}})
    workspace.cases.create({"patient": {"mrn": "T2", "name": "王秀英", "sex": "female", "birth_date": today},
                            "facts": {"primary_site": "lung", "liver_mets": "suspected"}})
    with workspace.engine.begin() as conn:  # a provisional one (the demo plans none): the flag, stored 0/1 on SQLite
        conn.execute(text("UPDATE followups SET provisional = true, responsible = 'Dr Ærø' "
                          "WHERE id = (SELECT min(id) FROM followups WHERE status = 'open')"))
    return workspace


@pytest.mark.parametrize("query", [{}, {"sort": "age"}, {"status": "closed"}, {"search": "王"}, {"ready": False}])
def test_case_list_rows_are_the_validated_rows(board, today, query):
    q = CaseQuery(**query)
    columns, rows = case_list.run(board.engine, "rows", q, board.cases._ready_since(q), today)
    assert len(rows) > 1
    built = case_list.to_rows(columns, rows)
    validated = case_list.CASE_ROWS.validate_python([dict(zip(columns, r, strict=True)) for r in rows])
    assert [exactly(m) for m in built] == [exactly(m) for m in validated]
    assert built == validated and [m.model_dump_json() for m in built] == [m.model_dump_json() for m in validated]
    if not query:  # every case: the unknown birth date and its age came through as None
        assert any(m.birth_date is None and m.age_years is None for m in built)


def test_due_rows_are_the_validated_rows(board, today):
    columns, found = _due(True, False).run(board.engine, {"until": today + timedelta(days=3650)})
    assert len(found) > 20
    at = columns.index("case_id")
    people = _patients_of(board.engine, {r[at] for r in found})
    rows = [r + people[r[at]] for r in found]
    built = _DUE_ROWS.build(rows)
    validated = FOLLOWUP_LIST.validate_python([dict(zip(_DUE_ROWS.columns, r, strict=True)) for r in rows])
    assert [exactly(m) for m in built] == [exactly(m) for m in validated]
    assert {m.provisional for m in built} == {True, False}  # both flags came through
    assert board.followups.due(today + timedelta(days=3650)) == built


def test_due_list_reads_what_the_worklist_reads(board, today):
    until = today + timedelta(days=60)
    due = board.followups.due(until)
    listed = board.followups.list({"status": "open", "due_to": until, "sort": "due"})
    assert [exactly(m) for m in due] == [exactly(m) for m in listed]
    assert board.followups.due(until, limit=3) == due[:3]
    since = today + timedelta(days=10)
    assert board.followups.due(until, include_overdue=False, as_of=since) == [f for f in due if f.due >= since]


def test_an_unknown_code_is_refused_not_passed_on():
    build = TrustedRows(CaseRow, [name for name in CaseRow.model_fields])
    row = (1, 1, "M", "N", "female", None, "colorectal", "no_such_status", "", None,
           date(2026, 1, 1), "x", 1, None)
    with pytest.raises(ValueError, match="no_such_status"):
        build.build([row])


def test_models_it_cannot_build_exactly_are_refused_when_it_is_made():
    class Checked(BaseModel):
        a: int
        b: str

        @field_validator("b")
        @classmethod
        def _strip(cls, v: str) -> str:
            return v.strip()

    class Constrained(BaseModel):
        a: int = Field(ge=0)
        b: str

    class Listy(BaseModel):
        a: list[int]
        b: str

    for model in (Checked, Constrained, Listy):
        with pytest.raises(TypeError):
            TrustedRows(model, ["a", "b"])
    with pytest.raises(TypeError, match="no field"):
        TrustedRows(FollowUpRow, ["id", "nonsense"])
