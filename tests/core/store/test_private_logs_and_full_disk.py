"""No patient data in the log, even from a database error; a full disk is a plain message
(exit 2 in the CLI, StorageError from the services) and nothing is half-written."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from tumorboard.errors import DiskFull, StorageError
from tumorboard.services import Workspace


def test_a_database_error_leaves_no_name_in_the_log(tmp_path):
    planted, failing = f"Qx{uuid.uuid4().hex[:10]} Secretpatient", f"Zq{uuid.uuid4().hex[:10]} Hiddenname"
    logs, db = tmp_path / "logs", tmp_path / "board.sqlite"
    script = textwrap.dedent(f"""
        import logging, sys
        from tumorboard.applog import setup_logging
        setup_logging(level=logging.DEBUG)
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # every statement logged, as when debugging
        from sqlalchemy import text
        from tumorboard.services import Workspace
        from tumorboard.cli import report_internal_error
        ws = Workspace.open({str(db)!r})
        ws.cases.create({{"patient": {{"mrn": "MRN-770", "name": {planted!r}}}, "facts": {{"primary_site": "colorectal"}}}})
        with ws.engine.begin() as conn:  # the database refuses the next patient: an unexpected error
            conn.execute(text("CREATE TRIGGER boom BEFORE INSERT ON patients BEGIN SELECT RAISE(ABORT, 'forced'); END"))
        try:
            ws.cases.create({{"patient": {{"mrn": "MRN-771", "name": {failing!r}}}, "facts": {{"primary_site": "colorectal"}}}})
        except Exception as exc:
            logging.getLogger("tumorboard.test").exception("saving failed")
            logging.getLogger("tumorboard.test").warning("saving failed: %s", exc)
            report_internal_error(exc)
            print("RAISED", type(exc).__name__)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TUMORBOARD_LOG_DIR": str(logs)})
    assert done.returncode == 0, done.stderr
    assert "RAISED IntegrityError" in done.stdout
    log_text = "".join(p.read_text(encoding="utf-8") for p in logs.iterdir())
    assert "saving failed" in log_text and "IntegrityError" in log_text and "INSERT INTO patients" in log_text
    for secret in (planted, failing, "MRN-770", "MRN-771"):
        assert secret not in log_text, secret
        assert secret not in done.stderr, secret


def _mount_small_disk(folder: Path, size: str = "1m") -> bool:
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    if not _mount_small_disk(folder):
        pytest.skip("a full disk needs a small tmpfs: run as root on Linux (mount -t tmpfs)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as fh:
        while True:
            fh.write(b"\0" * 4096)
            fh.flush()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tumorboard", *args], capture_output=True, text=True, timeout=180)


def test_a_full_disk_is_a_plain_message_and_nothing_is_half_written(small_disk):
    db = small_disk / "board.sqlite"
    with Workspace.open(db) as ws:
        ws.cases.create({"patient": {"mrn": "D-1", "name": "Disk One"}, "facts": {"primary_site": "colorectal"}})
    done = _cli("--db", str(db), "demo", "--cases", "3000", "--append")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "is full. Nothing of this change was saved" in done.stderr
    with Workspace.open(db) as ws:
        _fill(small_disk)  # the disk fills while the program is open
        with pytest.raises(DiskFull) as err:  # the services: the program's StorageError, not OperationalError
            for i in range(200):
                ws.cases.create({"patient": {"mrn": f"D-{i + 2}", "name": "Disk " + "x" * 150},
                                 "notes": "y" * 4000, "facts": {"primary_site": "colorectal"}})
        assert isinstance(err.value, StorageError) and "is full" in str(err.value)
        saved = ws.cases.count()
        assert ws.audit.verify().ok
        (small_disk / "filler").unlink()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == saved
    conn.close()


def test_init_on_a_full_disk_leaves_no_file(small_disk):
    _fill(small_disk)
    done = _cli("--db", str(small_disk / "new.sqlite"), "init")
    assert done.returncode == 2 and "Traceback" not in done.stderr and "full" in done.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
