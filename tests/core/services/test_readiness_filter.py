"""The case list's readiness filter (CaseQuery.ready) is done in SQL over columns the
services keep; it must agree with the checklist ws.cases.readiness() for every case."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from tumorboard.services import Workspace
from tumorboard.services.demo import populate

pytestmark = pytest.mark.db

READY_FACTS = {
    "primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct"], "lesion_count": 1,
    "largest_lesion_cm": 2.5, "primary_resected": True, "liver_resectable": True, "future_liver_remnant_pct": 50.0,
    "extrahepatic_disease": "none", "ecog": 0, "fit_for_major_surgery": True, "accepts_surgery": True,
    "age_years": 60, "bilirubin_umol_l": 10.0, "albumin_g_l": 42.0, "inr": 1.0, "ascites": "none",
    "encephalopathy": "none", "cea_ng_ml": 5.0,
}


def _agrees(ws) -> tuple[set[int], set[int]]:
    ready, not_ready = set(ws.cases.ids({"ready": True})), set(ws.cases.ids({"ready": False}))
    everything = set(ws.cases.ids())
    assert ready | not_ready == everything and not ready & not_ready
    for case_id in everything:
        assert ws.cases.readiness(case_id).ready == (case_id in ready), ws.cases.readiness(case_id)
    assert ws.cases.count({"ready": True}) == len(ready)
    return ready, not_ready


def _workup(ws, case_id, imaging_days=5, lab_days=2, labs=("bilirubin", "albumin", "inr")):
    today = ws.today()
    ws.cases.add_imaging(case_id, {"study_date": today - timedelta(days=imaging_days), "modality": "ct"})
    for test in labs:
        ws.cases.add_lab(case_id, {"taken_on": today - timedelta(days=lab_days), "test": test, "value": 1.0})


def test_each_checklist_item_moves_a_case_between_ready_and_not_ready(workspace, make_case):
    ws = workspace
    case = make_case(mrn="R1", **READY_FACTS)
    assert _agrees(ws)[0] == set()  # no imaging or labs on record yet
    _workup(ws, case.id, labs=("bilirubin", "albumin"))
    assert _agrees(ws)[0] == set()  # INR missing
    _workup(ws, case.id, labs=("inr",))
    assert _agrees(ws)[0] == {case.id}
    for fact in ("ecog", "future_liver_remnant_pct", "albumin_g_l"):  # each lasting item on its own
        facts = {k: v for k, v in READY_FACTS.items() if k != fact}
        detail = ws.cases.get(case.id)
        ws.cases.update(case.id, {"facts": facts}, expected_version=detail.version)
        assert _agrees(ws)[0] == set(), fact
        ws.cases.update(case.id, {"facts": READY_FACTS}, expected_version=detail.version + 1)
        assert _agrees(ws)[0] == {case.id}, fact
    # CT/MRI only on an ultrasound: not confirmed cross-sectional imaging (the CT study above still counts)
    other = make_case(mrn="R2", **{**READY_FACTS, "confirmed_by": ["ultrasound"]})
    ws.cases.add_imaging(other.id, {"study_date": ws.today(), "modality": "ultrasound"})
    _workup(ws, other.id)
    assert other.id in _agrees(ws)[0]  # the CT study added by _workup confirms it


def test_age_limits_apply_when_the_list_is_queried(workspace, make_case):
    ws = workspace
    fresh, stale_labs, stale_ct = (make_case(mrn=m, **READY_FACTS) for m in ("F", "L", "C"))
    _workup(ws, fresh.id)
    _workup(ws, stale_labs.id, lab_days=30)
    _workup(ws, stale_ct.id, imaging_days=80)
    ready, _ = _agrees(ws)
    assert ready == {fresh.id}
    settings = ws.settings.get()
    ws.settings.update(settings.model_copy(update={"labs_max_weeks": 6, "imaging_max_weeks": 16}))
    assert _agrees(ws)[0] == {fresh.id, stale_labs.id, stale_ct.id}


def test_no_resection_among_the_options_needs_no_liver_remnant(workspace, make_case):
    ws = workspace
    facts = {**READY_FACTS, "liver_resectable": False, "extrahepatic_disease": "extensive",
             "lesion_count": 12, "largest_lesion_cm": 9.0}
    facts.pop("future_liver_remnant_pct")
    case = make_case(mrn="U1", **facts)
    _workup(ws, case.id)
    ready, _ = _agrees(ws)
    item = next(i for i in ws.cases.readiness(case.id).items if i.code == "future_liver_remnant")
    assert (case.id in ready) == item.ok


def test_demo_data_and_filters_combined(open_workspace):
    ws = open_workspace("demo")
    list(populate(ws.db, 150, seed=5, today=ws.today()))
    ready, not_ready = _agrees(ws)
    assert ready and not_ready
    listed_ready = set(ws.cases.ids({"ready": True, "status": "listed"}))
    assert listed_ready == {i for i in ready if i in set(ws.cases.ids({"status": "listed"}))}
    rows = ws.cases.query({"ready": False, "sort": "mrn", "limit": 5})
    assert [r.mrn for r in rows] == sorted(r.mrn for r in rows) and all(r.id in not_ready for r in rows)


def test_cases_stored_before_the_columns_get_them_on_migration(tmp_path):
    from tumorboard.store.database import make_engine, resolve_url

    db = tmp_path / "old.sqlite"
    ws = Workspace.open(db)
    case = ws.cases.create({"patient": {"mrn": "OLD", "name": "Old"}, "facts": READY_FACTS})
    _workup(ws, case.id)
    ws.close()
    engine = make_engine(resolve_url(db))
    with engine.begin() as conn:  # as a 0003 database would hold it: no readiness columns filled
        conn.execute(text("DROP TABLE users"))  # nor the later migrations' tables and columns
        for column in ("recorded_role", "amended_role"):
            conn.execute(text(f"ALTER TABLE decisions DROP COLUMN {column}"))
        conn.execute(text("UPDATE cases SET ready_facts = NULL, ready_imaging_on = NULL, ready_labs_on = NULL"))
        for index in ("ix_cases_name", "ix_cases_site_status_name", "ix_cases_site_name", "ix_cases_status_name",
                      "ix_cases_patient_name"):
            conn.execute(text(f"DROP INDEX {index}"))  # nor the case's copy of the name key (0007_case_name_key)
        conn.execute(text("ALTER TABLE cases DROP COLUMN name_key"))
        conn.execute(text("CREATE INDEX ix_cases_site_status ON cases (primary_site, status)"))  # 0002's
        conn.execute(text("CREATE INDEX ix_cases_patient_id ON cases (patient_id)"))  # 0001's
        for column in ("ready_facts", "ready_imaging_on", "ready_labs_on", "referrer", "gp"):  # later migrations' too
            conn.execute(text(f"ALTER TABLE cases DROP COLUMN {column}"))
        # nor the columns of later revisions (0008)
        conn.execute(text("DROP INDEX ix_followups_status_test_due"))
        conn.execute(text("DROP INDEX ix_followups_responsible"))
        for column in ("done_on", "responsible", "provisional"):
            conn.execute(text(f"ALTER TABLE followups DROP COLUMN {column}"))
        conn.execute(text("ALTER TABLE decisions DROP COLUMN treatment_done_on"))
        for table, column in (("decisions", "responsible_clinician"), ("decisions", "referrer"),
                              ("agenda_items", "deferral_owner"), ("agenda_items", "slot_minutes"),
                              ("meetings", "uid"), ("followups", "uid"),
                              *(("cases", c) for c in ("liver_segments", "major_vessels", "histology", "ras_status",
                                                       "braf_status", "msi_status", "comorbidities"))):  # nor the later revisions' columns
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        for table in ("audit_covers", "audit_chain"):  # nor the audit chain (0005)
            conn.execute(text(f"DROP TABLE {table}"))
        for column in ("prev_hash", "hash"):
            conn.execute(text(f"ALTER TABLE audit_events DROP COLUMN {column}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_search_key_index'"))
    engine.dispose()
    ws = Workspace.open(db)
    assert _agrees(ws)[0] == {case.id}
    ws.close()
