"""Print / export: the reports services build the PDF on the database thread and
write it atomically (a copy is kept in Documents/Tumorboard); then the print
dialog prints it here (its pages rendered by PDFium at the printer's
resolution, no PDF viewer needed on the workstation), or the system viewer
opens it (Export)."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QRectF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from tumorboard.services import Workspace
from tumorboard.services.schemas import Progress
from ui.i18n import language, translate

if TYPE_CHECKING:
    from ui.context import Context

log = logging.getLogger(__name__)


def output_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(docs) if docs else Path(tempfile.gettempdir())
    folder = base / "Tumorboard"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE)[:120] or "document.pdf"


def make_pdf(
    ctx: Context,
    parent: QWidget | None,
    kind: str,
    key: int,
    filename: str,
    ask_where: bool = False,
    done: Callable[[Path], None] | None = None,
    then: str = "print",
    **options: bool | str,
) -> None:
    """Build report `kind` (handout, minutes, case, schedule) in the background with a
    cancellable progress dialog and write it atomically; then ("print") the print dialog,
    or ("open") the system viewer."""
    if ask_where:
        chosen, _ = QFileDialog.getSaveFileName(parent, translate("Print", "Save PDF"), str(output_folder() / filename),
                                                translate("Print", "PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen)
    else:
        target = output_folder() / safe_name(filename)
    # the dialog asked before replacing a file; otherwise an earlier print is kept (handout-….-2.pdf)
    existing: Literal["replace", "keep"] = "replace" if ask_where else "keep"

    options.setdefault("language", language())  # the window's language, unless chosen (the patient's schedule)

    def work(ws: Workspace) -> Iterator[Progress | Path]:
        from tumorboard.services.reports import report_steps

        return report_steps(ws, kind, key, target, existing, **options)

    def opened(last: Progress | Path | None) -> None:
        path = last if isinstance(last, Path) else target
        log.info("PDF written: %s", path)
        if ctx_opens_files(ctx):
            hand_over(parent, path, then)
        if done:
            done(path)

    ctx.tasks.run_progress(parent, translate("Print", "Preparing the PDF…"), work, success=opened)


def hand_over(parent: QWidget | None, path: Path, then: str) -> None:
    """A written file to the user: "open" in the system viewer, otherwise the print dialog."""
    if then == "open":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    else:
        print_pdf(parent, path)


def ctx_opens_files(ctx: Context) -> bool:
    return ctx.open_files and not os.environ.get("TUMORBOARD_NO_OPEN")


def export_file(
    ctx: Context,
    parent: QWidget | None,
    build: Callable[[Workspace], bytes],
    filename: str,
    ask_where: bool = False,
    done: Callable[[Path], None] | None = None,
    then: str = "",
) -> None:
    """Build a file's bytes with `build(ws)` on the database thread (cancellable progress
    dialog), write it atomically; `done(path)` on the GUI thread. Calendars (.ics) and the
    test print go this way; PDFs of the board's reports go through make_pdf."""
    if ask_where:
        suffix = Path(filename).suffix.lower()
        kind = {".ics": translate("Print", "Calendar files (*.ics)"),
                ".json": translate("Print", "FHIR JSON (*.json)"),
                ".csv": translate("Print", "CSV files for spreadsheets (*.csv)")}.get(
                    suffix, translate("Print", "PDF files (*.pdf)"))
        chosen, _ = QFileDialog.getSaveFileName(parent, translate("Print", "Save as"),
                                                str(output_folder() / safe_name(filename)), kind)
        if not chosen:
            return
        target = Path(chosen)
    else:
        target = output_folder() / safe_name(filename)

    preparing = translate("Print", "Preparing {name}").format(name=target.name)
    writing = translate("Print", "Writing the file")
    existing: Literal["replace", "keep"] = "replace" if ask_where else "keep"  # as make_pdf: an earlier file is kept unless the user chose it

    def work(ws: Workspace) -> Iterator[Progress | Path]:
        from tumorboard.services.reports import write_atomically

        yield Progress(done=0, total=2, message=preparing)
        data = build(ws)
        yield Progress(done=1, total=2, message=writing)
        path = write_atomically(data, target, ws.sqlite_path, existing)
        yield Progress(done=2, total=2, message=str(path))
        yield path

    def written(last: Progress | Path | None) -> None:
        path = last if isinstance(last, Path) else target
        log.info("file written: %s", path)
        if then and ctx_opens_files(ctx):
            hand_over(parent, path, then)
        if done:
            done(path)

    ctx.tasks.run_progress(parent, translate("Print", "Exporting…"), work, success=written)


# -- printing ------------------------------------------------------------------------------
#: highest resolution pages are rendered at for the printer (A4 at 300 dpi: 2480 x 3508 pixels)
PRINT_DPI_MAX = 300


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """The print dialog for the PDF at `path` (printer, copies, pages), then print it. True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Print", "Print {name}").format(name=path.name))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        printed = paint_pdf(printer, path, parent)
    except Exception as exc:  # noqa: BLE001 - the PDF is kept: say where, so it can be printed otherwise
        log.exception("printing %s failed", path)
        QMessageBox.warning(parent, translate("Print", "Printing failed"), translate(
            "Print", "The document could not be printed ({error}). It is saved as:\n{path}").format(error=exc, path=path))
        return False
    log.info("printed %s (%d pages)", path, printed)
    return printed > 0


def paint_pdf(printer: QPrinter, path: Path, parent: QWidget | None = None) -> int:
    """Paint the pages of the PDF (the printer's page range, or all) onto `printer`, each rendered by
    PDFium at the printer's resolution (at most PRINT_DPI_MAX) on the whole sheet at its own size:
    the reports keep their own margins, wide enough for any printer. Returns the number of pages
    printed (fewer when cancelled).

    The spool stays small: text and lines are rendered without anti-aliasing (a printer does not
    print grey fringes, it dithers them into fuzz; crisp edges also compress well) and the pages go
    to the printer losslessly compressed (Flate) instead of as JPEG; in grey on a printer set to
    grey. A 163-page (40-case) handout at 300 dpi spooled 141 MB before, 20 MB now."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        first, last = printer.fromPage(), printer.toPage()  # 1-based; 0 = the whole document
        pages = range(first - 1 if first else 0, min(last, len(doc)) if last else len(doc))
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        progress = QProgressDialog(translate("Print", "Sending the pages to the printer…"),
                                   translate("Print", "Cancel"), 0, len(pages), parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        printer.setFullPage(True)  # the sheet's corner is the page's corner: printed at 100 %
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(translate("Print", "the printer could not be opened"))
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # Flate, not JPEG at 0.9 MB a page
        printed = 0
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    break
                if n:
                    printer.newPage()
                bitmap = doc[index].render(scale=dpi / 72, rev_byteorder=not grey, grayscale=grey,
                                           no_smoothtext=True, no_smoothpath=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_Grayscale8 if bitmap.n_channels == 1
                               else QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                               else QImage.Format.Format_RGBA8888)
                target = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
                printed += 1
                progress.setValue(n + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return printed
    finally:
        doc.close()
