"""`tumorboard server setup`: PostgreSQL server mode, the database enforces the board's roles too."""

from __future__ import annotations

import argparse

from tumorboard.errors import StorageError
from tumorboard.services.permissions import Role
from tumorboard.services.server_roles import DEFAULT_PREFIX, setup, setup_statements

from .server import server_group


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = server_group(sub)
    p = server.add_parser(
        "setup", help="create the tables, one PostgreSQL group role per board role, and the GRANTs",
        description="Run as the database administrator (a superuser) on the board's database: migrates the "
        "schema, creates the NOLOGIN roles PREFIXowner (owns the tables), PREFIXviewer < PREFIXcoordinator < "
        "PREFIXclinician < PREFIXadmin with their GRANTs (a viewer's connection cannot write; nobody's can "
        "change or delete audit events), and makes --admin the board's admin. Safe to run again after an "
        "upgrade. People then connect with their own login: TUMORBOARD_DATABASE_URL=postgresql+psycopg://"
        "LOGIN@server/db?sslmode=verify-full (the password from ~/.pgpass or the server's Kerberos/certificate "
        "set-up; the program never stores it).",
    )
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://DBA@server/database (the password is never shown)")
    p.add_argument("--admin", required=True, metavar="LOGIN", help="the PostgreSQL login of the board's first admin")
    p.add_argument("--prefix", default=DEFAULT_PREFIX, metavar="P",
                   help=f"name prefix of the group roles (default {DEFAULT_PREFIX}; one per board on a shared server)")
    p.add_argument("--print-sql", action="store_true",
                   help="print the role and GRANT statements for the DBA instead of running anything "
                   "(create the tables first with `tumorboard --db URL init` as the DBA)")
    p.set_defaults(func=cmd_setup)


def cmd_setup(args: argparse.Namespace) -> int:
    from tumorboard.store.database import describe, resolve_url

    url = resolve_url(args.url)
    if url.get_backend_name() != "postgresql":
        raise StorageError("`server setup` needs a PostgreSQL URL (postgresql+psycopg://...); a SQLite file is "
                           "protected by the operating system's file permissions instead.")
    if args.print_sql:
        from sqlmodel import SQLModel

        import tumorboard.store.models  # noqa: F401 - registers the tables

        tables = [*SQLModel.metadata.tables, "alembic_version"]
        print(f"-- Tumorboard server setup for {describe(url)} (run as a superuser, after `tumorboard --db URL init`)")
        audit_columns = SQLModel.metadata.tables["audit_events"].columns.keys()
        for statement in setup_statements(url.database or "", tables, args.prefix, [(args.admin, Role.admin)],
                                          audit_columns):
            print(statement + ";")
        print(f"-- then, as the DBA (the board's first admin, having created it): "
              f"tumorboard --db URL users set-role {args.admin} admin")
        print("-- with printed SQL, the DBA also keeps each login's group in step with its board role: "
              f"GRANT {args.prefix}<role> TO <login> (`server setup` itself makes `users set-role` do it)")
        return 0
    statements = setup(url, args.admin, args.prefix)
    print(f"{describe(url)}: {len(statements)} statements run; {args.admin} is the board's admin "
          f"(roles {args.prefix}viewer, {args.prefix}coordinator, {args.prefix}clinician, {args.prefix}admin)")
    return 0
