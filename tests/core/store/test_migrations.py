"""Schema only through Alembic: from empty, from an older revision (backup first),
and a database from a newer program refused untouched. On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import tumorboard.store.models  # noqa: F401
from tumorboard.errors import DatabaseTooNew, StorageError
from tumorboard.services import Workspace
from tumorboard.store import search_index
from tumorboard.store.database import make_engine, resolve_url
from tumorboard.store.migrate import SCHEMA_HEAD, script_directory, upgrade_to

pytestmark = pytest.mark.db


def test_schema_head_is_the_migrations_head():
    assert script_directory().get_current_head() == SCHEMA_HEAD


def test_migrating_from_empty_gives_exactly_the_tables_of_the_models(db_url):
    ws = Workspace.open(db_url)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    ws.close()
    # the trigram index exists on PostgreSQL only, made by its migration, not by the models (search_index.py)
    diff = [d for d in diff if not (d[0] == "remove_index" and d[1].name == search_index.INDEX)]
    assert diff == []


def test_opening_twice_does_not_migrate_again(db_url):
    Workspace.open(db_url).close()
    ws = Workspace.open(db_url)
    assert ws.cases.count() == 0
    ws.close()


PAST_REVISIONS = [r.revision for r in script_directory().walk_revisions() if r.revision != SCHEMA_HEAD]


@pytest.mark.parametrize("revision", PAST_REVISIONS)
def test_older_database_is_backed_up_then_migrated(tmp_path, revision):
    db = tmp_path / "old.sqlite"
    engine = make_engine(resolve_url(db))
    upgrade_to(engine, revision)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO patients (version, created_at, created_by, updated_at, updated_by, mrn, name, sex, name_key, search_key)"
            " VALUES (1, '2026-01-01 00:00:00', 'x', '2026-01-01 00:00:00', 'x', 'OLD1', 'Old Patient', 'female', 'old patient', 'old patient old1')"
        ))
    engine.dispose()
    ws = Workspace.open(db)
    assert ws.patients.by_mrn("OLD1").name == "Old Patient"
    ws.close()
    backups = list((tmp_path / "backups").glob(f"old.before-migration-from-{revision}.*.sqlite"))
    assert len(backups) == 1
    kept = make_engine(resolve_url(backups[0]))
    with kept.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == revision
        assert conn.execute(text("SELECT name FROM patients")).scalar() == "Old Patient"
    kept.dispose()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_left_untouched(db_url, tmp_path, is_postgres):
    Workspace.open(db_url).close()
    engine = make_engine(resolve_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = None if is_postgres else _sha(Path(db_url))
    with pytest.raises(DatabaseTooNew) as err:
        Workspace.open(db_url)
    assert "newer version" in str(err.value) and "9999_from_the_future" in str(err.value)
    if not is_postgres:
        assert _sha(Path(db_url)) == before
        assert not (tmp_path / "backups").exists()
    engine = make_engine(resolve_url(db_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
    engine.dispose()


def test_a_database_of_another_program_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError) as err:
        Workspace.open(other)
    assert "not a Tumorboard database" in str(err.value)


def test_every_past_revision_migrates_to_head_on_this_backend(db_url):
    engine = make_engine(resolve_url(db_url))
    upgrade_to(engine, PAST_REVISIONS[-1])  # the oldest
    engine.dispose()
    ws = Workspace.open(db_url)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    ws.close()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    """Alembic costs ~0.1 s to import: only a database that needs migrating pays it."""
    import subprocess
    import sys

    db = tmp_path / "current.sqlite"
    Workspace.open(db).close()  # created (and migrated) in this process
    code = ("import sys\nfrom tumorboard.services import Workspace\n"
            "Workspace.open(sys.argv[1]).close()\nprint('alembic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    fresh = tmp_path / "fresh.sqlite"
    out = subprocess.run([sys.executable, "-c", code, str(fresh)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"  # creating the schema still goes through the migrations
