"""store.prepared and store.idlist on a real database (SQLite file, or PostgreSQL in CI's db pass)."""

from __future__ import annotations

import pytest
from sqlalchemy import String, bindparam, select
from sqlmodel import col

from tests.conftest import postgres_server_url
from tumorboard.store.database import make_engine
from tumorboard.store.idlist import in_id_list
from tumorboard.store.models import Patient
from tumorboard.store.prepared import Prepared
from tumorboard.store.types import like_pattern

pytestmark = pytest.mark.db


@pytest.fixture
def patients(workspace):
    for i, name in enumerate(["50% Anna", "Ma_Lin", "王秀英", "Back\\slash"]):
        workspace.cases.create({"patient": {"mrn": f"M{i}", "name": name}, "facts": {"primary_site": "lung"}})
    return workspace


def _by_name() -> Prepared:
    return Prepared(lambda: select(col(Patient.name)).where(
        col(Patient.search_key).like(bindparam("search", type_=String), escape="\\")).order_by(col(Patient.name)))


@pytest.mark.parametrize("term, names", [("%", ["50% Anna"]), ("_", ["Ma_Lin"]), ("\\", ["Back\\slash"]),
                                         ("秀", ["王秀英"]), ("a", ["50% Anna", "Back\\slash", "Ma_Lin"])])
def test_a_statement_compiled_on_a_new_engine_escapes_like_its_server_expects(patients, term, names):
    # A new engine, never connected: the statement must be compiled for the server's settings
    # (PostgreSQL: standard_conforming_strings), not the dialect's defaults before the first connect.
    engine = make_engine(patients.engine.url)
    try:
        assert [r[0] for r in _by_name().run(engine, {"search": like_pattern(term)})[1]] == names
    finally:
        engine.dispose()


def test_an_id_list_is_bound_as_one_parameter(patients):
    ids = [r[0] for r in Prepared(lambda: select(col(Patient.id)).order_by(col(Patient.id))).run(patients.engine, {})[1]]
    names = Prepared(lambda: select(col(Patient.name)).where(in_id_list(col(Patient.id), "ids")).order_by(col(Patient.id)))
    assert [r[0] for r in names.run(patients.engine, {"ids": [ids[2], ids[0], 10**9]})[1]] == ["50% Anna", "王秀英"]
    assert names.run(patients.engine, {"ids": []})[1] == []
    many = list(range(1, 20_001)) + ids  # far beyond SQLite's limit of bound parameters per statement
    assert len(names.run(patients.engine, {"ids": many})[1]) == 4


def _server_prepared(engine) -> list[str]:
    """The statements the pooled connection holds prepared on the server."""
    raw = engine.raw_connection()  # not engine.connect(): its ROLLBACK at the end makes psycopg drop them all
    try:
        cursor = raw.cursor()
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [r[0] for r in cursor.fetchall()]
    finally:
        raw.close()


@pytest.mark.skipif(postgres_server_url() is None, reason="needs PostgreSQL")
def test_a_statement_planned_for_its_values_is_never_a_server_prepared_statement(patients):
    """psycopg prepares a statement on the server after 5 runs; PostgreSQL may then run it with a generic
    plan, one for every search term (a common one walked like a rare one: 36 ms instead of 1 at 100,000
    patients). A replan statement is planned for its values on every run; others stay prepared."""
    engine = make_engine(patients.engine.url)  # one run at a time: every run on the pool's one connection
    try:
        replanned = Prepared(lambda: select(col(Patient.name)).where(
            col(Patient.search_key).like(bindparam("search", type_=String), escape="\\")).limit(1), replan=True)
        prepared = Prepared(lambda: select(col(Patient.mrn)).where(
            col(Patient.search_key).like(bindparam("search", type_=String), escape="\\")).limit(2))
        for _ in range(8):
            assert replanned.run(engine, {"search": like_pattern("a")})[1]
            assert prepared.run(engine, {"search": like_pattern("a")})[1]
        held = _server_prepared(engine)
        assert [s for s in held if "patients.name" in s] == []
        assert len([s for s in held if "patients.mrn" in s]) == 1
    finally:
        engine.dispose()
