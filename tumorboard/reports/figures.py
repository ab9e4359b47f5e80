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

from ..i18n import N_, _
from .base import CONTENT_W, ProgressFn, Renderer
from .data import Letterhead
from .fonts import CJK, SANS, register_fonts
from .parts import grid, label, para
from .styles import ACCENT, MUTED

#: a reason left blank (tumorboard.services.stats writes it so)
NO_REASON = N_("(no reason given)")
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
    # no meeting held yet: one point at 0, which is no day of the calendar (no label then)
    plot.xValueAxis.labelTextFormat = lambda v: date.fromordinal(int(v)).strftime("%Y-%m") if v >= 1 else ""
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
    names = [_("Cases per meeting"), _("Minutes per case")]
    legend.fontName, legend.fontSize = _font_for("".join(names)), 7.5
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 8, 6
    legend.colorNamePairs = [(CASES_COLOUR, names[0]), (MINUTES_COLOUR, names[1])]
    d.add(legend)
    return d


def reasons_drawing(reasons: list[dict[str, Any]], title: str, width: float = CONTENT_W,
                    height: float | None = None) -> Drawing:
    """A horizontal bar per reason (most frequent on top)."""
    register_fonts()
    rows = [{**r, "reason": _(r["reason"]) if r["reason"] == NO_REASON else r["reason"]} for r in reversed(reasons)]
    rows = rows or [{"reason": _("none recorded"), "count": 0}]
    height = height or (38 + 16 * len(rows))
    d = Drawing(width, height)
    title = _(title)
    d.add(String(0, height - 10, title, fontName=_font_for(title), fontSize=8.5, fillColor=MUTED))
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
    series = [("cea_ng_ml", _("CEA (ng/mL)"), MINUTES_COLOUR), ("largest_lesion_cm", _("Largest lesion (cm)"), CASES_COLOUR)]
    shown = [(key, name, colour) for key, name, colour in series if trend.get(key)]
    if not shown:
        empty = _("No CEA results or lesion sizes recorded yet.")
        d.add(String(4, height / 2, empty, fontName=_font_for(empty), fontSize=8, fillColor=MUTED))
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
        names.append((colour, _("{name}, max {top}", name=name, top=f"{top:g}")))
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
    legend.fontName, legend.fontSize = _font_for("".join(n for _c, n in names)), 7
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 7, 5
    legend.colorNamePairs = names
    d.add(legend)
    return d


def drawing_pdf(drawing: Drawing) -> bytes:
    """One chart as a one-page PDF (the GUI renders it with PDFium)."""
    data: bytes = renderPDF.drawToString(drawing)
    return data


def _pct(share: dict[str, Any]) -> str:
    if not share["of"]:
        return _("{count} of {of}", count=share["count"], of=share["of"])
    return _("{count} of {of} ({pct}%)", count=share["count"], of=share["of"],
             pct=f"{100 * share['count'] / share['of']:.1f}")


def _q(q: dict[str, Any]) -> str:
    if not q["n"]:
        return "-"
    return _("median {median} · quartiles {q1}-{q3} · n={n}", median=f"{q['median']:g}", q1=f"{q['q1']:g}",
             q3=f"{q['q3']:g}", n=q["n"])


def summary_rows(s: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (what, value) lines: the PDF's table and the GUI page's list, in the language now in
    force (tumorboard.i18n.using)."""
    dash = "-"
    rows = [(_("Meetings held"), _("{held} (planned: {planned})", held=s["meetings_held"], planned=s["meetings_planned"])),
            (_("Cases per meeting"), _("{n} ({agenda} on the agenda)",
                                       n=s["cases_per_meeting"] if s["cases_per_meeting"] is not None else dash,
                                       agenda=s["cases_on_agenda"])),
            (_("Minutes per case (review timer)"), f"{s['minutes_per_case'] if s['minutes_per_case'] is not None else dash}"),
            (_("Deferred"), _pct(s["deferred"])),
            (_("Discussed again"), _pct(s["rediscussed"])),
            (_("Deviating from the tier-1 recommendation"), _pct(s["deviations"]))]
    rows += [(_("Implemented within {n} days", n=n), _pct(share)) for n, share in s["implemented"].items()]
    rows += [(_("Days from listing to meeting"), _q(s["listing_to_meeting_days"])),
             (_("Days from meeting to treatment"), _q(s["meeting_to_treatment_days"])),
             (_("Quorum met"), _pct(s["quorum_met"])),
             (_("Follow-ups overdue today"), str(s["followups_overdue"]))]
    return rows


#: the charts' captions (the GUI page shows the same drawings)
DECISIONS, AGENDA_ITEMS = N_("decisions"), N_("agenda items")


class FiguresRenderer(Renderer):
    title = N_("Board figures")
    footer_note = N_("Computed from the board's own records.")

    def __init__(self, stats: dict[str, Any], letterhead: Letterhead, progress: ProgressFn | None = None) -> None:
        super().__init__(letterhead, progress)
        self.s = stats

    def subtitle(self) -> str:
        s = self.s
        return _("{start} to {end} · as of {day}", start=s["start"] or _("first meeting"), end=s["end"] or _("last meeting"),
                 day=s["as_of"])

    def story(self) -> list[Flowable]:
        s = self.s
        w = [80 * mm, CONTENT_W - 80 * mm]
        out: list[Flowable] = [
            para(_("The board's figures"), "Title"), para(self.subtitle(), "Subtitle"),
            grid([N_("Figure"), N_("Value")], [[para(k, "Cell"), para(v, "Cell")] for k, v in summary_rows(s)], w),
            KeepTogether([para(_("Cases and minutes per meeting"), "H2Free"), trend_drawing(s["per_meeting"])]),
            KeepTogether([para(_("Why decisions deviated from the tier-1 recommendation"), "H2Free"),
                          reasons_drawing(s["deviation_reasons"], DECISIONS)]),
            KeepTogether([para(_("Why cases were deferred"), "H2Free"), reasons_drawing(s["deferral_reasons"], AGENDA_ITEMS)]),
            para(_("Attendance by specialty"), "H2Free")]
        out.append(grid([N_("Specialty"), N_("Meetings attended")],
                        [[para(label(role), "Cell"), para(_pct(share), "Cell")] for role, share in s["attendance"].items()], w))
        if s["rediscussion_reasons"]:
            out += [para(_("Questions of cases discussed again"), "H2Free"),
                    grid([N_("Question"), N_("Times")], [[para(_(r["reason"]) if r["reason"] == NO_REASON else r["reason"], "Cell"), para(str(r["count"]), "Cell")]
                                                 for r in s["rediscussion_reasons"]], [CONTENT_W - 30 * mm, 30 * mm])]
        out.append(Spacer(1, 4))
        return out


def render_figures(stats: dict[str, Any], letterhead: Letterhead, progress: ProgressFn | None = None) -> bytes:
    return FiguresRenderer(stats, letterhead, progress).render()
