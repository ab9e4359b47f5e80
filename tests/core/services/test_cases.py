"""Cases through the services: create, edit, search, validation, stale edits, rollback."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, NotFound, StaleEdit
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db


def test_create_and_get_round_trip(workspace):
    created = workspace.cases.create(
        {
            "patient": {"mrn": "A-100", "name": "王秀英", "sex": "female", "birth_date": "1956-03-01"},
            "facts": {"primary_site": "gastric", "ecog": 1, "confirmed_by": ["ct", "mri"], "bilirubin_umol_l": 12.5},
            "title": "Synchronous liver lesions",
        }
    )
    got = workspace.cases.get(created.id)
    assert got.patient.name == "王秀英"
    assert got.patient.birth_date == date(1956, 3, 1)
    assert got.facts == {"primary_site": "gastric", "ecog": 1, "confirmed_by": ["ct", "mri"], "bilirubin_umol_l": 12.5}
    assert got.status == "draft" and got.version == 1
    assert got.created_by == "tester" and got.updated_at.tzinfo is not None


def test_every_change_is_audited_with_before_and_after(workspace, make_case):
    case = make_case(ecog=1)
    workspace.cases.update(case.id, {"facts": {"primary_site": "colorectal", "ecog": 2}}, case.version)
    with workspace.read() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.entity == "case").order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["create", "update"]
    assert events[1].before["ecog"] == 1 and events[1].after["ecog"] == 2
    assert events[1].actor == "tester" and events[1].entity_id == case.id


def test_bad_facts_name_the_field_and_nothing_is_written(workspace, make_case):
    make_case()
    before = dump_database(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.cases.create({"patient": {"mrn": "X1", "name": "Bo"}, "facts": {"primary_site": "liver", "ecog": 9}})
    fields = {p.field for p in err.value.problems}
    assert fields == {"primary_site", "ecog"}
    assert "colorectal" in str(err.value)  # says what is allowed
    assert dump_database(workspace) == before


def test_bad_patient_values_name_the_field(workspace, make_case):
    make_case(mrn="DUP")
    with pytest.raises(InvalidInput) as err:
        make_case(mrn="DUP")
    assert err.value.problems[0].field == "patient.mrn"
    with pytest.raises(InvalidInput) as err:
        workspace.cases.create({"patient": {"mrn": "Z", "name": "Z", "sex": "robot"}, "facts": {"primary_site": "lung"}})
    assert err.value.problems[0].field == "patient.sex" and err.value.problems[0].value == "robot"


def test_a_transaction_that_fails_half_way_leaves_the_database_as_before(workspace, make_case, monkeypatch):
    make_case()
    before = dump_database(workspace)
    import tumorboard.services.cases as cases_module

    real_audit = cases_module.audit

    def failing_audit(s, ws, entity, *args):  # the patient row is already written when this runs
        if entity == "case":
            raise RuntimeError("disk went away")
        return real_audit(s, ws, entity, *args)

    monkeypatch.setattr(cases_module, "audit", failing_audit)
    with pytest.raises(RuntimeError):
        workspace.cases.create({"patient": {"mrn": "NEW", "name": "New Patient"}, "facts": {"primary_site": "lung"}})
    assert dump_database(workspace) == before


def test_second_session_saving_an_old_version_is_refused_with_who_and_when(open_workspace, make_case):
    anna, bob = open_workspace("anna"), open_workspace("bob")
    case = make_case(ws=anna, ecog=0)
    seen_by_bob = bob.cases.get(case.id)
    saved = anna.cases.update(case.id, {"notes": "Anna's note"}, case.version)
    with pytest.raises(StaleEdit) as err:
        bob.cases.update(case.id, {"notes": "Bob's note", "facts": {"primary_site": "lung"}}, seen_by_bob.version)
    assert err.value.changed_by == "anna" and err.value.changed_at == saved.updated_at
    assert "anna" in str(err.value)
    now = bob.cases.get(case.id)
    assert now.notes == "Anna's note" and now.facts["primary_site"] == "colorectal" and now.version == saved.version


def test_search_by_name_or_mrn_substring_in_any_script(workspace, make_case):
    make_case(mrn="H-0001", name="Müller, Hans")
    make_case(mrn="H-0002", name="张伟")
    make_case(mrn="H-0003", name="张秀英")
    make_case(mrn="Q-1234", name="Ødegaard, Ingrid")

    def names(search):
        return sorted(r.name for r in workspace.cases.query({"search": search}))

    assert names("MÜLLER") == ["Müller, Hans"]
    assert names("张") == ["张伟", "张秀英"]
    assert names("秀") == ["张秀英"]
    assert names("øDEG") == ["Ødegaard, Ingrid"]
    assert names("q-12") == ["Ødegaard, Ingrid"]
    assert names("100%") == []  # LIKE wildcards are taken literally
    assert workspace.cases.count({"search": "张"}) == 2


def test_sort_filter_page_ids_and_rows(workspace, make_case):
    made = [
        make_case(name="Carl", primary_site="lung"),
        make_case(name="anna", primary_site="colorectal"),
        make_case(name="Bert", primary_site="colorectal"),
    ]
    assert [r.name for r in workspace.cases.query({"sort": "name"})] == ["anna", "Bert", "Carl"]
    assert [r.name for r in workspace.cases.query({"sort": "name", "descending": True})] == ["Carl", "Bert", "anna"]
    assert [r.name for r in workspace.cases.query({"sort": "name", "offset": 1, "limit": 1})] == ["Bert"]
    assert [r.name for r in workspace.cases.query({"site": "colorectal"})] == ["anna", "Bert"]
    ids = workspace.cases.ids({"sort": "name"})
    assert ids == [made[1].id, made[2].id, made[0].id]
    assert [r.id for r in workspace.cases.rows(list(reversed(ids)))] == list(reversed(ids))
    assert workspace.cases.rows([999999]) == []
    workspace.cases.set_status(made[0].id, "ready", made[0].version)
    assert [r.name for r in workspace.cases.query({"status": "ready"})] == ["Carl"]


def test_status_moves_are_checked(workspace, make_case):
    case = make_case()
    with pytest.raises(InvalidInput) as err:
        workspace.cases.set_status(case.id, "discussed", case.version)
    assert err.value.problems[0].field == "status" and "ready" in err.value.problems[0].allowed
    with pytest.raises(InvalidInput):
        workspace.cases.set_status(case.id, "nonsense", case.version)
    closed = workspace.cases.archive(case.id, case.version)
    assert closed.status == "closed" and closed.version == case.version + 1
    with pytest.raises(NotFound):
        workspace.cases.get(424242)


def test_imaging_and_labs_and_readiness(workspace, make_case):
    today = date(2026, 11, 23)
    case = make_case(ecog=1, bilirubin_umol_l=10, albumin_g_l=40, inr=1.0, liver_mets="confirmed")
    assert not workspace.cases.readiness(case.id, as_of=today).ready
    workspace.cases.add_imaging(case.id, {"study_date": today - timedelta(days=10), "modality": "mri", "findings": "3 lesions"})
    for test, value in (("bilirubin", 10), ("albumin", 40), ("inr", 1.0)):
        workspace.cases.add_lab(case.id, {"taken_on": today - timedelta(days=3), "test": test, "value": value})
    got = workspace.cases.get(case.id)
    assert [i.modality for i in got.imaging] == ["mri"] and {lab.test for lab in got.labs} == {"bilirubin", "albumin", "inr"}
    assert got.labs[0].unit in ("µmol/L", "g/L", "")
    result = workspace.cases.readiness(case.id, as_of=today)
    items = {i.code: i for i in result.items}
    assert items["cross_sectional_imaging"].ok and items["imaging_recent"].ok
    assert items["liver_function"].ok and items["labs_recent"].ok and items["performance_status"].ok
    # a year later the same imaging and labs are stale
    later = workspace.cases.readiness(case.id, as_of=today + timedelta(days=365))
    stale = {i.code for i in later.items if not i.ok}
    assert {"imaging_recent", "labs_recent"} <= stale and not later.ready
    with pytest.raises(InvalidInput) as err:
        workspace.cases.add_lab(case.id, {"taken_on": today, "test": "glucose", "value": 5})
    assert err.value.problems[0].field == "test"


def test_a_result_dated_after_today_is_refused_and_nothing_is_written(workspace, make_case):
    case = make_case(ecog=1)
    before = dump_database(workspace)
    tomorrow = workspace.today() + timedelta(days=1)
    with pytest.raises(InvalidInput) as err:
        workspace.cases.add_lab(case.id, {"taken_on": tomorrow, "test": "albumin", "value": 40})
    assert (err.value.problems[0].field, err.value.problems[0].value) == ("taken_on", tomorrow.isoformat())
    assert "or earlier" in err.value.problems[0].allowed
    with pytest.raises(InvalidInput) as err:
        workspace.cases.add_imaging(case.id, {"study_date": tomorrow, "modality": "ct"})
    assert err.value.problems[0].field == "study_date"
    assert dump_database(workspace) == before


def test_saving_without_changes_keeps_the_version(workspace, make_case):
    case = make_case(ecog=1)
    patient = {"mrn": case.patient.mrn, "name": case.patient.name}
    same = workspace.cases.update(case.id, {"facts": case.facts, "title": case.title, "patient": patient}, case.version)
    assert same.version == case.version
    renamed = workspace.cases.update(case.id, {"patient": {**patient, "name": "Anna Berg-Lund"}}, case.version)
    assert renamed.version == case.version + 1 and renamed.patient.name == "Anna Berg-Lund"
    assert [r.name for r in workspace.cases.query({"search": "lund"})] == ["Anna Berg-Lund"]


def test_rows_for_many_ids_keep_the_order(workspace):
    from tumorboard.services.demo import populate

    list(populate(workspace.db, 700, seed=5, today=date(2026, 11, 23)))
    ids = workspace.cases.ids({"sort": "mrn", "descending": True})
    assert len(ids) == 700 == workspace.cases.count()
    rows = workspace.cases.rows(ids)  # more ids than one statement takes
    assert [r.id for r in rows] == ids
    assert [r.mrn for r in rows] == sorted((r.mrn for r in rows), reverse=True)


def test_a_future_diagnosis_or_a_birth_after_the_diagnosis_is_refused_and_nothing_is_written(workspace, make_case):
    case = make_case(ecog=1)
    before = dump_database(workspace)
    future = workspace.today() + timedelta(days=40)
    for name in ("primary_diagnosed_on", "liver_mets_detected_on"):
        with pytest.raises(InvalidInput) as err:
            workspace.cases.update(case.id, {"facts": {**case.facts, name: future.isoformat()}}, case.version)
        assert (err.value.problems[0].field, err.value.problems[0].value) == (name, future.isoformat())
        with pytest.raises(InvalidInput):
            make_case(**{name: future.isoformat()})
    patient = {"mrn": case.patient.mrn, "name": case.patient.name, "birth_date": "1990-01-02"}
    with pytest.raises(InvalidInput) as err:
        workspace.cases.update(case.id, {"facts": {**case.facts, "primary_diagnosed_on": "1989-05-01"},
                                         "patient": patient}, case.version)
    assert err.value.problems[0].field == "birth_date" and "1989-05-01" in err.value.problems[0].allowed
    assert dump_database(workspace) == before
    ok = workspace.cases.update(case.id, {"facts": {**case.facts, "primary_diagnosed_on": workspace.today().isoformat()},
                                          "patient": patient}, case.version)
    assert ok.facts["primary_diagnosed_on"] == workspace.today().isoformat()
