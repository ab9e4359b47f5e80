"""The decision form's Intent and Timing follow the ticked treatments, so a decision for
chemotherapy alone is not recorded as "curative, staged" left over from the surgical option."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from tumorboard.engine import CaseFacts, evaluate
from ui.views.decision_form import DecisionForm

# synchronous colorectal, both resectable: primary + liver resection tier 1 in one operation (SYNC-1, SYNC-2),
# chemotherapy tier 2 as an adjuvant (CHEMO-1)
FACTS = {
    "as_of": "2026-11-23", "primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct"],
    "timing": "synchronous", "primary_resectable": True, "liver_resectable": True, "fit_for_major_surgery": True,
    "accepts_surgery": True, "lesion_count": 2, "largest_lesion_cm": 4.0, "extrahepatic_disease": "none",
    "future_liver_remnant_pct": 50, "ecog": 0, "age_years": 60, "bilirubin_umol_l": 10, "albumin_g_l": 42,
    "inr": 1.0, "ascites": "none", "encephalopathy": "none", "cea_ng_ml": 5, "node_positive_primary": False,
}


def _tick(form: DecisionForm, code: str, on: bool) -> None:
    """As a click does: the item's check state changes and itemChanged is emitted."""
    for i in range(form.modalities.count()):
        item = form.modalities.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(code)


def _form(qtbot: Any) -> tuple[DecisionForm, Any]:
    rec = evaluate(CaseFacts.model_validate(FACTS))
    form = DecisionForm()
    qtbot.addWidget(form)
    form.reset(rec, date(2026, 11, 23))
    return form, rec


def test_intent_and_timing_follow_the_ticked_treatments(qtbot: Any) -> None:
    form, rec = _form(qtbot)
    surgical = [o for o in rec.options if o.tier == 1 and o.timing is not None]
    chemo = next(o for o in rec.options if o.modality.value == "systemic_chemotherapy")
    assert surgical and form.timing.currentData() == surgical[0].timing.value
    assert form.intent.currentData() == "curative"
    for o in rec.options:
        _tick(form, o.modality.value, o is chemo)
    assert form.chosen() == ["systemic_chemotherapy"]
    assert form.intent.currentData() == chemo.intent.value, "the intent the recommendation gave chemotherapy"
    assert form.timing.currentData() is None, "no surgery ticked: timing is not applicable"
    d = form.decision(agenda_item_id=1, seconds=None)
    assert d.timing is None and d.intent.value == chemo.intent.value


def test_a_hand_set_intent_is_kept_when_the_treatments_change(qtbot: Any) -> None:
    form, rec = _form(qtbot)
    index = form.intent.findData("palliative")
    form.intent.setCurrentIndex(index)
    form.intent.activated.emit(index)  # what a user's choice in the list emits
    _tick(form, "systemic_chemotherapy", True)
    assert form.intent.currentData() == "palliative"


def test_a_recorded_deviation_reads_as_a_fact_not_a_demand(qtbot: Any) -> None:
    form, rec = _form(qtbot)
    _tick(form, "hepatectomy", False)
    assert form.is_deviation() and "A reason is required" in form.deviation.text()
    form.set_read_only(True)
    assert "A reason is required" not in form.deviation.text() and "Deviates" in form.deviation.text()
