"""`tumorboard gui --demo --screenshot DIR`: one PNG per main view, then exit."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tumorboard.services import Workspace
    from ui.main_window import MainWindow


VIEWS = ("cases", "case-editor", "meeting-agenda", "review", "follow-ups", "settings", "welcome")


def settle(window: MainWindow, ms: int = 250, timeout_s: float = 30.0) -> None:
    """Let queued database work finish and the GUI repaint."""
    end = time.monotonic() + timeout_s
    quiet_since = None
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.ctx.tasks.idle():
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= ms / 1000:
                return
        else:
            quiet_since = None
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path), "PNG")
    return path


def pick_case(ws: Workspace) -> int | None:
    """A case with a rich recommendation (tier-1 options and sources) for the editor shot."""
    from tumorboard.services.schemas import CaseQuery

    best, best_score = None, -1
    for row in ws.cases.query(CaseQuery(limit=60, sort="updated", descending=True)):
        try:
            rec = ws.cases.evaluate(row.id)
        except Exception:  # noqa: BLE001 - skip a case the engine cannot take
            continue
        status = row.status.value
        score = (len(rec.options) * 2 + len(rec.warnings) + (5 if rec.tier1() else 0)
                 + (6 if any("\u4e00" <= ch <= "\u9fff" for ch in row.name) else 0) + (6 if status in ("draft", "ready", "listed") else 0))
        if score > best_score:
            best, best_score = row.id, score
    return best


def pick_meeting(ws: Workspace) -> int | None:
    """The meeting with the most agenda items still to discuss (else the largest)."""
    rows = ws.meetings.list()
    if not rows:
        return None
    planned = [m for m in rows if not m.finalised and m.item_count]
    pool = planned or rows
    return max(pool, key=lambda m: (m.item_count, m.meeting_date)).id


def shot_size(window: MainWindow) -> tuple[int, int]:
    """1440x900, or the screen's usable area when smaller (1366x768 is common on hospital PCs)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":  # a virtual 800x800 screen: keep 1440x900
        return 1440, 900
    avail = screen.availableGeometry()
    return min(1440, avail.width()), min(900, avail.height())


def capture(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    width, height = shot_size(window)
    window.resize(width, height)
    window.show()
    settle(window)
    saved: list[Path] = []
    ws = window.ctx.ws

    window.go("cases")
    settle(window)
    saved.append(_save(window, folder / "cases.png"))

    case_id = pick_case(ws)
    if case_id:
        editor = window.open_case(case_id)
        editor.resize(width, height)
        settle(window)
        editor.evaluate_now()
        settle(window)
        from ui.views.decision_panel import OptionCard

        cards = editor.panel.findChildren(OptionCard)
        if cards:  # show one option's verbatim source excerpts, as a user would open them
            cards[0].toggle.setChecked(True)
        settle(window)
        saved.append(_save(editor, folder / "case-editor.png"))
        editor.close()

    meeting_id = pick_meeting(ws)
    window.go("meetings")
    settle(window)
    if meeting_id:
        window.meetings.load_meeting(meeting_id)
        settle(window)
        if window.meetings.agenda.rowCount():
            window.meetings.select_row(0)
            settle(window)
    saved.append(_save(window, folder / "meeting-agenda.png"))

    if meeting_id:
        window.start_review(meeting_id)
    else:
        window.go("review")
    settle(window, 400)
    saved.append(_save(window, folder / "review.png"))

    window.go("followups")
    settle(window)
    saved.append(_save(window, folder / "follow-ups.png"))

    window.go("settings")
    settle(window)
    saved.append(_save(window, folder / "settings.png"))

    window.go("figures")
    settle(window, 400)
    saved.append(_save(window, folder / "figures.png"))

    from ui.database_choice import default_database_path
    from ui.views.welcome import WelcomeDialog

    welcome = WelcomeDialog(default_database_path(), window)
    welcome.show()
    settle(window, 100)
    saved.append(_save(welcome, folder / "welcome.png"))
    welcome.close()
    window.close()
    return saved
