"""Server mode from nothing, following docs/server.md step by step on the real PostgreSQL server:
an owner login without CREATEDB -> `server init` prints the administrator's SQL and changes nothing ->
the administrator runs it with psql -> `server init` makes the tables -> the board works
(demo, cases list, server check). And a login that may create databases does it all itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tumorboard.services.server import administrator_sql, server_url

pytestmark = pytest.mark.db

ROLE_PREFIX = os.environ.get("TUMORBOARD_TEST_ROLE_PREFIX", "tb_test_")


@pytest.fixture
def server() -> Iterator[dict[str, str]]:
    """An owner login (no CREATEDB) and a database name that does not exist yet; both removed after."""
    admin_url = os.environ.get("TUMORBOARD_TEST_POSTGRES_URL")
    if not admin_url:
        pytest.skip("needs TUMORBOARD_TEST_POSTGRES_URL (a PostgreSQL server and its superuser)")
    tag = uuid.uuid4().hex[:10]
    owner, creator, db = f"{ROLE_PREFIX}owner_{tag}", f"{ROLE_PREFIX}creator_{tag}", f"{ROLE_PREFIX}board_{tag}"
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{owner}" LOGIN'))  # docs/server.md step 1
        conn.execute(text(f'CREATE ROLE "{creator}" LOGIN CREATEDB'))
    base = make_url(admin_url)
    try:
        yield {"admin": admin_url, "owner": owner, "creator": creator, "db": db,
               "url": base.set(username=owner, database=db).render_as_string(hide_password=False),
               "creator_url": base.set(username=creator, database=db + "_c").render_as_string(hide_password=False)}
    finally:
        with admin.connect() as conn:
            for name in (db, db + "_c"):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in (owner, creator):
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def tumorboard(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tumorboard", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def database_exists(admin_url: str, name: str) -> bool:
    engine = create_engine(make_url(admin_url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is not None
    finally:
        engine.dispose()


def test_from_an_empty_server_to_a_working_board_with_a_database_administrator(server, tmp_path) -> None:
    url = server["url"]
    first = tumorboard("server", "init", url)  # step 2: the owner's login may not create databases
    assert first.returncode == 2, first.stderr
    assert "may not create databases" in first.stderr and "Nothing was changed" in first.stderr
    assert f'CREATE DATABASE "{server["db"]}" OWNER "{server["owner"]}"' in first.stdout
    assert first.stdout == administrator_sql(server_url(url)), "the same SQL as --print-sql"
    assert not database_exists(server["admin"], server["db"])
    assert tumorboard("server", "init", url, "--print-sql").stdout == first.stdout

    sql = tmp_path / "tumorboard.sql"  # step 3: the administrator runs it with psql
    sql.write_text(first.stdout, encoding="utf-8")
    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed (packaging/debian-packages.txt: postgresql)")
    admin = make_url(server["admin"]).set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run([psql, admin, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(sql)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr

    second = tumorboard("server", "init", url)  # step 4: the tables
    assert second.returncode == 0, second.stderr
    assert "(already there)" in second.stdout and "0 case(s)" in second.stdout
    assert "@" not in second.stdout, "no login or password in what is printed beyond host/db"

    env = {"TUMORBOARD_DATABASE_URL": url}  # step 5: every workstation
    check = tumorboard("server", "check", env=env)
    assert check.returncode == 0, check.stderr
    assert "database schema 0" in check.stdout and f"login {server['owner']}" in check.stdout
    assert tumorboard("demo", "--cases", "12", env=env).returncode == 0
    listed = tumorboard("cases", "list", "--json", env=env)
    assert listed.returncode == 0 and listed.stdout.count('"mrn"') == 12


def test_a_login_that_may_create_databases_does_it_itself(server) -> None:
    done = tumorboard("server", "init", server["creator_url"])
    assert done.returncode == 0, done.stderr
    assert "(created)" in done.stdout and "0 case(s)" in done.stdout
    again = tumorboard("server", "init", server["creator_url"])
    assert again.returncode == 0 and "(already there)" in again.stdout


def test_not_a_server_url_is_refused_in_words() -> None:
    done = tumorboard("server", "init", "board.sqlite")
    assert done.returncode == 2 and "'board.sqlite' is not a database URL" in done.stderr
    done = tumorboard("server", "init", "sqlite:///board.sqlite")
    assert done.returncode == 2 and "is not a PostgreSQL server URL" in done.stderr and "Traceback" not in done.stderr
