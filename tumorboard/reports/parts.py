"""Building blocks the documents share: paragraphs with font fallback,
fact tables, grids, tier badges, warning boxes and ruled note areas."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from tumorboard.engine.vocabulary import label as english_label
from tumorboard.i18n import N_, _, language_now

from .fonts import SANS, SANS_BOLD, draw_string, embolden_cjk, markup
from .styles import ACCENT, MUTED, RULE, SHADE, TIER_COLOURS, WARN, WARN_BG, stylesheet

Cell: TypeAlias = str | Flowable


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style on the embedded font (reportlab's default, Helvetica, is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


class Para(Paragraph):
    """A paragraph that remembers its line breaks for a width: tables wrap every
    cell twice (to size the rows, then to draw), and re-breaking is the costly part."""

    _wrapped_width: float | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kw: Any) -> None:
        # CJK inside <b> or in a bold style prints bold (synthetic: the CJK font has one weight);
        # split() makes the halves from frags with text None
        if text is not None:
            text = embolden_cjk(text, style.fontName == SANS_BOLD)
        super().__init__(text, style, *args, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):  # split() may drop it
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return width, height


def para(text: object, style: str = "Body") -> Paragraph:
    st = stylesheet()[style]
    return Para(markup(text, st.fontName), st)


def rich(html: str, style: str = "Body") -> Paragraph:
    """A paragraph from markup the caller built (and escaped) itself."""
    return Para(html, stylesheet()[style])


WEEKDAYS_ZH = "一二三四五六日"
#: the patient's sex as recorded (schemas.Sex), printed through the catalogue
SEXES = (N_("female"), N_("male"), N_("other"), N_("unknown"))


def fmt_date(day: date | None, long: bool = False) -> str:
    """ISO, or long in the document's language ("Wednesday 9 December 2026", "2026年12月9日 星期三")."""
    if day is None:
        return "-"
    if not long:
        return day.isoformat()
    if language_now() == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}"
    return f"{day:%A} {day.day} {day:%B %Y}"


def label(code: object) -> str:
    """A vocabulary code's plain-language label in the document's language."""
    return _(english_label(str(code))) if code is not None else ""


def yes_no(value: bool | None) -> str:
    return _("unknown") if value is None else (_("yes") if value else _("no"))


def labels(codes: Sequence[str]) -> str:
    return ("、" if language_now() == "zh_CN" else ", ").join(label(c) for c in codes) or "-"


def fact_table(pairs: Sequence[tuple[str, str | Flowable]], width: float, columns: int = 2) -> Table:
    """Label/value pairs in `columns` column pairs, read left to right; a value may be a ready paragraph."""
    cells: list[list[Cell]] = []
    row: list[Cell] = []
    for key, value in pairs:
        row += [para(_(key), "Label"), value if isinstance(value, Flowable) else para(value or "-", "Cell")]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    label_w = 0.19 * width
    value_w = width / columns - label_w
    table = Table(cells or [[""]], colWidths=[label_w, value_w] * columns, hAlign="LEFT", splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
    for c in range(columns):
        style.append(("BACKGROUND", (2 * c, 0), (2 * c, -1), SHADE))
    table.setStyle(table_style(style))
    return table


MIN_ROWS = 3  # a table split over pages leaves at least this many rows on each side
FRESH_PAGE_PT = 450  # room at least this tall is (nearly) a whole page: a split there is not refused


class Grid(Table):
    """A table that never leaves a lone row or two at the foot or the head of a page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first = len(parts[0]._cellvalues) - head
        second = len(parts[1]._cellvalues) - head
        if first < MIN_ROWS:
            return [] if availHeight < FRESH_PAGE_PT else parts  # the whole table to the next page
        if second < MIN_ROWS:
            keep = first - (MIN_ROWS - second)
            if keep < MIN_ROWS:
                return [] if availHeight < FRESH_PAGE_PT else parts
            return list(super().split(availWidth, sum(self._rowHeights[:head + keep]) + 0.01))
        return parts


def grid(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
         repeat_header: bool = True) -> Table:
    """A plain data table: shaded header row, hairlines between rows; no lone rows on a page."""
    data: list[list[Cell]] = [[para(_(h), "HeadCell") for h in header]]
    for r in rows:
        data.append([para(c, "Cell") if isinstance(c, str) else c for c in r])
    table = Grid(data, colWidths=list(widths), repeatRows=1 if repeat_header else 0, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


class TierBadge(Flowable):
    """A filled label "TIER 1"; shade and text both say the tier (prints in grey too)."""

    def __init__(self, tier: int, provisional: bool = False) -> None:
        super().__init__()
        self.tier, self.provisional = tier, provisional
        self.width, self.height = 17 * mm, 5.2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height + (4 * mm if self.provisional else 0)

    def draw(self) -> None:
        c = self.canv
        y = 4 * mm if self.provisional else 0
        c.setFillColor(TIER_COLOURS.get(self.tier, MUTED))
        c.roundRect(0, y, self.width, self.height, 1.2 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        draw_string(c, self.width / 2, y + 1.5 * mm, _("TIER {n}", n=self.tier), SANS_BOLD, 9, align="center")
        if self.provisional:
            c.setFillColor(WARN)
            draw_string(c, self.width / 2, 0.4 * mm, _("provisional"), SANS, 9, align="center")


class NotesArea(Flowable):
    """Ruled lines for handwritten notes: at least `lines`, filling the rest of the page up to `most`."""

    def __init__(self, width: float, lines: int = 4, most: int = 12, title: str = "") -> None:
        title = title or _("Notes")
        super().__init__()
        self.width, self.least, self.most, self.title = width, lines, most, title
        self.pitch = 7.5 * mm
        self.lines = lines
        self.height = self._height(lines)

    def _height(self, lines: int) -> float:
        return float(self.pitch * lines + 5 * mm)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        fits = int((availHeight - 5 * mm) // self.pitch)
        self.lines = max(self.least, min(self.most, fits))
        self.height = self._height(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(MUTED)
        draw_string(c, 0, self.height - 3.2 * mm, self.title.upper(), SANS_BOLD, 9)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for i in range(self.lines):
            y = self.height - 5 * mm - (i + 1) * self.pitch
            c.line(0, y, self.width, y)


def callout(lines: Sequence[Flowable], width: float, warning: bool = True) -> Table:
    """A boxed group with a coloured left bar (missing data, deviations)."""
    table = Table([[line] for line in lines], colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), WARN_BG if warning else SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARN if warning else ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def font_for(style: str) -> str:
    return str(stylesheet()[style].fontName or SANS)
