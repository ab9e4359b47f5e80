"""Database: the one open database the services share.

It holds the SQLAlchemy engine, opens transactions (read / write / fetch), keeps the
services' clock, the acting identity (the audit's "who") and the decision rules with
this hospital's parameters (`rules`), and does the SQLite backup and restore. It knows no
service: every service takes a Database, and `Workspace` (workspace.py) builds them all on one."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, Row, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from tumorboard.errors import ConfigurationError, StorageError
from tumorboard.i18n import N_, msg
from tumorboard.private import user_path
from tumorboard.store import backup as store_backup
from tumorboard.store import integrity
from tumorboard.store.database import default_path, describe, make_engine, resolve_url
from tumorboard.store.integrity import WholeCheck
from tumorboard.store.migrate import ensure_schema
from tumorboard.store.models import Setting
from tumorboard.store.sqlite_file import damaged as damaged_error
from tumorboard.store.sqlite_file import prepare as prepare_sqlite_file

from . import changes as live
from .clock import Clock
from .identity import check_identity, os_account, session_user
from .permissions import (
    ACTIONS,
    READ_ACTIONS,
    CurrentUser,
    allows,
    as_current,
    check_restore,
    denied,
    user_row,
)
from .rules import Rules

log = logging.getLogger(__name__)

#: the setting that names the hospital's parameter file (Settings.parameters_file)
PARAMETERS_SETTING = "parameters_file"


def authenticated_identity(engine: Engine, url: URL) -> str:
    """The account acting: the OS account (SQLite workstation) or the PostgreSQL login (server mode).
    Never read from the environment (see tumorboard/services/identity.py)."""
    if url.get_backend_name() == "sqlite":
        return os_account()
    with engine.connect() as conn:
        return session_user(conn)


class Database:
    """Open with Database.open(); each `write()` is one transaction, committed whole or not at all."""

    def __init__(self, engine: Engine, url: URL, actor: str, migrated_from: str | None = None,
                 rules: Rules | None = None, parameters_pinned: bool = False) -> None:
        self.engine = engine
        self.url = url
        #: who is acting (authenticated, see open()): the audit trail's "who" on every row the services write
        self.actor = actor
        #: what "today" and "now" are for every service (and the GUI): tests set a FixedClock
        self.clock: Clock = Clock()
        #: the acting user as the board knows them (role, registered); read by Workspace.open (users.bootstrap)
        self.user = CurrentUser(actor, "", None, registered=False)
        self.location = describe(url)
        self.is_sqlite = url.get_backend_name() == "sqlite"
        #: the schema revision the database had before this open migrated it (None: not migrated)
        self.migrated_from = migrated_from
        #: this open database's token in live-update notifications (changes.py), and its own writes
        self.origin = live.new_origin()
        self.written_audit_ids = live.OwnWrites()
        #: the decision engine with this hospital's parameters: the one owner of them
        self.rules = rules or Rules.load()
        #: the parameter file was named when opening (CLI --parameters): the setting does not replace it
        self.parameters_pinned = parameters_pinned
        #: SQLite: when the file was last checked whole, whether that is still to run (store/integrity.py)
        self.whole_check: WholeCheck | None = None
        self._checking: list[sqlite3.Connection] = []

    @classmethod
    def open(
        cls, db: str | os.PathLike[str] | None = None, actor: str | None = None, create: bool = True,
        parameters: str | os.PathLike[str] | None = None,
    ) -> Database:
        """Open (creating and migrating as needed) the database; see docs/services-api.md.

        With create=False a SQLite file that does not exist is refused instead of started empty
        (a mistyped path must not look like a board whose patients have vanished).
        `parameters`: a parameter override file for this session; else the file the settings name
        (parameters_file); else the shipped values. A file that cannot be used is refused here
        (ConfigurationError naming the file and each bad parameter), before anything is evaluated."""
        url = resolve_url(db)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            path = Path(url.database)  # checked read-only, or built whole, before it is opened for writing
            whole_check = prepare_sqlite_file(path, create, create_folder=path == default_path().resolve())
        else:
            whole_check = None
        engine = make_engine(url)
        try:
            before = ensure_schema(engine, lambda rev: cls._migration_backup(url, rev), describe(url))
            rules = Rules.load(parameters) if parameters else cls._rules_of_settings(engine)
            identity = check_identity(actor) if actor else authenticated_identity(engine, url)
        except BaseException:
            engine.dispose()
            raise
        opened = cls(engine, url, identity, migrated_from=before, rules=rules, parameters_pinned=bool(parameters))
        opened.whole_check = whole_check
        return opened

    @staticmethod
    def _rules_of_settings(engine: Engine) -> Rules:
        with Session(engine) as session:
            path = session.execute(select(col(Setting.value)).where(col(Setting.key) == PARAMETERS_SETTING)).scalar()
        if not path:
            return Rules.load()
        try:
            return Rules.load(str(path))
        except ConfigurationError as exc:
            raise ConfigurationError(
                msg("The hospital's parameter file set in Settings ({path}) cannot be used, so no "
                    "recommendation would be right: {error}\nRepair or restore the file, or start with "
                    "--parameters naming a good one and choose it again in Settings.", path=path, error=exc)
            ) from None

    def use_parameters(self, path: str | os.PathLike[str] | None) -> None:
        """Apply a newly chosen parameter file (Settings) to this session, unless --parameters pinned one."""
        if not self.parameters_pinned:
            self.rules = Rules.load(path)

    @staticmethod
    def _migration_backup(url: URL, revision: str) -> Path | None:
        if url.get_backend_name() != "sqlite" or not url.database:
            return None  # PostgreSQL: migrations are transactional; dumps are the server's job
        return store_backup.migration_backup(Path(url.database), revision)

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def interrupt_checks(self) -> None:
        """Stop a whole-file check running on another thread (it returns None); safe from any thread."""
        for checking in list(self._checking):
            checking.interrupt()

    def close(self) -> None:
        self.interrupt_checks()  # a background whole-file check still running stops
        damaged = self.whole_check is not None and bool(self.whole_check.damage)
        if self.is_sqlite and not damaged:
            try:  # keeps the planner's statistics current (sqlite.org/lang_analyze.html)
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - closing must not fail over statistics
                pass
        self.engine.dispose()
        path = self.sqlite_path
        if path is not None and self.whole_check is not None and not damaged:
            integrity.leave_marker(path, self.whole_check.last)  # a clean close: the next open may skip the check

    def verify_whole_file(self) -> list[str] | None:
        """Run SQLite's whole-file check that the open skipped (store/integrity.py); [] when whole (or nothing
        was pending), else the findings -- and from then on every save is refused with StorageError.
        Safe on any thread; None when close() interrupted it. The GUI runs it in the background."""
        path, check = self.sqlite_path, self.whole_check
        if path is None or check is None or not check.pending:
            return []
        problems = integrity.whole_file_problems(path, self._checking)
        if problems is None:
            return None
        if problems:
            check.damage = tuple(problems)
            log.error("the whole-file check found %s damaged: %s", path, "; ".join(problems[:3]))
        else:
            check.last = date.today()
        check.pending = False
        return problems

    def refuse_if_damaged(self) -> None:
        if self.whole_check is not None and self.whole_check.damage and self.sqlite_path is not None:
            raise damaged_error(self.sqlite_path, list(self.whole_check.damage), opened=True)

    # --- permissions (tumorboard/services/permissions.py) -----------------------

    def require(self, action: str) -> None:
        """Raise PermissionDenied unless the acting user may do `action`.

        Reads use the role read at open; anything that writes reads the role again first, so a
        role an admin changed or an account disabled meanwhile counts at once."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        if action not in READ_ACTIONS:
            try:  # one plain SELECT, no transaction: about as cheap as a query gets
                with self.engine.connect().execution_options(tumorboard_single_read=True) as conn:
                    row = conn.execute(user_row(), {"identity": self.actor}).first()
                self.user = as_current(self.actor, row)
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
                    raise
                # server mode: the login's group was revoked (disabled) since this database opened
                self.user = CurrentUser(self.actor, self.user.display_name, None, registered=True)
        if not allows(self.user.role, action):
            raise denied(action, self.actor, self.user.role)

    def may(self, action: str) -> bool:
        """Whether the acting user's role (as last read) allows `action` (the GUI enables by it)."""
        return allows(self.user.role, action)

    def why_not(self, action: str) -> str | None:
        """None if allowed, else the reason in words (the GUI's tooltip on a disabled action)."""
        if self.may(action):
            return None
        needed = ACTIONS[action]
        return f"{needed.words[:1].upper()}{needed.words[1:]} needs the role {needed.needs.value}."

    @property
    def role_name(self) -> str:
        """The acting user's role as last read ("" for a disabled account), for the records that name it."""
        return self.user.role.value if self.user.role else ""

    # --- transactions ---------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole on any error."""
        self.refuse_if_damaged()
        with Session(self.engine, expire_on_commit=False, autoflush=True) as session:
            session.connection(execution_options={"tumorboard_write": True})
            live.begin_collecting(session)
            try:
                yield session
                session.flush()
                events = live.collected(session)
                if events and not self.is_sqlite:  # delivered by PostgreSQL on commit, not before
                    live.notify_postgres(session, events, self.origin)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            self.written_audit_ids.add(e.id for e in events)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # closing (not rolling back) ends the read transaction and keeps loaded rows usable
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def fetch(self, statement: Executable) -> Sequence[Row[Any]]:
        """Rows of one SELECT (lists and searches): no session, no explicit transaction."""
        options: dict[str, Any] = {"tumorboard_single_read": True}
        if not self.is_sqlite:  # one SELECT needs no BEGIN / ROLLBACK round trips on the server
            options["isolation_level"] = "AUTOCOMMIT"
        with self.engine.connect().execution_options(**options) as conn:
            return conn.execute(statement).all()

    def changes(self) -> live.ChangeFeed:
        """Changes committed on this board from now on, by anyone (live updates; changes.py)."""
        return live.open_feed(self)

    # --- clock (the engine has none; services stamp rows) --------------------

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.clock.today()

    # --- backup ----------------------------------------------------------------

    def backup(self, path: str | os.PathLike[str], force: bool = False) -> Path:
        """A consistent copy of the SQLite database, safe while others write; an existing file is
        refused unless `force` (a database open in a program never replaced)."""
        self.require("backup")
        if self.sqlite_path is None:
            raise StorageError(
                N_("This workspace uses a PostgreSQL server: back it up with the server's own tools (pg_dump / "
                   "pg_basebackup), as the database administrator does.")
            )
        written = store_backup.backup_sqlite(self.sqlite_path, Path(path), force=force)
        try:  # after the copy: the trail says who took every copy of the board's patients, and where to
            self.record_board_event("backup", {"written to": str(written)})
        except StorageError as exc:  # a damaged board refuses writes; its backup is still worth having
            log.warning("the backup was written but could not be recorded in the audit trail: %s", type(exc).__name__)
        return written

    def record_board_event(self, action: str, after: dict[str, Any]) -> None:
        """One audit event about the board itself (entity "database": a backup taken, a backup restored)."""
        from .events import record_event

        with self.write() as session:
            record_event(session, at=self.now(), actor=self.actor, entity="database", entity_id=None,
                         action=action, after=after)

    @staticmethod
    def restore(db_path: str | os.PathLike[str] | None, backup_file: str | os.PathLike[str],
                actor: str | None = None) -> Path | None:
        """Replace the database with a verified backup; returns where the replaced file was kept.

        Only an admin of the current board may (PermissionDenied otherwise); `actor` as in open()."""
        url = resolve_url(db_path)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise StorageError(N_("Restoring a PostgreSQL database is the server's job (pg_restore / psql)."))
        who = check_identity(actor) if actor else os_account()
        check_restore(Path(url.database), who)
        kept = store_backup.restore_sqlite(Path(url.database), Path(backup_file))
        _record_restore(Path(url.database), who, Path(backup_file), kept)
        return kept

    def restore_from(self, backup_file: str | os.PathLike[str]) -> Path | None:
        """Replace this open board's file with a verified backup and close it (Settings > Restore): the
        program then starts again on the restored file. Returns where the replaced file was kept.

        Only an admin may (PermissionDenied, checked against the board's users as they are now); a
        backup that is missing, damaged, foreign or newer is refused while the board is still open."""
        path = self.sqlite_path
        if path is None:
            raise StorageError(N_("Restoring a PostgreSQL database is the server's job (pg_restore / psql)."))
        self.require("restore")
        store_backup.verify_backup(user_path(backup_file, "backup file"))  # checked again just before the copy
        self.close()
        kept = store_backup.restore_sqlite(path, Path(backup_file))
        _record_restore(path, self.actor, Path(backup_file), kept)
        return kept


def _record_restore(path: Path, actor: str, backup_file: Path, kept: Path | None) -> None:
    """The restored board's own trail says so: by whom, from which backup, where the replaced file went.
    (The backup's trail ends where the backup was taken; without this event nothing on the board would
    tell a later reader that the days after it were replaced.)"""
    restored = Database.open(path, actor=actor, create=False)
    try:
        restored.record_board_event("restore", {
            "restored from": str(backup_file.resolve()), "replaced file kept as": str(kept) if kept else None})
    finally:
        restored.close()
