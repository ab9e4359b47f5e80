"""FHIR R4 with mCODE: a board's cases as a Bundle, and a Bundle back into case data.

Resources are built as JSON and validated against the `fhir.resources` R4B models (R4B is R4 with
errata; every element used here is identical in R4). Codes come from tumorboard.interop.codes only.
This module renders what it is given (plain dicts of the services' boundary models) and reads
what it is given; it knows nothing of the database.

One case -> Patient; PrimaryCancerCondition (the case's anchor: every other resource of the case
points to it: Observation.focus, CarePlan.addresses, ServiceRequest.reasonReference, the mCODE
related-primary extension); SecondaryCancerCondition C78.7 / liver (verification: confirmed,
provisional = suspected, refuted = none); TumorSize 21889-1 (the largest lesion); ECOG 89247-1;
lab Observations (LOINC, UCUM); the remaining case facts as Observations in the board's local
code system; each decision a CarePlan with the meeting as its Encounter; follow-ups ServiceRequests.
The referring clinician is the requester of the case's referral (a ServiceRequest coded SNOMED CT
3457005 Patient referral), the GP the Patient's generalPractitioner, each a Practitioner named in text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from tumorboard.engine.vocabulary import label

from . import codes as c

NAMESPACE = uuid.UUID("5b0e3c1e-6f3a-4d55-9a43-2f1a64e1b7c0")
#: facts carried by standard resources (not repeated as local Observations)
STANDARD_FACTS = frozenset({"primary_site", "primary_diagnosed_on", "liver_mets", "liver_mets_detected_on",
                            "largest_lesion_cm", "ecog", *c.FACT_LAB})


def rid(kind: str, key: Any) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def _ref(resource: dict[str, Any]) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource['id']}"}


def _cc(*codings: tuple[str, str, str], text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"coding": [{"system": s, "code": k, "display": d} for s, k, d in codings]}
    if text:
        out["text"] = text
    return out


def model_class(resource_type: str) -> Any:
    from fhir.resources.R4B import get_fhir_model_class

    return get_fhir_model_class(resource_type)


def validated(resource: dict[str, Any]) -> dict[str, Any]:
    """The resource checked against its fhir.resources model (raises on any structural error)."""
    model_class(resource["resourceType"]).model_validate(resource)
    return resource


# --- export -------------------------------------------------------------------------


def case_resources(case: dict[str, Any], meetings: dict[int, dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """The resources of one case (CaseDetail as JSON); `meetings`: id -> MeetingRow as JSON; `today`: what
    a treatment date is compared with (scheduled or under way)."""
    p = case["patient"]
    facts = case["facts"]
    patient = {"resourceType": "Patient", "id": rid("patient", p["id"]), "meta": {"profile": [c.PROFILE_PATIENT]},
               "identifier": [{"type": _cc((c.IDENTIFIER_TYPE, *c.MRN_TYPE)), "value": p["mrn"]}],
               "name": [{"text": p["name"]}], "gender": p["sex"]}
    if p.get("birth_date"):
        patient["birthDate"] = p["birth_date"]
    people: list[dict[str, Any]] = []  # the referring clinician and the GP, as Practitioners named in text
    if case.get("gp"):
        gp = practitioner(case["gp"])
        people.append(gp)
        patient["generalPractitioner"] = [{**_ref(gp), "display": case["gp"]}]
    subject = _ref(patient)
    site = facts.get("primary_site", "unknown")
    primary: dict[str, Any] = {
        "resourceType": "Condition", "id": rid("primary", case["id"]), "meta": {"profile": [c.PROFILE_PRIMARY]},
        "clinicalStatus": _cc((c.CONDITION_CLINICAL, "active", "Active")),
        "verificationStatus": _cc((c.CONDITION_VERIFICATION, "confirmed", "Confirmed")),
        "category": [_cc((c.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))],
        "code": _cc((c.ICD10CM, *c.PRIMARY_SITE_ICD10[site]), (c.LOCAL_PRIMARY_SITE, site, label(site)),
                    text=f"{label(site)} cancer"),
        "subject": subject,
    }
    if case.get("title"):
        primary["extension"] = [{"url": c.EXT_CASE_TITLE, "valueString": case["title"]}]
    if facts.get("primary_diagnosed_on"):
        primary["onsetDateTime"] = facts["primary_diagnosed_on"]
    anchor = _ref(primary)
    out = [patient, *people, primary]
    if case.get("referrer"):
        referrer = practitioner(case["referrer"])
        out += [referrer, {"resourceType": "ServiceRequest", "id": rid("referral", case["id"]), "status": "completed",
                           "intent": "order", "code": _cc((c.SNOMED, *c.PATIENT_REFERRAL), text="Referral to the tumor board"),
                           "subject": subject, "requester": {**_ref(referrer), "display": case["referrer"]},
                           "reasonReference": [anchor]}]
    related = [{"url": c.EXT_RELATED_PRIMARY, "valueReference": anchor}]
    if facts.get("liver_mets"):
        status = {"confirmed": ("confirmed", "Confirmed"), "suspected": ("provisional", "Provisional"),
                  "none": ("refuted", "Refuted")}[facts["liver_mets"]]
        secondary: dict[str, Any] = {
            "resourceType": "Condition", "id": rid("secondary", case["id"]), "meta": {"profile": [c.PROFILE_SECONDARY]},
            "extension": related,
            "clinicalStatus": _cc((c.CONDITION_CLINICAL, "active", "Active")),
            "verificationStatus": _cc((c.CONDITION_VERIFICATION, *status)),
            "category": [_cc((c.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))],
            "code": _cc((c.ICD10CM, *c.LIVER_METASTASES_ICD10), text="Liver metastases"),
            "bodySite": [_cc((c.SNOMED, *c.LIVER_BODY_SITE))], "subject": subject,
        }
        if facts.get("liver_mets_detected_on"):
            secondary["onsetDateTime"] = facts["liver_mets_detected_on"]
        out.append(secondary)
    as_of = facts.get("as_of")

    def observation(key: str, code: dict[str, Any], category: str, **value: Any) -> dict[str, Any]:
        obs = {"resourceType": "Observation", "id": rid(key, case["id"]), "status": "final",
               "category": [_cc((c.OBSERVATION_CATEGORY, category, category.replace("-", " ").capitalize()))],
               "code": code, "subject": subject, "focus": [anchor], **value}
        if as_of and "effectiveDateTime" not in obs:
            obs["effectiveDateTime"] = as_of
        return obs

    if facts.get("largest_lesion_cm") is not None:
        out.append(observation("tumor-size", _cc((c.LOINC, *c.TUMOR_SIZE)), "imaging",
                               meta={"profile": [c.PROFILE_TUMOR_SIZE]}, bodySite=_cc((c.SNOMED, *c.LIVER_BODY_SITE)),
                               component=[{"code": _cc((c.LOINC, *c.TUMOR_LONGEST_DIMENSION)),
                                           "valueQuantity": {"value": facts["largest_lesion_cm"], "unit": "cm",
                                                             "system": c.UCUM, "code": "cm"}}]))
    if facts.get("ecog") is not None:
        out.append(observation("ecog", _cc((c.LOINC, *c.ECOG)), "survey", meta={"profile": [c.PROFILE_ECOG]},
                               valueInteger=facts["ecog"]))
    for fact, test in c.FACT_LAB.items():
        if facts.get(fact) is not None:
            loinc, display, unit = c.LAB_LOINC[test]
            out.append(observation(f"fact-{fact}", _cc((c.LOINC, loinc, display), (c.LOCAL_CASE_FACT, fact, fact)),
                                   "laboratory", valueQuantity={"value": facts[fact], "unit": unit, "system": c.UCUM,
                                                                "code": unit}))
    for fact, value in sorted(facts.items()):
        if fact in STANDARD_FACTS or value is None or fact == "as_of":
            continue
        out.append(observation(f"fact-{fact}", _cc((c.LOCAL_CASE_FACT, fact, fact)), "exam", **_fact_value(value)))
    for lab in case.get("labs", []):
        loinc, display, unit = c.LAB_LOINC[lab["test"]]
        out.append({"resourceType": "Observation", "id": rid("lab", lab["id"]), "status": "final",
                    "category": [_cc((c.OBSERVATION_CATEGORY, "laboratory", "Laboratory"))],
                    "code": _cc((c.LOINC, loinc, display), (c.LOCAL_LAB_TEST, lab["test"], label(lab["test"]))),
                    "subject": subject, "focus": [anchor], "effectiveDateTime": lab["taken_on"],
                    "valueQuantity": {"value": lab["value"], "unit": unit, "system": c.UCUM, "code": unit}})
    plans: dict[int, dict[str, Any]] = {}
    encounters: dict[int, dict[str, Any]] = {}
    for d in case.get("decisions", []):
        plan, encounter = _careplan(d, subject, anchor, meetings, case["id"], today)
        if encounter is not None and d["meeting_id"] not in encounters:
            encounters[d["meeting_id"]] = encounter
            out.append(encounter)
        plans[d["id"]] = plan
        out.append(plan)
    for f in case.get("followups", []):
        req: dict[str, Any] = {
            "resourceType": "ServiceRequest", "id": rid("followup", f["id"]),
            "status": c.FOLLOWUP_STATUS[f["status"]], "intent": "plan",
            "code": _cc((c.LOCAL_FOLLOWUP_TEST, f["test"], label(f["test"])), text=label(f["test"])),
            "subject": subject, "occurrenceDateTime": f["due"], "reasonReference": [anchor]}
        if f.get("decision_id") in plans:
            req["basedOn"] = [_ref(plans[f["decision_id"]])]
        out.append(req)
    return out


def practitioner(text: str) -> dict[str, Any]:
    """A clinician known by a line of text (name, service, address): one resource per text in a Bundle."""
    return {"resourceType": "Practitioner", "id": rid("practitioner", text), "name": [{"text": text}]}


def _fact_value(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        return {"valueQuantity": {"value": value}}
    if isinstance(value, list):
        return {"valueString": ",".join(value)}
    return {"valueString": str(value)}


def _careplan(d: dict[str, Any], subject: dict[str, str], anchor: dict[str, str], meetings: dict[int, dict[str, Any]],
              case_id: int, today: date) -> tuple[dict[str, Any], dict[str, Any] | None]:
    intent = d["intent"]
    codings = [(c.SNOMED, *c.INTENT_SNOMED[intent])] if intent in c.INTENT_SNOMED else []
    treated = d.get("treatment_date")
    if not treated:
        status = c.ACTIVITY_NOT_STARTED
    elif treated > today.isoformat():
        status = c.ACTIVITY_SCHEDULED
    else:
        status = c.ACTIVITY_IN_PROGRESS
    activities = []
    for m in d["modalities"]:
        detail: dict[str, Any] = {"status": status, "code": _cc((c.LOCAL_MODALITY, m, label(m)), text=label(m))}
        if treated:
            detail["scheduledPeriod"] = {"start": treated}
        activities.append({"detail": detail})
    extension: list[dict[str, Any]] = [
        {"url": c.EXT_PROCEDURE_INTENT, "valueCodeableConcept": _cc(*codings, (c.LOCAL_INTENT, intent, label(intent)),
                                                                   text=label(intent))},
        {"url": c.EXT_DEVIATION, "valueBoolean": bool(d.get("deviation"))}]
    if d.get("timing"):
        extension.append({"url": c.EXT_OPTION_TIMING, "valueCode": d["timing"]})
    plan: dict[str, Any] = {
        "resourceType": "CarePlan", "id": rid("decision", d["id"]), "extension": extension,
        "status": "active", "intent": "plan", "title": "Tumor board decision",
        "subject": subject, "addresses": [anchor], "created": d["recorded_at"], "activity": activities}
    notes = []
    if d.get("rationale"):
        notes.append({"text": f"{RATIONALE}{d['rationale']}"})
    if d.get("deviation_reason"):
        notes.append({"text": f"{DEVIATION}{d['deviation_reason']}"})
    if notes:
        plan["note"] = notes
    encounter: dict[str, Any] | None = None
    meeting = meetings.get(d.get("meeting_id") or 0)
    if meeting is not None:
        encounter = {"resourceType": "Encounter", "id": rid("meeting", f"{meeting['id']}-{case_id}"), "status": "finished",
                     "class": {"system": c.ACT_CODE, "code": c.ENCOUNTER_CLASS[0], "display": c.ENCOUNTER_CLASS[1]},
                     "serviceType": {"text": meeting.get("title") or "Tumor board"},
                     "subject": subject, "period": {"start": meeting["meeting_date"], "end": meeting["meeting_date"]}}
        if meeting.get("place"):
            encounter["location"] = [{"location": {"display": meeting["place"]}}]
        plan["encounter"] = _ref(encounter)
    return plan, encounter


RATIONALE = "Rationale: "
DEVIATION = "Deviation from the first-choice recommendation: "


def bundle(cases: list[dict[str, Any]], meetings: dict[int, dict[str, Any]], stamp: datetime) -> dict[str, Any]:
    """A FHIR R4 collection Bundle of these cases; every resource validated, then the Bundle."""
    entries: dict[str, dict[str, Any]] = {}
    for case in cases:
        for r in case_resources(case, meetings, stamp.date()):
            known = entries.setdefault(r["id"], validated(r))  # a patient with two cases: one Patient
            if known is not r and r["resourceType"] == "Patient":  # ... naming the GP of each of them
                gps = known.setdefault("generalPractitioner", [])
                gps += [g for g in r.get("generalPractitioner", []) if g not in gps]
    out = {"resourceType": "Bundle", "id": rid("bundle", ",".join(str(x["id"]) for x in cases)), "type": "collection",
           "timestamp": stamp.isoformat(),
           "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": r} for i, r in entries.items()]}
    return validated(out)


# --- import -------------------------------------------------------------------------


@dataclass
class ImportedDecision:
    meeting_date: date | None
    meeting_title: str
    meeting_place: str
    modalities: list[str]
    intent: str
    timing: str | None
    deviation: bool
    deviation_reason: str | None
    rationale: str
    treatment_date: date | None
    recorded_at: datetime | None
    key: str


@dataclass
class ImportedCase:
    key: str
    patient_key: str
    title: str = ""
    referrer: str = ""
    gp: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    labs: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[ImportedDecision] = field(default_factory=list)
    #: (decision key or None, {due, test, status})
    followups: list[tuple[str | None, dict[str, Any]]] = field(default_factory=list)


@dataclass
class ImportedBundle:
    patients: dict[str, dict[str, Any]] = field(default_factory=dict)
    cases: list[ImportedCase] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


class BundleError(ValueError):
    """Not a FHIR R4 Bundle the board can read; the message says why."""


def _codes(concept: dict[str, Any] | None) -> dict[str, str]:
    return {cd.get("system", ""): cd.get("code", "") for cd in (concept or {}).get("coding", [])}


def _target(ref: dict[str, Any] | None) -> str:
    value = str((ref or {}).get("reference", ""))
    return value.removeprefix("urn:uuid:")


def _describe(r: dict[str, Any]) -> str:
    concept = r.get("code") or {}
    words = concept.get("text") or ", ".join(f"{cd.get('code')} {cd.get('display', '')}".strip()
                                             for cd in concept.get("coding", []))
    return f"{r['resourceType']}/{r.get('id', '?')}" + (f" ({words})" if words else "")


def read_bundle(data: Any) -> ImportedBundle:
    """Validate a Bundle (fhir.resources) and collect what maps onto the board's cases."""
    from fhir.resources.R4B.bundle import Bundle

    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise BundleError("a FHIR Bundle (a JSON object with \"resourceType\": \"Bundle\")")
    try:
        Bundle.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise BundleError(f"a valid FHIR R4 Bundle ({'.'.join(map(str, first['loc']))}: {first['msg']})") from None
    resources: dict[str, dict[str, Any]] = {}
    for e in data.get("entry", []):
        r = e.get("resource")
        if not r:
            continue
        key = (e.get("fullUrl") or "").removeprefix("urn:uuid:") or r.get("id", "")
        resources[key] = r
        if r.get("id"):
            resources.setdefault(f"{r['resourceType']}/{r['id']}", r)
    out = ImportedBundle()
    by_anchor: dict[str, ImportedCase] = {}
    used: set[int] = set()
    for key, r in resources.items():
        if id(r) in used:
            continue
        if r["resourceType"] == "Patient":
            used.add(id(r))
            out.patients[key] = _patient(r, out.unmapped)
            out.patients[key]["gp"] = _named(r.get("generalPractitioner", [{}])[0] if r.get("generalPractitioner")
                                             else None, resources, used)
    for key, r in resources.items():
        if id(r) in used or r["resourceType"] != "Condition":
            continue
        codes = _codes(r.get("code"))
        profiles = (r.get("meta") or {}).get("profile", [])
        if c.PROFILE_PRIMARY in profiles or c.LOCAL_PRIMARY_SITE in codes or (
                c.ICD10CM in codes and not codes[c.ICD10CM].startswith("C78")):
            used.add(id(r))
            case = ImportedCase(key=key, patient_key=_target(r.get("subject")))
            site = codes.get(c.LOCAL_PRIMARY_SITE) or _site_from_icd(codes.get(c.ICD10CM, ""))
            case.facts["primary_site"] = site
            if r.get("onsetDateTime"):
                case.facts["primary_diagnosed_on"] = r["onsetDateTime"][:10]
            for ext in r.get("extension", []):
                if ext.get("url") == c.EXT_CASE_TITLE:
                    case.title = ext.get("valueString", "")
            by_anchor[key] = case
            out.cases.append(case)
    patients_cases: dict[str, list[ImportedCase]] = {}
    for case in out.cases:
        patients_cases.setdefault(case.patient_key, []).append(case)
        case.gp = (out.patients.get(case.patient_key) or {}).get("gp", "")

    def case_of(r: dict[str, Any], *refs: Any) -> ImportedCase | None:
        for ref in refs:
            for one in ref if isinstance(ref, list) else [ref]:
                hit = by_anchor.get(_target(one))
                if hit:
                    return hit
        own = patients_cases.get(_target(r.get("subject")), [])
        return own[0] if len(own) == 1 else None

    encounters = {k: r for k, r in resources.items() if r["resourceType"] == "Encounter"}
    for r in encounters.values():
        used.add(id(r))
    plans: dict[str, str] = {}
    for key, r in resources.items():
        if id(r) in used:
            continue
        kind = r["resourceType"]
        if kind == "Condition":
            related = [e.get("valueReference") for e in r.get("extension", []) if e.get("url") == c.EXT_RELATED_PRIMARY]
            owner = case_of(r, related)
            if owner is None or _codes(r.get("code")).get(c.ICD10CM) != c.LIVER_METASTASES_ICD10[0]:
                continue
            used.add(id(r))
            status = _codes(r.get("verificationStatus")).get(c.CONDITION_VERIFICATION, "confirmed")
            owner.facts["liver_mets"] = {"confirmed": "confirmed", "provisional": "suspected", "unconfirmed": "suspected",
                                        "differential": "suspected", "refuted": "none"}.get(status, "confirmed")
            if r.get("onsetDateTime"):
                owner.facts["liver_mets_detected_on"] = r["onsetDateTime"][:10]
        elif kind == "Observation":
            owner = case_of(r, r.get("focus", []))
            if owner is not None and _observation(owner, r):
                used.add(id(r))
        elif kind == "CarePlan":
            owner = case_of(r, r.get("addresses", []))
            if owner is not None:
                used.add(id(r))
                d = _decision(key, r, encounters)
                plans[key] = d.key
                plans[f"CarePlan/{r.get('id')}"] = d.key
                owner.decisions.append(d)
    for r in resources.values():
        if id(r) in used or r["resourceType"] != "ServiceRequest":
            continue
        owner = case_of(r, r.get("reasonReference", []))
        if _codes(r.get("code")).get(c.SNOMED) == c.PATIENT_REFERRAL[0]:
            referrer = _named(r.get("requester"), resources, used)
            if owner is not None and referrer:
                used.add(id(r))
                owner.referrer = referrer
            continue
        test = _codes(r.get("code")).get(c.LOCAL_FOLLOWUP_TEST)
        due = r.get("occurrenceDateTime")
        if owner is None or not test or not due:
            continue
        used.add(id(r))
        status = {v: k for k, v in c.FOLLOWUP_STATUS.items()}.get(r.get("status", ""), "open")
        based = [plans.get(_target(b)) for b in r.get("basedOn", [])]
        owner.followups.append((next((b for b in based if b), None), {"due": due[:10], "test": test, "status": status}))
    seen: set[int] = set()
    for r in resources.values():
        if id(r) not in used and id(r) not in seen:
            seen.add(id(r))
            out.unmapped.append(_describe(r))
    return out


