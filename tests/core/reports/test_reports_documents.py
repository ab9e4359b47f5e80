"""Minutes, case summary and the patient's schedule, parsed back with pypdf."""

from __future__ import annotations

import re

from tumorboard.engine.recommendation import FongScore
from tumorboard.reports import specimen
from tumorboard.reports.case_summary import render_case_summary
from tumorboard.reports.minutes import render_minutes
from tumorboard.reports.schedule import render_schedule


def test_minutes_carry_every_decision_and_deviation_reason(pdf_text):
    data = specimen.minutes(6)
    text = "\n".join(pdf_text(render_minutes(data)))
    compact = re.sub(r"\s+", " ", text)
    decided = [i for i in data.items if i.decision]
    deferred = [i for i in data.items if i.outcome == "deferred"]
    assert decided and deferred
    for item in decided:
        assert item.case_number in text
        d = item.decision
        if d.deviation:
            assert d.deviation_reason in compact
        assert d.patient_preference in compact
    assert sum(1 for i in decided if i.decision.deviation) == compact.count("Deviation from the tier-1 recommendation")
    for item in deferred:
        assert "Deferred" in text and item.deferral_reason in compact
    assert "Quorum met" in text and "Dr. 陈静" in text
    assert "Ablation (RFA / microwave / cryo)" in compact  # the chosen modalities, by label


def test_minutes_say_when_quorum_is_missing_and_when_not_final(pdf_text):
    data = specimen.minutes(2).model_copy(update={
        "quorum": specimen.minutes(2).quorum.model_copy(update={"met": False, "missing_roles": ["pathology"]}),
        "finalised": False,
    })
    text = "\n".join(pdf_text(render_minutes(data)))
    assert "Quorum NOT met" in text and "pathology" in text
    assert "DRAFT" in text


def test_minutes_printed_before_the_meeting_say_who_is_expected_not_who_was_there(pdf_text):
    before = specimen.minutes(2).model_copy(update={"finalised": False, "held": False})
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_minutes(before))))
    assert "Quorum expected (attendance is confirmed at the meeting)" in text and "Quorum met" not in text
    assert " expected" in text and " present" not in text
    after = re.sub(r"\s+", " ", "\n".join(pdf_text(render_minutes(specimen.minutes(2)))))
    assert "Quorum met" in after and "expected" not in after


def test_case_summary_has_the_decision_history(pdf_text):
    data = specimen.case_summary(1)
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_case_summary(data))))
    assert "张伟" in text and data.case.case_number in text
    assert "Decision history" in text
    assert text.count("Tier 1 offered") == len(data.decisions)
    assert data.decisions[1].deviation_reason in text
    assert "SYNC-1" in text  # today's options are there too


def test_schedule_lists_dates_and_tests_in_plain_language(pdf_text):
    data = specimen.schedule(1)
    pages = pdf_text(render_schedule(data))
    text = re.sub(r"\s+", " ", "\n".join(pages))
    for f in data.follow_ups:
        assert f"{f.due.day} {f.due:%B %Y}" in text
    # a planned date is not an appointment day: no weekday the patient could take at its word
    assert not re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d+ \w+ 20\d\d", text.split("Around")[1])
    assert "CT or MRI scan of the liver" in text and "CEA blood test" in text
    assert "ct_or_mri" not in text and "FU-2" not in text  # no codes on a patient's sheet
    assert "Page 1 of 1" in pages[0]
    born = data.patient.birth_date
    assert f"born {born.day} {born:%B %Y}" in text and f"born {born:%A}" not in text  # a birthday has no weekday


def _images(pdf: bytes) -> int:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return sum(len(page.images) for page in reader.pages)


def test_logo_from_the_settings_is_printed_and_a_broken_one_is_skipped(tmp_path, pdf_text):
    from PIL import Image

    logo = tmp_path / "hospital.png"
    Image.new("RGB", (120, 60), (31, 78, 121)).save(logo)
    with_logo = specimen.schedule(1).model_copy(update={"letterhead": specimen.letterhead(logo=logo)})
    assert _images(render_schedule(with_logo)) == 1
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    without = specimen.schedule(1).model_copy(update={"letterhead": specimen.letterhead(logo=broken)})
    pdf = render_schedule(without)
    assert _images(pdf) == 0 and "St. Example University Hospital" in pdf_text(pdf)[0]


