"""SQLite's whole-file check (PRAGMA quick_check, ~1 s at 100,000 cases) is skipped at open only when a recent
clean close vouches for the file, and then runs in the background: a damaged file is still found, and nothing
more is saved into it (tumorboard/store/integrity.py). Real files on disk, really damaged."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from tumorboard.errors import StorageError
from tumorboard.services import Workspace
from tumorboard.store.integrity import FULL_CHECK_EVERY_DAYS, marker_path


def _board(path: Path, cases: int = 60) -> Path:
    with Workspace.open(path) as ws:
        for n in range(cases):
            ws.cases.create({"patient": {"mrn": f"W-{n}", "name": f"Anna Berg {n}"},
                             "facts": {"primary_site": "colorectal"}})
    return path


def _damage_cases_table(path: Path, keep_time: bool) -> None:
    """Garbage over the root page of the cases table (not read at open), as a decaying disk or another
    program would leave it; `keep_time`: the file's modification time and size stay as they were (bit rot)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'cases'").fetchone()[0]
    conn.close()
    before = path.stat()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4 - 4))
    if keep_time:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def test_a_clean_close_vouches_for_the_file_and_the_check_runs_later(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    marker = marker_path(db)
    assert marker.is_file() and oct(marker.stat().st_mode & 0o777) == "0o600"
    assert json.loads(marker.read_text())["checked"] == date.today().isoformat()
    with Workspace.open(db) as ws:
        assert not marker.exists()  # taken at open: a crash from here on leaves none
        assert ws.db.whole_check is not None and ws.db.whole_check.pending
        assert ws.verify_whole_file() == []
        assert not ws.db.whole_check.pending and ws.db.whole_check.last == date.today()
        assert ws.cases.count() == 60
    assert marker.is_file()


def test_damage_under_an_unchanged_file_is_found_in_the_background_and_saves_stop(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    _damage_cases_table(db, keep_time=True)  # the marker still matches: the open cannot tell
    ws = Workspace.open(db)
    try:
        problems = ws.verify_whole_file()
        assert problems, "the background check must find the damage"
        with pytest.raises(StorageError, match="is damaged") as err:
            ws.settings.update(ws.settings.get().model_copy(update={"hospital_name": "X"}))
        assert str(db) in str(err.value) and "Nothing more is saved" in str(err.value)
    finally:
        ws.close()
    assert not marker_path(db).exists()  # a damaged file is never vouched for
    with pytest.raises(StorageError, match="is damaged"):  # the next open checks it whole and refuses it
        Workspace.open(db)


def test_a_file_changed_by_another_program_is_checked_whole_at_open(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    _damage_cases_table(db, keep_time=False)  # a newer modification time than the clean close noted
    assert marker_path(db).exists()
    with pytest.raises(StorageError, match="is damaged"):
        Workspace.open(db)


def test_after_a_killed_program_the_file_is_checked_whole_at_open(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    code = textwrap.dedent(f"""
        import os, signal
        from tumorboard.services import Workspace
        ws = Workspace.open({str(db)!r})
        ws.cases.create({{"patient": {{"mrn": "K-1", "name": "Kim Lee"}}, "facts": {{"primary_site": "colorectal"}}}})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert not marker_path(db).exists()
    with Workspace.open(db) as ws:
        assert ws.db.whole_check is not None and not ws.db.whole_check.pending  # checked before opening
        assert ws.cases.count() == 61


def test_a_check_older_than_the_limit_runs_at_open_again(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    marker = marker_path(db)
    data = json.loads(marker.read_text())
    data["checked"] = (date.today() - timedelta(days=FULL_CHECK_EVERY_DAYS)).isoformat()
    marker.write_text(json.dumps(data))
    _damage_cases_table(db, keep_time=True)
    with pytest.raises(StorageError, match="is damaged"):
        Workspace.open(db)


def test_a_forged_or_unreadable_marker_means_a_whole_check(tmp_path):
    db = _board(tmp_path / "board.sqlite")
    _damage_cases_table(db, keep_time=True)
    marker_path(db).write_text("{not json")
    with pytest.raises(StorageError, match="is damaged"):
        Workspace.open(db)
