"""Files on disk: private (0600/0700 whatever the umask), backups that never replace what they
should not, damaged / empty / foreign / too-new files refused before a byte of them changes,
restore of a damaged database, a killed `init` or backup leaves no patient data behind."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tumorboard.errors import DatabaseTooNew, StorageError
from tumorboard.services import Workspace
from tumorboard.store.database import make_engine, resolve_url
from tumorboard.store.migrate import upgrade_to

POSIX = sys.platform != "win32"


def _case(ws: Workspace, n: int, name: str = "Anna Berg") -> None:
    ws.cases.create({"patient": {"mrn": f"F-{n}", "name": f"{name} {n}"}, "facts": {"primary_site": "colorectal"}})


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    code = f"import os, sys; os.umask({umask}); from tumorboard.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_every_file_the_program_writes_is_private_whatever_the_umask(tmp_path):
    data, out, logs = tmp_path / "data", tmp_path / "exports", tmp_path / "logs"
    data.mkdir(mode=0o755)
    out.mkdir(mode=0o755)
    db = str(data / "board.sqlite")
    # an older board: opening it makes a pre-migration copy in data/backups
    engine = make_engine(resolve_url(db))
    upgrade_to(engine, "0004_readiness_columns")
    engine.dispose()
    os.chmod(db, 0o644)
    env = {"TUMORBOARD_LOG_DIR": str(logs)}
    steps = [
        ("--db", db, "demo", "--cases", "12", "--append"),
        ("--db", db, "report", "handout", "--meeting", "1", "-o", str(out / "handout.pdf")),
        ("--db", db, "export", "ics", "--meeting", "1", "-o", str(out / "meeting.ics")),
        ("--db", db, "backup", "-o", str(out / "copy.sqlite")),
        ("--db", db, "restore", str(out / "copy.sqlite")),
        ("--db", db, "audit", "verify"),
    ]
    for step in steps:
        done = _cli(*step, cwd=tmp_path, env=env, umask=0o000)
        assert done.returncode == 0, (step, done.stderr)
    # the log (the GUI and the CLI log the same way), also under umask 000
    code = ("import os, logging; os.umask(0); from tumorboard.applog import setup_logging; setup_logging(); "
            "logging.getLogger('t').warning('written')")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, **env}, capture_output=True)
    files, folders = [], []
    for root in (data, out, logs):
        for path in [root, *root.rglob("*")]:
            (folders if path.is_dir() else files).append(path)
    kinds = {p.suffix for p in files}
    assert {".sqlite", ".pdf", ".ics", ".log"} <= kinds, kinds
    assert any("before-migration" in p.name for p in files) and any(".replaced-" in p.name for p in files)
    wide = [f"{p} {stat.filemode(p.stat().st_mode)}" for p in files if stat.S_IMODE(p.stat().st_mode) != 0o600]
    assert wide == []
    own = [data / "backups", logs]  # folders the program made (the user's own export folder is left as it is)
    assert [f"{p} {oct(p.stat().st_mode)}" for p in own if stat.S_IMODE(p.stat().st_mode) != 0o700] == []
    assert not [p for p in files if "partial" in p.name or "creating" in p.name]


def test_backup_refuses_an_existing_file_unless_forced(tmp_path, capsys):
    from tumorboard.cli import main

    db, target = tmp_path / "a.sqlite", tmp_path / "keep.sqlite"
    with Workspace.open(db) as ws:
        _case(ws, 1)
    target.write_bytes(b"somebody's file")
    assert main(["--db", str(db), "backup", "-o", str(target)]) == 2
    assert "already exists. Nothing was written" in capsys.readouterr().err and target.read_bytes() == b"somebody's file"
    assert main(["--db", str(db), "backup", "-o", str(target), "--force"]) == 0
    with Workspace.open(target) as copy:
        assert copy.cases.count() == 1


def test_backup_never_replaces_another_boards_open_database(tmp_path, capsys):
    from tumorboard.cli import main

    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Workspace.open(a) as ws:
        for i in range(5):
            _case(ws, i)
    other = Workspace.open(b, actor="other")  # another board, open in its program
    try:
        _case(other, 100, "Other Board")
        before = _sha(b)
        assert main(["--db", str(a), "backup", "-o", str(b), "--force"]) == 2
        assert "open in a program now" in capsys.readouterr().err
        assert _sha(b) == before
        _case(other, 101, "Other Board")  # its saves carry on and stay
        assert other.cases.count() == 2
    finally:
        other.close()


def test_a_killed_backup_leaves_no_patient_data_behind(tmp_path):
    db, target = tmp_path / "a.sqlite", tmp_path / "out" / "copy.sqlite"
    with Workspace.open(db) as ws:
        for i in range(3):
            _case(ws, i, "Killed Backup")
    target.parent.mkdir()
    # kill -9 the backup half-way through its copy (a real process, killed by the kernel)
    code = textwrap.dedent(f"""
        import os, signal, sqlite3
        class Dying(sqlite3.Connection):
            def backup(self, target, **kw):
                super().backup(target, pages=1, progress=lambda *a: os.kill(os.getpid(), signal.SIGKILL))
        connect = sqlite3.connect
        sqlite3.connect = lambda *a, **k: connect(*a, factory=Dying, **k)
        from tumorboard.services import Workspace
        Workspace.open({str(db)!r}).backup({str(target)!r})
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    left = list(target.parent.iterdir())
    assert left and all("tumorboard-partial" in p.name and p.name.startswith(".") for p in left) and not target.exists()
    if POSIX:
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)  # private even while it lay there
    with Workspace.open(db) as ws:
        ws.backup(target)
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite"]