def _named(ref: dict[str, Any] | None, resources: dict[str, dict[str, Any]], used: set[int]) -> str:
    """The clinician a Reference names: its display, else the referenced Practitioner's name (the
    Practitioner counts as mapped)."""
    if not ref:
        return ""
    target = resources.get(_target(ref)) or resources.get(str(ref.get("reference", "")))
    name = ""
    if target is not None and target.get("resourceType") in ("Practitioner", "PractitionerRole", "Organization"):
        used.add(id(target))
        names = target.get("name") or []
        if isinstance(names, str):  # Organization.name
            name = names
        elif names:
            n = names[0]
            name = n.get("text") or " ".join([*n.get("prefix", []), *n.get("given", []), n.get("family", "")]).strip()
    return str(ref.get("display") or name).strip()[:200]


def _site_from_icd(code: str) -> str:
    for prefix, site in c.ICD10_PREFIX_SITE:
        if code.startswith(prefix):
            return site
    return "other"


def _patient(r: dict[str, Any], unmapped: list[str]) -> dict[str, Any]:
    ids = r.get("identifier", [])
    mrn = next((i.get("value") for i in ids if _codes(i.get("type")).get(c.IDENTIFIER_TYPE) == c.MRN_TYPE[0]), None)
    mrn = mrn or next((i.get("value") for i in ids if i.get("value")), None)
    names = r.get("name", [])
    name = ""
    if names:
        n = names[0]
        name = n.get("text") or " ".join([*n.get("given", []), n.get("family", "")]).strip()
    return {"mrn": mrn, "name": name, "sex": r.get("gender", "unknown"), "birth_date": r.get("birthDate")}


