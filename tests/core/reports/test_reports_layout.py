"""Page layout the board notices on paper: an option never straddles two pages,
sources are cited by title, the minutes stay short, nothing is printed twice."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tumorboard.engine.sources import citation
from tumorboard.reports import specimen
from tumorboard.reports.case_summary import render_case_summary
from tumorboard.reports.data import FollowUpData
from tumorboard.reports.handout import render_handout
from tumorboard.reports.minutes import render_minutes


def _long_options(data):
    """Each option with many long excerpts, so options must fall across page ends somewhere."""
    items = []
    for item in data.items:
        rec = item.case.recommendation
        options = []
        for o in rec.options:
            src = o.sources[0]
            extra = [src.model_copy(update={"excerpt": f"{src.excerpt} " * 3 + f"({k})"}) for k in range(6)]
            options.append(o.model_copy(update={"sources": extra, "rationale": o.rationale + " " + o.rationale}))
        case = item.case.model_copy(update={"recommendation": rec.model_copy(update={"options": options})})
        items.append(item.model_copy(update={"case": case}))
    return data.model_copy(update={"items": items})


def test_an_option_is_printed_whole_on_one_page(pdf_text):
    pages = pdf_text(render_handout(_long_options(specimen.handout(3))))
    options = 0
    for text in pages:
        badges, rules = len(re.findall(r"TIER \d", text)), text.count("Rules:")
        assert badges == rules, text  # a badge without its rules line (or the reverse) is a split option
        options += badges
    assert options == 3 * 4


def test_sources_are_cited_by_title_not_file_name(pdf_text):
    text = " ".join(pdf_text(render_case_summary(specimen.case_summary(1))))
    assert ".txt" not in text
    compact = re.sub(r"\s+", " ", text)
    data = specimen.case_summary(1)
    first = data.case.recommendation.options[0].sources[0]
    assert f"({citation(first)})" in compact
    assert "S0 §2 · What are the reasonable treatment modalities for metastatic liver cancer?" in compact


def test_minutes_show_the_next_follow_ups_and_count_the_rest(pdf_text):
    data = specimen.minutes(1)
    day = data.meeting.date
    many = [FollowUpData(due=day + timedelta(days=90 * k), test="cea", status="open", rule="FU-2") for k in range(1, 21)]
    item = data.items[0]
    item = item.model_copy(update={"decision": item.decision.model_copy(update={"follow_ups": many})})
    data = data.model_copy(update={"items": [item]})
    text = re.sub(r"\s+", " ", " ".join(pdf_text(render_minutes(data))))
    table = text.split("more planned")[0]
    shown = [f for f in many if f.due.isoformat() in table]
    assert [f.due for f in shown] == [f.due for f in many[:4]]
    assert f"+ 16 more planned, up to {many[-1].due.isoformat()}" in text


def test_handout_does_not_repeat_a_title_that_is_the_question(pdf_text):
    data = specimen.handout(1)
    item = data.items[0]
    item = item.model_copy(update={"case": item.case.model_copy(update={"title": item.question})})
    data = data.model_copy(update={"items": [item]})
    pages = pdf_text(render_handout(data))
    case_page = re.sub(r"\s+", " ", pages[2])  # the agenda's sheet, then the case on the next sheet
    assert case_page.count("Simultaneous resection, or staged") == 1


@pytest.mark.parametrize("cases", [16, 17, 31, 32, 33])
def test_no_agenda_page_holds_a_lone_row_or_two(cases, pdf_text):
    from tumorboard.reports.parts import MIN_ROWS

    data = specimen.handout(cases).model_copy(update={"duplex": False})
    rows = []
    for page in pdf_text(render_handout(data)):
        if "Case C-" in page:  # the first case page: the agenda is over
            break
        rows.append(page.count("MRN"))
    listed = [n for n in rows if n]
    assert sum(listed) == cases and len(listed) > 1
    assert min(listed) >= MIN_ROWS, rows
