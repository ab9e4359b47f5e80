"""The case list's name order lives on the case (cases.name_key, a copy of the patient's name_key, so
that a filter and the order are one index: migration 0007). Every way a case is made or a patient is
renamed keeps the copy equal, and the list's order follows a rename at once. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.core.services.test_referrals import write_csv
from tumorboard.services import Workspace
from tumorboard.services.demo import populate
from tumorboard.store.database import make_engine, resolve_url
from tumorboard.store.migrate import upgrade_to

pytestmark = pytest.mark.db

DIFFERING = ("SELECT c.id, c.name_key, p.name_key FROM cases c JOIN patients p ON p.id = c.patient_id "
             "WHERE c.name_key <> p.name_key")


def differing(ws: Workspace) -> list[tuple[int, str, str]]:
    with ws.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(DIFFERING))]


def names_in_list_order(ws: Workspace, **query: object) -> list[str]:
    return [r.name for r in ws.cases.query({"sort": "name", **query})]


def test_a_case_carries_its_patients_name_key_however_it_was_made(workspace, make_case, tmp_path):
    first = make_case(mrn="N1", name="Zoë Berg")
    workspace.cases.create({"patient_id": first.patient.id, "facts": {"primary_site": "lung"}})  # a second case
    path = write_csv(tmp_path / "r.csv", ["MRN", "Name", "Primary site"],
                     [["N2", "Ada Ärger", "gastric"], ["N1", "Zoë Berg", "colorectal"], ["N3", "王秀英", "breast"]])
    job = workspace.referrals.open(path)
    list(job.check())
    list(job.write())
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:11111111-1111-1111-1111-111111111111", "resource": {
            "resourceType": "Patient", "id": "p", "identifier": [{"system": "urn:hospital", "value": "N4"}],
            "name": [{"family": "Mann", "given": ["Bea"]}], "gender": "female"}},
        {"fullUrl": "urn:uuid:22222222-2222-2222-2222-222222222222", "resource": {
            "resourceType": "Condition", "id": "c",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C20"}]},
            "subject": {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"}}},
    ]}
    workspace.fhir.import_bundle(bundle)
    assert workspace.cases.count() == 6
    assert differing(workspace) == []
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases WHERE name_key = ''")).scalar() == 0
    assert names_in_list_order(workspace) == ["Ada Ärger", "Bea Mann", "Zoë Berg", "Zoë Berg", "Zoë Berg", "王秀英"]


def test_a_rename_moves_every_case_of_the_patient_in_the_list(workspace, make_case, tmp_path):
    anna = make_case(mrn="R1", name="Anna Adams")
    workspace.cases.create({"patient_id": anna.patient.id, "facts": {"primary_site": "colorectal"}})
    make_case(mrn="R2", name="Maria Moor")
    assert names_in_list_order(workspace) == ["Anna Adams", "Anna Adams", "Maria Moor"]
    patient = workspace.patients.update(anna.patient.id, {"mrn": "R1", "name": "Zora Zhu"}, anna.patient.version)
    assert differing(workspace) == []
    assert names_in_list_order(workspace) == ["Maria Moor", "Zora Zhu", "Zora Zhu"]
    # renamed through the case's form (patient and case in one save)
    workspace.cases.update(anna.id, {"patient": {"mrn": "R1", "name": "Bo Berg"}, "title": "t"},
                           workspace.cases.get(anna.id).version)
    assert names_in_list_order(workspace, site="colorectal") == ["Bo Berg", "Bo Berg", "Maria Moor"]
    # a known MRN in a referral list with another name renames the patient: the older cases move too
    path = write_csv(tmp_path / "k.csv", ["MRN", "Name", "Primary site"], [["R1", "Ada Aalto", "gastric"]])
    job = workspace.referrals.open(path)
    list(job.check())
    list(job.write())
    assert differing(workspace) == []
    assert names_in_list_order(workspace) == ["Ada Aalto", "Ada Aalto", "Ada Aalto", "Maria Moor"]
    assert workspace.patients.get(anna.patient.id).version == patient.version + 2
    # the case itself is not changed by its patient's rename: no new version, no audit entry of its own
    assert workspace.cases.get(anna.id).version == 2


def test_the_demo_cases_carry_their_patients_name_keys(workspace, today):
    for _ in populate(workspace.db, 60, seed=3, today=today):
        pass
    assert differing(workspace) == []
    names = names_in_list_order(workspace)
    assert len(names) == 60
    with workspace.engine.connect() as conn:
        keys = [r[0] for r in conn.execute(text(
            "SELECT p.name_key FROM cases c JOIN patients p ON p.id = c.patient_id ORDER BY p.name_key, c.id"))]
        by_name = dict(conn.execute(text("SELECT name, name_key FROM patients")).tuples().all())
    assert [by_name[n] for n in names] == keys


def test_migration_copies_the_name_keys_of_existing_cases(db_url):
    engine = make_engine(resolve_url(db_url))
    upgrade_to(engine, "0006_users_roles")
    stamp = "1, '2026-01-01 00:00:00', 'x', '2026-01-01 00:00:00', 'x'"
    with engine.begin() as conn:
        for pid, name in ((1, "Zeta Old"), (2, "Alpha Old")):
            conn.execute(text(f"INSERT INTO patients (id, version, created_at, created_by, updated_at, updated_by, mrn, "
                              f"name, sex, name_key, search_key) VALUES ({pid}, {stamp}, 'OLD{pid}', '{name}', "
                              f"'unknown', '{name.lower()}', '{name.lower()} old{pid}')"))
        for cid, pid in ((1, 1), (2, 2), (3, 1)):
            conn.execute(text(f"INSERT INTO cases (id, version, created_at, created_by, updated_at, updated_by, "
                              f"patient_id, title, notes, status, primary_site) "
                              f"VALUES ({cid}, {stamp}, {pid}, '', '', 'draft', 'lung')"))
    engine.dispose()
    ws = Workspace.open(db_url, actor="tester")
    try:
        assert differing(ws) == []
        assert [r.id for r in ws.cases.query({"sort": "name"})] == [2, 1, 3]
        assert [r.id for r in ws.cases.query({"site": "lung", "status": "draft", "limit": 2})] == [2, 1]
    finally:
        ws.close()


def test_the_filtered_list_sorted_by_name_uses_the_one_index(workspace, make_case, is_postgres):
    """The plan of the case list filtered by site and status: an index of the cases in name order (with
    the filter's columns first: 0007) gives the rows in their order, with no sort of the matching rows
    and no walk of the patients' name index (which one a planner takes for three rows varies)."""
    for i, name in enumerate(["Cara", "Abel", "Bert"]):
        make_case(mrn=f"P{i}", name=name, primary_site="gastric")
    from tumorboard.services import case_list
    from tumorboard.services.schemas import CaseQuery

    q = CaseQuery(site="gastric", status="draft", limit=50)
    sql, args = case_list.statement(workspace.engine, "rows", q, today=date(2026, 1, 1))
    with workspace.engine.connect() as conn:
        if is_postgres:
            conn.exec_driver_sql("SET enable_seqscan = off")  # three rows: make the planner show its index choice
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql, args))
        else:
            plan = "\n".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, args))
    assert any(f"ix_cases_{n}" in plan for n in ("site_status_name", "status_name", "site_name", "name ")), plan
    assert "ix_patients_name_key" not in plan, plan
    assert "Sort" not in plan and "TEMP B-TREE" not in plan, plan
