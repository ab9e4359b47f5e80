"""Server mode from nothing: an empty PostgreSQL server to a working board (docs/server.md).

`server_init(url)` creates the database when the login may (CREATEDB or superuser) and migrates it
to this version's schema; when it may not, it raises NeedsAdministrator carrying the exact SQL a
database administrator runs first. Passwords never appear in messages or in the printed SQL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from tumorboard.errors import StorageError
from tumorboard.i18n import msg
from tumorboard.store import search_index
from tumorboard.store.database import describe
from tumorboard.store.migrate import SCHEMA_HEAD

#: the database every PostgreSQL server has; used to ask whether the board's database exists
MAINTENANCE_DB = "postgres"


class NeedsAdministrator(StorageError):
    """The login may not create the database: `sql` is what a PostgreSQL superuser must run first."""

    def __init__(self, message: str, sql: str) -> None:
        super().__init__(message)
        self.sql = sql


@dataclass(frozen=True)
class ServerInit:
    location: str  # "PostgreSQL: host:port/db" (no password)
    created: bool  # the database was created now
    schema: str
    cases: int


def server_url(text_url: str) -> URL:
    """A postgresql URL, refused in words if it is anything else."""
    try:
        url = make_url(text_url)
    except Exception:  # noqa: BLE001 - ArgumentError: say it plainly, without the password
        raise StorageError(
            msg("{written!r} is not a database URL; write postgresql+psycopg://USER@HOST[:PORT]/DATABASE", written=text_url.split("@")[-1])
        ) from None
    if url.get_backend_name() != "postgresql" or not url.database or not url.host:
        raise StorageError(
            msg("{url!r} is not a PostgreSQL server URL; write postgresql+psycopg://USER@HOST[:PORT]/DATABASE "
                "(a SQLite file needs no server: `tumorboard init`)", url=url.render_as_string(hide_password=True))
        )
    if url.drivername == "postgresql":  # the driver the program ships
        url = url.set(drivername="postgresql+psycopg")
    return url


def quote(name: str) -> str:
    """A PostgreSQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def administrator_sql(url: URL, login_exists: bool = True) -> str:
    """What a PostgreSQL superuser runs so that `url`'s login owns an empty board database."""
    owner, db = quote(url.username or os.environ.get("PGUSER") or "tumorboard"), quote(str(url.database))
    lines = [
        f"-- Tumorboard: the database {url.database} on {url.host}, owned by the login that migrates it.",
        "-- Run as a PostgreSQL superuser, e.g.  psql -h HOST -U postgres -f tumorboard.sql",
        "-- then, on a workstation:  tumorboard server init URL   (docs/server.md)",
    ]
    if not login_exists:
        lines.append("-- the login could not sign in: create it (skip this line if it exists; then check its password)")
        lines.append(f"CREATE ROLE {owner} LOGIN PASSWORD 'choose-a-long-password';")
    lines += [
        f"CREATE DATABASE {db} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0;",
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC;",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {owner};",
    ]
    return "\n".join(lines) + "\n"


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)


