"""Backups while the program writes, and restores that check before replacing anything."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tumorboard.errors import DatabaseTooNew, StorageError
from tumorboard.services import Workspace

pytestmark = pytest.mark.db


def _new_case(ws, i):
    return ws.cases.create({"patient": {"mrn": f"W{i:05d}", "name": f"Writer {i}"}, "facts": {"primary_site": "colorectal"}})


def test_backup_taken_during_writes_restores_to_a_consistent_database(tmp_path):
    db = tmp_path / "live.sqlite"
    ws = Workspace.open(db, actor="writer")
    stop = threading.Event()
    written = []

    def keep_writing():
        writer = Workspace.open(db, actor="writer")
        i = 0
        while not stop.is_set():
            written.append(_new_case(writer, i).id)
            i += 1
        writer.close()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        backup = ws.backup(tmp_path / "copy.sqlite")
        n_at_backup = len(written)
        while len(written) < n_at_backup + 10:
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join()
    ws.close()

    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
        case_events = conn.execute("SELECT count(*) FROM audit_events WHERE entity='case' AND action='create'").fetchone()[0]
        orphans = conn.execute("SELECT count(*) FROM cases LEFT JOIN patients p ON p.id = cases.patient_id WHERE p.id IS NULL").fetchone()[0]
    # whole transactions only: each case with its patient and its audit event, none half-written
    assert 0 < cases < len(written) and cases == patients == case_events and orphans == 0

    kept = Workspace.restore(db, backup, actor="writer")  # the board's creator: its admin
    assert kept is not None and kept.exists()
    restored = Workspace.open(db)
    assert restored.cases.count() == cases
    restored.close()
    with sqlite3.connect(kept) as conn:  # the replaced data is still there
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == len(written)


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(tmp_path):
    db = tmp_path / "board.sqlite"
    ws = Workspace.open(db)
    _new_case(ws, 1)
    ws.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    for bad in (junk, foreign, tmp_path / "missing.sqlite"):
        with pytest.raises(StorageError):
            Workspace.restore(db, bad)
    assert sorted(p.name for p in tmp_path.glob("board*.sqlite")) == ["board.sqlite"]
    ws = Workspace.open(db)
    assert ws.cases.count() == 1
    ws.close()


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path):
    db = tmp_path / "board.sqlite"
    ws = Workspace.open(db)
    backup = ws.backup(tmp_path / "b.sqlite")
    ws.close()
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(DatabaseTooNew):
        Workspace.restore(db, backup)


def test_backup_on_postgresql_is_the_servers_job(workspace, is_postgres, tmp_path):
    if not is_postgres:
        pytest.skip("PostgreSQL only")
    with pytest.raises(StorageError) as err:
        workspace.backup(tmp_path / "x.sqlite")
    assert "pg_dump" in str(err.value)


def test_backup_refuses_the_database_itself_a_folder_and_an_empty_name(tmp_path):
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="t") as ws:
        _new_case(ws, 1)
        before = db.read_bytes()
        for target, message in (
            (db, "the Tumorboard database itself"),
            (tmp_path / "board.sqlite-wal", "the Tumorboard database itself"),
            (tmp_path / "." / "board.sqlite", "the Tumorboard database itself"),
            (tmp_path, "it is a folder"),
            ("", "No backup file named"),
        ):
            with pytest.raises(StorageError, match=message):
                ws.backup(target)
        assert db.read_bytes() == before
        assert ws.cases.get(1).patient.name == "Writer 1"
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


def test_a_failed_backup_leaves_no_partial_copy_and_names_the_folder(tmp_path, monkeypatch):
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="t") as ws:
        _new_case(ws, 1)

        def full_disk(src, dst):
            raise OSError(28, "No space left on device")

        # fails after the copy was made under its temporary name
        monkeypatch.setattr("tumorboard.store.backup.os.replace", full_disk)
        monkeypatch.setattr("tumorboard.store.backup.os.link", full_disk)
        with pytest.raises(StorageError, match=r"No space left on device \(folder .*\).*nothing was written"):
            ws.backup(tmp_path / "out" / "copy.sqlite")
    assert list((tmp_path / "out").iterdir()) == []


def test_an_incomplete_backup_is_refused_and_nothing_is_replaced(tmp_path):
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="t") as ws:
        _new_case(ws, 1)
        ws.backup(tmp_path / "copy.sqlite")
        _new_case(ws, 2)
    conn = sqlite3.connect(tmp_path / "copy.sqlite")
    conn.execute("DROP TABLE followups")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match=r"incomplete \(table followups missing\); nothing was restored"):
        Workspace.restore(db, tmp_path / "copy.sqlite", actor="t")
    with Workspace.open(db, actor="t") as ws:
        assert ws.cases.count() == 2
    assert not list(tmp_path.glob("*.replaced-*"))
