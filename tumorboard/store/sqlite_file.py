"""Before a SQLite file is opened for writing: is it a Tumorboard database, whole and of a
version this program knows? Checked through a read-only connection, so a foreign, damaged
or too-new file is refused without one byte of it changing (SQLite switches a file to WAL
mode by rewriting its header: that happens only after the file is accepted).

A new database is built under a temporary name in the same folder and linked into place
when complete: a killed or failed `init` (a full disk) never leaves an empty or half-made
file under the real name. Temporary files of runs that were killed are removed on the next
start (they hold patient data).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tumorboard.errors import DatabaseTooNew, DiskFull, StorageError
from tumorboard.i18n import Msg, Verbatim, msg
from tumorboard.private import create_private_file, make_private

from .integrity import WholeCheck, read_only_uri, take_marker, whole_file_problems

SQLITE_HEADER = b"SQLite format 3\x00"
#: temporary files: new databases being built, backups being copied
TEMP_MARKERS = (".creating-", ".tumorboard-partial-")
#: a temporary file whose process cannot be checked is stale after this long
STALE_AFTER_S = 24 * 3600


def temp_name(target: Path, marker: str) -> Path:
    return target.with_name(f".{target.name}{marker}{os.getpid()}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary copies left by killed runs (their process is gone, or they are a day old)."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        marker = next((m for m in TEMP_MARKERS if m in name), None)
        if not name.startswith(".") or marker is None:
            continue
        tail = name.rsplit(marker, 1)[1]
        pid_text = tail.split("-", 1)[0]  # "123", "123-wal", "123-shm", "123-journal"
        try:
            alive = pid_text.isdigit() and _pid_alive(int(pid_text))
            old = time.time() - entry.stat().st_mtime > STALE_AFTER_S
            if not alive or old:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup beside the database (its backups/ folder, replaced copies), if any."""
    found: list[Path] = []
    for pattern, folder in (("*.sqlite", db_path.parent / "backups"), (f"{db_path.stem}.replaced-*.sqlite", db_path.parent)):
        with contextlib.suppress(OSError):
            found.extend(p for p in folder.glob(pattern) if p.is_file())
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def _restore_hint(db_path: Path) -> Msg:
    backup = newest_backup(db_path)
    if backup is None:
        return msg("No backup was found beside it (in its backups folder); restore your latest backup with "
                   "`tumorboard --db {db_path} restore BACKUP_FILE` (the damaged file is kept aside).", db_path=db_path)
    return msg("The newest backup beside it is {backup}: restore it with `tumorboard --db {db_path} restore {backup}` "
               "(the damaged file is kept aside).", backup=backup, db_path=db_path)


