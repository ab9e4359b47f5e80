"""The printed plan shows the follow-up of a provisional tier-1 option as provisional (contract: follow_up
covers provisional tier-1 options; the board may confirm them)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tumorboard.services import reports

pytestmark = pytest.mark.db

LARGE_NO_LABS = {
    "primary_site": "colorectal", "primary_resected": True, "timing": "metachronous", "liver_mets": "confirmed",
    "confirmed_by": ["mri"], "lesion_count": 1, "largest_lesion_cm": 8.5, "liver_resectable": True,
    "future_liver_remnant_pct": 60, "extrahepatic_disease": "none", "fit_for_major_surgery": True,
    "accepts_surgery": True, "cea_ng_ml": 12,
}


def _text(pdf: bytes, pdf_text: Any) -> str:
    return re.sub(r"\s+", " ", "\n".join(pdf_text(pdf)))


def test_case_summary_prints_provisional_follow_up_as_provisional(workspace: Any, pdf_text: Any) -> None:
    case = workspace.cases.create({"patient": {"mrn": "P-85", "name": "Anna Berg"}, "facts": LARGE_NO_LABS})
    rec = workspace.cases.evaluate(case.id)
    assert [o.modality.value for o in rec.tier1()] == ["hepatectomy"] and rec.tier1()[0].provisional
    assert rec.follow_up and all(f.provisional for f in rec.follow_up)
    text = _text(reports.case_summary_pdf(workspace, case.id), pdf_text)
    assert "Follow-up if the board accepts tier 1" in text
    assert f"{rec.follow_up[0].due.isoformat()}" in text and "provisional" in text
    assert "only if the board confirms a provisional first choice" in text
    firm = workspace.cases.create({"patient": {"mrn": "F-85", "name": "Bo Lind"}, "facts": {
        **LARGE_NO_LABS, "bilirubin_umol_l": 10, "albumin_g_l": 42, "inr": 1.0, "ascites": "none",
        "encephalopathy": "none"}})
    text = _text(reports.case_summary_pdf(workspace, firm.id), pdf_text)
    assert "Follow-up if the board accepts tier 1" in text and "only if the board confirms" not in text
