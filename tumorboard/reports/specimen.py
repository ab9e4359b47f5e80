"""Specimen documents with invented patients: to check a printer, a logo and
the layout without touching real data (also used by tests and bench/)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation

from .casesheet import diagnosis_summary
from .data import (
    AttendeeData,
    CaseSheet,
    CaseSummaryData,
    ContactData,
    DecisionData,
    DeferralData,
    FollowUpData,
    HandoutItem,
    ImagingStudyData,
    LabResultData,
    Letterhead,
    MeetingHandoutData,
    MeetingHistoryData,
    MeetingInfo,
    MinutesData,
    MinutesItem,
    PatientRef,
    QuorumData,
    ReadinessItemData,
    ScheduleData,
)
from .labs import assess

NAMES = ("Anna Müller", "张伟", "John O'Brien", "李秀英 (Li Xiuying)", "Sofia García", "Ольга Иванова",
         "王芳", "Pieter van der Berg")
S0 = "000_097d1b63dcffeaa5.txt"
DAY = date(2026, 12, 1)


def letterhead(logo: Path | None = None) -> Letterhead:
    return Letterhead(hospital_name="St. Example University Hospital", department="Liver tumor board",
                      logo_path=logo, generated_at=datetime(2026, 11, 30, 16, 5, tzinfo=UTC),
                      rule_set="livermets 1.0")


def recommendation(n: int) -> Recommendation:
    return Recommendation.model_validate({
        "rule_set": {"name": "livermets", "version": "1.0", "parameters": {"min_flr_pct": 30}},
        "options": [
            {"modality": "primary_resection", "tier": 1, "intent": "curative", "timing": "simultaneous",
             "rationale": "Primary and liver metastases both radically resectable; no extensive extrahepatic disease.",
             "rules": ["SYNC-1", "SYNC-2"],
             "sources": [{"document": S0, "section": "§2", "excerpt":
                          "If both the primary focus and liver metastasis have the chance of radical surgery, and "
                          "there is no extensive metastasis in other parts of the body, resection of the primary "
                          "focus + liver tumor resection should be chosen."}]},
            {"modality": "hepatectomy", "tier": 1, "intent": "curative", "timing": "simultaneous",
             "rationale": f"Future liver remnant {30 + n % 20} % is above the 30 % threshold.",
             "rules": ["SYNC-1", "CRC-1"],
             "sources": [{"document": "002_34d76db8cae6197b.txt", "section": "CRC",
                          "excerpt": "the remaining liver volume is usually more than 30%"}]},
            {"modality": "ablation", "tier": 2, "intent": "curative",
             "rationale": "Lesions small and well located: similar effect to resection with less liver damage.",
             "rules": ["SYNC-5"],
             "sources": [{"document": S0, "section": "§2", "excerpt":
                          "ablation has a similar effect as surgical resection"}]},
            {"modality": "systemic_chemotherapy", "tier": 3, "intent": "adjuvant",
             "rationale": "Resection feasible: chemotherapy only as adjuvant treatment.", "rules": ["CHEMO-1"],
             "sources": [{"document": S0, "section": "§4", "excerpt":
                          "systemic chemotherapy is an important adjuvant treatment"}]},
        ],
        "excluded": [{"modality": "hepatic_arterial_therapy", "reason": "resection or ablation is feasible",
                      "rules": ["VASC-1"], "sources": [{"document": S0, "section": "§5", "excerpt":
                                                        "only after the conditions of surgery are not available"}]}],
        "warnings": [{"code": "liver_function_missing", "message": "INR is missing before a surgical option.",
                      "rules": ["DX-3"]}] if n % 3 == 0 else [],
        "missing": ["inr"] if n % 3 == 0 else [],
        "scores": {"child_pugh": {"points": 5, "class": "A"}, "albi": {"score": -2.71, "grade": 1},
                   "fong_crs": {"points": 2, "of": 5}, "tumor_burden_score": 4.12},
        "follow_up": [],
    })


def case_sheet(n: int) -> CaseSheet:
    facts = CaseFacts.parse(dict(
        as_of=DAY, age_years=50 + n % 30, ecog=n % 3, primary_site="colorectal", primary_resected=False,
        primary_resectable=True, liver_mets="confirmed", timing="synchronous", confirmed_by=["ct", "mri"],
        lesion_count=1 + n % 4, largest_lesion_cm=1.5 + n % 5, liver_resectable=True,
        future_liver_remnant_pct=30 + n % 20, extrahepatic_disease="none", fit_for_major_surgery=True,
        accepts_surgery=True, bilirubin_umol_l=12, albumin_g_l=41, inr=None if n % 3 == 0 else 1.1,
        ascites="none", encephalopathy="none", cea_ng_ml=18.5,
        liver_segments=["s6", "s7"] if n % 2 else ["bilobar"], major_vessels=["none"] if n % 2 else ["hepatic_veins"],
        histology="Adenocarcinoma, moderately differentiated", ras_status="wild_type", braf_status="wild_type",
        msi_status="mss", comorbidities="Type 2 diabetes; hypertension",
    ))
    return CaseSheet(
        case_id=n, case_number=f"C-{1000 + n}", title="Synchronous colorectal liver metastases",
        status="listed", patient=PatientRef(name=NAMES[n % len(NAMES)], mrn=f"{480000 + n * 7}",
                                            birth_date=date(1960 + n % 20, 1 + n % 12, 1 + n % 27), sex="F"),
        facts=facts, referrer="Dr. Okafor (colorectal surgery)", gp="Dr. Adams",
        notes=("Liver biopsy segment VI: adenocarcinoma, CK20+ CDX2+, consistent with colorectal origin.\n"
               "KRAS/NRAS wild type, BRAF V600E not detected, MSS (pMMR).") if n % 2 else "",
        imaging=[ImagingStudyData(performed_on=DAY - timedelta(days=14), modality="mri",
                                  finding="Segment VI and VII lesions, no vascular invasion"),
                 ImagingStudyData(performed_on=DAY - timedelta(days=30), modality="ct",
                                  finding="No extrahepatic disease")],
        labs=[_lab("cea", "CEA", 18.5, "ng/mL"), _lab("bilirubin", "Bilirubin", 27.4, "µmol/L"),
              _lab("albumin", "Albumin", 41, "g/L"),
              _lab("afp", "AFP", 2268, "ng/mL", undated=True)],
        recommendation=recommendation(n), ready=n % 5 != 4,
        readiness=[ReadinessItemData(label="Liver function tests", ok=n % 5 != 4)],
    )


def _lab(test: str, name: str, value: float, unit: str, undated: bool = False) -> LabResultData:
    reference, flag = assess(test, value, unit)
    return LabResultData(taken_on=None if undated else DAY - timedelta(days=7), name=name, value=f"{value:g}",
                         unit=unit, reference=reference, flag=flag, source="case facts" if undated else "")


def meeting() -> MeetingInfo:
    return MeetingInfo(id=1, title="Liver metastasis tumor board", date=DAY, start_time=time(8, 0),
                       place="Seminar room 2, Building C")


def handout(cases: int = 4, privacy: bool = False) -> MeetingHandoutData:
    items = [
        HandoutItem(position=i + 1, slot=f"{8 + (i * 10) // 60:02d}:{(i * 10) % 60:02d}",
                    question="Simultaneous resection, or staged with ablation first?" if i % 2 == 0
                    else "Is the patient a candidate for liver surgery? 是否适合手术?", case=case_sheet(i))
        for i in range(cases)
    ]
    return MeetingHandoutData(letterhead=letterhead(), meeting=meeting(), items=items, privacy=privacy)


def decision(n: int) -> DecisionData:
    deviation = n % 2 == 1
    return DecisionData(
        decided_on=DAY, meeting_title="Liver metastasis tumor board",
        modalities=["ablation", "primary_resection"] if deviation else ["primary_resection", "hepatectomy"],
        intent="curative", timing="simultaneous" if not deviation else "staged",
        rationale="Both resectable; patient fit for one operation.",
        patient_preference="Prefers one operation" if n % 3 else "患者希望尽快手术",
        trial_considered=n % 2 == 0, recommended=["primary_resection", "hepatectomy"], deviation=deviation,
        deviation_reason=f"Patient declines major liver surgery (case {n})" if deviation else "",
        informer="Dr. Keller (surgery)", responsible_clinician="Dr. Keller (hepatobiliary surgery)",
        referrer="Dr. Adams (GP)", inform_patient_by=DAY + timedelta(days=2),
        inform_referrer_by=DAY + timedelta(days=2), patient_informed=n % 3 == 0, time_spent_seconds=300 + 60 * n, rule_set="livermets 1.0",
        recorded_by="coordinator",
        follow_ups=follow_ups(),
    )


def follow_ups() -> list[FollowUpData]:
    plan = [(1, "ct_or_mri"), (1, "cea"), (3, "ct_or_mri"), (3, "cea"), (6, "clinic_review")]
    return [FollowUpData(due=DAY + timedelta(days=30 * m), test=t, rule="FU-2") for m, t in plan]


def minutes(cases: int = 4) -> MinutesData:
    items = []
    for i in range(cases):
        sheet = case_sheet(i)
        deferred = i % 4 == 3
        items.append(MinutesItem(
            position=i + 1, case_number=sheet.case_number, patient=sheet.patient, primary_site="colorectal",
            question="Resection or ablation?", outcome="deferred" if deferred else "discussed",
            diagnosis=diagnosis_summary(sheet.facts),
            deferral_reason="Awaiting liver MRI" if deferred else "",
            deferral=DeferralData(meeting_date=DAY, reason="Awaiting liver MRI", owner="Dr. Novak (radiology)",
                                  to_meeting=DAY + timedelta(days=7)) if deferred else None,
            carried_from=DeferralData(meeting_date=DAY - timedelta(days=7), reason="Is the lesion in segment IV "
                                      "a metastasis?", owner="Dr. Novak (radiology)", to_meeting=DAY)
            if i == 1 else None,
            decision=None if deferred else decision(i)))
    attendance = [AttendeeData(name="Dr. Keller", role="surgery"), AttendeeData(name="Dr. 陈静", role="oncology"),
                  AttendeeData(name="Dr. Novak", role="radiology"),
                  AttendeeData(name="Dr. Ferreira", role="pathology", present=False)]
    return MinutesData(letterhead=letterhead(), meeting=meeting(), attendance=attendance,
                       quorum=QuorumData(met=True, present_roles=["surgery", "oncology", "radiology"],
                                         missing_roles=[]), items=items, finalised=True)


def case_summary(n: int = 1) -> CaseSummaryData:
    history = [MeetingHistoryData(meeting_date=DAY - timedelta(days=7), outcome="Deferred",
                                  detail="Open question: awaiting liver MRI; owner: Dr. Novak (radiology); "
                                         f"carried to the meeting of {DAY.isoformat()}"),
               MeetingHistoryData(meeting_date=DAY, outcome="Decided", detail="Resection of the primary (Curative)")]
    return CaseSummaryData(letterhead=letterhead(), case=case_sheet(n), history=history,
                           decisions=[decision(0), decision(1)],
                           follow_ups=follow_ups())


def schedule(n: int = 1) -> ScheduleData:
    sheet = case_sheet(n)
    return ScheduleData(letterhead=letterhead(), patient=sheet.patient, case_number=sheet.case_number,
                        treatment="Removal of the bowel tumour and the liver metastases in one operation.",
                        follow_ups=follow_ups(), today=DAY - timedelta(days=1),
                        contact=ContactData(name="the liver clinic nurses", phone="0123 456 789",
                                            hours="Monday to Friday, 8:00 to 16:00"))
