"""The board's figures as a printable PDF, with reportlab's own charts; the same Drawings are shown on
the GUI's "Board figures" page (rendered through PDFium), so screen and paper agree.

Input: the figures as JSON values (tumorboard.services.stats.BoardStats.model_dump(mode="json")).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .base import CONTENT_W, ProgressFn, Renderer
from .data import Letterhead
from .fonts import CJK, SANS, register_fonts
from .parts import grid, para
from .styles import ACCENT, MUTED

CASES_COLOUR = ACCENT
MINUTES_COLOUR = colors.HexColor("#c0504d")


def _font_for(text: str) -> str:
    return CJK if any(ord(ch) > 0x2E80 for ch in text) else SANS


def trend_drawing(per_meeting: list[dict[str, Any]], width: float = CONTENT_W, height: float = 62 * mm) -> Drawing:
    """Cases and minutes per case at each meeting, over time (x: the meeting day)."""
    register_fonts()
    d = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 32, 28, width - 50, height - 52
    cases = [(date.fromisoformat(p["meeting_date"]).toordinal(), p["cases"]) for p in per_meeting]
    minutes = [(date.fromisoformat(p["meeting_date"]).toordinal(), p["minutes_per_case"])
               for p in per_meeting if p["minutes_per_case"] is not None]
    data = [cases or [(0, 0)], minutes or [(0, 0)]]
    plot.data = data
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = CASES_COLOUR, 1.2
    plot.lines[1].strokeColor, plot.lines[1].strokeWidth = MINUTES_COLOUR, 1.2
    plot.xValueAxis.labelTextFormat = lambda v: date.fromordinal(int(v)).strftime("%Y-%m")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SANS, 7
    plot.yValueAxis.valueMin = 0
    if cases:
        span = max(1, cases[-1][0] - cases[0][0])
        plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = cases[0][0], cases[0][0] + span
        plot.xValueAxis.valueSteps = [cases[0][0] + span * i // 5 for i in range(6)]
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = 36, height - 8
    legend.fontName, legend.fontSize = SANS, 7.5
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 8, 6
    legend.colorNamePairs = [(CASES_COLOUR, "Cases per meeting"), (MINUTES_COLOUR, "Minutes per case")]
    d.add(legend)
    return d


def reasons_drawing(reasons: list[dict[str, Any]], title: str, width: float = CONTENT_W,
                    height: float | None = None) -> Drawing:
    """A horizontal bar per reason (most frequent on top)."""
    register_fonts()
    rows = list(reversed(reasons)) or [{"reason": "none recorded", "count": 0}]
    height = height or (38 + 16 * len(rows))
    d = Drawing(width, height)
    d.add(String(0, height - 10, title, fontName=SANS, fontSize=8.5, fillColor=MUTED))
    chart = HorizontalBarChart()
    label_w = min(0.45 * width, 8 + 4.6 * max(len(r["reason"]) for r in rows))
    chart.x, chart.y, chart.width, chart.height = label_w, 16, width - label_w - 30, height - 32
    chart.data = [[r["count"] for r in rows]]
    chart.bars[0].fillColor = ACCENT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SANS, 7
    chart.categoryAxis.categoryNames = [r["reason"][:60] for r in rows]
    chart.categoryAxis.labels.fontName = _font_for("".join(r["reason"] for r in rows))
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.boxAnchor = SANS, 7, "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def case_trend_drawing(trend: dict[str, list[tuple[date, float]]], width: float = 120 * mm,
                       height: float = 55 * mm) -> Drawing:
    """CEA (ng/mL) and the largest liver lesion (cm) of one case over time, each on its own scale
    (the values are divided by their series' maximum; the legend gives the maximum)."""
    register_fonts()
    d = Drawing(width, height)
    series = [("cea_ng_ml", "CEA (ng/mL)", MINUTES_COLOUR), ("largest_lesion_cm", "Largest lesion (cm)", CASES_COLOUR)]
    shown = [(key, name, colour) for key, name, colour in series if trend.get(key)]
    if not shown:
        d.add(String(4, height / 2, "No CEA results or lesion sizes recorded yet.", fontName=SANS, fontSize=8,
                     fillColor=MUTED))
        return d
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 28, 22, width - 62, height - 44
    data, names = [], []
    for i, (key, name, colour) in enumerate(shown):
        points = trend[key]
        top = max(v for _, v in points) or 1.0
        data.append([(day.toordinal(), v / top * 100) for day, v in points])
        plot.lines[i].strokeColor, plot.lines[i].strokeWidth = colour, 1.3
        plot.lines[i].symbol = makeMarker("FilledCircle", size=3, fillColor=colour, strokeColor=colour)
        names.append((colour, f"{name}, max {top:g}"))
    plot.data = data
    days = [x for line in data for x, _ in line]
    low, high = min(days), max(days)
    if high == low:
        low, high = low - 15, high + 15
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = low, high
    plot.xValueAxis.valueSteps = [low + (high - low) * i // 3 for i in range(4)]
    plot.xValueAxis.labelTextFormat = lambda v: date.fromordinal(int(v)).strftime("%Y-%m-%d")
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 25
    plot.yValueAxis.labelTextFormat = "%d%%"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SANS, 6.5
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = 30, height - 6
    legend.fontName, legend.fontSize = SANS, 7
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 7, 5
    legend.colorNamePairs = names
    d.add(legend)
    return d


def drawing_pdf(drawing: Drawing) -> bytes:
    """One chart as a one-page PDF (the GUI renders it with PDFium)."""
    data: bytes = renderPDF.drawToString(drawing)
    return data


def _pct(share: dict[str, Any]) -> str:
    return f"{share['count']} of {share['of']}" + (f" ({100 * share['count'] / share['of']:.1f}%)" if share["of"] else "")


def _q(q: dict[str, Any]) -> str:
    return "-" if not q["n"] else f"median {q['median']:g} · quartiles {q['q1']:g}-{q['q3']:g} · n={q['n']}"


def summary_rows(s: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (what, value) lines: the PDF's table and the GUI page's list."""
    rows = [("Meetings held", f"{s['meetings_held']} (planned: {s['meetings_planned']})"),
            ("Cases per meeting", f"{s['cases_per_meeting'] if s['cases_per_meeting'] is not None else '-'} "
                                  f"({s['cases_on_agenda']} on the agenda)"),
            ("Minutes per case (review timer)", f"{s['minutes_per_case'] if s['minutes_per_case'] is not None else '-'}"),
            ("Deferred", _pct(s["deferred"])),
            ("Discussed again", _pct(s["rediscussed"])),
            ("Deviating from the tier-1 recommendation", _pct(s["deviations"]))]
    rows += [(f"Implemented within {n} days", _pct(share)) for n, share in s["implemented"].items()]
    rows += [("Days from listing to meeting", _q(s["listing_to_meeting_days"])),
             ("Days from meeting to treatment", _q(s["meeting_to_treatment_days"])),
             ("Quorum met", _pct(s["quorum_met"])),
             ("Follow-ups overdue today", str(s["followups_overdue"]))]
    return rows


class FiguresRenderer(Renderer):
    title = "Board figures"
    footer_note = "Computed from the board's own records."

    def __init__(self, stats: dict[str, Any], letterhead: Letterhead, progress: ProgressFn | None = None) -> None:
        super().__init__(letterhead, progress)
        self.s = stats

    def subtitle(self) -> str:
        s = self.s
        return f"{s['start'] or 'first meeting'} to {s['end'] or 'last meeting'} · as of {s['as_of']}"

    def story(self) -> list[Flowable]:
        s = self.s
        w = [80 * mm, CONTENT_W - 80 * mm]
        out: list[Flowable] = [
            para("The board's figures", "Title"), para(self.subtitle(), "Subtitle"),
            grid(["Figure", "Value"], [[para(k, "Cell"), para(v, "Cell")] for k, v in summary_rows(s)], w),
            KeepTogether([para("Cases and minutes per meeting", "H2Free"), trend_drawing(s["per_meeting"])]),
            KeepTogether([para("Why decisions deviated from the tier-1 recommendation", "H2Free"),
                          reasons_drawing(s["deviation_reasons"], "decisions")]),
            KeepTogether([para("Why cases were deferred", "H2Free"), reasons_drawing(s["deferral_reasons"], "agenda items")]),
            para("Attendance by specialty", "H2Free")]
        out.append(grid(["Specialty", "Meetings attended"],
                        [[para(role, "Cell"), para(_pct(share), "Cell")] for role, share in s["attendance"].items()], w))
        if s["rediscussion_reasons"]:
            out += [para("Questions of cases discussed again", "H2Free"),
                    grid(["Question", "Times"], [[para(r["reason"], "Cell"), para(str(r["count"]), "Cell")]
                                                 for r in s["rediscussion_reasons"]], [CONTENT_W - 30 * mm, 30 * mm])]
        out.append(Spacer(1, 4))
        return out


def render_figures(stats: dict[str, Any], letterhead: Letterhead, progress: ProgressFn | None = None) -> bytes:
    return FiguresRenderer(stats, letterhead, progress).render()
