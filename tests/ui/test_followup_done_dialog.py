"""Recording a follow-up's result: nothing is chosen for the user, and a test that was not
done is booked again on the date the dialog asks for."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from ui.views.followups_view import CompleteDialog


def test_no_result_is_chosen_in_advance_and_not_done_asks_for_a_new_date(qtbot: Any) -> None:
    row = SimpleNamespace(patient_name="张伟", mrn="MRN-1", test="ct_or_mri", due=date(2026, 11, 20))
    dlg = CompleteDialog(row, today=date(2027, 3, 10))  # the workspace clock's day, not the wall clock's
    qtbot.addWidget(dlg)
    assert dlg.result_box.currentData() is None and not dlg.ok.isEnabled(), "one click on OK records no finding"
    dlg.result_box.setCurrentIndex(dlg.result_box.findData("stable"))
    assert dlg.ok.isEnabled() and dlg.rebook.isHidden() and dlg.rebook_on() is None
    dlg.result_box.setCurrentIndex(dlg.result_box.findData("not_done"))
    assert not dlg.rebook.isHidden()
    assert dlg.rebook_on() == date(2027, 3, 17)