def _probe(url: URL) -> tuple[bool | None, bool, bool]:
    """(database exists — None if unknown, login may create databases, login could connect)."""
    engine = create_engine(url.set(database=MAINTENANCE_DB), hide_parameters=True, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": url.database}).first() is not None
            may_create = bool(conn.execute(text(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())
            return exists, may_create, True
    except DBAPIError as exc:
        reason = _reason(exc)
        if "password authentication failed" in reason or ("role" in reason and "does not exist" in reason):
            return None, False, False
        if "could not connect" in reason or "Connection refused" in reason or "timeout" in reason.lower():
            raise StorageError(
                msg("Cannot reach the database server {url} ({reason}). Check that the server is running and "
                    "the address; nothing was changed.", url=describe(url), reason=reason)
            ) from None
        return None, False, True  # e.g. no CONNECT on the maintenance database: try the board's own
    finally:
        engine.dispose()


def server_init(text_url: str, actor: str | None = None) -> ServerInit:
    """Create (if the login may) and migrate the board's database on a PostgreSQL server."""
    from .cases import Cases
    from .database import Database

    url = server_url(text_url)
    exists, may_create, login_ok = _probe(url)
    created = False
    if exists is False or not login_ok:
        if not may_create:
            who = url.username or "the login"
            why = (f"the login {who!r} cannot sign in to {url.host}" if not login_ok
                   else f"the database {url.database!r} does not exist and the login {who!r} may not create databases")
            raise NeedsAdministrator(
                msg("{url}: {why}. Nothing was changed. A database administrator runs the SQL printed on "
                    "standard output (also: `tumorboard server init URL --print-sql`), then run `tumorboard "
                    "server init URL` again.", url=describe(url), why=why),
                administrator_sql(url, login_exists=login_ok),
            )
        engine = create_engine(url.set(database=MAINTENANCE_DB), hide_parameters=True, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {quote(str(url.database))} ENCODING 'UTF8' TEMPLATE template0"))
                conn.execute(text(f"REVOKE ALL ON DATABASE {quote(str(url.database))} FROM PUBLIC"))
        except DBAPIError as exc:
            raise StorageError(msg("Could not create the database {url}: {reason}. Nothing was changed.", url=describe(url), reason=_reason(exc))) from None
        finally:
            engine.dispose()
        created = True
    db = Database.open(url.render_as_string(hide_password=False), actor)  # creates or migrates the tables
    try:
        from .users import bootstrap

        db.user = bootstrap(db)  # as Workspace.open: a board with no users yet makes this login its admin
        if db.migrated_from not in (None, SCHEMA_HEAD):  # as Workspace.open: what older rows lack
            from .readiness_stored import fill_missing

            fill_missing(db)
        return ServerInit(db.location, created, SCHEMA_HEAD, Cases(db).count())
    finally:
        db.close()


@dataclass(frozen=True)
class ServerCheck:
    location: str
    server_version: str
    tls: str  # "TLS 1.3 (cipher)" or "not encrypted"
    schema: str | None
    login: str
    may_create_tables: bool
    time_zone: str = ""
    #: the trigram search index (search_index.py): "in use", or what is missing
    search_index: str = ""
    #: what the database administrator should do, each item a sentence (SQL included)
    advice: tuple[str, ...] = ()


def server_check(text_url: str) -> ServerCheck:
    """What a workstation needs to know about the server database: reachable, encrypted, which schema."""
    from tumorboard.store.migrate import stored_revisions

    url = server_url(text_url)
    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
            ssl = conn.execute(text("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).first()
            login = str(conn.execute(text("SELECT current_user")).scalar())
            may_create = bool(conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar())
            revisions = stored_revisions(conn)
            zone = str(conn.execute(text("SHOW TimeZone")).scalar())
            has_index = search_index.has_index(conn)
            available = bool(conn.execute(text(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar())
    except DBAPIError as exc:
        raise StorageError(msg("Cannot use the database {url}: {reason}.", url=describe(url), reason=_reason(exc))) from None
    finally:
        engine.dispose()
    tls = f"TLS ({ssl.version}, {ssl.cipher})" if ssl is not None and ssl.ssl else "not encrypted"
    advice: list[str] = []
    if tls == "not encrypted" and url.host not in ("localhost", "127.0.0.1", "::1"):
        advice.append("The connection is not encrypted: turn on ssl in postgresql.conf and add "
                      "?sslmode=verify-full to the URL on every workstation (docs/server.md, TLS).")
    if has_index:
        index = "pg_trgm index in use (substring search by name or MRN)"
    elif not revisions:
        index = "not yet (made by `tumorboard server init`)"
    else:
        index = ("missing: substring search by name or MRN reads the whole patients table" if available
                 else "missing, and pg_trgm is not installed on the server (Debian: postgresql-contrib)")
        advice.append("Run as the database owner or a superuser, in the board's database:\n" + search_index.DBA_SQL)
    return ServerCheck(describe(url), version, tls, revisions[0] if revisions else None, login, may_create,
                       zone, index, tuple(advice))


def split_password(location: str) -> tuple[str, str]:
    """(the server URL without its password, the password or ""); a file path is returned unchanged.

    The GUI keeps the first in its settings and the second in the operating system's keyring."""
    if "://" not in location:
        return location, ""
    try:
        url = make_url(location)
    except Exception:  # noqa: BLE001 - not a URL: the opening says so in words
        return location, ""
    password = url.password
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False), str(password or "")


def with_password(location: str, password: str) -> str:
    """The server URL with `password` (to open it); unchanged when there is no password to add."""
    if not password or "://" not in location:
        return location
    return make_url(location).set(password=password).render_as_string(hide_password=False)


def needs_password(exc: BaseException) -> bool:
    """Did opening fail because the server wants a (different) password?"""
    text_ = str(exc).lower()
    return "password authentication failed" in text_ or "no password supplied" in text_ \
        or "fe_sendauth" in text_