def test_a_killed_init_leaves_no_file_and_the_next_start_cleans_up(tmp_path):
    db = tmp_path / "new.sqlite"
    code = textwrap.dedent(f"""
        import os, signal
        import tumorboard.store.migrate as m
        def dying(*a, **k):
            os.kill(os.getpid(), signal.SIGKILL)
        m.ensure_schema = dying
        from tumorboard.cli import main
        main(["--db", {str(db)!r}, "init"])
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert not db.exists() and [p for p in tmp_path.iterdir() if "creating" in p.name]
    with Workspace.open(db) as ws:
        assert ws.cases.count() == 0
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("new.sqlite")]
    assert left == [".new.sqlite.closed-cleanly"]  # only the clean close's marker (store/integrity.py)


def test_an_empty_file_is_refused_not_taken_for_an_empty_board(tmp_path):
    db = tmp_path / "empty.sqlite"
    db.touch()
    with pytest.raises(StorageError, match="empty file, not a Tumorboard database"):
        Workspace.open(db)
    assert db.stat().st_size == 0


@pytest.mark.parametrize("damage", ["pages", "truncated"])
def test_a_damaged_file_is_refused_naming_it_and_the_newest_backup_then_restored(tmp_path, damage):
    db = tmp_path / "board.sqlite"
    with Workspace.open(db) as ws:
        for i in range(40):
            _case(ws, i)
        good = ws.backup(tmp_path / "backups" / "board.nightly.sqlite")
    size = db.stat().st_size
    if damage == "pages":
        with db.open("r+b") as fh:
            fh.seek(size // 2)
            fh.write(b"\xde\xad\xbe\xef" * 1024)
    else:
        os.truncate(db, size // 3)
    before = _sha(db)
    with pytest.raises(StorageError) as err:
        Workspace.open(db)
    assert str(db) in str(err.value) and "damaged" in str(err.value) and str(good) in str(err.value)
    assert _sha(db) == before
    kept = Workspace.restore(db, good)  # restore works exactly when it is needed
    assert kept is not None and ".damaged-" in kept.name and _sha(kept) == before
    with Workspace.open(db) as ws:
        assert ws.cases.count() == 40


@pytest.mark.parametrize("kind", ["foreign", "too new"])
def test_a_foreign_or_too_new_file_is_not_changed_by_one_byte(tmp_path, kind):
    path = tmp_path / "other.sqlite"
    if kind == "foreign":
        conn = sqlite3.connect(path)  # a rollback-journal database of another program
        conn.execute("CREATE TABLE notes (x)")
        conn.execute("INSERT INTO notes VALUES ('private')")
    else:
        with Workspace.open(path) as ws:
            _case(ws, 1)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseTooNew if kind == "too new" else StorageError, match="Nothing was changed"):
        Workspace.open(path)
    assert _sha(path) == before


def test_restore_replaces_an_empty_current_file(tmp_path):
    db, copy = tmp_path / "board.sqlite", tmp_path / "copy.sqlite"
    with Workspace.open(db) as ws:
        _case(ws, 1)
        ws.backup(copy)
    db.write_bytes(b"")
    kept = Workspace.restore(db, copy)
    assert kept is not None and kept.stat().st_size == 0
    with Workspace.open(db) as ws:
        assert ws.cases.count() == 1
