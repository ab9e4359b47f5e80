"""The "Board figures" page: the figures of the period, the charts drawn, and the PDF saved."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.ui.conftest import wait_idle


def test_figures_page_shows_the_period_and_saves_a_pdf(qtbot: Any, window: Any, ctx: Any, out_folder: Path) -> None:
    from tumorboard.services.demo import populate

    list(populate(ctx.ws.db, 400, seed=7))
    window.go("figures")
    wait_idle(qtbot, ctx)
    page = window.page("figures")
    want = ctx.ws.stats.compute(*page.period())
    rows = {page.table.item(r, 0).text(): page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert rows["Meetings held"].startswith(f"{want.meetings_held} ") and want.meetings_held > 0
    assert rows["Follow-ups overdue today"] == str(want.followups_overdue)
    for key in ("trend", "deviations", "deferrals"):
        pixmap = page.charts[key].pixmap()
        assert pixmap is not None and pixmap.width() > 300 and pixmap.height() > 50
    # a shorter period: fewer meetings, recomputed
    page.start.setDate(page.end.date().addDays(-30))
    wait_idle(qtbot, ctx)
    fewer = ctx.ws.stats.compute(*page.period())
    assert fewer.meetings_held < want.meetings_held
    assert page.table.item(0, 1).text().startswith(f"{fewer.meetings_held} ")
    written: list[Path] = []
    page.save_pdf(ask_where=False, done=written.append)
    wait_idle(qtbot, ctx)
    text = "\n".join(p.extract_text() for p in PdfReader(written[0]).pages)
    assert "The board's figures" in text and str(page.period()[0]) in text
    assert page.period()[0] == page.period()[1] - timedelta(days=30)


def test_case_trend_chart_from_the_editor(qtbot: Any, window: Any, ctx: Any) -> None:
    from datetime import date

    from tests.ui.conftest import make_case

    case = make_case(ctx.ws, mrn="TR-1", name="Trend, Tia")
    ctx.ws.cases.add_lab(case.id, {"taken_on": date.today() - timedelta(days=9), "test": "cea", "value": 22.0})
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    assert editor.act_trend.isEnabled()
    dialog = editor.show_trend()
    wait_idle(qtbot, ctx)
    pixmap = dialog.chart.pixmap()
    assert pixmap is not None and pixmap.width() > 300
    dialog.close()
