"""The board's figures (ws.stats, `tumorboard stats`): on a seeded demo board every figure equals the
one computed here independently, in Python, from the rows themselves; the PDF carries them."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.services.demo import populate
from tumorboard.store.models import AgendaItem, Attendance, Decision, FollowUp, Meeting

pytestmark = pytest.mark.db


def nearest_rank(values: list[int]) -> tuple[int, float | None, float | None, float | None]:
    if not values:
        return 0, None, None, None
    v = sorted(values)

    def at(p: float) -> float:
        return float(v[math.ceil(p * len(v)) - 1])

    return len(v), at(0.25), at(0.5), at(0.75)


def expected(ws, start: date | None, end: date | None) -> dict:
    """The figures from the raw rows, without SQL aggregates."""
    with ws.read() as s:
        meetings = {m.id: m for m in s.execute(select(Meeting)).scalars()}
        items = list(s.execute(select(AgendaItem)).scalars())
        decisions = list(s.execute(select(Decision)).scalars())
        followups = list(s.execute(select(FollowUp)).scalars())
        people = list(s.execute(select(Attendance)).scalars())
    today = ws.today()

    def counted(mid):
        m = meetings.get(mid)
        return m is not None and m.status == "finalised" and (not start or m.meeting_date >= start) and (
            not end or m.meeting_date <= end)

    held = [m for m in meetings.values() if counted(m.id)]
    on_held = [i for i in items if counted(i.meeting_id)]
    decided = [i for i in on_held if i.outcome]
    deferred = [i for i in on_held if i.outcome == "deferred"]
    discussed = [i for i in on_held if i.outcome == "discussed"]
    again = [i for i in discussed if any(o.case_id == i.case_id and o.outcome == "discussed" and
                                         meetings[o.meeting_id].meeting_date < meetings[i.meeting_id].meeting_date
                                         for o in items)]
    ds = [d for d in decisions if counted(d.meeting_id)]
    first_done: dict[int, date] = {}
    for f in followups:
        if f.status == "done" and f.decision_id and f.completed_at:
            day = f.completed_at.date()
            first_done[f.decision_id] = min(day, first_done.get(f.decision_id, day))
    implemented = {}
    for n in (30, 60, 90):
        old = [d for d in ds if (today - meetings[d.meeting_id].meeting_date).days >= n]
        done = []
        for d in old:
            days = [x for x in (d.treatment_date, first_done.get(d.id)) if x is not None]
            if days and (min(days) - meetings[d.meeting_id].meeting_date).days <= n:
                done.append(d)
        implemented[str(n)] = {"count": len(done), "of": len(old)}
    core = set(ws.settings.get().core_specialties)
    present = defaultdict(set)
    for p in people:
        if p.present and counted(p.meeting_id):
            present[p.meeting_id].add(p.role)
    seconds = [i.time_spent_seconds for i in on_held if i.time_spent_seconds is not None]
    roles = Counter(role for roles in present.values() for role in roles)
    return {
        "meetings_held": len(held),
        "cases_on_agenda": len(on_held),
        "minutes_per_case": round(sum(seconds) / len(seconds) / 60, 1) if seconds else None,
        "deferred": {"count": len(deferred), "of": len(decided)},
        "deferral_reasons": Counter(i.deferred_reason for i in deferred),
        "rediscussed": {"count": len(again), "of": len(discussed)},
        "deviations": {"count": sum(d.deviation for d in ds), "of": len(ds)},
        "deviation_reasons": Counter(d.deviation_reason for d in ds if d.deviation),
        "implemented": implemented,
        "listing": nearest_rank([(meetings[i.meeting_id].meeting_date - i.created_at.date()).days for i in on_held]),
        "treatment": nearest_rank([(d.treatment_date - meetings[d.meeting_id].meeting_date).days
                                   for d in ds if d.treatment_date]),
        "quorum": sum(1 for m in held if core <= present[m.id]),
        "attendance": {role: {"count": n, "of": len(held)} for role, n in roles.items()},
        "overdue": sum(1 for f in followups if f.status == "open" and f.due < today),
        "per_meeting": sorted((m.meeting_date, sum(1 for i in on_held if i.meeting_id == m.id)) for m in held),
    }


@pytest.mark.parametrize("period", [None, (-60, -20)])
def test_stats_of_a_demo_board_match_an_independent_count(workspace, period):
    list(populate(workspace.db, 1500, seed=11))
    today = workspace.today()
    start, end = (None, None) if period is None else (today + timedelta(days=period[0]), today + timedelta(days=period[1]))
    got = workspace.stats.compute(start, end).model_dump(mode="json")
    want = expected(workspace, start, end)
    assert got["meetings_held"] == want["meetings_held"] > 4
    assert got["cases_on_agenda"] == want["cases_on_agenda"]
    assert got["minutes_per_case"] == want["minutes_per_case"]
    assert got["deferred"] == want["deferred"] and got["deferred"]["count"] > 0
    assert {r["reason"]: r["count"] for r in got["deferral_reasons"]} == dict(want["deferral_reasons"])
    assert got["rediscussed"] == want["rediscussed"]
    assert got["deviations"] == want["deviations"] and got["deviations"]["count"] > 0
    assert {r["reason"]: r["count"] for r in got["deviation_reasons"]} == dict(want["deviation_reasons"])
    assert got["implemented"] == want["implemented"]
    q = got["listing_to_meeting_days"]
    assert (q["n"], q["q1"], q["median"], q["q3"]) == want["listing"]
    q = got["meeting_to_treatment_days"]
    assert (q["n"], q["q1"], q["median"], q["q3"]) == want["treatment"] and q["n"] > 0
    assert got["quorum_met"] == {"count": want["quorum"], "of": want["meetings_held"]}
    assert got["attendance"] == want["attendance"]
    assert got["followups_overdue"] == want["overdue"]
    assert [(date.fromisoformat(p["meeting_date"]), p["cases"]) for p in got["per_meeting"]] == want["per_meeting"]


def test_a_rediscussed_case_and_a_quorum_are_counted(workspace, make_case):
    case = make_case(name="Twice Discussed", primary_site="colorectal", primary_resected=True, liver_mets="none",
                     age_years=60, ecog=0)
    days = [date(2026, 10, 7), date(2026, 11, 4)]
    for n, day in enumerate(days):
        m = workspace.meetings.create({"meeting_date": day})
        workspace.meetings.set_attendance(m.id, [{"name": f"Dr {r}", "role": r}
                                                 for r in workspace.settings.get().core_specialties[: 4 - n]])
        item = workspace.meetings.add_case(m.id, case.id, f"Question {n}")
        workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"})
        workspace.meetings.finalise(m.id)
    s = workspace.stats.compute()
    assert s.rediscussed.count == 1 and s.rediscussed.of == 2
    assert [r.reason for r in s.rediscussion_reasons] == ["Question 1"]
    assert s.quorum_met.count == 1 and s.quorum_met.of == 2
    with pytest.raises(InvalidInput, match="from"):
        workspace.stats.compute(date(2027, 1, 1), date(2026, 1, 1))


def test_cli_json_and_pdf(workspace, db_url, tmp_path, capsys):
    list(populate(workspace.db, 300, seed=2))
    assert main(["--db", db_url, "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == workspace.stats.compute().model_dump(mode="json") | {"as_of": data["as_of"]}
    assert main(["--db", db_url, "stats"]) == 0
    assert f"meetings held: {data['meetings_held']}" in capsys.readouterr().out
    out = tmp_path / "figures.pdf"
    assert main(["--db", db_url, "report", "figures", "-o", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(out.read_bytes())).pages)
    assert "Cases and minutes per meeting" in text and f"{data['meetings_held']} (planned" in text
    reason = data["deviation_reasons"][0]["reason"]
    assert reason in text  # the bar chart's label


def test_case_trend_has_cea_results_and_each_lesion_size_on_record(workspace, make_case):
    from tumorboard.store.models import AuditEvent

    case = make_case(largest_lesion_cm=4.0, liver_mets="confirmed")
    today = workspace.today()
    for days, value in ((40, 30.0), (10, 12.5)):
        workspace.cases.add_lab(case.id, {"taken_on": today - timedelta(days=days), "test": "cea", "value": value})
    facts = dict(workspace.cases.get(case.id).facts, largest_lesion_cm=2.5)
    workspace.cases.update(case.id, {"facts": facts}, expected_version=case.version)
    with workspace.write() as s:  # the first size as if entered a month ago
        first = s.execute(select(AuditEvent).where(AuditEvent.entity == "case", AuditEvent.action == "create")).scalar_one()
        first.at = first.at - timedelta(days=30)
    trend = workspace.stats.case_trend(case.id)
    assert trend["cea_ng_ml"] == [(today - timedelta(days=40), 30.0), (today - timedelta(days=10), 12.5)]
    assert [v for _, v in trend["largest_lesion_cm"]] == [4.0, 2.5]
    pdf = workspace.stats.case_trend_chart(case.id)
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "CEA (ng/mL), max 30" in text and "Largest lesion (cm), max 4" in text
