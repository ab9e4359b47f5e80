"""Print/export: the reports services build the PDF off the GUI thread; the file is written and readable."""

from __future__ import annotations

from datetime import date
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
    m = ctx.ws.meetings.create(MeetingIn(meeting_date=date.today(), title="Board"))
    ctx.ws.meetings.add_case(m.id, case.id, "Resect?")
    written: list[Path] = []
    printing.make_pdf(ctx, window, "handout", m.id, "handout.pdf", done=written.append)
    editor = window.open_case(case.id)
    printing.make_pdf(ctx, editor, "case", case.id, "case.pdf", done=written.append)
    wait_idle(qtbot, ctx, timeout=60000)
    assert [p.name for p in written] == ["handout.pdf", "case.pdf"]
    for path in written:
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert "P-77" in text, path
