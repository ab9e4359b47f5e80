"""FHIR R4 / mCODE: every exported resource validates against fhir.resources; export -> import into an
empty board -> export gives the same clinical content; what cannot be mapped is listed."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.interop import codes as c
from tumorboard.services import Workspace
from tumorboard.services.demo import populate

pytestmark = pytest.mark.db

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def clinical(bundle: dict) -> str:
    """The Bundle without what differs between two boards: its own id and time, and the resource ids
    (each replaced by its order of first appearance, so references still say what points where)."""
    body = json.dumps({k: v for k, v in bundle.items() if k not in ("id", "timestamp")}, sort_keys=True, ensure_ascii=False)
    seen: dict[str, str] = {}
    return UUID.sub(lambda m: seen.setdefault(m.group(0), f"#{len(seen)}"), body)


def decided_meeting(ws) -> int:
    """A past meeting with decisions on it (demo data)."""
    for m in reversed(ws.meetings.list()):
        detail = ws.meetings.get(m.id)
        if m.finalised and any(i.outcome == "discussed" for i in detail.agenda):
            return m.id
    raise AssertionError("no decided meeting in the demo data")


def test_every_exported_resource_validates_and_carries_mcode(workspace):
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle

    list(populate(workspace.db, 80, seed=3))
    bundle = json.loads(workspace.fhir.export_meeting(decided_meeting(workspace)))
    Bundle.model_validate(bundle)
    kinds = {}
    for entry in bundle["entry"]:
        r = entry["resource"]
        get_fhir_model_class(r["resourceType"]).model_validate(r)  # raises on any invalid element
        kinds.setdefault(r["resourceType"], []).append(r)
    assert {"Patient", "Condition", "Observation", "CarePlan", "ServiceRequest", "Encounter"} <= set(kinds)
    profiles = {p for r in bundle["entry"] for p in r["resource"].get("meta", {}).get("profile", [])}
    assert {c.PROFILE_PRIMARY, c.PROFILE_PATIENT} <= profiles
    secondary = [r for r in kinds["Condition"] if c.PROFILE_SECONDARY in r["meta"]["profile"]]
    assert secondary and all(r["code"]["coding"][0]["code"] == "C78.7" and
                             r["bodySite"][0]["coding"][0]["code"] == "10200004" for r in secondary)
    loinc = {cd["code"] for r in kinds["Observation"] for cd in r["code"]["coding"] if cd["system"] == c.LOINC}
    assert {"21889-1", "89247-1"} & loinc
    labs = [r for r in kinds["Observation"] if r.get("effectiveDateTime") and "valueQuantity" in r
            and r["category"][0]["coding"][0]["code"] == "laboratory"]
    assert labs and all(r["valueQuantity"]["system"] == c.UCUM for r in labs)
    intents = {cd["code"] for r in kinds["CarePlan"] for e in r["extension"] if e["url"] == c.EXT_PROCEDURE_INTENT
               for cd in e["valueCodeableConcept"]["coding"] if cd["system"] == c.SNOMED}
    assert intents <= {"373808002", "363676003", "261004008", "373846009"} and intents
    referrals = [r for r in kinds["ServiceRequest"] if r["code"]["coding"][0]["code"] == c.PATIENT_REFERRAL[0]]
    assert referrals and all(r["requester"]["display"] for r in referrals)  # the demo's cases name their referrer
    assert all(r["occurrenceDateTime"] for r in kinds["ServiceRequest"] if r not in referrals)  # the follow-ups
    assert all(r.get("generalPractitioner") for r in kinds["Patient"])


def test_round_trip_gives_the_same_clinical_content(workspace, tmp_path, db_url, capsys):
    list(populate(workspace.db, 80, seed=4))
    mid = decided_meeting(workspace)
    first = tmp_path / "first.json"
    assert main(["--db", db_url, "export", "fhir", "--meeting", str(mid), "-o", str(first)]) == 0
    capsys.readouterr()
    empty = tmp_path / "empty.sqlite"
    assert main(["--db", str(empty), "init"]) == 0
    assert main(["--db", str(empty), "import", "fhir", str(first)]) == 0
    out = capsys.readouterr().out
    assert "everything in the file was mapped" in out
    with Workspace.open(empty, actor="other") as other:
        [copy] = [m.id for m in other.meetings.list()]
        second = json.loads(other.fhir.export_meeting(copy))
    original = json.loads(first.read_text(encoding="utf-8"))
    assert len(original["entry"]) > 20
    assert clinical(second) == clinical(original)


def test_a_case_with_labs_round_trips(workspace, make_case, open_workspace, tmp_path):
    case = make_case(mrn="F1", name="王芳", ecog=1, largest_lesion_cm=3.5, lesion_count=2, liver_mets="confirmed",
                     cea_ng_ml=12.5, liver_resectable=True, confirmed_by=["ct", "mri"], timing="synchronous",
                     primary_diagnosed_on="2026-01-05")
    workspace.cases.add_lab(case.id, {"taken_on": date.today() - timedelta(days=3), "test": "bilirubin", "value": 14})
    first = json.loads(workspace.fhir.export_case(case.id))
    other = Workspace.open(tmp_path / "b.sqlite", actor="x")
    try:
        result = other.fhir.import_bundle(first)
        assert result.unmapped == [] and result.patients_created == 1
        back = other.cases.get(result.case_ids[0])
        assert back.facts == workspace.cases.get(case.id).facts
        assert [(lab.test, lab.value) for lab in back.labs] == [("bilirubin", 14.0)]
        assert clinical(json.loads(other.fhir.export_case(back.id))) == clinical(first)
    finally:
        other.close()


def test_foreign_bundle_maps_what_it_can_and_lists_the_rest(workspace, make_case):
    known = make_case(mrn="H77", name="Old Name")
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:11111111-1111-1111-1111-111111111111", "resource": {
            "resourceType": "Patient", "id": "p", "identifier": [{"system": "urn:hospital", "value": "H77"}],
            "name": [{"family": "Name", "given": ["New"]}], "gender": "male"}},
        {"fullUrl": "urn:uuid:22222222-2222-2222-2222-222222222222", "resource": {
            "resourceType": "Condition", "id": "c", "code": {"coding": [{"system": c.ICD10CM, "code": "C20"}]},
            "subject": {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"}}},
        {"fullUrl": "urn:uuid:33333333-3333-3333-3333-333333333333", "resource": {
            "resourceType": "Observation", "id": "hb", "status": "final",
            "code": {"coding": [{"system": c.LOINC, "code": "718-7", "display": "Hemoglobin"}]},
            "subject": {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"},
            "valueQuantity": {"value": 12.1, "unit": "g/dL"}}},
        {"fullUrl": "urn:uuid:44444444-4444-4444-4444-444444444444", "resource": {
            "resourceType": "Observation", "id": "ecog", "status": "final",
            "code": {"coding": [{"system": c.LOINC, "code": "89247-1"}]},
            "subject": {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"}, "valueInteger": 2}},
    ]}
    result = workspace.fhir.import_bundle(bundle)
    assert result.patients_matched == 1 and result.patients_updated == 1
    assert workspace.patients.get(known.patient.id).name == "New Name"
    case = workspace.cases.get(result.case_ids[0])
    assert case.facts.primary_site == "colorectal" and case.facts.ecog == 2 and case.status == "draft"
    assert result.unmapped == ["Observation/hb (718-7 Hemoglobin)"]


def test_not_a_bundle_is_refused_in_words(cli_admin, workspace, tmp_path, db_url, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"resourceType": "Patient"}', encoding="utf-8")
    assert main(["--db", db_url, "import", "fhir", str(bad)]) == 2
    assert "FHIR Bundle" in capsys.readouterr().err
    with pytest.raises(InvalidInput, match="valid FHIR R4 Bundle"):
        workspace.fhir.import_bundle({"resourceType": "Bundle", "type": "nonsense-type", "entry": "x"})
    assert workspace.cases.count() == 0


def test_codes_module_cites_its_sources():
    text = Path(c.__file__).read_text(encoding="utf-8")
    for source in ("hl7.org/fhir/R4", "hl7.org/fhir/us/mcode", "loinc.org", "icd-10-cm", "ucum.org"):
        assert source in text


def test_referrer_and_gp_travel_as_referral_requester_and_general_practitioner(workspace, tmp_path):
    """The referring clinician is the requester of a ServiceRequest coded SNOMED CT 3457005 (Patient
    referral), the GP is Patient.generalPractitioner; both are Practitioners, validate, and come back."""
    from fhir.resources.R4B import get_fhir_model_class

    first = workspace.cases.create({"patient": {"mrn": "R1", "name": "Ref Patient"}, "facts": {"primary_site": "colorectal"},
                                    "referrer": "Dr. Rita Referrer, Colorectal Surgery, St. Elsewhere",
                                    "gp": "Dr. Gus General, Riverside Practice"})
    # the same patient's second case has another GP; a third patient shares the first GP
    workspace.cases.create({"patient_id": first.patient.id, "facts": {"primary_site": "gastric"}, "gp": "Dr. New GP"})
    third = workspace.cases.create({"patient": {"mrn": "R3", "name": "Other"}, "facts": {"primary_site": "colorectal"},
                                    "gp": "Dr. Gus General, Riverside Practice"})
    bundle = workspace.fhir.export_cases([first.id, third.id])
    resources = [e["resource"] for e in bundle["entry"]]
    for r in resources:
        get_fhir_model_class(r["resourceType"]).model_validate(r)
    people = {r["id"]: r["name"][0]["text"] for r in resources if r["resourceType"] == "Practitioner"}
    assert sorted(people.values()) == ["Dr. Gus General, Riverside Practice",
                                       "Dr. Rita Referrer, Colorectal Surgery, St. Elsewhere"]  # one each
    [referral] = [r for r in resources if r["resourceType"] == "ServiceRequest"
                  and r["code"]["coding"][0]["code"] == c.PATIENT_REFERRAL[0]]
    assert referral["code"]["coding"][0]["system"] == c.SNOMED
    assert people[referral["requester"]["reference"].removeprefix("urn:uuid:")].startswith("Dr. Rita Referrer")
    patients = {r["identifier"][0]["value"]: r for r in resources if r["resourceType"] == "Patient"}
    assert [g["display"] for g in patients["R1"]["generalPractitioner"]] == ["Dr. Gus General, Riverside Practice"]
    assert patients["R3"]["generalPractitioner"][0]["reference"] == patients["R1"]["generalPractitioner"][0]["reference"]

    other = Workspace.open(tmp_path / "b.sqlite", actor="x")
    try:
        result = other.fhir.import_bundle(bundle)
        assert result.unmapped == []
        back = {c_.patient.mrn: c_ for c_ in (other.cases.get(i) for i in result.case_ids)}
        assert back["R1"].referrer == "Dr. Rita Referrer, Colorectal Surgery, St. Elsewhere"
        assert back["R1"].gp == "Dr. Gus General, Riverside Practice"
        assert back["R3"].referrer is None and back["R3"].gp == "Dr. Gus General, Riverside Practice"
        assert clinical(other.fhir.export_cases(result.case_ids)) == clinical(bundle)
    finally:
        other.close()


def test_a_hospital_referral_names_the_requester_by_its_practitioner(workspace):
    """A foreign Bundle: the requester a Practitioner reference without display, the GP with given/family."""
    p, cond, doc, gp = (f"urn:uuid:{n * 8}-{n * 4}-{n * 4}-{n * 4}-{n * 12}" for n in "5678")
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": p, "resource": {"resourceType": "Patient", "identifier": [{"value": "H9"}], "name": [{"text": "X Y"}],
                                    "generalPractitioner": [{"reference": gp}]}},
        {"fullUrl": gp, "resource": {"resourceType": "Practitioner", "name": [{"prefix": ["Dr."], "given": ["Ann"],
                                                                              "family": "Hale"}]}},
        {"fullUrl": doc, "resource": {"resourceType": "Practitioner", "name": [{"text": "Prof. Bo Surgeon"}]}},
        {"fullUrl": cond, "resource": {"resourceType": "Condition", "code": {"coding": [{"system": c.ICD10CM, "code": "C18.9"}]},
                                       "subject": {"reference": p}}},
        {"fullUrl": "urn:uuid:99999999-9999-9999-9999-999999999999", "resource": {
            "resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": {"reference": p},
            "code": {"coding": [{"system": c.SNOMED, "code": "3457005"}]}, "requester": {"reference": doc},
            "reasonReference": [{"reference": cond}]}},
    ]}
    result = workspace.fhir.import_bundle(bundle)
    case = workspace.cases.get(result.case_ids[0])
    assert (case.referrer, case.gp) == ("Prof. Bo Surgeon", "Dr. Ann Hale") and result.unmapped == []
