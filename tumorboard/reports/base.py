"""The renderer every document shares: page template with header and footer,
"Page X of Y" through a numbered canvas, progress reporting, bytes out.

A document subclasses Renderer and writes `story()`; pretix's invoice
renderer is the model (template methods, output as bytes).

Every page names its patient: a document about one patient returns it from
`page_subject()`; a document about several puts a `PatientMark` where each
patient's part starts and a `CaseEnd` where it ends. The header then prints
the patient(s) of each page (name, MRN, date of birth; initials, MRN and case
number in privacy mode) and the footer the page's case. `new_sheet()` starts a
part on the front of a new sheet when printed on both sides.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from ..i18n import N_, _, using
from .data import Letterhead, PageSubject
from .fonts import SANS, SANS_BOLD, SyntheticBoldCanvas, draw_string, register_fonts, string_width
from .styles import ACCENT, INK, MUTED, RULE, WARN

log = logging.getLogger(__name__)

#: progress(done, total, message); it may raise to cancel the rendering
ProgressFn = Callable[[int, int, str], None]

MARGIN = 16 * mm
HEADER_H = 25 * mm  # hospital and title, the rule, then the page's patient
FOOTER_H = 16 * mm
HEADER_PATIENT_PT = 10
FOOTER_PT = 9  # nothing printed smaller: read at arm's length in the meeting room
BLANK_TEXT = N_("This page is intentionally left blank.")
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


class PatientMark(Flowable):
    """Where a patient's part of the document starts: from here on, pages name this patient."""

    _ZEROSIZE = True

    def __init__(self, subject: PageSubject) -> None:
        super().__init__()
        self.subject = subject
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        _pages(canvas).mark(self.subject, y)

    def draw(self) -> None:
        pass


class CaseEnd(PatientMark):
    """Where a patient's part ends: a page starting after it does not carry that patient."""

    def __init__(self) -> None:
        super().__init__(PageSubject(case_number="", header="", short=""))

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        _pages(canvas).end(y)


class _BlankIfBack(Flowable):
    """On the back of a sheet (an even page), a page saying it is blank on purpose and a break:
    the next part starts on a front side, so no two patients share a sheet in duplex."""

    _ZEROSIZE = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None and doc.page % 2 == 0:
            doc.frame.add_generated_content(_BlankNotice(), PageBreak())
        return 0, 0

    def draw(self) -> None:
        pass


