"""The Qt models pass qtmodeltester; the case list is lazy and sorted/filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import MeetingIn


def _cases(ws: Any) -> list[Any]:
    names = ["Zhang, Wei", "张伟", "Müller, Anna", "O'Brien, Sean", "Ålund, Per", "李静"]
    return [make_case(ws, mrn=f"M-{i:03d}", name=n, ready=i % 2 == 0) for i, n in enumerate(names)]


def test_case_table_model_passes_qtmodeltester(qtmodeltester: Any, qtbot: Any, ctx: Any) -> None:
    from ui.models.case_table import CaseTableModel

    _cases(ctx.ws)
    model = CaseTableModel(ctx)
    model.reload_now()
    assert model.rowCount() == 6
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # by MRN, in the database
    wait_idle(qtbot, ctx)
    assert model.data(model.index(0, 0)) == "M-005"
    qtmodeltester.check(model, force_py=True)


def test_case_table_loads_rows_lazily_in_pages(qtbot: Any, ctx: Any, monkeypatch: Any) -> None:
    from ui.models import case_table

    monkeypatch.setattr(case_table, "PAGE", 2)
    monkeypatch.setattr(case_table, "FIRST_PAGE", 2)
    _cases(ctx.ws)
    model = case_table.CaseTableModel(ctx)
    model.reload_now()
    assert model.rowCount() == 2 and model.loading, "the first screenful is shown at once"
    wait_idle(qtbot, ctx)
    assert model.rowCount() == 6 and not model.loading, "the rest is inserted when the ids arrive"
    assert len(model._rows) == 2, "only ids are kept until Qt asks for a row"
    assert model.data(model.index(2, 1)) == "…", "a row not loaded yet is a placeholder: painting never waits"
    wait_idle(qtbot, ctx)
    assert len(model._rows) == 4  # the page holding row 2, read on the database thread
    assert model.data(model.index(2, 1)) != "…"
    model.data(model.index(5, 1))
    wait_idle(qtbot, ctx)
    assert len(model._rows) == 6
    calls: list[list[int]] = []
    real = ctx.ws.cases.rows
    ctx.ws.cases.rows = lambda ids: (calls.append(list(ids)), real(ids))[1]  # type: ignore[method-assign]
    try:
        for r in range(6):
            model.data(model.index(r, 0))
    finally:
        ctx.ws.cases.rows = real  # type: ignore[method-assign]
    assert calls == [], "a loaded page is not fetched again"


def test_stale_search_results_are_dropped(qtbot: Any, ctx: Any) -> None:
    from tumorboard.services.schemas import CaseQuery
    from ui.models.case_table import CaseTableModel

    _cases(ctx.ws)
    model = CaseTableModel(ctx)
    model.set_query(CaseQuery(search="zzz-no-match"))
    model.set_query(CaseQuery(search="张"))  # typed on before the first answer came back
    wait_idle(qtbot, ctx)
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "张伟"


def test_agenda_model_passes_qtmodeltester_and_reorders_by_drag(qtmodeltester: Any, qtbot: Any, window: Any,
                                                                  ctx: Any) -> None:

    cases = [make_case(ctx.ws, mrn=f"A-{i}", name=n) for i, n in enumerate(["First", "第二", "Third"])]
    meeting = ctx.ws.meetings.create(MeetingIn(meeting_date=ctx.ws.today()))
    for c in cases:
        ctx.ws.meetings.add_case(meeting.id, c.id)
    window.go("meetings")
    window.meetings.load_meeting(meeting.id)
    wait_idle(qtbot, ctx)
    model = window.meetings.agenda
    qtmodeltester.check(model, force_py=True)
    # a drop of row 0 below row 2, as the list view's drag and drop delivers it
    mime = model.mimeData([model.index(0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    wait_idle(qtbot, ctx)
    stored = [it.patient_name for it in ctx.ws.meetings.get(meeting.id).agenda]
    assert stored == ["第二", "Third", "First"]
    assert [model.item(r).patient_name for r in range(3)] == stored


def test_sorting_by_every_sortable_column_runs_in_the_database(qtbot: Any, ctx: Any) -> None:
    from ui.models.case_table import COLUMNS, CaseTableModel

    _cases(ctx.ws)
    model = CaseTableModel(ctx)
    model.reload_now()
    for col, (_attr, _header, key) in enumerate(COLUMNS):
        if key is None:
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(col, order)
            wait_idle(qtbot, ctx)
            assert model.query.sort == key and model.rowCount() == 6
    model.sort(COLUMNS.index(next(c for c in COLUMNS if c[0] == "mrn")), Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, ctx)
    assert [model.data(model.index(r, 0)) for r in range(6)] == [f"M-{i:03d}" for i in range(6)]


def test_keyboard_new_case_and_find(qtbot: Any, window: Any) -> None:
    window.act_new.trigger()
    assert window.open_editors(), "Ctrl+N opens a new case"
    for ed in window.open_editors():
        ed.close()
    window.go("settings")
    window.activateWindow()
    window.act_find.trigger()
    assert window.stack.currentWidget() is window.cases, "Ctrl+F goes to the case list"
    qtbot.waitUntil(window.cases.search.hasFocus, timeout=2000)


def test_same_names_are_told_apart_by_age_and_birth_date_and_sort_by_age(qtbot: Any, ctx: Any) -> None:
    from datetime import date

    from tumorboard.services.schemas import CaseCreate, PatientIn
    from ui.models.case_table import COLUMNS, CaseTableModel

    today = ctx.ws.today()
    for mrn, born in (("W-1", date(today.year - 70, 1, 2)), ("W-2", date(today.year - 41, 1, 2)), ("W-3", None)):
        ctx.ws.cases.create(CaseCreate(patient=PatientIn(mrn=mrn, name="王丽", birth_date=born),
                                       facts={"primary_site": "gastric"}))
    model = CaseTableModel(ctx)
    model.reload_now()
    age_col = next(i for i, c in enumerate(COLUMNS) if c[2] == "age")
    assert model.headerData(age_col, Qt.Orientation.Horizontal) == "Age (born)"
    model.sort(age_col, Qt.SortOrder.DescendingOrder)  # a header click: sorted in the database
    wait_idle(qtbot, ctx)
    assert [model.data(model.index(r, age_col)) for r in range(3)] == [
        f"70 ({today.year - 70}-01-02)", f"41 ({today.year - 41}-01-02)", ""]
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["W-1", "W-2", "W-3"]