def check_existing(path: Path, whole: bool = True) -> None:
    """Refuse, before anything is written to it, a file that is not a whole Tumorboard database this
    version can open. Read-only: the file's bytes do not change. `whole=False`: every page is not read
    (the file is as a clean close left it and was checked lately: integrity.py)."""
    from .migrate import SCHEMA_HEAD, refuse_if_newer

    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(msg("The database file {path} cannot be read ({reason}).", path=path, reason=exc.strerror)) from None
    if size == 0:
        raise StorageError(
            msg("{path} is an empty file, not a Tumorboard database. Nothing was changed. Check the path; a "
                "new board is made with `tumorboard init --db NEW_FILE` (or the welcome dialog) under a new "
                "name.", path=path)
        )
    if header != SQLITE_HEADER:
        raise StorageError(
            msg("{path} is not a Tumorboard database (the file is not a SQLite database). Nothing was changed; "
                "check the path or choose another file.", path=path)
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise StorageError(msg("The database file {path} cannot be opened ({error}).", path=path, error=exc)) from None
    try:
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        except sqlite3.DatabaseError as exc:
            raise _unreadable(path, exc) from None
        if revision is None and tables - {"alembic_version"}:
            foreign = sorted(tables - {"alembic_version"})
            raise StorageError(
                msg("{path} already holds tables ({foreign}) but is not a Tumorboard database. Nothing was "
                    "changed; choose another file.", path=path, foreign=", ".join(foreign[:5]))
            )
        if revision is not None and revision != SCHEMA_HEAD:
            try:
                refuse_if_newer(revision, str(path))
            except DatabaseTooNew:
                raise
    finally:
        conn.close()
    if whole:
        problems = whole_file_problems(path)
        if problems:
            raise damaged(path, problems)


def damaged(path: Path, problems: list[str], opened: bool = False) -> StorageError:
    """The error for a file SQLite's whole-file check found damaged (at open, or in the background)."""
    if opened:
        return StorageError(
            msg("The database file {path} is damaged (SQLite's check: {problems}). Nothing more is saved into it, "
                "so no more data is lost; close the program. {hint}", path=path, problems=Verbatim("; ".join(problems[:2])),
                hint=_restore_hint(path)))
    return StorageError(
        msg("The database file {path} is damaged (SQLite's check: {problems}). Nothing was changed and it is not "
            "opened, so no more data is lost. {hint}", path=path, problems=Verbatim("; ".join(problems[:2])),
            hint=_restore_hint(path)))


def _unreadable(path: Path, exc: sqlite3.Error) -> StorageError:
    reason = str(exc)
    try:
        no_space = shutil.disk_usage(path.parent).free < 64 * 1024  # SQLite's index file (-shm) needs 32 KiB
    except OSError:
        no_space = False
    if "full" in reason.lower() or no_space:
        return DiskFull(msg("The disk holding {path} is full: the database cannot even be opened for reading. "
                            "Nothing was changed. Free some space (or ask IT to), then open it again.", path=path))
    if "malformed" in reason or "not a database" in reason or "corrupt" in reason:
        return StorageError(msg("The database file {path} is damaged: SQLite cannot read its table list ({reason}). "
                                "Nothing was changed. {hint}", path=path, reason=Verbatim(reason), hint=_restore_hint(path)))
    return StorageError(msg("The database file {path} cannot be read ({reason}). Nothing was changed.", path=path, reason=Verbatim(reason)))


def create_new(path: Path, build: Callable[[Path], None]) -> None:
    """Build a new database with `build(temporary_path)` and link it into place only when complete;
    if another program created `path` meanwhile, theirs is kept."""
    tmp = temp_name(path, ".creating-")
    try:
        os.close(create_private_file(tmp))
    except FileExistsError:
        tmp.unlink()
        os.close(create_private_file(tmp))
    try:
        build(tmp)
        try:
            os.link(tmp, path)  # never replaces: a file made meanwhile by another program stays
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
        make_private(path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{tmp}{suffix}").unlink()


def prepare(path: Path, create: bool, create_folder: bool) -> WholeCheck:
    """Everything before a SQLite database file is opened for writing: stale temporary copies
    removed, a missing file built whole (when `create`) or refused, an existing one checked
    (every page only when no recent clean close vouches for it: integrity.py)."""
    from tumorboard.errors import DatabaseMissing

    from .database import check_writable_file, make_engine
    from .migrate import ensure_schema

    for folder in (path.parent, path.parent / "backups"):
        remove_stale_temporaries(folder)
    if path.exists() or path.is_symlink():
        check_writable_file(path, create_folder=False)
        vouched = take_marker(path, date.today())
        check_existing(path, whole=vouched is None)
        return WholeCheck(vouched, pending=True) if vouched else WholeCheck(date.today())
    if not create:
        raise DatabaseMissing(
            msg("No Tumorboard database at {path}. Check the path; nothing was created (a new database is made "
                "by `tumorboard init`, or by the program's welcome dialog).", path=path)
        )
    check_writable_file(path, create_folder=create_folder)

    def build(tmp: Path) -> None:
        from sqlalchemy.engine import URL

        engine = make_engine(URL.create("sqlite+pysqlite", database=str(tmp)))
        try:
            ensure_schema(engine, lambda _rev: None, str(path))
        finally:
            engine.dispose()

    try:
        create_new(path, build)
        return WholeCheck(date.today())  # built whole just now
    except DiskFull:
        raise DiskFull(msg("The disk holding {parent} is full: the database {name} could not be created, and "
                           "nothing was left behind. Free some space (or ask IT to), then try again.",
                           parent=path.parent, name=path.name)) from None
    except OSError as exc:
        raise StorageError(
            msg("The database {path} cannot be created ({reason}). Nothing was left behind; free some disk "
                "space or choose another folder.", path=path, reason=exc.strerror or exc)
        ) from None
