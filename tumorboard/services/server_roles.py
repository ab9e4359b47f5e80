"""Server mode: the database enforces the roles too (`tumorboard server setup`).

One PostgreSQL group role (NOLOGIN) per application role, each including the one below:
<prefix>viewer < <prefix>coordinator < <prefix>clinician < <prefix>admin, and <prefix>owner
(NOLOGIN) owning the tables, so that no login people use owns them. The GRANTs:

- viewer:      CONNECT, USAGE on the schema, SELECT on every table (read and print);
- coordinator: INSERT/UPDATE on patients, cases, imaging, labs, meetings, agenda, follow-ups;
               INSERT/DELETE on attendances, DELETE on agenda_items (a pending item removed);
               UPDATE of the "communicated" columns of decisions; INSERT on audit_events;
- clinician:   INSERT/UPDATE on decisions;
- admin:       INSERT/UPDATE/DELETE on settings, INSERT/UPDATE on users; may grant the roles.
- nobody:      UPDATE, DELETE or TRUNCATE on audit_events (revoked from PUBLIC and every role).

A person's login is made a member of the group of their application role; `users set-role`
and `users disable` on a board set up this way change the membership in the same transaction.
The prefix is stored in the settings table (key `server_role_prefix`) by setup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.engine import URL
from sqlmodel import col

from tumorboard.errors import StorageError
from tumorboard.i18n import N_

from .base import refuse
from .permissions import ROLE_ORDER, Role

DEFAULT_PREFIX = "tumorboard_"
PREFIX_SETTING = "server_role_prefix"
_PREFIX = re.compile(r"^[a-z][a-z0-9_]{0,30}$")

#: table -> privileges per application role (each role also has those of the roles below it)
TABLE_GRANTS: dict[Role, dict[str, str]] = {
    Role.viewer: {},
    Role.coordinator: {
        "patients": "INSERT, UPDATE",
        "cases": "INSERT, UPDATE",
        "imaging_studies": "INSERT",
        "lab_results": "INSERT",
        "meetings": "INSERT, UPDATE",
        "agenda_items": "INSERT, UPDATE, DELETE",
        "attendances": "INSERT, DELETE",
        "followups": "INSERT, UPDATE",
        "audit_events": "INSERT",
        # the hash chain (tumorboard/store/audit.py), where the schema has it: the chain head is
        # locked and moved on by every write; covers are appended with the event
        "audit_chain": "UPDATE",
        "audit_covers": "INSERT",
        "decisions": "UPDATE (patient_informed, patient_informed_at, referrer_informed, referrer_informed_at, "
                     "version, updated_by, updated_at)",
    },
    Role.clinician: {"decisions": "INSERT, UPDATE"},
    Role.admin: {"settings": "INSERT, UPDATE, DELETE", "users": "INSERT, UPDATE"},
}


@dataclass(frozen=True)
class RoleNames:
    prefix: str

    def of(self, role: Role) -> str:
        return f"{self.prefix}{role.value}"

    @property
    def owner(self) -> str:
        return f"{self.prefix}owner"

    @property
    def groups(self) -> list[str]:
        return [self.of(r) for r in ROLE_ORDER]


def check_prefix(prefix: str) -> str:
    if not _PREFIX.match(prefix):
        raise refuse("prefix", prefix, N_("lower-case letters, digits and _, starting with a letter (at most "
                                          "31)"), "server setup")
    return prefix


def quote(name: str) -> str:
    """An SQL identifier, double-quoted."""
    return '"' + name.replace('"', '""') + '"'


def setup_statements(database: str, tables: Iterable[str], prefix: str = DEFAULT_PREFIX,
                     logins: Sequence[tuple[str, Role]] = (), audit_columns: Iterable[str] = ()) -> list[str]:
    """The SQL a DBA runs (as a superuser, or the owner of the database) once the schema exists.

    `audit_columns`: the columns of audit_events (its hash chain is written right after the row).
    Safe to run again (after an upgrade that added tables): roles are created only if missing."""
    names = RoleNames(check_prefix(prefix))
    tables = sorted(tables)
    audit_columns = set(audit_columns)
    q = quote
    out = []
    for role in [names.owner, *names.groups]:
        out.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {q(role)} NOLOGIN; END IF; END $$"
        )
    for lower, upper in zip(ROLE_ORDER, ROLE_ORDER[1:], strict=False):
        out.append(f"GRANT {q(names.of(lower))} TO {q(names.of(upper))}")
    out.append(f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC")
    out.append(f"GRANT CONNECT, TEMPORARY ON DATABASE {q(database)} TO {q(names.of(Role.viewer))}")
    out.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    out.append(f"GRANT USAGE ON SCHEMA public TO {q(names.of(Role.viewer))}")
    for table in tables:
        out.append(f"ALTER TABLE {q(table)} OWNER TO {q(names.owner)}")
        out.append(f"REVOKE ALL ON {q(table)} FROM PUBLIC")
        for group in names.groups:
            out.append(f"REVOKE ALL ON {q(table)} FROM {q(group)}")
        out.append(f"GRANT SELECT ON {q(table)} TO {q(names.of(Role.viewer))}")
    for role, grants in TABLE_GRANTS.items():
        for table, privileges in grants.items():
            if table in tables:
                out.append(f"GRANT {privileges} ON {q(table)} TO {q(names.of(role))}")
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q(names.of(Role.coordinator))}")
    # the audit trail: appended to, never changed; not even the owner's privilege is used by anyone
    out.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {q('audit_events')} FROM PUBLIC")
    if {"hash", "prev_hash"} <= audit_columns:
        # the chain's two columns are filled once, right after the event is inserted; a trigger refuses
        # any other change of an event (and that one on an event already chained), whoever asks
        function = q(f"{names.prefix}audit_append_only")
        out.append(f"GRANT UPDATE (prev_hash, hash) ON {q('audit_events')} TO {q(names.of(Role.coordinator))}")
        out.append(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF OLD.hash IS NOT NULL OR (to_jsonb(NEW) - 'hash' - 'prev_hash') IS DISTINCT FROM "
            "(to_jsonb(OLD) - 'hash' - 'prev_hash') THEN "
            "RAISE EXCEPTION USING ERRCODE = '42501', "  # no % in the text: drivers read it as a placeholder
            "MESSAGE = 'audit events are never changed (event ' || OLD.id || ')'; "
            "END IF; RETURN NEW; END $$"
        )
        out.append(f"DROP TRIGGER IF EXISTS {function} ON {q('audit_events')}")
        out.append(f"CREATE TRIGGER {function} BEFORE UPDATE ON {q('audit_events')} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")
    for login, role in logins:
        out.extend(membership_statements(names, login, role))
    return out


def membership_statements(names: RoleNames, login: str, role: Role | None) -> list[str]:
    """Make `login` a member of exactly the group of `role` (None: of none, a disabled account).

    An admin also holds every group WITH ADMIN OPTION: it can assign roles (users set-role)."""
    out = [f"REVOKE {', '.join(quote(g) for g in names.groups)} FROM {quote(login)}"]
    if role is Role.admin:
        out.append(f"GRANT {', '.join(quote(g) for g in names.groups)} TO {quote(login)} WITH ADMIN OPTION")
    elif role is not None:
        out.append(f"GRANT {quote(names.of(role))} TO {quote(login)}")
    return out


def stored_prefix(conn: Connection) -> str | None:
    """The prefix `server setup` stored for this board (None: not set up; nothing to keep in step)."""
    from tumorboard.store.models import Setting

    value = conn.execute(select(col(Setting.value)).where(col(Setting.key) == PREFIX_SETTING)).scalar_one_or_none()
    return str(value) if value else None


def login_exists(conn: Connection, login: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n AND rolcanlogin"), {"n": login}).first() is not None


def sync_membership(conn: Connection, login: str, role: Role | None) -> None:
    """On a board set up for server mode, put `login` in the group of `role` (same transaction)."""
    prefix = stored_prefix(conn)
    if prefix is None:
        return
    if not login_exists(conn, login):
        raise refuse("identity", login, N_("a PostgreSQL login of this server (the database administrator "
                                           "creates logins: CREATE ROLE name LOGIN ...)"), "user")
    for statement in membership_statements(RoleNames(prefix), login, role):
        conn.exec_driver_sql(statement)


def setup(url: URL, admin: str, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Create or upgrade the schema, the group roles and GRANTs, and make `admin` the board's admin.

    `url` connects as the database administrator (a superuser or the database's owner); that
    connection is the authority here, not a board role. Returns the statements run (after the
    migrations). The admin row and the stored prefix are written with audit events."""
    from tumorboard.store.database import describe, make_engine
    from tumorboard.store.migrate import ensure_schema
    from tumorboard.store.models import Setting, User

    from .base import audit, snapshot, stamp_new, touch
    from .database import Database
    from .identity import session_user

    if url.get_backend_name() != "postgresql":
        raise StorageError(N_("`server setup` is for a PostgreSQL server: a SQLite file is protected by the "
                              "operating system's file permissions instead."))
    check_prefix(prefix)
    engine = make_engine(url)
    try:
        ensure_schema(engine, lambda _rev: None, describe(url))
        with engine.connect() as conn:
            dba = session_user(conn)
        ws = Database(engine, url, f"{dba} (server setup)"[:100])
        with ws.write() as s:
            conn = s.connection()
            if not login_exists(conn, admin):
                raise refuse("admin", admin, N_("an existing PostgreSQL login (CREATE ROLE name LOGIN ... "
                                                "first)"),
                             "server setup")
            tables = [str(t) for t in conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()]
            database = str(conn.execute(text("SELECT current_database()")).scalar_one())
            users = {r.identity: (Role(r.role) if r.active else None) for r in s.execute(select(User)).scalars()}
            users[admin] = Role.admin
            logins = [(login, role) for login, role in sorted(users.items())
                      if role is not None and login_exists(conn, login)]
            audit_columns = conn.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = 'audit_events'")).scalars().all()
            statements = setup_statements(database, tables, prefix, logins, audit_columns)
            for statement in statements:
                conn.exec_driver_sql(statement)
            row = s.execute(select(User).where(col(User.identity) == admin)).scalar_one_or_none()
            if row is None:
                row = User(identity=admin, display_name="", role=Role.admin.value, active=True)
                stamp_new(row, ws)
                s.add(row)
                s.flush()
                audit(s, ws, "user", row.id, "create", None, snapshot(row))
            elif row.role != Role.admin.value or not row.active:
                before = snapshot(row)
                row.role, row.active = Role.admin.value, True
                touch(row, ws)
                s.flush()
                audit(s, ws, "user", row.id, "set_role", before, snapshot(row))
            setting = s.get(Setting, PREFIX_SETTING)
            if setting is None:
                setting = Setting(key=PREFIX_SETTING, value=prefix)
                stamp_new(setting, ws)
                s.add(setting)
                audit(s, ws, "settings", None, "server_setup", None, {PREFIX_SETTING: prefix})
            elif setting.value != prefix:
                before_value = setting.value
                setting.value = prefix
                touch(setting, ws)
                audit(s, ws, "settings", None, "server_setup", {PREFIX_SETTING: before_value}, {PREFIX_SETTING: prefix})
        return statements
    finally:
        engine.dispose()