def _quantity(r: dict[str, Any]) -> float | None:
    q = r.get("valueQuantity")
    return None if q is None or q.get("value") is None else float(q["value"])


def _observation(case: ImportedCase, r: dict[str, Any]) -> bool:
    codes = _codes(r.get("code"))
    loinc = codes.get(c.LOINC)
    if loinc == c.TUMOR_SIZE[0]:
        for comp in r.get("component", []):
            if _codes(comp.get("code")).get(c.LOINC) == c.TUMOR_LONGEST_DIMENSION[0]:
                case.facts["largest_lesion_cm"] = float(comp["valueQuantity"]["value"])
                return True
        if _quantity(r) is not None:
            case.facts["largest_lesion_cm"] = _quantity(r)
            return True
        return False
    if loinc == c.ECOG[0] and r.get("valueInteger") is not None:
        case.facts["ecog"] = int(r["valueInteger"])
        return True
    fact = codes.get(c.LOCAL_CASE_FACT)
    if fact:
        if fact in c.FACT_LAB:
            case.facts[fact] = _quantity(r)
        elif "valueBoolean" in r:
            case.facts[fact] = r["valueBoolean"]
        elif "valueInteger" in r:
            case.facts[fact] = r["valueInteger"]
        elif "valueQuantity" in r:
            case.facts[fact] = _quantity(r)
        elif "valueString" in r:
            case.facts[fact] = r["valueString"].split(",") if fact == "confirmed_by" else r["valueString"]
        else:
            return False
        return True
    test = codes.get(c.LOCAL_LAB_TEST) or next((t for t, v in c.LAB_LOINC.items() if v[0] == loinc), None)
    if test and _quantity(r) is not None and r.get("effectiveDateTime"):
        case.labs.append({"taken_on": r["effectiveDateTime"][:10], "test": test, "value": _quantity(r),
                          "unit": (r.get("valueQuantity") or {}).get("unit")})
        return True
    return False