class _BlankNotice(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._room = availHeight
        return availWidth, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        _pages(canvas).blank = True
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_string(canvas, x + self.width / 2, y - self._room / 2, _(BLANK_TEXT), SANS, 11, align="center")
        canvas.restoreState()

    def draw(self) -> None:
        pass


def new_sheet(duplex: bool) -> list[Flowable]:
    """A page break; printed on both sides, also a blank back page where needed."""
    return [PageBreak(), _BlankIfBack()] if duplex else [PageBreak()]


class _PageLog:
    """Which patients each page shows, filled while the pages are drawn."""

    def __init__(self) -> None:
        self.pages: list[tuple[list[PageSubject], bool]] = []
        self.current: PageSubject | None = None
        self._start()

    def _start(self) -> None:
        self.carried = self.current
        self.first_y: float | None = None
        self.marks: list[PageSubject] = []
        self.blank = False

    def _first(self, y: float) -> None:
        if self.first_y is None:
            self.first_y = y

    def mark(self, subject: PageSubject, y: float) -> None:
        self._first(y)
        if subject not in self.marks:
            self.marks.append(subject)
        self.current = subject

    def end(self, y: float) -> None:
        self._first(y)
        self.current = None

    def close_page(self, top: float) -> None:
        # the part carried over from the page before shows here unless the page starts with the next mark
        subjects = list(self.marks)
        if self.carried is not None and self.carried not in subjects and (
                self.first_y is None or self.first_y < top - 1):
            subjects.insert(0, self.carried)
        self.pages.append(([] if self.blank else subjects, self.blank))
        if self.blank:
            self.current = None
        self._start()


def _pages(canvas: Canvas) -> _PageLog:
    log_: _PageLog | None = getattr(canvas, "_tb_pages", None)
    if log_ is None:
        log_ = _PageLog()
        setattr(canvas, "_tb_pages", log_)  # noqa: B010 - reportlab's Canvas has no slot for it
    return log_


class _Doc(BaseDocTemplate):
    def __init__(self, buf: BytesIO, progress: ProgressFn | None, **kw: Any) -> None:
        super().__init__(buf, **kw)
        self._progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook name
        if self._progress and isinstance(flowable, ProgressMark):
            self._progress(flowable.done, flowable.total, flowable.message)


#: decorate(canvas, page, total, the page's patients, blank page)
DecorateFn = Callable[[Canvas, int, int, list[PageSubject], bool], None]


def _numbered_canvas(decorate: DecorateFn, body_top: float) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say "of Y" and name its patients."""

    class NumberedCanvas(SyntheticBoldCanvas):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            _pages(self).close_page(body_top)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            pages = _pages(self).pages
            for state, (subjects, blank) in zip(self._held, pages, strict=True):
                self.__dict__.update(state)
                code: list[str] = self._code
                body = len(code)
                decorate(self, self._pageNumber, total, subjects, blank)  # wrapped in q ... Q
                # header and footer first in the page's content: read (and extracted) before the body
                code[:] = code[body:] + code[:body]
                super().showPage()
            super().save()

    return NumberedCanvas


class Renderer:
    """Template methods: `title`, `subtitle()`, `story()`; call `render()`."""

    title = N_("Document")  # printed through the catalogue: _(self.title)
    pagesize = A4
    footer_note = N_("Decision support for the board; the board decides.")
    duplex = False  # a patient's part starts on the front of a sheet (new_sheet adds a blank back)
    settled_status = "Final"  # page_status() in the plain colour; any other state prints as a warning

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

    def page_subject(self) -> PageSubject | None:
        """The patient of every page of a one-patient document (else PatientMark in the story)."""
        return None

    def no_subject_note(self) -> str:
        """The header's line on a page about no single patient (an agenda, an attendance list)."""
        return ""

    def page_status(self) -> str:
        """A state printed in the header of every page ("DRAFT"); empty for none."""
        return ""

    # -- output -------------------------------------------------------------------
    def render(self) -> bytes:
        """The PDF, every word of the program's own in the letterhead's language."""
        with using(self.letterhead.language):
            return self._render()

    def _render(self) -> bytes:
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
            title=f"{_(self.title)} {self.subtitle()}".strip(),
            author=self.letterhead.hospital_name,
            creator="Tumorboard",
            subject=_(self.title),
            initialFontName=SANS,  # else the canvas declares Helvetica, a font that is not embedded
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story(), canvasmaker=_numbered_canvas(self._decorate, doc.bottomMargin + doc.height))
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

    def _decorate(self, canvas: Canvas, page: int, total: int, subjects: list[PageSubject], blank: bool) -> None:
        if not subjects and not blank and (one := self.page_subject()) is not None:
            subjects = [one]
        canvas.saveState()
        self._header(canvas, subjects, blank)
        self._footer(canvas, page, total, subjects)
        canvas.restoreState()

    def _header(self, canvas: Canvas, subjects: list[PageSubject], blank: bool) -> None:
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
            draw_string(canvas, x, top - 9.5 * mm, _(self.letterhead.department), SANS, 9)
        right = width - MARGIN
        canvas.setFillColor(ACCENT)
        draw_string(canvas, right, top - 5 * mm, _(self.title), SANS_BOLD, 11, align="right")
        canvas.setFillColor(MUTED)
        draw_string(canvas, right, top - 9.5 * mm, self.subtitle(), SANS, 9, align="right")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        line_y = top - 15 * mm
        canvas.line(MARGIN, line_y, right, line_y)
        y = line_y - 5 * mm
        status = self.page_status()
        room = right - MARGIN
        if status:
            canvas.setFillColor(ACCENT if status == _(self.settled_status) else WARN)
            draw_string(canvas, right, y, status, SANS_BOLD, HEADER_PATIENT_PT, align="right")
            room -= string_width(status, SANS_BOLD, HEADER_PATIENT_PT) + 4 * mm
        canvas.setFillColor(INK)
        lines = patient_lines(subjects, room) or ([] if blank else _wrapped([self.no_subject_note()], room,
                                                                             HEADER_PATIENT_PT))
        for n, line in enumerate(lines):
            draw_string(canvas, MARGIN, y - n * 4.2 * mm, line, SANS_BOLD if len(subjects) == 1 else SANS,
                        HEADER_PATIENT_PT)

    def _footer(self, canvas: Canvas, page: int, total: int, subjects: list[PageSubject]) -> None:
        width = self.pagesize[0]
        right = width - MARGIN
        room = right - MARGIN - 40 * mm  # left of "Page X of Y"
        y = MARGIN + FOOTER_H - 4 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 3 * mm, right, y + 3 * mm)
        canvas.setFillColor(MUTED)
        lh = self.letterhead
        stamp = _("Generated {when}", when=f"{lh.generated_at:%Y-%m-%d %H:%M} {lh.generated_at.tzname() or ''}".rstrip())
        if lh.rule_set:
            stamp += " · " + _("Rule set {name}", name=lh.rule_set)
        for n, line in enumerate(_wrapped((_(lh.confidentiality), stamp, _(self.footer_note)), room)):
            draw_string(canvas, MARGIN, y - n * 3.6 * mm, line, SANS, FOOTER_PT)
        canvas.setFillColor(INK)
        cases = ", ".join(s.case_number for s in subjects if s.case_number)
        if cases:
            case_line = _("Case {cases}", cases=cases) if len(subjects) == 1 else _("Cases {cases}", cases=cases)
            draw_string(canvas, right, y, case_line, SANS_BOLD, _fitting(case_line, 40 * mm, FOOTER_PT, 9),
                        align="right")
        draw_string(canvas, right, y - 3.6 * mm, _("Page {page} of {total}", page=page, total=total), SANS_BOLD,
                    FOOTER_PT, align="right")
        canvas.restoreState()


