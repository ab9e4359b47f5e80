"""Embedded TrueType fonts and fallback by glyph coverage.

DejaVu Sans carries Latin, Greek and Cyrillic; Droid Sans Fallback carries
CJK. Both are embedded (subset) so every reader prints the same glyphs:
reportlab's built-in STSong-Light is never used because it is not embedded.

Droid Sans Fallback has one weight. Bold CJK (headers, <b> in paragraphs, bold styles) is
synthetic: the glyphs are filled and then stroked in the text's colour (text render mode 2),
by `_synthetic_bold` on canvas lines and by SyntheticBoldText for paragraphs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from tumorboard.resources import real_path

SANS = "TB-Sans"
SANS_BOLD = "TB-Sans-Bold"
CJK = "TB-CJK"
#: the CJK font again under a bold name: `<b>` around CJK in a paragraph selects it, and a
#: SyntheticBoldCanvas prints it filled and stroked (the CJK font ships one weight only)
CJK_BOLD = "TB-CJK-Bold"

SYNTHETIC_BOLD_STROKE = 0.035  # stroke width per point of type for synthetic bold

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    CJK_BOLD: "DroidSansFallbackFull.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(real_path("fonts", file))))
    # <b> inside a paragraph maps to the bold face: DejaVu's real one, CJK's synthetic one
    for regular, bold in ((SANS, SANS_BOLD), (CJK, CJK_BOLD)):
        for italic in (1, 0):  # the upright entry last: <font name=...> then reads as upright
            addMapping(regular, 0, italic, regular)
            addMapping(regular, 1, italic, bold)


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


_TAG = re.compile(r"<(/?)(b|strong|font)\b([^>]*)>", re.IGNORECASE)
_CJK_NAME = re.compile(rf"""(name\s*=\s*["']){CJK}(["'])""")


def embolden_cjk(html: str, bold: bool = False) -> str:
    """Paragraph markup with the CJK runs inside <b> (or in a bold style: `bold`) set in CJK_BOLD.
    Needed because reportlab's <font name="TB-CJK"> resets the bold flag <b> had set."""
    if CJK not in html:
        return html
    depth = 1 if bold else 0

    def sub(m: re.Match[str]) -> str:
        nonlocal depth
        closing, tag, _attrs = m.groups()
        if tag.lower() in ("b", "strong"):
            depth += -1 if closing else 1
            return m.group(0)
        if closing or depth <= 0:
            return m.group(0)
        return _CJK_NAME.sub(rf"\g<1>{CJK_BOLD}\g<2>", m.group(0))

    return _TAG.sub(sub, html)


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


class SyntheticBoldText(PDFTextObject):
    """A text object that prints runs in CJK_BOLD as synthetic bold: text render mode 2 (fill, then
    stroke) with a stroke in the text's own colour, as `_synthetic_bold` does for canvas lines.
    Paragraphs draw through it when the canvas is a SyntheticBoldCanvas."""

    _tb_bold = False

    def __init__(self, canvas: Canvas, x: float = 0, y: float = 0, direction: str | None = None) -> None:
        super().__init__(canvas, x, y, direction=direction)
        self._bolding(self._fontname, self._fontsize)

    def _bolding(self, font: str, size: float) -> None:
        bold = font == CJK_BOLD
        if bold:
            self._code.append(f"2 Tr {fp_str(size * SYNTHETIC_BOLD_STROKE)} w")
            if not self._tb_bold:
                colour = getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj
                self.setStrokeColor(colour)
        elif self._tb_bold:
            self._code.append("0 Tr")
        self._tb_bold = bold

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._bolding(psfontname, size)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._bolding(psfontname, size)

    def setFillColor(self, aColor: object, alpha: float | None = None) -> None:  # noqa: N803 - reportlab's name
        super().setFillColor(aColor, alpha)
        if self._tb_bold:  # the stroke that thickens the glyphs follows the text's colour
            self.setStrokeColor(aColor)


class SyntheticBoldCanvas(Canvas):
    """A canvas whose text objects print CJK_BOLD as synthetic bold (every report's canvas)."""

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:  # noqa: N802
        return SyntheticBoldText(self, x, y, direction=direction)
