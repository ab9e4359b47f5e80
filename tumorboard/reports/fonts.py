"""Embedded TrueType fonts and fallback by glyph coverage.

DejaVu Sans carries Latin, Greek and Cyrillic; Droid Sans Fallback carries
CJK. Both are embedded (subset) so every reader prints the same glyphs:
reportlab's built-in STSong-Light is never used because it is not embedded.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tumorboard.resources import real_path

SANS = "TB-Sans"
SANS_BOLD = "TB-Sans-Bold"
CJK = "TB-CJK"

SYNTHETIC_BOLD_STROKE = 0.035  # stroke width per point of type for synthetic bold

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(real_path("fonts", file))))
    # <b> inside a paragraph maps to the bold face; CJK has one face only
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


@functools.cache
def _coverage(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def runs(text: str, font: str = SANS) -> Iterator[tuple[str, str]]:
    """Split text into (font, chunk) runs: the main font where it has the glyph,
    else the CJK font where that has it, else the main font (shows a box)."""
    if not text:
        return
    if text.isascii():
        yield font, text
        return
    main, cjk = _coverage(font), _coverage(CJK)
    current, start = font, 0
    for i, char in enumerate(text):
        code = ord(char)
        wanted = font if code in main or char.isspace() or code not in cjk else CJK
        if wanted != current and i > start:
            yield current, text[start:i]
            start = i
        current = wanted
    if start < len(text):
        yield current, text[start:]


def markup(text: object, font: str = SANS) -> str:
    """Paragraph markup for plain text: escaped, CJK runs wrapped in <font>."""
    value = "" if text is None else str(text)
    if value.isascii():
        return escape(value)
    return "".join(
        escape(chunk) if name == font else f'<font name="{name}">{escape(chunk)}</font>'
        for name, chunk in runs(value, font)
    )


def string_width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, font)))


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """Canvas text with the same fallback as paragraphs (headers and footers)."""
    if align != "left":
        width = string_width(text, font, size)
        x -= width if align == "right" else width / 2
    for name, chunk in runs(text, font):
        if font == SANS_BOLD and name == CJK:
            _synthetic_bold(canvas, x, y, chunk, size)
        else:
            canvas.setFont(name, size)
            canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, name, size)


def _synthetic_bold(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """CJK in a bold line: the CJK font ships one weight, so its glyphs are filled and stroked
    in the text colour (the usual synthetic bold) instead of printing regular beside bold Latin."""
    canvas.saveState()
    canvas.setStrokeColor(canvas._fillColorObj)
    canvas.setLineWidth(size * SYNTHETIC_BOLD_STROKE)
    t = canvas.beginText(x, y)
    t.setFont(CJK, size)
    t.setTextRenderMode(2)  # fill, then stroke
    t.textOut(text)
    canvas.drawText(t)
    canvas.restoreState()
