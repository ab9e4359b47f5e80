"""Where the database is and how a connection to it is set up.

SQLite (the default, one file per workstation) gets WAL, foreign keys and
synchronous=FULL on every connection: a recorded decision survives a power cut.
PostgreSQL (server mode) is chosen by a URL; the same tables and migrations serve both.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import platformdirs

if TYPE_CHECKING:  # SQLAlchemy is imported when a URL or an engine is made: the first window's
    # glance (tumorboard/services/glance.py) uses the path checks only (start-up time, issue 17)
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

from tumorboard.errors import DiskFull, FieldProblem, InvalidInput, NetworkPathRefused, StorageError
from tumorboard.i18n import msg
from tumorboard.private import make_private, private_folder, user_path

ENV_URL = "TUMORBOARD_DATABASE_URL"
APP_NAME = "Tumorboard"
DEFAULT_FILE = "tumorboard.sqlite"
#: file systems on which SQLite's locking is unreliable (sqlite.org/useovernet.html)
NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs", "ceph", "glusterfs"}
)


def default_path() -> Path:
    """The SQLite file in the user's data folder (created on first run)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE


def resolve_url(db: str | os.PathLike[str] | None) -> URL:
    """None -> $TUMORBOARD_DATABASE_URL or the default file; a path -> SQLite; a URL -> itself."""
    from sqlalchemy.engine import URL, make_url

    if db is None:
        db = os.environ.get(ENV_URL) or default_path()
    text = os.fspath(db)
    if "://" in text:
        try:
            url = make_url(text)
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError, say it plainly
            raise StorageError(msg("Not a database URL: {text!r} ({error})", text=text, error=exc)) from None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            check_local_path(Path(url.database))
        return url
    check_local_path(Path(text))  # a UNC name as typed (made absolute it would look local on POSIX)
    path = user_path(text, "database file")
    check_local_path(path)
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def check_local_path(path: Path) -> None:
    """Refuse a database file on a network drive: SQLite's locking is not reliable there."""
    if is_network_path(path):
        raise NetworkPathRefused(
            msg("The database file {path} is on a network drive. SQLite cannot lock files reliably there, so "
                "several users could corrupt it. Keep the file on this computer's own disk (--db PATH), or let "
                "the department run a PostgreSQL server and set "
                "{env_url}=postgresql+psycopg://user@server/tumorboard on every workstation.",
                path=path, env_url=ENV_URL)
        )


def check_writable_file(path: Path, create_folder: bool) -> None:
    """Refuse, in words, a database file SQLite could open but not write (it would fail at the
    first save, or open an empty board elsewhere): only the default data folder is created."""
    folder = path.parent
    if not folder.is_dir():
        if not create_folder:  # a typo in --db must not start an empty board in a new folder
            raise StorageError(
                msg("The folder {folder} does not exist, so the database file {name} cannot be opened or "
                    "created there. Check the path, create the folder first, or give another file with --db "
                    "PATH.", folder=folder, name=path.name)
            )
        try:
            private_folder(folder)
        except OSError as exc:
            raise StorageError(msg("The data folder {folder} cannot be created ({reason}).", folder=folder, reason=exc.strerror)) from None
    if path.is_dir():
        raise StorageError(msg("{path} is a folder, not a database file: give a file name, e.g. --db "
                               "{default_file}", path=path, default_file=path / DEFAULT_FILE))
    if path.exists():
        try:
            with path.open("r+b"):  # what SQLite needs to save anything
                pass
        except OSError as exc:
            raise StorageError(
                msg("The database file {path} cannot be written ({reason}). Tumorboard saves every edit and "
                    "decision in it: ask for write access, or copy the file to a folder of your own and open "
                    "the copy with --db PATH.", path=path, reason=exc.strerror)
            ) from None
    if not os.access(folder, os.W_OK):
        raise StorageError(
            msg("The folder {folder} cannot be written: SQLite keeps its journal files (-wal, -shm) next to "
                "the database file. Move the database to a folder you can write to and open it with --db PATH.",
                folder=folder)
        )


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # UNC path \\server\share
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote_drive(path)
    fstype = mount_fs_type(path, mounts)
    return fstype is not None and (fstype in NETWORK_FS or fstype.startswith(("nfs", "smb", "fuse.sshfs")))


