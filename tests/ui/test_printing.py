"""Print/export: the reports services build the PDF off the GUI thread; the file is written and readable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import MeetingIn


def test_handout_and_case_summary_pdfs_from_the_gui(qtbot: Any, window: Any, ctx: Any, tmp_path: Path,
                                                     monkeypatch: Any) -> None:
    from ui import printing

    monkeypatch.setattr(printing, "output_folder", lambda: tmp_path)
    case = make_case(ctx.ws, mrn="P-77", name="王芳")
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=ctx.ws.today(), title="Board"))
    ctx.ws.meetings.add_case(m.id, case.id, "Resect?")
    written: list[Path] = []
    printing.make_pdf(ctx, window, "handout", m.id, "handout.pdf", done=written.append)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    printing.make_pdf(ctx, editor, "case", case.id, "case.pdf", done=written.append)
    wait_idle(qtbot, ctx, timeout=60000)
    assert [p.name for p in written] == ["handout.pdf", "case.pdf"]
    for path in written:
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert "P-77" in text, path


def _printer_to(path: Path) -> Any:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" whose paper can be read back
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(150)
    return printer


def _handout_pdf(tmp_path: Path) -> Path:
    from tumorboard.reports import specimen
    from tumorboard.reports.handout import render_handout

    source = tmp_path / "handout.pdf"
    source.write_bytes(render_handout(specimen.handout(2)))
    return source


def test_printing_sends_every_page_rendered_to_the_printer(app: Any, tmp_path: Path) -> None:
    from ui.printing import paint_pdf

    source = _handout_pdf(tmp_path)
    printed = tmp_path / "paper.pdf"
    assert paint_pdf(_printer_to(printed), source) == len(PdfReader(source).pages)
    paper = PdfReader(printed)
    assert len(paper.pages) == len(PdfReader(source).pages)
    for page in paper.pages:
        assert round(float(page.mediabox.width)) in (595, 596), "A4"
        assert page.images, "each page carries the rendered page"


def test_printing_spools_small_lossless_pages_at_printer_resolution(app: Any, tmp_path: Path) -> None:
    """A handout page went to the printer as a 0.9 MB JPEG at 300 dpi (a 40-case handout: 141 MB);
    now as crisp, Flate-compressed text: a fraction of that, at the printer's 300 dpi."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import paint_pdf

    source = _handout_pdf(tmp_path)
    for mode, channels in ((QPrinter.ColorMode.Color, "/DeviceRGB"), (QPrinter.ColorMode.GrayScale, "/DeviceGray")):
        printed = tmp_path / f"paper-{mode.name}.pdf"
        printer = _printer_to(printed)
        printer.setResolution(300)
        printer.setColorMode(mode)
        pages = paint_pdf(printer, source)
        assert pages == len(PdfReader(source).pages)
        assert printed.stat().st_size / pages < 250_000, f"{printed.stat().st_size / pages:,.0f} bytes a page"
        for page in PdfReader(printed).pages:
            (image,) = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
            assert image["/Filter"] == "/FlateDecode" and image["/ColorSpace"] == channels
            assert int(image["/Width"]) >= 2480  # A4 at 300 dpi: not blurred by a lower resolution


def test_the_print_dialogs_page_range_is_honoured(app: Any, tmp_path: Path) -> None:
    from ui.printing import paint_pdf

    source = _handout_pdf(tmp_path)
    printer = _printer_to(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, source) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_print_asks_for_the_printer_and_cancel_prints_nothing(app: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from ui import printing

    source = _handout_pdf(tmp_path)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not printing.print_pdf(None, source)

    def accept(self: Any) -> Any:  # the user picks "print to file"
        printer: QPrinter = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "chosen.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert printing.print_pdf(None, source)
    assert len(PdfReader(tmp_path / "chosen.pdf").pages) == len(PdfReader(source).pages)


def test_print_from_the_gui_builds_the_pdf_then_prints_it_and_open_as_pdf_opens_it(
        qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from ui import printing

    monkeypatch.setattr(printing, "output_folder", lambda: tmp_path)
    monkeypatch.delenv("TUMORBOARD_NO_OPEN", raising=False)
    monkeypatch.setattr(ctx, "open_files", True)
    paper = tmp_path / "paper.pdf"

    def accept(self: Any) -> Any:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(paper))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    case = make_case(ctx.ws, mrn="P-78")
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)  # the case is read on the database thread
    editor.print_current()  # Print: the PDF is kept, and its pages go to the chosen printer
    wait_idle(qtbot, ctx, timeout=60000)
    kept = tmp_path / "case-P-78-summary.pdf"
    assert kept.is_file() and len(PdfReader(paper).pages) == len(PdfReader(kept).pages) and opened == []
    first = kept.read_bytes()
    editor.print_current(then="open")  # File → Open as PDF: a new file beside the one printed before
    wait_idle(qtbot, ctx, timeout=60000)
    again = tmp_path / "case-P-78-summary-2.pdf"
    assert opened == [str(again)] and "P-78" in "".join(p.extract_text() for p in PdfReader(again).pages)
    assert kept.read_bytes() == first  # the earlier print is kept, not silently overwritten


def test_a_pdf_that_cannot_be_printed_is_said_with_where_it_is_kept(app: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui import printing

    broken = tmp_path / "handout.pdf"
    broken.write_bytes(b"%PDF-1.4 cut off by a full disk")
    said: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    assert not printing.print_pdf(None, broken)
    assert said and "could not be printed" in said[0] and str(broken) in said[0]
