"""The meeting handout, parsed back from the PDF with pypdf."""

from __future__ import annotations

import re

import pytest

from tumorboard.engine.recommendation import Recommendation
from tumorboard.reports import specimen
from tumorboard.reports.data import HandoutItem, MeetingHandoutData, PatientRef
from tumorboard.reports.handout import render_handout
from tumorboard.reports.schedule import render_schedule

S0 = "000_097d1b63dcffeaa5.txt"

#: per case: (patient name, modality code, printed label, rule id, excerpt)
DISTINCT = [
    ("Anna Müller", "hepatectomy", "Liver resection (hepatectomy)", "META-2", "lesion larger than seven"),
    ("张伟", "systemic_chemotherapy", "Systemic chemotherapy", "CHEMO-2", "main treatment when not resectable"),
    ("Ольга Иванова", "somatostatin_analogue", "Somatostatin analogue", "NET-2", "first-line for carcinoid"),
    ("李秀英", "radiotherapy", "Radiotherapy", "RT-1", "stereotactic radiotherapy is an option"),
]


def _rec(modality: str, rule: str, excerpt: str) -> Recommendation:
    return Recommendation.model_validate({
        "rule_set": {"name": "livermets", "version": "1.0", "parameters": {}},
        "options": [{"modality": modality, "tier": 1, "intent": "palliative", "rationale": f"because of {rule}",
                     "rules": [rule], "sources": [{"document": S0, "section": "§4", "excerpt": excerpt}]}],
    })


def _handout(privacy: bool = False) -> MeetingHandoutData:
    items = []
    for i, (name, modality, _label, rule, excerpt) in enumerate(DISTINCT):
        sheet = specimen.case_sheet(i).model_copy(update={
            "patient": PatientRef(name=name, mrn=f"MRN{i}77", sex="F"),
            "case_number": f"#{500 + i}",
            "recommendation": _rec(modality, rule, excerpt),
        })
        items.append(HandoutItem(position=i + 1, slot=f"08:{i}0", question=f"Question number {i + 1}?", case=sheet))
    return MeetingHandoutData(letterhead=specimen.letterhead(), meeting=specimen.meeting(), items=items,
                              privacy=privacy)


def _sections(pages: list[str]) -> list[str]:
    """The text of each case section: the pages whose footer names that case."""
    return ["\n".join(p for p in pages if f"Case #{500 + i}\n" in p) for i in range(len(DISTINCT))]


def test_agenda_lists_every_case_in_order(pdf_text):
    pages = pdf_text(render_handout(_handout()))
    agenda = pages[0]
    positions = [agenda.index(f"#{500 + i}") for i in range(len(DISTINCT))]
    assert positions == sorted(positions)
    for i, (name, *_rest) in enumerate(DISTINCT):
        assert name in agenda
        assert f"Question number {i + 1}?" in agenda


def test_each_case_section_carries_its_own_options_and_rule_ids(pdf_text):
    sections = _sections(pdf_text(render_handout(_handout())))
    assert len(sections) == len(DISTINCT)
    for i, (_name, _code, label, rule, excerpt) in enumerate(DISTINCT):
        section = sections[i]
        assert f"#{500 + i}" in section
        assert label in section and rule in section and excerpt in section
        others = [d for j, d in enumerate(DISTINCT) if j != i]
        assert not any(o[3] in section for o in others), f"section {i} shows another case's rule"


def test_chinese_names_extract_as_the_same_characters(pdf_text):
    text = "\n".join(pdf_text(render_handout(_handout())))
    assert "张伟" in text and "李秀英" in text
    assert "Ольга Иванова" in text and "Anna Müller" in text


def test_pages_are_numbered_page_x_of_y(pdf_text):
    pages = pdf_text(render_handout(_handout()))
    total = len(pages)
    assert total >= 1 + len(DISTINCT)  # agenda + a page per case at least
    for n, text in enumerate(pages, 1):
        assert re.search(rf"Page {n} of {total}\b", text), f"page {n} lacks 'Page {n} of {total}'"


def test_every_font_is_embedded_truetype_including_cjk(pdf_fonts):
    for pdf in (render_handout(_handout()), render_schedule(specimen.schedule(1))):
        fonts = pdf_fonts(pdf)
        assert any("DroidSansFallback" in name for name in fonts), fonts.keys()
        for name, font in fonts.items():
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not an embedded TrueType font"
            assert "STSong" not in name


def test_privacy_prints_initials_and_mrn_never_the_full_name(pdf_text):
    text = "\n".join(pdf_text(render_handout(_handout(privacy=True))))
    assert "Anna Müller" not in text and "张伟" not in text and "李秀英" not in text
    assert "A.M. · MRN MRN077" in text
    assert "张* · MRN MRN177" in text
    assert "О.И. · MRN MRN277" in text


