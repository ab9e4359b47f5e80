"""The named stylesheet and colours every printed document shares.

Colours are chosen to stay readable on a black-and-white printer: tiers
differ by shade and by their printed label, never by colour alone.
"""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from tumorboard.i18n import N_

from .fonts import SANS, SANS_BOLD, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#3f444a")  # dark enough to print on an office laser at 9 pt
RULE = colors.HexColor("#b8bec6")
ACCENT = colors.HexColor("#1f4e79")  # headings, header band
SHADE = colors.HexColor("#eef2f6")  # table header rows, fact labels
WARN = colors.HexColor("#8a4b00")
WARN_BG = colors.HexColor("#fff4e0")
OK = colors.HexColor("#2e6b30")
TIER_COLOURS = {
    1: colors.HexColor("#1f4e79"),
    2: colors.HexColor("#4f7fae"),
    3: colors.HexColor("#8c9aa8"),
}
TIER_LABELS = {1: N_("Tier 1 · first choice"), 2: N_("Tier 2 · alternative"), 3: N_("Tier 3 · later option")}


@functools.cache
def stylesheet() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=SANS, fontSize=10, leading=13, textColor=INK, alignment=TA_LEFT)

    def add(name: str, **kw: object) -> None:
        sheet.add(ParagraphStyle(name, parent=kw.pop("parent", base), **kw))

    sheet.add(base)
    add("Small", fontSize=9, leading=11)
    add("Muted", fontSize=10, leading=12.5, textColor=MUTED)
    add("Title", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=2)
    add("Subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=8)
    # keepWithNext: a heading never ends a page without the lines it heads
    add("H1", fontName=SANS_BOLD, fontSize=13, leading=16, textColor=ACCENT, spaceBefore=4, spaceAfter=4,
        keepWithNext=1)
    add("H2Free", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=ACCENT, spaceBefore=8, spaceAfter=3)
    add("H2", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=ACCENT, spaceBefore=8, spaceAfter=3,
        keepWithNext=1)
    add("Label", fontName=SANS_BOLD, fontSize=9, leading=11, textColor=MUTED)
    add("Cell", fontSize=10, leading=12.5)
    add("MutedCell", fontSize=10, leading=12.5, textColor=MUTED)
    add("CellBold", fontName=SANS_BOLD, fontSize=10, leading=12.5)
    add("CellRight", fontSize=10, leading=12.5, alignment=TA_RIGHT)
    add("HeadCell", fontName=SANS_BOLD, fontSize=9, leading=11, textColor=MUTED)
    add("Option", fontName=SANS_BOLD, fontSize=10.5, leading=13)
    add("Excerpt", fontSize=9, leading=11, textColor=MUTED, leftIndent=6)
    add("Warning", fontSize=10, leading=12.5, textColor=WARN)
    add("Question", fontSize=10.5, leading=13.5, leftIndent=0)
    add("Big", fontSize=12, leading=16)
    add("BigBold", fontName=SANS_BOLD, fontSize=12, leading=16)
    return sheet