def mount_fs_type(path: Path, mounts: str | None = None) -> str | None:
    """File system type of the mount holding `path`, from /proc/mounts (None if unknown)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = PurePath(os.path.abspath(path))
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(fields[1].replace("\\040", " "))
        if target == point or point in target.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return best[1] if best else None


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # ctypes.windll exists on Windows only (mypy checks the rest for Windows)
        return False
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if url.get_backend_name() == "postgresql":
        return _postgres_engine(url)
    raise StorageError(msg("Unsupported database {backend!r}: use a SQLite file or PostgreSQL", backend=url.get_backend_name()))


#: a pooled server connection unused for longer than this is tested before use (a restarted server
#: or a dropped network link leaves dead connections in the pool); a busy one is not: each test is a
#: round trip, as long as the list query itself on a department server
PING_AFTER_IDLE_SECONDS = 10.0


def _postgres_engine(url: URL) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DisconnectionError

    # hide_parameters: no statement's values (names, MRNs) in any error text or log
    engine = create_engine(url, json_serializer=_json, hide_parameters=True)
    _translate_errors(engine, describe(url))

    # SQLAlchemy's "pessimistic disconnect handling", custom: ping only connections that sat idle
    @event.listens_for(engine, "checkin")
    def _idle_since(_dbapi_conn: Any, record: Any) -> None:
        record.info["tumorboard_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("tumorboard_idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            dbapi_conn.execute("SELECT 1")
            dbapi_conn.rollback()
        except Exception as exc:  # noqa: BLE001 - any failure: this connection is gone, take another
            raise DisconnectionError() from exc

    return engine


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        check_writable_file(path, create_folder=path == default_path().resolve())
    from sqlalchemy import create_engine, event

    engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json, hide_parameters=True)
    _translate_errors(engine, describe(url))
    private = [Path(url.database + suffix) for suffix in ("", "-wal", "-shm")] if url.database not in (None, "", ":memory:") else []

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        for file in private:  # before WAL is switched on: SQLite gives -wal/-shm the database file's mode
            make_private(file)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")  # durable commits: decisions must survive a crash
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # writers take the lock up front: no SQLITE_BUSY half-way through a transaction
        options = conn.get_execution_options()
        if options.get("tumorboard_single_read"):
            return  # one SELECT is atomic on its own; no BEGIN round trip for the case list
        mode = "IMMEDIATE" if options.get("tumorboard_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


#: (table, column) of the unique columns a user types, with the field name and what is allowed
UNIQUE_FIELDS = {("patients", "mrn"): ("patient.mrn", "an MRN not already used (another patient has it)")}


def _translate_errors(engine: Engine, where: str) -> None:
    """Database failures a user can meet, in the program's words: a full disk (StorageError,
    nothing of the change was saved) and a unique value taken by another workstation at the
    same moment (InvalidInput, as the services' own check says it)."""
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx: Any) -> BaseException | None:
        orig = ctx.original_exception
        text = str(orig).lower()
        sqlstate = getattr(orig, "sqlstate", None)
        if sqlstate == "53100" or "database or disk is full" in text or "no space left on device" in text:
            return DiskFull(
                msg("The disk holding the database ({where}) is full. Nothing of this change was saved. Free "
                    "some space (or ask IT to), then save again.", where=where)
            )
        if sqlstate == "23505" or "unique constraint failed" in text:
            diag = getattr(orig, "diag", None)
            table = getattr(diag, "table_name", None) if diag is not None else None
            constraint = (getattr(diag, "constraint_name", None) or "") if diag is not None else ""
            for (tbl, column), (field, allowed) in UNIQUE_FIELDS.items():
                if f"{tbl}.{column}" in text or (table == tbl and column in constraint):
                    return InvalidInput([FieldProblem(field, _bound(ctx, column), allowed)], "patient")
        return None


def _bound(ctx: Any, column: str) -> Any:
    """The value the statement tried to store in `column` (the user's own input, shown back to them)."""
    params = ctx.parameters
    if isinstance(params, list | tuple) and params and isinstance(params[0], dict):
        params = params[0]
    if isinstance(params, dict):
        return params.get(column)
    return None


def _json(value: object) -> str:
    """Compact JSON, names in any script kept readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def describe(url: URL) -> str:
    """Where the data lives, for people (never the password)."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {host}{port}/{url.database}"
