"""SQLite backups (online backup API: consistent while the program writes) and restore.

PostgreSQL backups are the server's job (pg_dump); the services say so.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tumorboard.errors import StorageError

from .migrate import SCHEMA_HEAD, refuse_if_newer

#: migration backups kept beside the database (the oldest are removed)
KEEP_MIGRATION_BACKUPS = 10


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


#: the files SQLite keeps beside a database while it is open
COMPANIONS = ("", "-wal", "-shm", "-journal")


def is_database_file(target: Path, db_path: Path) -> bool:
    """Whether writing `target` would replace the database `db_path` or one of its companion files."""
    target = Path(target).expanduser().absolute()
    for suffix in COMPANIONS:
        kept = db_path.with_name(db_path.name + suffix)
        if target == kept.absolute() or target.resolve() == kept.resolve():
            return True
        if target.exists() and kept.exists() and os.path.samefile(target, kept):
            return True
    return False


def refuse_database_file(target: Path, db_path: Path | None) -> None:
    """Refuse to write over the open database (a report or backup named after it by mistake)."""
    if db_path is not None and is_database_file(target, db_path):
        raise StorageError(
            f"Cannot write {Path(target).expanduser().absolute()}: it is the Tumorboard database itself. "
            "Choose another file name; nothing was written."
        )


def backup_sqlite(db_path: Path, dest: Path) -> Path:
    """Copy the live database to `dest` page by page; readers and writers carry on.

    The copy is made under a temporary name and renamed: a failure leaves neither a
    half-written backup nor the temporary copy (which holds patient data) behind."""
    dest = Path(dest).expanduser()
    if not dest.name:
        raise StorageError("No backup file named: give a file name such as board-backup.sqlite.")
    dest = dest.absolute()
    refuse_database_file(dest, db_path)
    if dest.is_dir():
        raise StorageError(f"Cannot write the backup to {dest}: it is a folder; give a file name.")
    if dest.exists() and not dest.is_file():
        raise StorageError(f"Cannot write the backup to {dest}: it is not a regular file; give a file name.")
    tmp = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(db_path, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out, pages=1024)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or exc
        raise StorageError(
            f"Cannot write the backup to {dest}: {reason} (folder {dest.parent}). "
            "Choose a folder you can write to; nothing was written."
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def migration_backup(db_path: Path, from_revision: str) -> Path:
    """The copy taken before migrating; the newest KEEP_MIGRATION_BACKUPS are kept."""
    folder = db_path.parent / "backups"
    dest = folder / f"{db_path.stem}.before-migration-from-{from_revision}.{stamp()}.sqlite"
    backup_sqlite(db_path, dest)
    old = sorted(folder.glob(f"{db_path.stem}.before-migration-*.sqlite"))
    for stale in old[:-KEEP_MIGRATION_BACKUPS]:
        stale.unlink(missing_ok=True)
    return dest


def verify_backup(path: Path) -> str:
    """Check a backup file before it replaces anything; return its schema revision."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"No backup file at {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise StorageError(f"{path} is damaged (integrity check: {'; '.join(result[:3])}); nothing was restored")
            try:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                revision = None
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is not a SQLite database ({exc}); nothing was restored") from None
    if not revision:
        raise StorageError(f"{path} is not a Tumorboard backup (no schema version); nothing was restored")
    refuse_if_newer(revision[0], f"The backup {path}")
    if revision[0] == SCHEMA_HEAD:  # a backup of this version must hold every table of it
        from sqlmodel import SQLModel

        from . import models  # noqa: F401 - defines the tables of SQLModel.metadata

        lacking = sorted(set(SQLModel.metadata.tables) - tables)
        if lacking:
            raise StorageError(
                f"{path} is incomplete (table{'s' if len(lacking) > 1 else ''} {', '.join(lacking)} missing); "
                "nothing was restored"
            )
    return str(revision[0])


def restore_sqlite(db_path: Path, backup_file: Path) -> Path | None:
    """Replace the database with a verified backup; return where the replaced data was kept."""
    db_path, backup_file = Path(db_path), Path(backup_file)
    verify_backup(backup_file)
    kept = None
    if db_path.exists():
        kept = backup_sqlite(db_path, db_path.with_name(f"{db_path.stem}.replaced-{stamp()}.sqlite"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path, timeout=30)
        try:
            src.backup(dst)  # page-for-page, through SQLite's own locking and WAL
        finally:
            dst.close()
    finally:
        src.close()
    return kept