def _decision(key: str, r: dict[str, Any], encounters: dict[str, dict[str, Any]]) -> ImportedDecision:
    intent, timing, deviation = "palliative", None, False
    for ext in r.get("extension", []):
        if ext.get("url") == c.EXT_PROCEDURE_INTENT:
            codes = _codes(ext.get("valueCodeableConcept"))
            snomed = {v[0]: k for k, v in c.INTENT_SNOMED.items()}
            intent = codes.get(c.LOCAL_INTENT) or snomed.get(codes.get(c.SNOMED, ""), intent)
        elif ext.get("url") == c.EXT_OPTION_TIMING:
            timing = ext.get("valueCode")
        elif ext.get("url") == c.EXT_DEVIATION:
            deviation = bool(ext.get("valueBoolean"))
    modalities, treated = [], None
    for a in r.get("activity", []):
        detail = a.get("detail") or {}
        m = _codes(detail.get("code")).get(c.LOCAL_MODALITY)
        if m:
            modalities.append(m)
        treated = treated or (detail.get("scheduledPeriod") or {}).get("start")
    rationale, reason = "", None
    for note in r.get("note", []):
        text = note.get("text", "")
        if text.startswith(DEVIATION):
            reason = text.removeprefix(DEVIATION)
        else:
            rationale = text.removeprefix(RATIONALE)
    enc = encounters.get(_target(r.get("encounter"))) or {}
    start = (enc.get("period") or {}).get("start")
    location = (enc.get("location") or [{}])[0].get("location", {}).get("display", "")
    created = r.get("created")
    return ImportedDecision(
        meeting_date=date.fromisoformat(start[:10]) if start else None,
        meeting_title=(enc.get("serviceType") or {}).get("text", "") or "Tumor board",
        meeting_place=location, modalities=modalities, intent=intent, timing=timing,
        deviation=deviation or reason is not None, deviation_reason=reason, rationale=rationale,
        treatment_date=date.fromisoformat(treated[:10]) if treated else None,
        recorded_at=datetime.fromisoformat(created) if created else None, key=key)
