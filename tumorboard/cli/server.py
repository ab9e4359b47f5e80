"""`tumorboard server ...`: server mode (PostgreSQL) from an empty server to a working board.

docs/server.md is the administrator's guide; this group holds the commands it names. Other
sub-commands (e.g. `server setup` for roles and privileges) register into the same group through
`server_group(sub)`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TypeAlias

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
log = logging.getLogger("tumorboard.cli")

URL_HELP = ("the board's database, e.g. postgresql+psycopg://tumorboard@db.example.org/tumorboard "
            "(a password is best kept in ~/.pgpass or PGPASSWORD, not in the URL)")


def server_group(sub: SubParsers) -> SubParsers:
    """The `server` command's sub-commands, made once and shared by every module that adds to it."""
    existing = sub.choices.get("server")
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    group = sub.add_parser("server", help="server mode: set up and check the department's PostgreSQL database",
                           description="Server mode: several workstations share one board on a PostgreSQL "
                           "server. The steps from an empty server are in docs/server.md.")
    return group.add_subparsers(dest="server_command", metavar="ACTION", required=True)


def register(sub: SubParsers) -> None:
    group = server_group(sub)
    p = group.add_parser(
        "init", help="create the board's database on a PostgreSQL server (if the login may) and its tables",
        description="Create the database named in URL if it does not exist and the login may create databases, "
        "then create or migrate its tables (as `tumorboard init` does for a file). If the login may not, "
        "nothing is changed: the SQL a database administrator must run first is printed (exit 2).")
    p.add_argument("url", metavar="URL", help=URL_HELP)
    p.add_argument("--print-sql", action="store_true",
                   help="only print the SQL a database administrator runs to create the database; connect to nothing")
    p.set_defaults(func=cmd_server_init)

    p = group.add_parser(
        "check", help="can this workstation use the server's board? (connection, TLS, schema, privileges)",
        description="Connect to the board's database and say the server version, whether the connection is "
        "encrypted (TLS), the database schema, whether the login may create tables, the server's time zone and "
        "whether substring search has its pg_trgm index; prints what the DBA should do. Changes nothing.")
    p.add_argument("url", metavar="URL", nargs="?",
                   help=URL_HELP + "; default: --db or TUMORBOARD_DATABASE_URL")
    p.set_defaults(func=cmd_server_check)


def cmd_server_init(args: argparse.Namespace) -> int:
    from tumorboard.services.server import NeedsAdministrator, administrator_sql, server_init, server_url

    if args.print_sql:
        sys.stdout.write(administrator_sql(server_url(args.url)))
        return 0
    try:
        done = server_init(args.url)  # as the login of the URL (session_user), never an environment variable
    except NeedsAdministrator as exc:
        sys.stdout.write(exc.sql)
        print(f"tumorboard: {exc}", file=sys.stderr)
        log.info("server init: %s needs a database administrator (SQL printed)", exc.args[0].split(":")[0])
        return 2
    made = "created" if done.created else "already there"
    print(f"{done.location} ({made})\ndatabase schema {done.schema}\n{done.cases} case(s)\n"
          f"Next: on each workstation set TUMORBOARD_DATABASE_URL to this URL, or choose "
          "'Connect to the department server' in the program's welcome dialog.")
    log.info("server init: %s %s, schema %s, %d case(s)", done.location, made, done.schema, done.cases)
    return 0


def cmd_server_check(args: argparse.Namespace) -> int:
    from tumorboard.errors import StorageError
    from tumorboard.services.server import server_check
    from tumorboard.store.database import ENV_URL

    url = args.url or getattr(args, "db", None) or os.environ.get(ENV_URL)
    if not url:
        raise StorageError(f"No server named: give the URL, --db URL or set {ENV_URL}.")
    c = server_check(url)
    print(f"{c.location}\nserver PostgreSQL {c.server_version}\nconnection {c.tls}\nlogin {c.login}\n"
          f"database schema {c.schema or 'none yet (run `tumorboard server init URL`)'}\n"
          f"server time zone {c.time_zone}\nsearch index {c.search_index}"
          + ("" if c.may_create_tables else "\nthe login may not create tables: migrations need the owner's login"))
    for item in c.advice:
        print(f"\nTo do: {item}")
    return 0