def test_missing_data_and_warnings_are_printed_in_the_boards_words(pdf_text):
    data = specimen.handout(1)  # case 0 of the specimen lacks INR and carries a DX-3 warning
    item = data.items[0]
    rec = item.case.recommendation.model_copy(update={"missing": ["bilirubin_umol_l", "adjacent_to_hollow_structure"]})
    item = item.model_copy(update={"case": item.case.model_copy(update={"recommendation": rec})})
    text = "\n".join(pdf_text(render_handout(data.model_copy(update={"items": [item]}))))
    assert "Missing data: Bilirubin, Next to gallbladder or major bile duct" in text
    assert "bilirubin_umol_l" not in text
    assert "DX-3" in text and "INR is missing" in text


def test_handout_keeps_excerpts_short_and_says_where_the_rest_are(pdf_text):
    data = _handout()
    item = data.items[0]
    option = item.case.recommendation.options[0]
    sources = [option.sources[0].model_copy(update={"excerpt": f"excerpt number {n}"}) for n in range(4)]
    rec = item.case.recommendation.model_copy(update={"options": [option.model_copy(update={"sources": sources})]})
    item = item.model_copy(update={"case": item.case.model_copy(update={"recommendation": rec})})
    text = "\n".join(pdf_text(render_handout(data.model_copy(update={"items": [item]}))))
    assert "excerpt number 1" in text and "excerpt number 2" not in text
    assert "+ 2 more sources in the case summary" in text


def test_forty_case_handout_renders_every_case(pdf_text):
    data = specimen.handout(40)
    pages = pdf_text(render_handout(data))
    assert len(pages) > 40
    body = "\n".join(pages)
    for item in data.items:
        assert item.case.case_number in body
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_progress_reports_every_case_and_can_cancel():
    seen: list[tuple[int, int, str]] = []
    render_handout(specimen.handout(3), progress=lambda d, t, m: seen.append((d, t, m)))
    assert [d for d, _t, _m in seen] == sorted(d for d, _t, _m in seen)
    assert seen[-1][0] == seen[-1][1] == 6

    class Stop(Exception):
        pass

    def cancel(done: int, total: int, message: str) -> None:
        if "Laying out case 2" in message:
            raise Stop()

    with pytest.raises(Stop):
        render_handout(specimen.handout(3), progress=cancel)


def test_very_long_free_text_flows_over_pages_instead_of_failing(pdf_text):
    """A pasted referral letter as the question or a rationale must not stop the print."""
    from tumorboard.reports.minutes import render_minutes

    letter = " ".join(f"Sentence {n} of a long referral letter about the patient's history." for n in range(300))
    data = _handout()
    item = data.items[0]
    rec = item.case.recommendation
    rec = rec.model_copy(update={"options": [rec.options[0].model_copy(update={"rationale": letter})]})
    item = item.model_copy(update={"question": letter,
                                   "case": item.case.model_copy(update={"recommendation": rec})})
    pages = pdf_text(render_handout(data.model_copy(update={"items": [item]})))
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert "(see the case page)" in pages[0]  # the agenda keeps its row short
    assert "Sentence 299 of a long referral letter" in text
    assert text.count("Sentence 299 of a long referral letter") == 2  # question and rationale, whole

    minutes = specimen.minutes(1)
    decided = minutes.items[0]
    decided = decided.model_copy(update={"decision": decided.decision.model_copy(
        update={"rationale": letter, "deviation": True, "deviation_reason": letter})})
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_minutes(minutes.model_copy(update={"items": [decided]})))))
    assert text.count("Sentence 299 of a long referral letter") == 2


def test_key_facts_stand_in_the_same_order_on_every_case_recorded_or_not(pdf_text):
    from tumorboard.engine.facts import CaseFacts
    from tumorboard.reports.casesheet import KEY_FACTS

    data = _handout()
    sparse = data.items[1].case.model_copy(update={"facts": CaseFacts.parse({"primary_site": "lung"})})
    data.items[1] = data.items[1].model_copy(update={"case": sparse})
    sections = [re.sub(r"\s+", " ", s) for s in _sections(pdf_text(render_handout(data)))[:2]]
    for text in sections:
        facts = text.split("Key facts", 1)[1].split("Liver function", 1)[0]
        positions = [facts.find(label) for _f, label in KEY_FACTS]
        assert -1 not in positions and positions == sorted(positions), facts
    assert sections[1].count("not recorded") > sections[0].count("not recorded") > 0
    assert "Age not recorded ECOG not recorded" in sections[1]  # in its place, not moved to a list below


def test_a_past_meetings_handout_says_decided_not_ready_or_not_ready(pdf_text):
    data = _handout()
    data.items[0] = data.items[0].model_copy(update={"case": data.items[0].case.model_copy(
        update={"decided": True, "ready": False, "status": "follow_up"})})
    pages = [re.sub(r"\s+", " ", p) for p in pdf_text(render_handout(data))]
    assert f"{len(data.items)} cases on the agenda · {len(data.items) - 1} ready · 1 decided" in pages[0]
    assert "Decided" in pages[0]
    assert "Not applicable: the board has decided" in re.sub(r"\s+", " ", _sections(pdf_text(render_handout(data)))[0])
