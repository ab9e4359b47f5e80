"""Search finds a patient by any part of the name or MRN, in any script and any case."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.db

# letters of several scripts (Latin with diacritics, Greek, Cyrillic, CJK), spaces and punctuation
NAME_CHARS = st.sampled_from(list("abcxyzÄÖÜßéøłçĳ ΣσςЖжДд张王李秀英伟欧阳-',.%_"))
names = st.text(NAME_CHARS, min_size=1, max_size=12).filter(lambda s: s.strip())
counter = itertools.count()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, data=st.data())
def test_any_substring_of_name_or_mrn_finds_the_case(workspace, name, data):
    mrn = f"P{next(counter):06d}"
    case = workspace.cases.create({"patient": {"mrn": mrn, "name": name}, "facts": {"primary_site": "lung"}})
    stored = case.patient.name  # leading/trailing spaces are trimmed on the way in
    start = data.draw(st.integers(0, len(stored) - 1))
    part = stored[start : data.draw(st.integers(start + 1, len(stored)))]
    if not part.strip():
        part = stored
    for query in (part, part.upper(), part.lower(), mrn[2:].lower()):
        found = {r.id for r in workspace.cases.query({"search": query})}
        assert case.id in found, query
