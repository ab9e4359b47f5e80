"""The GUI shows the role: what the user may not do is disabled with the role it needs, and a
viewer (or an account the board does not list) is told so in a banner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from tests.ui.conftest import make_case, wait_idle
from tumorboard.services.schemas import MeetingIn
from ui.permissions import GUARDED


@pytest.fixture
def window_as(qtbot: Any, app: Any, db_url: str, workspace: Any) -> Iterator[Callable[..., Any]]:
    """window_as("name", role) -> the main window of a GUI signed in as `name` (registered by the
    board's admin, "coordinator", with `role`; role=None: not listed)."""
    from tumorboard.services import Workspace
    from ui.context import Context
    from ui.main_window import MainWindow

    made: list[tuple[Any, Any, Any]] = []

    def _open(name: str, role: str | None) -> Any:
        if role is not None:
            workspace.users.set_role(name, role)
        ws = Workspace.open(db_url, actor=name)
        c = Context(ws)
        c.open_files = False
        win = MainWindow(c)
        win.remember_layout = False
        win.cases.load_now()
        win.show()
        qtbot.waitExposed(win)
        made.append((win, c, ws))
        return win

    yield _open
    for win, c, ws in made:
        for ed in win.open_editors():
            ed.close()
        win.close()
        c.shutdown()
        ws.close()


def _meeting_with_case(ws: Any) -> Any:
    case = make_case(ws, mrn="ROLE-1", name="Role, Rosa")
    m = ws.meetings.create(MeetingIn(meeting_date=date.today() + timedelta(days=1), title="Board"))
    ws.meetings.add_case(m.id, case.id, "What next?")
    return m


def test_an_unlisted_account_is_a_viewer_told_so_and_offered_nothing_that_writes(
        qtbot: Any, workspace: Any, window_as: Any) -> None:
    m = _meeting_with_case(workspace)
    win = window_as("visitor", None)
    assert win.findChild(type(win.role_banner), "roleBanner").isVisible()
    assert win.role_banner.width() > win.width() // 2  # across the window, not a narrow column
    assert "visitor, an account this board does not list yet" in win.role_banner.text()
    assert "(viewer)" in win.user_label.text()
    assert not win.cases.new_button.isEnabled() and not win.act_new.isEnabled()
    assert not win.act_import_referrals.isEnabled() and not win.act_import_fhir.isEnabled()
    assert win.cases.new_button.toolTip() == ("Needs the role coordinator (you are viewer). An admin of this "
                                              "board can change roles.")
    settings = win.settings_page
    for name in ("save_button", "restore_button", "reevaluate_button", "backup_button"):
        assert not getattr(settings, name).isEnabled(), name
    assert "Needs the role admin" in settings.restore_button.toolTip()
    win.go("meetings")
    win.meetings.load_meeting(m.id)
    wait_idle(qtbot, win.ctx)
    for name in ("new_button", "add_button", "finalise_button", "att_save"):
        assert not getattr(win.meetings, name).isEnabled(), name
    assert win.meetings.handout_button.isEnabled()  # a viewer prints
    win.start_review(m.id)
    wait_idle(qtbot, win.ctx)
    assert not win.review.record_button.isEnabled() and not win.review.defer_button.isEnabled()
    # reading works: the case list shows the case
    assert win.cases.table.model().rowCount() == 1


def test_a_coordinator_prepares_but_the_decision_stays_disabled(qtbot: Any, workspace: Any, window_as: Any) -> None:
    m = _meeting_with_case(workspace)
    win = window_as("nurse.kim", "coordinator")
    assert not win.role_banner.isVisible()  # nothing to say to a coordinator
    assert win.cases.new_button.isEnabled() and win.act_new.isEnabled()
    win.go("meetings")
    win.meetings.load_meeting(m.id)
    wait_idle(qtbot, win.ctx)
    assert "Needs the role" not in win.meetings.att_save.toolTip() + win.meetings.new_button.toolTip()
    win.start_review(m.id)
    wait_idle(qtbot, win.ctx)
    review = win.review
    assert not review.record_button.isEnabled()  # the view enables it for a pending item; the role does not
    assert "Needs the role clinician (you are coordinator)" in review.record_button.toolTip()
    review.record_button.setEnabled(True)  # as the view does when a case is shown
    assert not review.record_button.isEnabled()
    assert "Needs the role" not in review.defer_button.toolTip()  # deferring is the coordinator's
    assert not win.settings_page.save_button.isEnabled()
    assert "Needs the role" not in win.settings_page.backup_button.toolTip()  # backing up is the coordinator's
    # what slips past the disabled controls is refused by the services and said in words
    from tumorboard.errors import PermissionDenied
    from ui.errors import explain

    item = workspace.meetings.get(m.id).agenda[0]
    with pytest.raises(PermissionDenied) as err:
        win.ctx.ws.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"],
                                     "intent": "surveillance"})
    info = explain(err.value)
    assert info.title == "Not allowed for your role" and "needs the role clinician" in info.text
    assert not workspace.meetings.get(m.id).agenda[0].decision_id


def test_the_admin_sees_no_banner_and_every_control(qtbot: Any, window: Any) -> None:
    assert not window.role_banner.isVisible()
    assert window.cases.new_button.isEnabled() and window.settings_page.save_button.isEnabled()
    # backup and restore are SQLite's (the view disables them on a server); the role does not
    assert "Needs the role" not in window.settings_page.restore_button.toolTip()
    assert window.settings_page.restore_button.isEnabled() == window.ctx.ws.is_sqlite


def test_every_guarded_control_exists(qtbot: Any, window: Any) -> None:
    """The names in ui/permissions.py follow the views: a renamed button fails here."""
    window.open_case(0)
    editor = window.open_editors()[0]
    objects = {"MainWindow": window, "CasesView": window.cases, "CaseEditor": editor,
               "ImagingSection": editor.imaging, "LabSection": editor.labs, "MeetingsView": window.meetings,
               "ReviewView": window.review, "FollowUpsView": window.followups, "SettingsView": window.settings_page}
    assert set(objects) == set(GUARDED)
    missing = [f"{cls}.{name}" for cls, names in GUARDED.items() for name in names
               if getattr(objects[cls], name, None) is None]
    assert missing == []


def test_a_disabled_account_is_told_at_start_and_the_gui_does_not_open(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    from tumorboard.services import Workspace
    from tumorboard.services.identity import os_account

    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="head.of.board") as ws:
        ws.users.set_role(os_account(), "clinician")
        ws.users.disable(os_account())
    run = subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(db), "gui", "--screenshot",
                          str(tmp_path / "shots")], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOGNAME": "head.of.board",
                              "USER": "head.of.board"})
    assert run.returncode == 2, run.stderr
    assert f"the account '{os_account()}' is disabled on this board" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "shots").exists()
