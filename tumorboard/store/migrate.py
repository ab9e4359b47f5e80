"""Bring a database to the current schema, the only way: Alembic migrations.

Opening a database runs `ensure_schema`: an empty one is created from the
migrations; an older one is backed up first, then migrated; one written by a
newer version of the program (an unknown revision) is refused and not touched.
A database already at SCHEMA_HEAD is recognised with one plain query: Alembic
(about 0.1 s to import) is loaded only when there is something to migrate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy when a database is opened: SCHEMA_HEAD is read without it (the first
    # window's glance, tumorboard/services/glance.py; start-up time, issue 17)
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine
    from sqlalchemy.exc import DBAPIError

from tumorboard.errors import DatabaseTooNew, StorageError
from tumorboard.i18n import msg

#: the newest revision this program knows (tests check it is the migrations' head)
SCHEMA_HEAD = "0007_case_name_key"
SCRIPT_LOCATION = "tumorboard.store:migrations"

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def is_known(revision: str) -> bool:
    from alembic.util.exc import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stored_revisions(connection: Connection) -> list[str]:
    """The revisions in alembic_version by plain SQL (no Alembic import); [] for a new database."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return []
    return [str(r) for r in connection.execute(text("SELECT version_num FROM alembic_version")).scalars()]


def refuse_if_newer(revision: str | None, where: str) -> None:
    if revision is not None and not is_known(revision):
        raise DatabaseTooNew(
            msg("{where} was written by a newer version of Tumorboard (database schema {revision}); this "
                "version knows schemas up to {schema_head}. Nothing was changed. Install the newer version of "
                "the program to open it.", where=where, revision=revision, schema_head=SCHEMA_HEAD)
        )


def ensure_schema(engine: Engine, backup: Callable[[str], Path | None], where: str) -> str | None:
    """Migrate to SCHEMA_HEAD. `backup(from_revision)` runs before an existing database changes.

    Returns the revision the database had before (None: it was new)."""
    from sqlalchemy.exc import DBAPIError

    try:
        return _ensure_schema(engine, backup, where)
    except DBAPIError as exc:
        if engine.dialect.name == "sqlite" and "file is not a database" in str(exc.orig):
            raise StorageError(
                msg("{where} is not a Tumorboard database (the file is not a SQLite database). Nothing was "
                    "changed; check the path or choose another file.", where=where)
            ) from None
        if engine.dialect.name != "sqlite" and getattr(exc.orig, "sqlstate", None) == "42501":
            raise StorageError(
                msg("{where} needs its tables created or upgraded to schema {schema_head}, and this login may "
                    "not change them (insufficient privilege). Nothing was changed. The database administrator "
                    "runs `tumorboard server setup URL --admin LOGIN` (again after each upgrade of the "
                    "program).", where=where, schema_head=SCHEMA_HEAD)
            ) from None
        if engine.dialect.name != "sqlite" and _unreachable(exc):
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
            if "database" in reason and "does not exist" in reason:  # the server is there, the board is not
                raise StorageError(
                    msg("{where}: the server has no such database ({reason}). Nothing was changed. Create it "
                        "with `tumorboard server init URL` (it prints the SQL for the database administrator "
                        "when your login may not create databases; docs/server.md).", where=where, reason=reason)
                ) from None
            raise StorageError(
                msg("Cannot reach the database server {where} ({reason}). Check that the server is running and "
                    "the address, user and password; nothing was changed.", where=where, reason=reason)
            ) from None
        raise


def _unreachable(exc: DBAPIError) -> bool:
    """A failure to connect at all (refused, unknown host, authentication), as opposed to an SQL error."""
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError) and "connection" in str(exc.orig).lower()


def _ensure_schema(engine: Engine, backup: Callable[[str], Path | None], where: str) -> str | None:
    from sqlalchemy import inspect

    with engine.connect().execution_options(tumorboard_write=True) as conn:
        with conn.begin():
            if stored_revisions(conn) == [SCHEMA_HEAD]:
                return SCHEMA_HEAD  # the everyday case: current, nothing to import or change
            before = current_revision(conn)
            if before == SCHEMA_HEAD:
                return before
            refuse_if_newer(before, where)
            if before is None:
                foreign = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
                if foreign:
                    raise StorageError(
                        msg("{where} already holds tables ({foreign}) but is not a Tumorboard database. "
                            "Nothing was changed; choose another file.",
                            where=where, foreign=", ".join(sorted(foreign)[:5]))
                    )
        if before is not None:
            kept = backup(before)
            log.info("backed up %s before migrating from %s: %s", where, before, kept)
        with conn.begin():
            now = current_revision(conn)  # another workstation may have migrated meanwhile
            if now != SCHEMA_HEAD:
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
        log.info("migrated %s from %s to %s", where, before, SCHEMA_HEAD)
        return before


def upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate to a given revision (tests build databases of past schema versions with it)."""
    from alembic import command

    with engine.connect().execution_options(tumorboard_write=True) as conn, conn.begin():
        command.upgrade(alembic_config(conn), revision)
