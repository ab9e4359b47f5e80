"""Bulk inserts write exactly what the ORM would: dates, UTC timestamps, JSON, booleans, None."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from tumorboard.store.bulk import insert_rows
from tumorboard.store.models import Case, Patient

pytestmark = pytest.mark.db

STAMP = {"created_at": datetime(2026, 11, 23, 8, 0, 0, 123456, tzinfo=UTC), "created_by": "bulk",
         "updated_at": datetime(2026, 11, 23, 8, 0, 0, tzinfo=UTC), "updated_by": "bulk", "version": 1}


def test_bulk_rows_read_back_as_written(workspace):
    patients = [{"id": i, "mrn": f"B{i}", "name": f"王{i}", "sex": "female", "birth_date": date(1950, 1, i),
                 "name_key": f"王{i}", "search_key": f"王{i} b{i}", **STAMP} for i in (1, 2, 3)]
    confirmed = [["ct", "mri"], None, ["ct", "mri"]]
    cases = [{"id": i, "patient_id": i, "name_key": f"王{i}", "title": "", "notes": "", "status": "draft", "primary_site": "lung",
              "confirmed_by": confirmed[i - 1], "cirrhosis": [True, False, None][i - 1],
              "largest_lesion_cm": [1.5, None, 3.0][i - 1], "as_of": [date(2026, 1, 31), None, date(2026, 1, 31)][i - 1],
              **STAMP} for i in (1, 2, 3)]
    with workspace.engine.connect().execution_options(tumorboard_write=True) as conn, conn.begin():
        insert_rows(conn, Patient.__table__, patients)
        insert_rows(conn, Case.__table__, cases)
    with workspace.read() as s:
        got = s.execute(select(Case).order_by(Case.id)).scalars().all()
        people = s.execute(select(Patient).order_by(Patient.id)).scalars().all()
    assert [c.confirmed_by for c in got] == confirmed
    assert [c.cirrhosis for c in got] == [True, False, None]
    assert [c.largest_lesion_cm for c in got] == [1.5, None, 3.0]
    assert [c.as_of for c in got] == [date(2026, 1, 31), None, date(2026, 1, 31)]
    assert got[0].created_at == STAMP["created_at"] and got[0].updated_at == STAMP["updated_at"]
    assert [p.birth_date for p in people] == [date(1950, 1, 1), date(1950, 1, 2), date(1950, 1, 3)]
    assert workspace.cases.query({"search": "王2"})[0].id == 2


def test_json_text_is_written_as_it_is_and_reads_back_as_the_document(workspace):
    from tumorboard.store.bulk import JsonText

    patients = [{"id": 1, "mrn": "J1", "name": "Jansen", "sex": "male", "birth_date": date(1950, 1, 1),
                 "name_key": "jansen", "search_key": "jansen j1", **STAMP}]
    confirmed = [JsonText('["ct","mri"]'), ["ultrasound"], None]  # serialised, a list, unknown: one column
    cases = [{"id": i, "patient_id": 1, "name_key": "jansen", "title": "", "notes": "", "status": "draft", "primary_site": "lung",
              "confirmed_by": confirmed[i - 1], **STAMP} for i in (1, 2, 3)]
    with workspace.engine.connect().execution_options(tumorboard_write=True) as conn, conn.begin():
        insert_rows(conn, Patient.__table__, patients)
        insert_rows(conn, Case.__table__, cases)
    with workspace.read() as s:
        got = s.execute(select(Case.confirmed_by).order_by(Case.id)).scalars().all()
    assert got == [["ct", "mri"], ["ultrasound"], None]  # not the JSON string '["ct","mri"]'
