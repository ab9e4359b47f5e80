"""Database: the one open database the services share.

It holds the SQLAlchemy engine, opens transactions (read / write / fetch), keeps the
services' clock, the acting identity (the audit's "who") and the decision rules with
this hospital's parameters (`rules`), and does the SQLite backup and restore. It knows no
service: every service takes a Database, and `Workspace` (workspace.py) builds them all on one."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, Row, select
from sqlalchemy.engine import URL
from sqlmodel import Session, col

from tumorboard.errors import ConfigurationError, StorageError
from tumorboard.store import backup as store_backup
from tumorboard.store.database import default_path, describe, make_engine, resolve_url
from tumorboard.store.migrate import ensure_schema
from tumorboard.store.models import Setting
from tumorboard.store.sqlite_file import prepare as prepare_sqlite_file

from . import changes as live
from .clock import Clock
from .rules import Rules

#: the setting that names the hospital's parameter file (Settings.parameters_file)
PARAMETERS_SETTING = "parameters_file"


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


class Database:
    """Open with Database.open(); each `write()` is one transaction, committed whole or not at all."""

    def __init__(self, engine: Engine, url: URL, actor: str, migrated_from: str | None = None,
                 rules: Rules | None = None, parameters_pinned: bool = False) -> None:
        self.engine = engine
        self.url = url
        #: who is acting: the audit trail's "who" on every row the services write
        self.actor = actor
        #: what "today" and "now" are for every service (and the GUI): tests set a FixedClock
        self.clock: Clock = Clock()
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
            prepare_sqlite_file(path, create, create_folder=path == default_path().resolve())
        engine = make_engine(url)
        try:
            before = ensure_schema(engine, lambda rev: cls._migration_backup(url, rev), describe(url))
            rules = Rules.load(parameters) if parameters else cls._rules_of_settings(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url, actor or default_actor(), migrated_from=before, rules=rules,
                   parameters_pinned=bool(parameters))

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
                f"The hospital's parameter file set in Settings ({path}) cannot be used, so no recommendation "
                f"would be right: {exc}\nRepair or restore the file, or start with --parameters naming a good one "
                "and choose it again in Settings."
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

    def close(self) -> None:
        if self.is_sqlite:
            try:  # keeps the planner's statistics current (sqlite.org/lang_analyze.html)
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - closing must not fail over statistics
                pass
        self.engine.dispose()

    # --- transactions ---------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole on any error."""
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
        if self.sqlite_path is None:
            raise StorageError(
                "This workspace uses a PostgreSQL server: back it up with the server's own tools "
                "(pg_dump / pg_basebackup), as the database administrator does."
            )
        return store_backup.backup_sqlite(self.sqlite_path, Path(path), force=force)

    @staticmethod
    def restore(db_path: str | os.PathLike[str] | None, backup_file: str | os.PathLike[str]) -> Path | None:
        """Replace the database with a verified backup; returns where the replaced file was kept."""
        url = resolve_url(db_path)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise StorageError("Restoring a PostgreSQL database is the server's job (pg_restore / psql).")
        return store_backup.restore_sqlite(Path(url.database), Path(backup_file))
