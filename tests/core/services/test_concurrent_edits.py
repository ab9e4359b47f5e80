"""Two workstations on one database: agenda questions, deferrals, the agenda order and the
settings are saved only from what the user saw; a stale save is refused and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.conftest import dump_database
from tumorboard.errors import StaleEdit

pytestmark = pytest.mark.db

MONDAY = date(2026, 11, 30)


@pytest.fixture
def two(open_workspace, make_case):  # type: ignore[no-untyped-def]
    ws, other = open_workspace("coordinator"), open_workspace("secretary")
    m = ws.meetings.create({"meeting_date": MONDAY})
    a = ws.meetings.add_case(m.id, make_case(ws=ws, name="Anna Berg").id, question="Resect?")
    b = ws.meetings.add_case(m.id, make_case(ws=ws, name="王秀英").id)
    return ws, other, m, a, b


def test_question_edited_from_an_older_version_is_refused(two) -> None:  # type: ignore[no-untyped-def]
    ws, other, _m, a, _b = two
    other.meetings.set_question(a.id, "Resect or ablate?", expected_version=a.version)
    before = dump_database(ws)
    with pytest.raises(StaleEdit) as stale:
        ws.meetings.set_question(a.id, "Resect first?", expected_version=a.version)
    assert stale.value.changed_by == "secretary" and "secretary" in str(stale.value)
    assert dump_database(ws) == before
    fresh = ws.meetings.get(a.meeting_id).agenda[0]
    assert fresh.question == "Resect or ablate?"
    assert ws.meetings.set_question(a.id, "Resect first?", expected_version=fresh.version).question == "Resect first?"


def test_defer_of_an_item_changed_meanwhile_is_refused(two) -> None:  # type: ignore[no-untyped-def]
    ws, other, _m, a, _b = two
    other.meetings.set_question(a.id, "Ablation after chemotherapy?")
    before = dump_database(ws)
    with pytest.raises(StaleEdit):
        ws.meetings.defer(a.id, "MRI pending", expected_version=a.version)
    assert dump_database(ws) == before


def test_reorder_from_an_order_that_changed_is_refused(two, make_case) -> None:  # type: ignore[no-untyped-def]
    ws, other, m, a, b = two
    c = other.meetings.add_case(m.id, make_case(ws=other, name="Lena Vogt").id)
    before = dump_database(ws)
    with pytest.raises(StaleEdit) as stale:  # the screen showed a, b; c came in meanwhile
        ws.meetings.reorder(m.id, [b.id, a.id], expected_order=[a.id, b.id])
    assert stale.value.changed_by == "secretary"
    assert dump_database(ws) == before
    ws.meetings.reorder(m.id, [c.id, b.id, a.id], expected_order=[a.id, b.id, c.id])
    assert [i.id for i in ws.meetings.get(m.id).agenda] == [c.id, b.id, a.id]


def test_settings_save_keeps_what_another_workstation_changed(open_workspace) -> None:  # type: ignore[no-untyped-def]
    ws, other = open_workspace("coordinator"), open_workspace("secretary", role="admin")  # settings: admins
    opened_here = ws.settings.get()
    theirs = other.settings.get()
    other.settings.update(theirs.model_copy(update={"hospital_name": "Hospital B"}), base=theirs)
    mine = opened_here.model_copy(update={"core_specialties": ["hepatobiliary surgery", "radiology"]})
    saved = ws.settings.update(mine, base=opened_here)
    assert saved.hospital_name == "Hospital B"  # not put back to the value this editor was opened with
    assert saved.core_specialties == ["hepatobiliary surgery", "radiology"]
    assert other.settings.get() == saved


def test_settings_key_changed_on_both_sides_is_refused(open_workspace) -> None:  # type: ignore[no-untyped-def]
    ws, other = open_workspace("coordinator"), open_workspace("secretary", role="admin")  # settings: admins
    opened_here = ws.settings.get()
    theirs = other.settings.get()
    other.settings.update(theirs.model_copy(update={"hospital_name": "Hospital B"}), base=theirs)
    before = dump_database(ws)
    with pytest.raises(StaleEdit) as stale:
        ws.settings.update(
            opened_here.model_copy(update={"hospital_name": "Hospital C", "labs_max_weeks": 6}), base=opened_here
        )
    assert stale.value.changed_by == "secretary"
    assert dump_database(ws) == before
    assert ws.settings.get().hospital_name == "Hospital B" and ws.settings.get().labs_max_weeks == opened_here.labs_max_weeks
