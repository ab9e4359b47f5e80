"""Every printed page names its patient (running header) and its case (footer); in duplex a
case starts on the front of a sheet. Real PDFs parsed back with pypdf."""

from __future__ import annotations

import re

from tumorboard.reports import specimen
from tumorboard.reports.base import BLANK_TEXT
from tumorboard.reports.case_summary import render_case_summary
from tumorboard.reports.data import PatientRef
from tumorboard.reports.handout import render_handout
from tumorboard.reports.minutes import render_minutes
from tumorboard.reports.schedule import render_schedule


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _case_pages(pages: list[str], case_number: str) -> list[int]:
    return [n for n, p in enumerate(pages) if re.search(rf"\bCases? [^\n]*{re.escape(case_number)}\b", p)]


def test_every_handout_page_names_its_patient_and_each_case_starts_a_sheet(pdf_text):
    data = specimen.handout(5)
    pages = pdf_text(render_handout(data))
    named = set()
    for item in data.items:
        p = item.case.patient
        ident = f"{p.name} · MRN {p.mrn} · born {p.birth_date.isoformat()} · case {item.case.case_number}"
        own = _case_pages(pages, item.case.case_number)
        assert len(own) >= 2, "facts, then options and notes: two pages per case"
        assert own[0] % 2 == 0, f"case {item.case.case_number} starts on a front side (page {own[0] + 1})"
        for n in own:
            assert ident in _flat(pages[n]), f"page {n + 1} names {p.name}"
            assert all(other.case.patient.mrn not in pages[n] for other in data.items if other is not item)
        named.update(own)
    agenda = set(range(len(pages))) - named
    for n in agenda:  # the agenda lists every patient, or the page is blank on purpose
        assert BLANK_TEXT in pages[n] or all(i.case.patient.mrn in pages[n] for i in data.items)
    assert any(BLANK_TEXT in pages[n] for n in agenda), "the one-page agenda is followed by a blank back"


def test_simplex_handout_has_no_blank_pages(pdf_text):
    pages = pdf_text(render_handout(specimen.handout(3).model_copy(update={"duplex": False})))
    assert not any(BLANK_TEXT in p for p in pages)


def test_privacy_headers_tell_patients_with_the_same_initials_apart(pdf_text):
    data = specimen.handout(2, privacy=True)
    twins = [item.model_copy(update={"case": item.case.model_copy(update={
        "patient": PatientRef(name=name, mrn=mrn, sex="M")})})
        for item, name, mrn in zip(data.items, ("Bernd Albers", "Bruno Alt"), ("100001", "100002"), strict=True)]
    pages = pdf_text(render_handout(data.model_copy(update={"items": twins})))
    text = "\n".join(pages)
    assert "Bernd" not in text and "Bruno" not in text
    for item in twins:
        own = _case_pages(pages, item.case.case_number)
        assert own
        for n in own:
            assert f"B.A. · MRN {item.case.patient.mrn} · case {item.case.case_number}" in _flat(pages[n])


def test_every_case_summary_page_names_the_patient(pdf_text):
    data = specimen.case_summary(1)
    pages = pdf_text(render_case_summary(data))
    p = data.case.patient
    assert len(pages) >= 2
    for page in pages:
        assert f"{p.name} · MRN {p.mrn} · born {p.birth_date.isoformat()}" in _flat(page)
        assert f"Case {data.case.case_number}" in page


def test_every_schedule_page_names_the_patient(pdf_text):
    data = specimen.schedule(1)
    for page in pdf_text(render_schedule(data)):
        assert f"MRN {data.patient.mrn}" in page and data.patient.name in page


def test_minutes_pages_name_the_patients_decided_on_them(pdf_text):
    data = specimen.minutes(8)
    pages = pdf_text(render_minutes(data))
    for item in data.items:
        where = [n for n, p in enumerate(pages) if f"{item.position}. {item.case_number}" in p]
        assert where
        for n in where:
            header = _flat(pages[n]).split("Confidential")[0]
            assert item.case_number in header, f"page {n + 1}'s header names case {item.case_number}"
