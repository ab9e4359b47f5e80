"""Live updates in the GUI, with the colleague in another process (another workstation's program):
a new case appears in the case list, an open case that is not being edited follows the saved
version, and one that is being edited says who changed it and offers Reload / Keep editing.
Marked db (through the workspace fixture): runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from tests.ui.conftest import READY_FACTS, make_case, wait_idle
from tumorboard.services.schemas import CaseQuery

COLLEAGUE = """
import json, sys
from tumorboard.services import Workspace
url, action = sys.argv[1], json.loads(sys.argv[2])
with Workspace.open(url, actor="dr.colleague") as ws:
    if action["do"] == "create":
        ws.cases.create({"patient": {"mrn": action["mrn"], "name": "Colleague, New"}, "facts": {"primary_site": "lung"}})
    else:
        case = ws.cases.get(action["case"])
        ws.cases.update(case.id, {"title": action["title"]}, case.version)
"""


def colleague(db_url: str, **action: Any) -> None:
    import json

    subprocess.run([sys.executable, "-c", COLLEAGUE, db_url, json.dumps(action)], check=True, timeout=120)


def test_a_colleagues_case_appears_in_the_list(qtbot: Any, window: Any, ctx: Any, db_url: str) -> None:
    view = window.cases
    before = ctx.ws.cases.count(CaseQuery())
    colleague(db_url, do="create", mrn="LIVE-1")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == before + 1, timeout=10000)
    cells = {str(view.model.data(view.model.index(r, c)))
             for r in range(view.model.rowCount()) for c in range(view.model.columnCount())}
    assert "LIVE-1" in cells


def test_an_open_case_follows_a_colleagues_save_or_asks_while_edited(qtbot: Any, window: Any, ctx: Any,
                                                                    db_url: str) -> None:
    case = make_case(ctx.ws, facts=READY_FACTS)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.case_id == case.id and editor.version == case.version, timeout=10000)

    # not being edited: it simply shows the colleague's version
    colleague(db_url, do="update", case=case.id, title="Title from the clinic")
    qtbot.waitUntil(lambda: editor.case_title.text() == "Title from the clinic", timeout=10000)
    assert not editor.changed_elsewhere.isVisible()
    assert not editor.is_dirty()

    # being edited: nothing is overwritten; the editor says who changed it and offers a choice
    editor.case_title.setText("My unsaved title")
    assert editor.is_dirty()
    colleague(db_url, do="update", case=case.id, title="Second title from the clinic")
    qtbot.waitUntil(editor.changed_elsewhere.isVisible, timeout=10000)
    assert "dr.colleague" in editor.changed_elsewhere.text.text()
    assert editor.case_title.text() == "My unsaved title"
    editor.changed_elsewhere.reload_button.click()
    qtbot.waitUntil(lambda: editor.case_title.text() == "Second title from the clinic", timeout=10000)
    assert not editor.changed_elsewhere.isVisible() and not editor.is_dirty()


def test_our_own_save_does_not_ask(qtbot: Any, window: Any, ctx: Any) -> None:
    case = make_case(ctx.ws, facts=READY_FACTS)
    editor = window.open_case(case.id)
    wait_idle(qtbot, ctx)
    editor.case_title.setText("Saved here")
    assert editor.save()
    wait_idle(qtbot, ctx)
    editor.case_title.setText("Typed after saving")
    ours = (case.id, editor.version)
    qtbot.waitUntil(lambda: any((c.entity_id, c.version) == ours for c in ctx.live_recent if c.entity == "case"),
                    timeout=10000)  # our own save has come back through the feed
    assert not editor.changed_elsewhere.isVisible()
