"""The letter to the referrer (`tumorboard report letter`): its text (pypdf) carries the decision, the
follow-ups and the referrer, in English or Chinese; sending it empties the "not yet communicated" list."""

from __future__ import annotations

import csv
import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.reports.letter import said

pytestmark = pytest.mark.db

MEETING_DAY = date(2026, 12, 2)


@pytest.fixture
def decided(workspace, tmp_path):
    """A referred case (with referrer and GP, through the referral import) decided on a meeting."""
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["MRN", "Name", "Referrer", "GP", "Primary site", "Primary resected", "Liver metastases", "Age", "ECOG"])
        w.writerow(["L1", "Letter Patient 王", "Dr. Rita Referrer, Colorectal Surgery", "Dr. Gus General", "colorectal",
                    "yes", "none", "63", "0"])
    list(workspace.referrals.open(path).write())
    case_id = workspace.cases.ids({})[0]
    meeting = workspace.meetings.create({"meeting_date": MEETING_DAY, "title": "Liver board"})
    workspace.meetings.set_attendance(meeting.id, [{"name": "Dr. Chen", "role": "hepatobiliary surgery"},
                                                   {"name": "Dr. Weiß", "role": "radiology"},
                                                   {"name": "Dr. Ade", "role": "radiology"},
                                                   {"name": "Dr. Away", "role": "pathology", "present": False}])
    item = workspace.meetings.add_case(meeting.id, case_id, "Surveillance or more imaging?")
    d = workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["systemic_chemotherapy"],
                                    "intent": "palliative", "deviation_reason": "Patient prefers to start treatment",
                                    "informer": "Dr. Chen", "inform_referrer_by": "2026-12-04"})
    return workspace.cases.get(case_id), d


def text_of(pdf: bytes) -> str:
    """The letter's text with line breaks as spaces (a sentence may wrap at 10 pt)."""
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))


def test_the_letter_carries_decision_followups_attendance_and_referrer(workspace, decided):
    case, d = decided
    text = text_of(workspace.letters.pdf(d.id))
    assert "Dr. Rita Referrer, Colorectal Surgery" in text and "Dr. Gus General" in text
    assert "Letter Patient 王" in text and "MRN L1" in text
    assert "Surveillance or more imaging?" in text
    assert "Systemic chemotherapy" in text and "palliative intent" in text
    assert "Patient prefers to start treatment" in text
    assert "radiology (2)" in text and "hepatobiliary surgery (1)" in text and "pathology" not in text
    assert "Responsible clinician: Dr. Chen" in text
    open_followups = [f for f in case.followups if f.status == "open"]
    assert open_followups, "a follow-up schedule to print"
    first = min(f.due for f in open_followups)
    assert f"{first.day} {first:%B %Y}" in text


def test_the_letter_in_chinese_embeds_the_cjk_font(workspace, decided):
    _, d = decided
    pdf = workspace.letters.pdf(d.id, "zh_CN")
    text = text_of(pdf)
    assert "会诊决定" in text and said("systemic_chemotherapy", "zh_CN") in text
    assert said("systemic_chemotherapy", "zh_CN") != "Systemic chemotherapy"  # translated from the .ts file
    fonts = {f["/BaseFont"] for page in PdfReader(BytesIO(pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("TB-CJK" in str(f) or "Droid" in str(f) for f in fonts)
    with pytest.raises(InvalidInput, match="language"):
        workspace.letters.pdf(d.id, "klingon")


def test_sending_records_referrer_informed_and_empties_the_worklist(cli_admin, workspace, decided, db_url, tmp_path, capsys):
    _, d = decided
    assert [p.id for p in workspace.followups.worklist(as_of=date(2026, 12, 5)).uncommunicated] == [d.id]
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "report", "letter", "--decision", str(d.id), "-o", str(out), "--sent"]) == 0
    assert "Dr. Rita Referrer" in text_of(out.read_bytes())
    after = workspace.decisions.get(d.id)
    assert after.referrer_informed and after.referrer_informed_at.date() == workspace.now().date()
    assert after.version == d.version + 1
    workspace.decisions.mark_communicated(d.id, patient=True, referrer=True)
    assert workspace.followups.worklist(as_of=date(2026, 12, 5)).uncommunicated == []
