"""The follow-up worklist in the GUI: search in any script, filters, a header click sorts (in the
database), the day the test was done, print and CSV export of the list as filtered, and
"Mark done…" with nothing selected says so."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import make_case, wait_idle
from ui.views.followups_view import COLUMNS


def _board(ws: Any) -> dict[str, Any]:
    today = date.today()
    a = make_case(ws, mrn="A-1", name="Anna Berg", ready=False)
    w = make_case(ws, mrn="W-2", name="王丽", ready=False)
    return {
        "a_ct": ws.followups.add(a.id, today - timedelta(days=20), "ct_or_mri"),
        "a_cea": ws.followups.add(a.id, today + timedelta(days=10), "cea"),
        "w_far": ws.followups.add(w.id, today + timedelta(days=400), "ct_or_mri"),  # beyond any "upcoming" window
        "w_us": ws.followups.add(w.id, today - timedelta(days=3), "liver_ultrasound"),
    }


def _ids(view: Any) -> list[int]:
    return [f.id for f in view.all_followups()]


def test_search_filter_sort_mark_done_print_and_export(qtbot: Any, window: Any, ctx: Any, tmp_path: Path) -> None:
    f = _board(ctx.ws)
    window.go("followups")
    wait_idle(qtbot, ctx)
    view = window.followups
    assert _ids(view) == [f["a_ct"].id, f["w_us"].id, f["a_cea"].id, f["w_far"].id], "every open one, by due date"
    assert "1–4 of 4" in view.page_label.text()
    # nothing selected: Mark done… says so
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.hint.isVisible() and "Select a follow-up" in view.hint.text()

    view.search.setText("王")  # Chinese is set on the widget (keyClicks with non-ASCII aborts)
    qtbot.waitUntil(lambda: _ids(view) == [f["w_us"].id, f["w_far"].id], timeout=5000)
    view.search.clear()
    qtbot.keyClicks(view.search, "a-1")
    qtbot.waitUntil(lambda: _ids(view) == [f["a_ct"].id, f["a_cea"].id], timeout=5000)
    view.clear_filters()
    wait_idle(qtbot, ctx)
    view.show_box.setCurrentIndex(1)  # overdue
    wait_idle(qtbot, ctx)
    assert _ids(view) == [f["a_ct"].id, f["w_us"].id]
    view.show_box.setCurrentIndex(0)
    view.test.setCurrentIndex(view.test.findData("ct_or_mri"))
    wait_idle(qtbot, ctx)
    assert _ids(view) == [f["a_ct"].id, f["w_far"].id]
    # a header click sorts in the database; a second click reverses
    header = view.table.horizontalHeader()
    name_col = next(i for i, c in enumerate(COLUMNS) if c[1] == "name")
    header.sectionClicked.emit(name_col)
    wait_idle(qtbot, ctx)
    assert (view.sort, view.descending) == ("name", False) and _ids(view) == [f["a_ct"].id, f["w_far"].id]
    header.sectionClicked.emit(name_col)
    wait_idle(qtbot, ctx)
    assert view.descending and _ids(view) == [f["w_far"].id, f["a_ct"].id]
    # a due range that reaches as far as asked
    qtbot.keyClicks(view.due_from.line, (date.today() + timedelta(days=300)).isoformat())
    qtbot.keyClick(view.due_from.line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _ids(view) == [f["w_far"].id], timeout=5000)

    # print and export the list as it is filtered
    written: list[Path] = []
    view.print_list(ask_where=False, done=written.append, then="")
    wait_idle(qtbot, ctx)
    text = "".join(p.extract_text() for p in PdfReader(str(written[-1])).pages)
    assert "1 follow-up(s)" in text and "王丽" in text and "Anna Berg" not in text
    view.clear_filters()
    wait_idle(qtbot, ctx)
    view.export_csv(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    rows = list(csv.DictReader(written[-1].read_text(encoding="utf-8-sig").splitlines()))
    assert [int(r["id"]) for r in rows] == _ids(view)

    # done on the day the test was done
    view.sort_by("due")
    wait_idle(qtbot, ctx)
    assert view.all_followups()[0].id == f["a_ct"].id
    view.table.selectRow(0)
    done_day = date.today() - timedelta(days=4)

    def answer(dlg: Any) -> bool:
        dlg.result_box.setCurrentIndex(dlg.result_box.findData("stable"))
        dlg.done_on.set_date(date.today() + timedelta(days=2))
        dlg.accept()
        assert QDialog.result(dlg) == 0 and "cannot be after today" in dlg.done_on.note.text(), "a future day is refused"
        dlg.done_on.set_date(done_day)
        dlg.accept()
        return bool(QDialog.result(dlg))

    view.run_dialog = answer
    view.complete_selected()
    wait_idle(qtbot, ctx)
    got = ctx.ws.followups.get(f["a_ct"].id)
    assert (got.status, got.result, got.done_on) == ("done", "stable", done_day)
    assert f["a_ct"].id not in _ids(view), "done ones leave the open list"
    view.show_box.setCurrentIndex(3)  # done
    wait_idle(qtbot, ctx)
    assert _ids(view) == [f["a_ct"].id]
    done_col = next(i for i, c in enumerate(COLUMNS) if c[1] == "done_on")
    assert view.model.index(0, done_col).data() == done_day.isoformat()


def test_a_planned_follow_up_is_moved_and_another_cancelled_with_reasons(qtbot: Any, window: Any, ctx: Any) -> None:
    today = ctx.today()
    case = make_case(ctx.ws, mrn="C-1", name="Carl Berg", ready=False)
    first = ctx.ws.followups.add(case.id, today + timedelta(days=30), "liver_ultrasound")
    second = ctx.ws.followups.add(case.id, today + timedelta(days=60), "cea")
    window.go("followups")
    wait_idle(qtbot, ctx)
    view = window.followups
    view.change_selected()  # nothing selected: said
    assert view.hint.isVisible() and "Select a follow-up" in view.hint.text()
    later = today + timedelta(days=44)

    def move(dlg: Any) -> bool:
        assert not dlg.ok.isEnabled(), "no reason yet: OK is not offered"
        dlg.due.set_date(later)
        dlg.test.setCurrentIndex(dlg.test.findData("ct_or_mri"))
        dlg.reason.setText("Surgery on a later day")
        assert dlg.ok.isEnabled()
        dlg.accept()
        return bool(QDialog.result(dlg))

    view.table.selectRow(_ids(view).index(first.id))
    view.run_dialog = move
    view.change_selected()
    wait_idle(qtbot, ctx)
    got = ctx.ws.followups.get(first.id)
    assert (got.due, got.test, got.status) == (later, "ct_or_mri", "open")

    def cancel(dlg: Any) -> bool:
        dlg.action.setCurrentIndex(dlg.action.findData("cancel"))
        assert not dlg.due.isVisible()
        dlg.reason.setText("CEA followed by the GP")
        dlg.accept()
        return bool(QDialog.result(dlg))

    view.table.selectRow(_ids(view).index(second.id))
    view.run_dialog = cancel
    view.change_selected()
    wait_idle(qtbot, ctx)
    assert ctx.ws.followups.get(second.id).status == "cancelled"
    assert second.id not in _ids(view), "a cancelled follow-up leaves the open list"
    actions = [(e.entity_id, e.action) for e in ctx.ws.audit.history(case.id) if e.entity == "followup"]
    assert (first.id, "change") in actions and (second.id, "cancel") in actions


def test_due_soon_follows_the_settings_window_without_reading_on_the_gui_thread(
        qtbot: Any, window: Any, ctx: Any, monkeypatch: Any) -> None:
    f = _board(ctx.ws)
    window.go("followups")
    wait_idle(qtbot, ctx)
    view = window.followups
    gui_thread_reads: list[str] = []
    real_get = ctx.ws.settings.get

    def get(*a: Any, **k: Any) -> Any:
        from PySide6.QtCore import QCoreApplication, QThread

        if QThread.currentThread() is QCoreApplication.instance().thread():
            gui_thread_reads.append("settings.get")
        return real_get(*a, **k)

    monkeypatch.setattr(ctx.ws.settings, "get", get)
    view.show_box.setCurrentIndex(2)  # "Due soon (and overdue)": 30 days by default
    qtbot.waitUntil(lambda: _ids(view) == [f["a_ct"].id, f["w_us"].id, f["a_cea"].id], timeout=5000)
    assert gui_thread_reads == []


def test_every_column_head_of_the_worklist_is_whole_at_1366x768(qtbot: Any, window: Any, ctx: Any) -> None:
    """At 1366x768 the set widths of the long columns left the last one (Note) a sliver: "Note" was cut
    (seen on a screenshot). Every head is now at least as wide as its text."""
    from tumorboard.services.demo import populate

    for _ in populate(ctx.ws.db, 60, 7):  # long names, sites and tests widen the sized-to-content columns
        pass
    window.show()
    window.resize(1366, 768)
    window.go("followups")
    wait_idle(qtbot, ctx)
    qtbot.wait(50)
    hh = window.followups.table.horizontalHeader()
    model = window.followups.table.model()
    cut = []
    for c in range(hh.count()):
        text = str(model.headerData(c, Qt.Orientation.Horizontal))
        if hh.sectionSize(c) < hh.sectionSizeHint(c):  # the head's text with the style's margins
            cut.append((text, hh.sectionSize(c)))
    assert cut == []
