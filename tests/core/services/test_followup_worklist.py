"""The follow-up worklist as a worklist: search in any script, filters, sort and paging in SQL,
the day the test was done, print (PDF) and export (CSV), the CLI; follow-ups counted from the
treatment date (provisional from the meeting), re-dated when the treatment was given."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.services.worklist_export import worklist_csv, worklist_pdf

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


@pytest.fixture
def board(workspace, make_case):
    """Three patients (one Chinese name) with follow-ups booked by hand, some overdue."""
    ws = workspace
    today = ws.today()
    a = make_case(mrn="A-1", name="Anna Berg", primary_site="colorectal")
    w = make_case(mrn="W-2", name="王丽", primary_site="gastric")
    z = make_case(mrn="Z-3", name="Zoe Adams", primary_site="colorectal")
    made = {
        "a_ct_overdue": ws.followups.add(a.id, today - timedelta(days=20), "ct_or_mri"),
        "a_cea": ws.followups.add(a.id, today + timedelta(days=10), "cea"),
        "w_ct_far": ws.followups.add(w.id, today + timedelta(days=400), "ct_or_mri"),
        "w_us_overdue": ws.followups.add(w.id, today - timedelta(days=3), "liver_ultrasound"),
        "z_ct": ws.followups.add(z.id, today + timedelta(days=95), "ct_or_mri"),
    }
    return ws, made


def ids(rows):
    return [r.id for r in rows]


def test_search_filters_sort_and_paging(board):
    ws, f = board
    today = ws.today()
    assert ids(ws.followups.list()) == ids(sorted(f.values(), key=lambda r: r.due)), "open ones by due date"
    assert ids(ws.followups.list({"search": "王"})) == [f["w_us_overdue"].id, f["w_ct_far"].id], "any script"
    assert ids(ws.followups.list({"search": "a-1"})) == [f["a_ct_overdue"].id, f["a_cea"].id], "MRN, any case"
    assert ids(ws.followups.list({"site": "gastric"})) == [f["w_us_overdue"].id, f["w_ct_far"].id]
    assert ids(ws.followups.list({"test": "ct_or_mri"})) == [f["a_ct_overdue"].id, f["z_ct"].id, f["w_ct_far"].id]
    assert ids(ws.followups.list({"overdue_only": True})) == [f["a_ct_overdue"].id, f["w_us_overdue"].id]
    # a range that reaches as far as asked (a first scan 3 months out is there)
    ranged = ws.followups.list({"due_from": today, "due_to": today + timedelta(days=100)})
    assert ids(ranged) == [f["a_cea"].id, f["z_ct"].id]
    by_name = ws.followups.list({"sort": "name"})
    assert [r.patient_name for r in by_name] == ["Anna Berg", "Anna Berg", "Zoe Adams", "王丽", "王丽"]
    desc = ws.followups.list({"sort": "due", "descending": True, "limit": 2})
    assert ids(desc) == [f["w_ct_far"].id, f["z_ct"].id]
    page2 = ws.followups.list({"sort": "due", "offset": 2, "limit": 2})
    assert ids(page2) == [f["a_cea"].id, f["z_ct"].id]
    assert ws.followups.count({"test": "ct_or_mri"}) == 3
    with pytest.raises(InvalidInput) as err:
        ws.followups.list({"due_from": today, "due_to": today - timedelta(days=1)})
    assert err.value.problems[0].field == "due_to"
    with pytest.raises(InvalidInput) as err:
        ws.followups.list({"sort": "bogus"})
    assert err.value.problems[0].field == "sort"


def test_done_on_is_the_day_the_test_was_done_and_not_after_today(board):
    ws, f = board
    today = ws.today()
    with pytest.raises(InvalidInput) as err:
        ws.followups.complete(f["a_ct_overdue"].id, "stable", done_on=today + timedelta(days=1))
    assert err.value.problems[0].field == "done_on"
    done = ws.followups.complete(f["a_ct_overdue"].id, "stable", done_on=today - timedelta(days=2))
    assert done.done_on == today - timedelta(days=2) and done.status == "done"
    assert ids(ws.followups.list({"status": "done"})) == [done.id]
    assert ids(ws.followups.list({"status": None, "search": "anna", "sort": "done_on"}))[-1] == f["a_cea"].id


def test_print_and_export_the_current_list(board):
    ws, f = board
    q = {"test": "ct_or_mri", "sort": "name"}
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(worklist_pdf(ws, q))).pages)
    assert "Follow-up worklist" in text and "3 follow-up(s)" in text and "test Contrast CT or MRI of the liver" in text.replace("\n", " ")
    assert text.index("Anna Berg") < text.index("Zoe Adams") < text.index("王丽")
    assert "CEA blood test" not in text and "Ultrasound" not in text, "only the filtered list is printed"
    data = worklist_csv(ws, q)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["patient_name"] for r in rows] == ["Anna Berg", "Zoe Adams", "王丽"]
    assert {r["test"] for r in rows} == {"ct_or_mri"} and rows[0]["due"] == f["a_ct_overdue"].due.isoformat()


def test_cli_followups_list_with_filters_and_json(board, db_url, capsys, tmp_path):
    ws, f = board
    assert main(["--db", db_url, "followups", "list", "--overdue", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in out] == [f["a_ct_overdue"].id, f["w_us_overdue"].id]
    assert main(["--db", db_url, "followups", "list", "--search", "王", "--sort", "due", "--descending"]) == 0
    captured = capsys.readouterr()
    assert captured.out.index(f["w_ct_far"].due.isoformat()) < captured.out.index(f["w_us_overdue"].due.isoformat())
    assert "OVERDUE" in captured.out and "1-2 of 2" in captured.err
    target = tmp_path / "worklist.csv"
    assert main(["--db", db_url, "followups", "list", "--test", "ct_or_mri", "--csv", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 4
    assert main(["--db", db_url, "followups", "list", "--due-from", "2027-01-02", "--due-to", "2027-01-01"]) == 2
    assert "due_to" in capsys.readouterr().err


def _decided(ws, make_case, modalities, treatment_date=None, informer="Dr. Chen"):
    case = make_case(**SURVEILLANCE)
    meeting = ws.meetings.create({"meeting_date": ws.today() - timedelta(days=7)})
    item = ws.meetings.add_case(meeting.id, case.id, "?")
    tier1 = [o.modality.value for o in ws.cases.evaluate(case.id).options if o.tier == 1]
    reason = None if set(modalities) == set(tier1) else "board's choice"
    d = ws.decisions.record({"agenda_item_id": item.id, "modalities": modalities, "intent": "curative",
                             "informer": informer, "treatment_date": treatment_date, "deviation_reason": reason})
    return case, meeting, d


def test_follow_ups_count_from_the_treatment_date_and_are_re_dated_when_it_was_given(workspace, make_case):
    ws = workspace
    planned_op = ws.today() + timedelta(days=20)
    case, meeting, d = _decided(ws, make_case, ["hepatectomy"], planned_op)
    fus = ws.followups.for_case(case.id)
    assert fus and not any(x.provisional for x in fus) and {x.responsible for x in fus} == {"Dr. Chen"}
    first = min(x.due for x in fus)
    assert first > planned_op, "the first scan after the operation, not after the meeting"
    # no treatment date: counted from the meeting, marked provisional
    case2, meeting2, d2 = _decided(ws, make_case, ["hepatectomy"])
    fus2 = sorted(ws.followups.for_case(case2.id), key=lambda x: x.due)
    assert fus2 and all(x.provisional for x in fus2)
    assert ids(ws.followups.list({"search": case2.patient.mrn})) == ids(fus2)
    # the operation was done 5 days after the meeting: every open follow-up moves 5 days, none provisional
    done = meeting2.meeting_date + timedelta(days=5)
    result = ws.decisions.treatment_given(d2.id, done)
    assert result.moved == len(fus2) and result.shift_days == 5 and result.first_due == fus2[0].due + timedelta(days=5)
    after = sorted(ws.followups.for_case(case2.id), key=lambda x: x.due)
    assert [x.due for x in after] == [x.due + timedelta(days=5) for x in fus2]
    assert not any(x.provisional for x in after)
    assert result.decision.treatment_done_on == done
    with pytest.raises(InvalidInput) as err:
        ws.decisions.treatment_given(d2.id, ws.today() + timedelta(days=1))
    assert err.value.problems[0].field == "treatment_done_on"
    with pytest.raises(InvalidInput):
        ws.decisions.treatment_given(d2.id, meeting2.meeting_date - timedelta(days=1))
    # surveillance has no treatment to wait for: not provisional
    case3, _, _ = _decided(ws, make_case, ["surveillance"])
    assert not any(x.provisional for x in ws.followups.for_case(case3.id))


def test_the_page_as_shown_is_one_read_of_rows_total_and_uncommunicated(board):
    ws, f = board
    q = {"test": "ct_or_mri", "limit": 2}
    page = ws.followups.page(q)
    assert ids(page.rows) == ids(ws.followups.list(q)) == [f["a_ct_overdue"].id, f["z_ct"].id]
    assert page.total == ws.followups.count(q) == 3, "every match counted, not only the page"
    assert page.uncommunicated == ws.followups.uncommunicated()
    with pytest.raises(InvalidInput) as err:
        ws.followups.page({"due_from": ws.today(), "due_to": ws.today() - timedelta(days=1)})
    assert err.value.problems[0].field == "due_to"


def test_due_soon_ends_at_the_settings_due_window_in_the_service(board):
    ws, f = board
    soon = {"due_soon": True}
    assert ids(ws.followups.list(soon)) == [f["a_ct_overdue"].id, f["w_us_overdue"].id, f["a_cea"].id]
    assert ws.followups.resolve(soon).due_to == ws.today() + timedelta(days=30)
    settings = ws.settings.get()
    ws.settings.update(settings.model_copy(update={"due_window_days": 100}), base=settings)
    assert ws.followups.page(soon).total == 4, "the first scan 95 days out is now due soon"
    narrower = {"due_soon": True, "due_to": ws.today() + timedelta(days=5)}
    assert ids(ws.followups.list(narrower)) == [f["a_ct_overdue"].id, f["w_us_overdue"].id], "a typed end that is sooner counts"
    printed = PdfReader(io.BytesIO(worklist_pdf(ws, soon))).pages[0].extract_text()
    assert f"due to {(ws.today() + timedelta(days=100)).isoformat()}" in printed
