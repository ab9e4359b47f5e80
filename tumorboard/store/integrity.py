"""When SQLite's whole-file check (`PRAGMA quick_check`) runs, so that opening a large board is fast
and damage is still found.

The check reads every page: about a second for 100,000 cases, on every start. It is needed when the
file may have changed in a way SQLite did not make whole: the program or the computer stopped while it
was open, another program (a copy, a sync tool, a restore by hand) replaced or wrote it, or the disk
decayed. So:

- A clean close leaves a marker beside the file (``.NAME.closed-cleanly``, owner-only) with the file's
  size, modification time and inode as they are after the close, and the day the file was last checked
  whole. Opening takes the marker away first: a crash or a kill leaves none behind.
- At the next open the full check is skipped only when the marker is there and the file is exactly as
  that close left it (same size, modification time in nanoseconds and inode; no write-ahead log with
  data in it) and its last whole check is less than FULL_CHECK_EVERY_DAYS old. Otherwise it runs before
  anything is written (sqlite_file.check_existing), as before.
- When it was skipped, the GUI runs it in the background right after the window is up
  (Database.verify_in_background): damage found then is said at once and every later save is refused,
  so no more data goes into a damaged file. A program that never runs it (the CLI) still checks the
  whole file at least every FULL_CHECK_EVERY_DAYS days.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tumorboard.private import create_private_file

#: the whole file is checked at open at least this often even after clean closes (the CLI never checks
#: in the background; a disk can decay under an unchanged file)
FULL_CHECK_EVERY_DAYS = 7
MARKER_SUFFIX = ".closed-cleanly"


@dataclass
class WholeCheck:
    """What is known of a SQLite file's whole-file check in this session."""

    #: the day every page was last checked and found whole
    last: date
    #: skipped at open (a recent clean close vouches for the file): to be run in the background
    pending: bool = False
    #: SQLite's findings when a check in this session found the file damaged
    damage: tuple[str, ...] = ()


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only (any character in the path is escaped)."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def marker_path(db: Path) -> Path:
    return db.with_name(f".{db.name}{MARKER_SUFFIX}")


def _state(db: Path) -> dict[str, int]:
    st = db.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _wal_has_data(db: Path) -> bool:
    try:
        return Path(f"{db}-wal").stat().st_size > 0
    except OSError:
        return False


def take_marker(db: Path, today: date) -> date | None:
    """Remove the clean-close marker; return the day of the last whole check when the file is exactly as
    that clean close left it and the check is recent enough to skip it now, else None (check now)."""
    checked = marker_vouches(db, today)
    with contextlib.suppress(OSError):
        marker_path(db).unlink()
    return checked


def marker_vouches(db: Path, today: date) -> date | None:
    """take_marker's judgement without taking the marker: the day of the last whole check when a clean close
    vouches for the file as it is now, else None. The first window's glance reads the file on it
    (tumorboard/services/glance.py); the open that follows takes the marker and judges again."""
    try:
        data = json.loads(marker_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        same = {k: data.get(k) for k in ("size", "mtime_ns", "inode")} == _state(db)
        checked = date.fromisoformat(str(data.get("checked")))
    except (OSError, ValueError):
        return None
    if not same or _wal_has_data(db) or not 0 <= (today - checked).days < FULL_CHECK_EVERY_DAYS:
        return None
    return checked


def leave_marker(db: Path, checked: date) -> bool:
    """After a clean close: note the file's state and its last whole check. Not when another program still
    has the file open (its write-ahead log holds data): its close decides."""
    if _wal_has_data(db):
        return False
    marker = marker_path(db)
    tmp = marker.with_name(f"{marker.name}.{os.getpid()}")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = create_private_file(tmp)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({**_state(db), "checked": checked.isoformat()}, fh)
        os.replace(tmp, marker)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def whole_file_problems(db: Path, interruptible: list[sqlite3.Connection] | None = None) -> list[str] | None:
    """SQLite's check of every page through a read-only connection: [] when whole, else its findings;
    None when it was interrupted. `interruptible` receives the connection while it runs (another thread
    may interrupt() it)."""
    try:
        conn = sqlite3.connect(read_only_uri(db), uri=True, timeout=30, check_same_thread=False)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        if interruptible is not None:
            interruptible.append(conn)
        try:
            result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                return None
            result = [str(exc)]
        except sqlite3.DatabaseError as exc:
            result = [str(exc)]
        return [] if result == ["ok"] else result
    finally:
        if interruptible is not None and conn in interruptible:
            interruptible.remove(conn)
        conn.close()
