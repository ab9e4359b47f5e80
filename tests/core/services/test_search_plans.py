"""A search page is the same whichever plan reads it (services/case_list.py).

The probe picks "walk" (many matches: walk the sort order) or "ids" (few:
read exactly the matching patients' rows). SEARCH_PROBE is lowered here so
that a handful of patients exercises both plans; each page must equal the
slice of the full sorted list, for every sort, direction, offset and filter.
"""

from __future__ import annotations

import itertools

import pytest

from tumorboard.services import case_list

pytestmark = pytest.mark.db

NAMES = ["Anna Berg", "anna berg", "Ånström, Åsa", "Ma Lin", "马林", "王秀英", "王伟", "Zoë Maas", "Mario Rossi", "秀英 Wang"]
SITES = ["colorectal", "breast", "lung"]


@pytest.fixture
def board(workspace):
    for i, name in enumerate(NAMES):
        first = workspace.cases.create({"patient": {"mrn": f"MRN{i:03d}", "name": name},
                                        "facts": {"primary_site": SITES[i % 3]}})
        if i % 2:  # a second case: the tie on the patient's name is broken by case id
            workspace.cases.create({"patient_id": first.patient.id, "facts": {"primary_site": SITES[(i + 1) % 3]}})
    return workspace


def _plans_seen(monkeypatch):
    seen = []
    real = case_list._prepared

    def spy(kind, shape, plan="all"):
        seen.append(plan)
        return real(kind, shape, plan)

    monkeypatch.setattr(case_list, "_prepared", spy)
    return seen


@pytest.mark.parametrize(("probe", "cap"), [(1, 1), (2, 3), (3, 500), (100, 2), (100, 500)])
def test_every_page_of_a_search_is_the_slice_of_the_whole_sorted_list(board, monkeypatch, probe, cap):
    monkeypatch.setattr(case_list, "SEARCH_PROBE", probe)
    monkeypatch.setattr(case_list, "WALK_CAP", cap)  # a capped walk that fills the page, or falls back
    seen = _plans_seen(monkeypatch)
    for term, sort, descending, site in itertools.product(
        ["a", "王", "秀英", "MA", "zz", "mrn00"], ["name", "mrn", "site", "status", "updated"], [False, True], [None, "lung"]
    ):
        q = {"search": term, "sort": sort, "descending": descending, "site": site}
        everything = board.cases.ids(q)
        for offset, limit in [(0, 1), (0, 3), (1, 2), (2, 50), (0, 50)]:
            page = [r.id for r in board.cases.query(q | {"offset": offset, "limit": limit})]
            assert page == everything[offset : offset + limit], (q, offset, limit, probe)
    assert "ids" in seen and ("walk" in seen) == (probe < 100) and "capped" in seen  # every plan was exercised


def test_the_probe_chooses_by_the_number_of_matching_patients(board, monkeypatch):
    monkeypatch.setattr(case_list, "SEARCH_PROBE", 3)
    seen = _plans_seen(monkeypatch)
    board.cases.query({"search": "a", "limit": 5})  # most names have an "a": the capped walk fills the page
    board.cases.query({"search": "秀英", "limit": 5})  # two patients, four cases: the walk cannot fill it
    board.cases.query({"search": "anna", "limit": 5})  # a longer term: the probe first (two patients)
    board.cases.query({"search": "a", "sort": "mrn", "limit": 5})  # the patient's sort: no capped walk
    board.cases.query({"search": "秀英"})  # no page: every match is read, no probe
    board.cases.query({"limit": 5})  # no search: no probe
    assert seen == ["capped", "capped", "ids", "ids", "walk", "all", "all"]


def test_a_capped_walk_that_cannot_fill_the_page_falls_back_to_the_probe(board, monkeypatch):
    """The walk capped at 4 rows of the name order holds fewer than 5 cases matching "a": the page is not
    full there, so the probe's plan reads it, and the answer is still the list's slice."""
    monkeypatch.setattr(case_list, "WALK_CAP", 4)
    everything = board.cases.ids({"search": "a"})
    first_four = board.cases.ids({})[:4]
    assert len(everything) > 5 and sum(1 for i in first_four if i in everything) < 5
    seen = _plans_seen(monkeypatch)
    assert [r.id for r in board.cases.query({"search": "a", "limit": 5})] == everything[:5]
    assert seen == ["capped", "ids"]  # ten patients: fewer than the probe's 5,000
