"""Settings > Check the audit trail: intact, then a decision edited outside the program is named."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from tests.ui.conftest import make_case, wait_idle


def test_check_the_audit_trail_from_settings(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, mrn="AU-1", name="Audit, Patient")
    page = window.settings_page
    window.go("settings")
    wait_idle(qtbot, ctx)
    page.audit_button.click()
    wait_idle(qtbot, ctx)
    assert page.audit_result.text().startswith("Intact: ") and "audit events" in page.audit_result.text()
    event = max(e.id for e in ctx.ws.audit.history(case.id))
    with ctx.ws.engine.begin() as conn:  # an intruder's edit, outside the program
        conn.execute(text("UPDATE audit_events SET actor = 'Dr. Innocent' WHERE id = :id"), {"id": event})
    page.audit_button.click()
    wait_idle(qtbot, ctx)
    assert page.audit_result.text().startswith("Does not match: ")
    assert f"audit event {event} (" in page.audit_result.text()
    assert page.audit_button.isEnabled()


def test_an_unexpected_database_error_shows_no_patient_data(app: Any) -> None:
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from ui.errors import explain

    secret = "Jane Secretpatient"
    exc = IntegrityError("INSERT INTO patients (mrn, name) VALUES (?, ?)", ("MRN-770", secret),
                         sqlite3.IntegrityError(f"CHECK constraint failed: name <> '{secret}'"))
    info = explain(exc)
    assert "IntegrityError" in info.details
    assert secret not in info.details + info.text and "MRN-770" not in info.details + info.text
