"""The renderer every document shares: page template with header and footer,
"Page X of Y" through a numbered canvas, progress reporting, bytes out.

A document subclasses Renderer and writes `story()`; pretix's invoice
renderer is the model (template methods, output as bytes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .data import Letterhead
from .fonts import SANS, SANS_BOLD, draw_string, register_fonts, string_width
from .styles import ACCENT, INK, MUTED, RULE

log = logging.getLogger(__name__)

#: progress(done, total, message); it may raise to cancel the rendering
ProgressFn = Callable[[int, int, str], None]

MARGIN = 16 * mm
HEADER_H = 20 * mm
FOOTER_H = 13 * mm
CONTENT_W = A4[0] - 2 * MARGIN  # the body frame's width on A4


class ProgressMark(Flowable):
    """An invisible marker; the document reports progress when it is laid out."""

    def __init__(self, done: int, total: int, message: str) -> None:
        super().__init__()
        self.done, self.total, self.message = done, total, message

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):
    def __init__(self, buf: BytesIO, progress: ProgressFn | None, **kw: Any) -> None:
        super().__init__(buf, **kw)
        self._progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook name
        if self._progress and isinstance(flowable, ProgressMark):
            self._progress(flowable.done, flowable.total, flowable.message)


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say "of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class Renderer:
    """Template methods: `title`, `subtitle()`, `story()`; call `render()`."""

    title = "Document"
    pagesize = A4
    footer_note = "Decision support for the board; the board decides."

    def __init__(self, letterhead: Letterhead, progress: ProgressFn | None = None) -> None:
        register_fonts()
        self.letterhead = letterhead
        self.progress = progress
        self._logo = self._load_logo()

    # -- what a document provides ------------------------------------------------
    def subtitle(self) -> str:
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- output -------------------------------------------------------------------
    def render(self) -> bytes:
        buf = BytesIO()
        width, height = self.pagesize
        doc = _Doc(
            buf,
            self.progress,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_H,
            bottomMargin=MARGIN + FOOTER_H,
            title=f"{self.title} {self.subtitle()}".strip(),
            author=self.letterhead.hospital_name,
            creator="Tumorboard",
            subject=self.title,
            initialFontName=SANS,  # else the canvas declares Helvetica, a font that is not embedded
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])
        doc.build(self.story(), canvasmaker=_numbered_canvas(self._footer))
        return buf.getvalue()

    def report(self, done: int, total: int, message: str) -> None:
        if self.progress:
            self.progress(done, total, message)

    # -- page decoration ----------------------------------------------------------
    def _load_logo(self) -> ImageReader | None:
        path = self.letterhead.logo_path
        if not path:
            return None
        try:
            return ImageReader(str(path))
        except Exception as exc:  # noqa: BLE001 - a broken logo must not stop a print
            log.warning("logo %s not usable: %s", path, exc)
            return None

    def _header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        x = MARGIN
        if self._logo is not None:
            iw, ih = self._logo.getSize()
            h = 13 * mm
            w = min(40 * mm, h * iw / ih)
            canvas.drawImage(self._logo, x, top - h, w, h, preserveAspectRatio=True, mask="auto", anchor="sw")
            x += w + 4 * mm
        canvas.setFillColor(INK)
        draw_string(canvas, x, top - 5 * mm, self.letterhead.hospital_name, SANS_BOLD, 11)
        if self.letterhead.department:
            canvas.setFillColor(MUTED)
            draw_string(canvas, x, top - 9.5 * mm, self.letterhead.department, SANS, 8.5)
        right = width - MARGIN
        canvas.setFillColor(ACCENT)
        draw_string(canvas, right, top - 5 * mm, self.title, SANS_BOLD, 11, align="right")
        canvas.setFillColor(MUTED)
        draw_string(canvas, right, top - 9.5 * mm, self.subtitle(), SANS, 8.5, align="right")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        line_y = top - 15 * mm
        canvas.line(MARGIN, line_y, right, line_y)

    def _footer(self, canvas: Canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        right = width - MARGIN
        room = right - MARGIN - 28 * mm  # left of "Page X of Y"
        y = MARGIN + FOOTER_H - 4 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 3 * mm, right, y + 3 * mm)
        canvas.setFillColor(MUTED)
        lh = self.letterhead
        stamp = f"Generated {lh.generated_at:%Y-%m-%d %H:%M} {lh.generated_at.tzname() or ''}".rstrip()
        if lh.rule_set:
            stamp += f" · Rule set {lh.rule_set}"
        for n, line in enumerate((lh.confidentiality, stamp, self.footer_note)):
            if line:
                draw_string(canvas, MARGIN, y - n * 3.1 * mm, line, SANS, _fitting(line, room, 7))
        canvas.setFillColor(INK)
        draw_string(canvas, right, y - 3.1 * mm, f"Page {page} of {total}", SANS_BOLD, 8.5, align="right")
        canvas.restoreState()


def _fitting(text: str, room: float, size: float, smallest: float = 5.0) -> float:
    """The font size (at most `size`) at which one footer line fits its room."""
    width = string_width(text, SANS, size)
    return size if width <= room else max(smallest, size * room / width)
