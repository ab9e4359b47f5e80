"""PostgreSQL: substring search by name or MRN uses the pg_trgm index (0012), and a server where
the extension may not be created still opens, with a warning saying what the DBA must run."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import postgres_server_url
from tumorboard.services import Workspace
from tumorboard.services.schemas import CaseQuery
from tumorboard.services.server import server_check
from tumorboard.store import search_index

pytestmark = [pytest.mark.db, pytest.mark.skipif(postgres_server_url() is None, reason="needs PostgreSQL")]


def test_name_search_in_any_script_uses_the_trigram_index(workspace):
    for i, name in enumerate(["王秀英", "Jane Doe", "Łukasz Żółw"]):
        workspace.cases.create({"patient": {"mrn": f"T-{i}", "name": name}, "facts": {"primary_site": "lung"}})
    assert [r.name for r in workspace.cases.query(CaseQuery(search="秀英"))] == ["王秀英"]
    with workspace.engine.connect() as conn:
        assert search_index.has_index(conn)
        conn.execute(text("SET enable_seqscan = off"))  # a three-row table: ask whether the index CAN serve
        plan = "\n".join(r[0] for r in conn.execute(
            text("EXPLAIN SELECT id FROM patients WHERE search_key LIKE :p ESCAPE '\\'"), {"p": "%秀英%"}))
    assert search_index.INDEX in plan, plan


def test_without_the_right_to_create_the_extension_the_board_still_opens(caplog):
    server = postgres_server_url()
    assert server is not None
    tag = uuid.uuid4().hex[:8]
    role, dbname = f"h18_noext_{tag}", f"tb_noext_{tag}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'CREATE DATABASE "{dbname}"'))
        db_admin = create_engine(make_url(server).set(database=dbname), isolation_level="AUTOCOMMIT")
        with db_admin.connect() as conn:  # may make tables, may not create extensions (no CREATE on the db)
            conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        db_admin.dispose()
        url = make_url(server).set(database=dbname, username=role).render_as_string(hide_password=False)
        with caplog.at_level(logging.WARNING, logger="tumorboard.store.search_index"):
            ws = Workspace.open(url, actor="tester")
        try:
            ws.cases.create({"patient": {"mrn": "N-1", "name": "秀英"}, "facts": {"primary_site": "lung"}})
            assert len(ws.cases.query(CaseQuery(search="秀英"))) == 1
            with ws.engine.connect() as conn:
                assert not search_index.has_index(conn)
        finally:
            ws.close()
        assert "CREATE EXTENSION IF NOT EXISTS pg_trgm" in caplog.text
        check = server_check(url)  # what `tumorboard server check` tells the DBA
        assert check.search_index.startswith("missing")
        assert any("CREATE EXTENSION IF NOT EXISTS pg_trgm" in a for a in check.advice)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_server_check_names_the_index_and_the_time_zone(workspace):
    import subprocess
    import sys

    url = workspace.engine.url.render_as_string(hide_password=False)
    out = subprocess.run([sys.executable, "-m", "tumorboard", "server", "check", url], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "search index pg_trgm index in use" in out.stdout
    assert "server time zone " in out.stdout and "database schema " in out.stdout


def test_dead_server_connections_in_the_pool_are_replaced(workspace, monkeypatch):
    """A restarted server leaves dead connections in the pool: the next read takes a fresh one."""
    from tumorboard.store import database as store_database

    monkeypatch.setattr(store_database, "PING_AFTER_IDLE_SECONDS", 0.0)  # every reuse is tested
    workspace.cases.create({"patient": {"mrn": "P-1", "name": "Pool"}, "facts": {"primary_site": "lung"}})
    assert workspace.cases.count() == 1
    admin = create_engine(make_url(postgres_server_url()), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        killed = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE datname = :d AND pid <> pg_backend_pid()"),
                              {"d": workspace.engine.url.database}).scalar()
    admin.dispose()
    assert killed >= 1
    assert workspace.cases.count() == 1
    assert len(workspace.cases.query(CaseQuery(search="P-1"))) == 1


def test_a_list_read_leaves_the_pooled_connection_transactional(workspace):
    """The case list reads without a transaction; the connection goes back to the pool as it was."""
    workspace.cases.query(CaseQuery(limit=5))
    raw = workspace.engine.raw_connection()
    try:
        assert raw.driver_connection.autocommit is False
    finally:
        raw.close()
