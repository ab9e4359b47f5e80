"""The command line writes what it changed to the log (command, database location, counts), never a
patient's name or MRN, never a password; Alembic's start-up chatter stays out. Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def tumorboard(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TUMORBOARD_LOG_DIR": str(tmp_path / "log")}
    env.pop("TUMORBOARD_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "tumorboard", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_the_log_says_what_changed_and_nothing_private(tmp_path: Path) -> None:
    db = tmp_path / "board.sqlite"
    assert tumorboard(tmp_path, "--db", str(db), "init").returncode == 0
    assert tumorboard(tmp_path, "--db", str(db), "demo", "--cases", "15", "--seed", "4").returncode == 0
    listed = tumorboard(tmp_path, "--db", str(db), "cases", "list", "--json")
    cases = json.loads(listed.stdout)
    refused = tumorboard(tmp_path, "--db", "postgresql+psycopg://board:pw-XYZZY@127.0.0.1:1/tb", "cases", "list")
    assert refused.returncode == 2
    log = (tmp_path / "log" / "tumorboard.log").read_text(encoding="utf-8")
    assert f"init: SQLite: {db} at schema" in log and "0 case(s)" in log
    assert f"tumorboard demo on SQLite: {db}: exit 0" in log and "demo (seed 4) into" in log and "15 cases" in log
    assert "tumorboard cases list on SQLite" in log
    assert "tumorboard cases list on PostgreSQL: 127.0.0.1:1/tb: refused (StorageError), exit 2" in log
    assert "pw-XYZZY" not in log and "board:" not in log, "no password, no login in the log"
    assert "alembic.runtime.plugins" not in log and "setup plugin" not in log
    for case in cases:
        assert case["mrn"] not in log and case["name"] not in log, "no patient data in the log"
