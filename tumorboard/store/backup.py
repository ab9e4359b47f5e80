"""SQLite backups (online backup API: consistent while the program writes) and restore.

PostgreSQL backups are the server's job (pg_dump); the services say so.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tumorboard.errors import StorageError
from tumorboard.i18n import N_, msg
from tumorboard.private import create_private_file, make_private, private_folder, user_path

from .integrity import read_only_uri
from .migrate import SCHEMA_HEAD, refuse_if_newer
from .sqlite_file import SQLITE_HEADER, create_new, remove_stale_temporaries, temp_name

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
            msg("Cannot write {absolute}: it is the Tumorboard database itself. Choose another file name; "
                "nothing was written.", absolute=Path(target).expanduser().absolute())
        )


def in_use(path: Path) -> bool:
    """Whether a SQLite database file is open in a program now (or was not closed cleanly):
    its WAL index (-shm) exists while any connection has it open."""
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-shm", "-wal", "-journal"))


def _refuse_existing(dest: Path, force: bool) -> None:
    if dest.is_dir():
        raise StorageError(msg("Cannot write the backup to {dest}: it is a folder; give a file name.", dest=dest))
    if not dest.exists():
        return
    if not dest.is_file():
        raise StorageError(msg("Cannot write the backup to {dest}: it is not a regular file; give a file name.", dest=dest))
    if in_use(dest):
        raise StorageError(
            msg("Cannot write the backup to {dest}: that file is a database open in a program now (or not "
                "closed cleanly); a backup never replaces it. Nothing was written; choose a new file name.", dest=dest)
        )
    if not force:
        raise StorageError(
            msg("{dest} already exists. Nothing was written. Choose a new file name, or add --force to replace "
                "it.", dest=dest)
        )


def _check_folder(dest: Path) -> None:
    for parent in dest.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StorageError(
                    msg("Cannot write the backup to {dest}: {parent} is a file, not a folder. Nothing was "
                        "written.", dest=dest, parent=parent))
            return


def backup_sqlite(db_path: Path, dest: Path, force: bool = False) -> Path:
    """Copy the live database to `dest` page by page; readers and writers carry on.

    An existing `dest` is refused unless `force` (and a database open in a program never
    replaced). The copy is made under a private temporary name in the target folder and
    linked or renamed into place: a failure leaves neither a half-written backup nor the
    temporary copy (which holds patient data) behind; a killed run's copy is removed by the
    next backup into that folder and when the program next opens a database there."""
    if not Path(dest).name:
        raise StorageError(N_("No backup file named: give a file name such as board-backup.sqlite."))
    dest = user_path(dest, "backup file")
    refuse_database_file(dest, db_path)
    _check_folder(dest)
    _refuse_existing(dest, force)
    tmp = temp_name(dest, ".tumorboard-partial-")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_stale_temporaries(dest.parent)
        tmp.unlink(missing_ok=True)
        os.close(create_private_file(tmp))  # owner-only before the first byte of patient data
        src = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out, pages=1024)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        _refuse_existing(dest, force)  # made meanwhile?
        if force:
            os.replace(tmp, dest)
        else:
            try:
                os.link(tmp, dest)  # never replaces a file made meanwhile
            except FileExistsError:
                raise StorageError(msg("{dest} already exists. Nothing was written. Choose a new file name, or "
                                       "add --force to replace it.", dest=dest)) from None
            except OSError:  # no hard links on this file system
                os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
            reason = "the disk is full"
        raise StorageError(
            msg("Cannot write the backup to {dest}: {reason} (folder {parent}). Choose a folder you can write "
                "to; nothing was written.", dest=dest, reason=reason, parent=dest.parent)
        ) from None
    finally:
        for suffix in ("", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{tmp}{suffix}").unlink()
    return dest


def migration_backup(db_path: Path, from_revision: str) -> Path:
    """The copy taken before migrating; the newest KEEP_MIGRATION_BACKUPS are kept."""
    folder = private_folder(db_path.parent / "backups")
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
        raise StorageError(msg("No backup file at {path}", path=path))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise StorageError(msg("{path} is damaged (integrity check: {result}); nothing was restored", path=path, result="; ".join(result[:3])))
            try:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                revision = None
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("{path} is not a SQLite database ({error}); nothing was restored", path=path, error=exc)) from None
    if not revision:
        raise StorageError(msg("{path} is not a Tumorboard backup (no schema version); nothing was restored", path=path))
    refuse_if_newer(revision[0], f"The backup {path}")
    if revision[0] == SCHEMA_HEAD:  # a backup of this version must hold every table of it
        from sqlmodel import SQLModel

        from . import models  # noqa: F401 - defines the tables of SQLModel.metadata

        lacking = sorted(set(SQLModel.metadata.tables) - tables)
        if lacking:
            raise StorageError(
                msg("{path} is incomplete (tables {lacking} missing); nothing was restored", path=path, lacking=", ".join(lacking))
                 if len(lacking) > 1 else
                 msg("{path} is incomplete (table {lacking} missing); nothing was restored", path=path, lacking=lacking[0])
            )
    return str(revision[0])


def is_whole(path: Path) -> bool:
    """Whether SQLite reads the file as a whole database (read-only: nothing is written to it)."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check(1)")] == ["ok"]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def restore_sqlite(db_path: Path, backup_file: Path) -> Path | None:
    """Replace the database with a verified backup; return where the replaced data was kept.

    A whole current database is copied aside first (through SQLite); a damaged one (or an empty
    or foreign file) is moved aside as it is, without being read through SQLite."""
    db_path, backup_file = Path(db_path), user_path(backup_file, "backup file")
    verify_backup(backup_file)
    kept = None
    if db_path.exists():
        if db_path.stat().st_size and is_whole(db_path):
            kept = backup_sqlite(db_path, db_path.with_name(f"{db_path.stem}.replaced-{stamp()}.sqlite"))
        else:
            kept = db_path.with_name(f"{db_path.stem}.damaged-{stamp()}.sqlite")
            try:
                os.replace(db_path, kept)
                for suffix in ("-wal", "-journal"):
                    if Path(f"{db_path}{suffix}").exists():
                        os.replace(f"{db_path}{suffix}", f"{kept}{suffix}")
                Path(f"{db_path}-shm").unlink(missing_ok=True)
            except OSError as exc:
                raise StorageError(msg("Cannot move the damaged database {db_path} aside ({reason}); nothing "
                                       "was restored.", db_path=db_path, reason=exc.strerror)) from None
            make_private(kept)
    if not db_path.exists():
        def build(tmp: Path) -> None:
            _copy_into(backup_file, tmp)

        try:
            create_new(db_path, build)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(msg("Cannot restore into {db_path} ({reason}).", db_path=db_path, reason=getattr(exc, 'strerror', None) or exc)) from None
        return kept
    _copy_into(backup_file, db_path)
    return kept


def _copy_into(backup_file: Path, target: Path) -> None:
    src = sqlite3.connect(read_only_uri(backup_file), uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)  # page-for-page, through SQLite's own locking and WAL
        finally:
            dst.close()
    finally:
        src.close()
    make_private(target)
