"""Print / export: the reports services build the PDF on the database thread;
the file is written atomically and handed to the system viewer (which prints)."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import translate

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
    ctx: Any,
    parent: QWidget | None,
    kind: str,
    key: int,
    filename: str,
    ask_where: bool = False,
    done: Callable[[Path], None] | None = None,
    **options: Any,
) -> None:
    """Build report `kind` (handout, minutes, case, schedule) in the background with a
    cancellable progress dialog, write it atomically, open it with the system viewer."""
    if ask_where:
        chosen, _ = QFileDialog.getSaveFileName(parent, translate("Print", "Save PDF"), str(output_folder() / filename),
                                                translate("Print", "PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen)
    else:
        target = output_folder() / safe_name(filename)

    def work(ws: Any) -> Any:
        from tumorboard.services.reports import report_steps

        return report_steps(ws, kind, key, target, **options)

    def opened(path: Any) -> None:
        path = Path(path) if isinstance(path, str | Path) else target
        log.info("PDF written: %s", path)
        if ctx_opens_files(ctx):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if done:
            done(path)

    ctx.tasks.run_progress(parent, translate("Print", "Preparing the PDF…"), work, success=opened)


def ctx_opens_files(ctx: Any) -> bool:
    return getattr(ctx, "open_files", True) and not os.environ.get("TUMORBOARD_NO_OPEN")


def export_file(
    ctx: Any,
    parent: QWidget | None,
    build: Callable[[Any], bytes],
    filename: str,
    ask_where: bool = False,
    done: Callable[[Path], None] | None = None,
    open_after: bool = False,
) -> None:
    """Build a file's bytes with `build(ws)` on the database thread (cancellable progress
    dialog), write it atomically; `done(path)` on the GUI thread. Calendars (.ics) and the
    test print go this way; PDFs of the board's reports go through make_pdf."""
    if ask_where:
        suffix = Path(filename).suffix.lower()
        kind = (translate("Print", "Calendar files (*.ics)") if suffix == ".ics"
                else translate("Print", "PDF files (*.pdf)"))
        chosen, _ = QFileDialog.getSaveFileName(parent, translate("Print", "Save as"),
                                                str(output_folder() / safe_name(filename)), kind)
        if not chosen:
            return
        target = Path(chosen)
    else:
        target = output_folder() / safe_name(filename)

    preparing = translate("Print", "Preparing {name}").format(name=target.name)
    writing = translate("Print", "Writing the file")

    def work(ws: Any) -> Iterator[Any]:
        from tumorboard.services.reports import write_atomically
        from tumorboard.services.schemas import Progress

        yield Progress(done=0, total=2, message=preparing)
        data = build(ws)
        yield Progress(done=1, total=2, message=writing)
        path = write_atomically(data, target)
        yield Progress(done=2, total=2, message=str(path))

    def written(_last: Any) -> None:
        log.info("file written: %s", target)
        if open_after and ctx_opens_files(ctx):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        if done:
            done(target)

    ctx.tasks.run_progress(parent, translate("Print", "Exporting…"), work, success=written)
