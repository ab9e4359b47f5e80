"""The Cases view's readiness filter goes to the database query (CaseQuery.ready)."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import make_case, wait_idle


def _shown_mrns(qtbot: Any, window: Any) -> list[str]:
    view = window.cases
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10000)
    wait_idle(qtbot, window.ctx)
    return sorted(view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount()))


def test_readiness_filter_in_the_cases_view(qtbot: Any, window: Any, ctx: Any) -> None:
    make_case(ctx.ws, mrn="READY-1", name="Ready, Rita")
    make_case(ctx.ws, mrn="DRAFT-1", name="Draft, Dan", ready=False)  # no imaging or labs on record
    view = window.cases
    combo = view.readiness
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any readiness", "Ready", "Not ready"]
    view.apply_filter()
    assert _shown_mrns(qtbot, window) == ["DRAFT-1", "READY-1"]
    combo.setCurrentIndex(1)
    assert view.current_query().ready is True
    assert _shown_mrns(qtbot, window) == ["READY-1"]
    combo.setCurrentIndex(2)
    assert _shown_mrns(qtbot, window) == ["DRAFT-1"]
    view.search.setText("ready")  # combined with the search, still in one query
    view.apply_filter()
    assert _shown_mrns(qtbot, window) == []
    combo.setCurrentIndex(0)
    assert _shown_mrns(qtbot, window) == ["READY-1"]