def test_empty_documents_still_print_and_say_so(pdf_text):
    from tumorboard.reports.data import QuorumData
    from tumorboard.reports.handout import render_handout

    assert "0 cases on the agenda" in pdf_text(render_handout(specimen.handout(0)))[0]
    bare = specimen.minutes(0).model_copy(update={"attendance": [], "quorum": QuorumData(met=False)})
    assert "No attendance recorded." in pdf_text(render_minutes(bare))[0]
    none = specimen.schedule(1).model_copy(update={"follow_ups": [], "treatment": ""})
    assert "No follow-up appointments are planned" in pdf_text(render_schedule(none))[0]
    summary = specimen.case_summary(1)
    refused = summary.case.model_copy(update={"recommendation": None, "evaluation_problem": "facts refused by the engine"})
    text = "\n".join(pdf_text(render_case_summary(summary.model_copy(update={"case": refused, "decisions": []}))))
    assert "No recommendation: facts refused by the engine" in text and "No decision recorded yet." in text


def test_an_incomplete_fong_score_prints_as_the_range_it_can_still_take(pdf_text):
    summary = specimen.case_summary(1)
    rec = summary.case.recommendation
    partial = rec.scores.model_copy(update={"fong_crs": FongScore(points=3, missing=["cea_ng_ml"])})
    case = summary.case.model_copy(update={"recommendation": rec.model_copy(update={"scores": partial})})
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_case_summary(summary.model_copy(update={"case": case})))))
    assert "3\u20134 of 5 (CEA unknown)" in text and "3 of 5" not in text
    complete = re.sub(r"\s+", " ", "\n".join(pdf_text(render_case_summary(summary))))
    assert "2 of 5" in complete


def test_the_fong_score_of_a_non_colorectal_case_says_it_does_not_apply(pdf_text):
    summary = specimen.case_summary(1)
    rec = summary.case.recommendation
    case = summary.case.model_copy(update={"recommendation": rec.model_copy(
        update={"scores": rec.scores.model_copy(update={"fong_crs": None})})})
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_case_summary(summary.model_copy(update={"case": case})))))
    assert "Fong clinical risk colorectal primaries only" in text


def test_the_decision_on_the_patients_sheet_is_in_plain_words():
    from datetime import date

    from tumorboard.reports.schedule import treatment_words

    today = date(2026, 11, 23)
    assert treatment_words(["hepatectomy", "ablation"], date(2026, 12, 4), today) == (
        "An operation to remove the tumours in the liver and destroying the liver tumours with heat or cold "
        "(ablation), planned for 4 December 2026.")
    assert treatment_words(["systemic_chemotherapy"], date(2026, 10, 4), today) == "Chemotherapy, on 4 October 2026."
    assert treatment_words(["radiotherapy"], None, today) == "Radiotherapy."
    assert treatment_words([], None, today) == ""


def test_a_long_schedule_starts_on_the_first_page_one_row_per_visit(pdf_text):
    from datetime import date

    from tumorboard.engine import load_parameters, plan_followups
    from tumorboard.reports.data import FollowUpData

    planned = plan_followups(["hepatectomy", "ablation"], date(2026, 12, 1), load_parameters())
    data = specimen.schedule(1).model_copy(update={"follow_ups": [
        FollowUpData(id=i, due=e.due, test=str(e.test), status="open", rule=e.rule) for i, e in enumerate(planned)]})
    pages = [re.sub(r"\s+", " ", p) for p in pdf_text(render_schedule(data))]
    assert "Your appointments" in pages[0] and "1 January 2027" in pages[0], "the table starts under its heading"
    text = " ".join(pages)
    visits = sorted({e.due for e in planned})
    assert all(text.count(f"{d.day} {d:%B %Y}") == 1 for d in visits), "one row per visit day"
    assert "CT or MRI scan of the liver + CEA blood test" in text  # the scan and the blood test of one visit
    assert text.count("A small blood sample") == 1, "each test explained once"
    assert len(pages) <= 2, "26 visits over five years: two sheets at most (the header names the patient on each)"