def patient_lines(subjects: list[PageSubject], room: float, most: int = 2) -> list[str]:
    """The header's patient line(s): one patient in full; several by their short form, as many
    lines as needed up to `most`, else by case number only (the page lists them itself)."""
    if not subjects:
        return []
    if len(subjects) == 1:
        return _wrapped([subjects[0].header], room, HEADER_PATIENT_PT, SANS_BOLD)[:most]
    lines = _wrapped([_("Patients on this page: {patients}", patients="; ".join(s.short for s in subjects))], room,
                     HEADER_PATIENT_PT)
    if len(lines) <= most:
        return lines
    return _wrapped([_("Cases on this page: {cases} (patients named below)",
                       cases=", ".join(s.case_number for s in subjects))], room, HEADER_PATIENT_PT)[:most]


#: where a line may break: after a space, or after any CJK character (with the punctuation that follows it)
_BREAKS = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff][\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]*|"
                     r"[\u3000-\u303f\uff00-\uffef]+|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+ *| +")


def _wrapped(lines: Any, room: float, size: float = FOOTER_PT, font: str = SANS) -> list[str]:
    """Lines broken at spaces (and between Chinese characters) to fit `room` at `size` (no text shrinks
    below a legible size)."""
    out: list[str] = []
    for text in lines:
        if not text:
            continue
        current = ""
        for token in _BREAKS.findall(text):
            trial = current + token
            if current.strip() and string_width(trial.rstrip(), font, size) > room:
                out.append(current.rstrip())
                current = token.lstrip()
            else:
                current = trial
        out.append(current.rstrip())
    return out


def _fitting(text: str, room: float, size: float, smallest: float = 5.0) -> float:
    """The font size (at most `size`) at which one footer line fits its room."""
    width = string_width(text, SANS, size)
    return size if width <= room else max(smallest, size * room / width)
