"""Follow-up plans FU-1 .. FU-4 and calendar arithmetic."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from engine_cases import METACHRONOUS, UNRESECTABLE, ev
from hypothesis import given, settings
from hypothesis import strategies as st

from tumorboard.engine import add_months, load_parameters, plan_followups

P = load_parameters()
START = date(2026, 8, 31)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 1), 3, date(2027, 3, 1)),
        (date(2026, 11, 15), 14, date(2028, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 1, 1)), st.integers(0, 240))
@settings(max_examples=200)
def test_add_months_keeps_day_or_clamps_to_month_end(start: date, months: int) -> None:
    d = add_months(start, months)
    assert (d.year * 12 + d.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(d.year, d.month)[1]
    assert d.day == start.day or (d.day < start.day and d.day == last_day)


def dates_of(entries, test=None):  # type: ignore[no-untyped-def]
    return [e.due for e in entries if test is None or e.test == test]


def test_FU_1_surveillance_ultrasound_every_3_months() -> None:
    plan = plan_followups(["surveillance"], START, P)
    assert dates_of(plan)[:3] == [date(2026, 11, 30), date(2027, 2, 28), date(2027, 5, 31)]
    assert {e.test for e in plan} == {"liver_ultrasound"} and {e.rule for e in plan} == {"FU-1"}
    assert len(plan) == P.surveillance_years * 12 // P.surveillance_us_months
    assert plan_followups(["hepatectomy"], START, P)[0].rule != "FU-1"


def test_FU_2_after_hepatectomy_intensive_then_later() -> None:
    plan = plan_followups(["hepatectomy"], date(2026, 12, 1), P)
    ct = dates_of(plan, "ct_or_mri")
    assert ct == dates_of(plan, "cea")  # imaging and CEA together
    assert ct[:2] == [date(2027, 3, 1), date(2027, 6, 1)]
    assert ct[7] == date(2028, 12, 1)  # 8 visits in the intensive 2 years
    assert ct[8] == date(2029, 6, 1)  # then every 6 months
    assert ct[-1] == date(2031, 12, 1) and len(ct) == 14
    assert {e.rule for e in plan} == {"FU-2"}
    assert not plan_followups(["primary_resection"], START, P)


def test_FU_3_after_ablation_one_month_then_every_3() -> None:
    plan = plan_followups(["ablation"], date(2026, 12, 1), P)
    assert dates_of(plan)[:3] == [date(2027, 1, 1), date(2027, 4, 1), date(2027, 7, 1)]
    assert dates_of(plan)[-1] <= date(2028, 12, 1) and {e.rule for e in plan} == {"FU-3"}
    assert not plan_followups(["radiotherapy"], START, P)


def test_FU_4_on_systemic_therapy_response_imaging_every_2_months() -> None:
    plan = plan_followups(["systemic_chemotherapy"], date(2026, 12, 1), P)
    assert dates_of(plan)[:2] == [date(2027, 2, 1), date(2027, 4, 1)] and len(plan) == 6
    assert {e.test for e in plan} == {"response_imaging"} and {e.rule for e in plan} == {"FU-4"}
    assert not plan_followups(["hepatic_arterial_therapy"], START, P)


def test_plans_merge_by_date_without_duplicates() -> None:
    plan = plan_followups(["hepatectomy", "ablation"], date(2026, 12, 1), P)
    keys = [(e.due, e.test) for e in plan]
    assert keys == sorted(
        keys,
        key=lambda k: (
            k[0],
            ["liver_ultrasound", "ct_or_mri", "cea", "response_imaging", "clinic_review"].index(k[1]),
        ),
    )
    assert len(keys) == len(set(keys))
    assert plan[0].rule == "FU-3" and plan[0].due == date(2027, 1, 1)  # the scan after ablation stays
    # then FU-2's CT/MRI every 3 months serves the ablation too: no scan a month after another
    scans = [e.due for e in plan if e.test == "ct_or_mri"]
    assert scans[:4] == [date(2027, 1, 1), date(2027, 3, 1), date(2027, 6, 1), date(2027, 9, 1)]
    assert all((b - a).days > 31 for a, b in zip(scans, scans[1:], strict=False))
    assert {e.rule for e in plan if e.due > date(2027, 1, 1)} == {"FU-2"}


def test_the_merge_window_is_a_parameter() -> None:
    plan = plan_followups(["hepatectomy", "ablation"], date(2026, 12, 1), P.with_values(followup_merge_months=0))
    scans = [(e.due, e.rule) for e in plan if e.test == "ct_or_mri"]
    # 0: only the same month merges; FU-3's scan a month after FU-2's is planned again
    assert scans[:4] == [(date(2027, 1, 1), "FU-3"), (date(2027, 3, 1), "FU-2"), (date(2027, 4, 1), "FU-3"),
                         (date(2027, 6, 1), "FU-2")]
    alone = plan_followups(["ablation"], date(2026, 12, 1), P)  # a plan's own visits are all kept
    assert [e.due for e in alone][:3] == [date(2027, 1, 1), date(2027, 4, 1), date(2027, 7, 1)]


def test_intervals_come_from_the_parameters() -> None:
    plan = plan_followups(["surveillance"], date(2026, 12, 1), P.with_values(surveillance_us_months=6))
    assert dates_of(plan)[0] == date(2027, 6, 1)


def test_evaluate_previews_the_tier1_schedule() -> None:
    rec = ev(METACHRONOUS)
    assert rec.follow_up[0].due == date(2027, 3, 1) and rec.follow_up[0].rule == "FU-2"
    chemo = ev(UNRESECTABLE)
    assert chemo.follow_up[0].test == "response_imaging"


def test_without_as_of_no_dates_and_as_of_missing() -> None:
    rec = ev(METACHRONOUS, as_of=None)
    assert rec.follow_up == [] and "as_of" in rec.missing
