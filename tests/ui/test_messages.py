"""Refusals in the user's words: field labels instead of code names, no `None`, and a refusal
is not logged as a failure with a traceback."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from tests.ui.conftest import make_case, wait_idle
from tumorboard.errors import FieldProblem, InvalidInput
from ui.errors import explain


def test_a_refusal_names_the_field_by_its_label_and_says_empty_not_none(app: Any) -> None:
    text = explain(InvalidInput([FieldProblem("facts.primary_site", None, "this field is required"),
                                 FieldProblem("patient.birth_date", "2030-01-01", "today or earlier")], "case")).text
    assert "Primary site: (empty) is not allowed" in text and "Date of birth: “2030-01-01”" in text
    assert "None" not in text and "primary_site" not in text and "birth_date" not in text


def test_a_refused_save_is_not_logged_as_a_traceback(qtbot: Any, window: Any, ctx: Any, caplog: Any) -> None:
    case = make_case(ctx.ws, ready=False)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    future = (date.today() + timedelta(days=3)).isoformat()
    # the field stops it; the service would too: send it past the field to see the service's refusal
    editor.form.controls["primary_diagnosed_on"].editor.set_date(date.today())
    editor.form.controls["primary_diagnosed_on"].editor.latest = None
    editor.form.controls["primary_diagnosed_on"].editor.setText(future)
    with caplog.at_level(logging.INFO):
        assert editor.save()
        wait_idle(qtbot, ctx)
    assert "Primary diagnosed on" in editor.banner.text() and "None" not in editor.banner.text()
    assert "primary_diagnosed_on" not in editor.banner.text()
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert refused and all(r.exc_info is None and r.levelno < logging.WARNING for r in refused)
    assert not [r for r in caplog.records if r.exc_info], "no traceback for a refusal"
    assert future not in caplog.text, "no values in the log"


def test_a_permission_or_file_refusal_is_not_logged_as_a_traceback(qtbot: Any, window: Any, ctx: Any, caplog: Any,
                                                                    tmp_path: Any) -> None:
    """Not only a refused field: a role that may not, a folder given as the file to write, a calendar with
    nothing in it are refusals said in words, logged by kind without a traceback."""
    from tumorboard.errors import PermissionDenied
    from tumorboard.services import reports

    case = make_case(ctx.ws, ready=False)

    def not_allowed(ws: Any) -> None:
        raise PermissionDenied("decision.record", "clinician", "someone", "viewer", "recording a decision")

    shown: list[Any] = []
    with caplog.at_level(logging.INFO):
        for job in (not_allowed, lambda ws: reports.write_atomically(b"%PDF", tmp_path),
                    lambda ws: reports.case_ics(ws, case.id)):
            ctx.tasks.run(job, success=lambda _result: None, failure=shown.append, parent=window)
            wait_idle(qtbot, ctx)
    assert len(shown) == 3
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) == 3 and all(r.levelno < logging.WARNING for r in refused)
    assert not [r for r in caplog.records if r.exc_info], "no traceback for a refusal"
