"""Opening the database: where it is, SQLite settings, network drives refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tumorboard.errors import NetworkPathRefused
from tumorboard.services import Workspace
from tumorboard.store.database import ENV_URL, default_path, is_network_path, mount_fs_type, resolve_url

pytestmark = pytest.mark.db

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
fileserver:/export/home /mnt/home nfs4 rw,relatime 0 0
//nas/board /mnt/board cifs rw 0 0
/dev/sdb1 /mnt/board/local ext4 rw 0 0
"""


def test_sqlite_connections_use_wal_foreign_keys_and_full_sync(tmp_path):
    ws = Workspace.open(tmp_path / "b.sqlite")
    with ws.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert ws.location == f"SQLite: {(tmp_path / 'b.sqlite').resolve()}" and ws.is_sqlite
    ws.close()


@pytest.mark.parametrize("path", [r"\\fileserver\board\tumorboard.sqlite", "//fileserver/board/tumorboard.sqlite"])
def test_unc_paths_are_refused(path):
    with pytest.raises(NetworkPathRefused) as err:
        resolve_url(path)
    assert "network drive" in str(err.value) and ENV_URL in str(err.value)


def test_network_mounts_are_recognised_from_proc_mounts():
    assert mount_fs_type(Path("/mnt/home/anna/board.sqlite"), MOUNTS) == "nfs4"
    assert is_network_path(Path("/mnt/home/anna/board.sqlite"), MOUNTS)
    assert is_network_path(Path("/mnt/board/x.sqlite"), MOUNTS)
    assert not is_network_path(Path("/mnt/board/local/x.sqlite"), MOUNTS)  # deeper local mount wins
    assert not is_network_path(Path("/home/anna/x.sqlite"), MOUNTS)


def test_a_real_network_mount_is_refused_if_there_is_one():
    mounts = Path("/proc/mounts").read_text() if Path("/proc/mounts").exists() else ""
    network = [line.split()[1] for line in mounts.splitlines() if line.split()[2:3] and line.split()[2].startswith(("nfs", "cifs", "smb"))]
    if not network:
        pytest.skip("no NFS/SMB mount on this machine")
    with pytest.raises(NetworkPathRefused):
        resolve_url(Path(network[0]) / "tumorboard.sqlite")


def test_default_location_and_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_URL, raising=False)
    assert resolve_url(None).database == str(default_path().resolve())
    assert default_path().name == "tumorboard.sqlite" and "umorboard" in str(default_path().parent)
    monkeypatch.setenv(ENV_URL, f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert resolve_url(None).database == str(tmp_path / "env.sqlite")
    monkeypatch.setenv(ENV_URL, "postgresql+psycopg://u:secret@dbhost:5433/board")
    url = resolve_url(None)
    assert url.get_backend_name() == "postgresql"
    from tumorboard.store.database import describe

    assert describe(url) == "PostgreSQL: dbhost:5433/board"


def test_a_missing_folder_is_named_and_not_created(tmp_path, capsys):
    from tumorboard.cli import main

    target = tmp_path / "typo" / "board.sqlite"
    assert main(["--db", str(target), "init"]) == 2
    err = capsys.readouterr().err
    assert f"folder {target.parent} does not exist" in err and "--db" in err
    assert not target.parent.exists()  # no empty board started somewhere unexpected


def test_the_default_data_folder_is_created_on_first_run(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # platformdirs' folder on Linux
    if not str(default_path()).startswith(str(tmp_path)):
        pytest.skip("the user data folder does not follow XDG_DATA_HOME on this system")
    with Workspace.open() as ws:
        assert ws.cases.count() == 0
    assert default_path().exists()


def test_a_folder_given_as_the_database_is_refused(tmp_path, capsys):
    from tumorboard.cli import main

    assert main(["--db", str(tmp_path), "init"]) == 2
    assert "is a folder, not a database file" in capsys.readouterr().err


@pytest.fixture
def read_only(tmp_path):
    """Make a file read-only for this process: chmod, or for root (who ignores modes) the immutable flag."""
    import os
    import subprocess

    made: list[Path] = []

    def _make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
        elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("root, and no immutable flag on this file system: cannot make a read-only file")
        made.append(path)

    yield _make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        else:
            path.chmod(0o644)


def test_a_read_only_database_file_is_refused_with_a_clear_message(tmp_path, capsys, read_only):
    from tumorboard.cli import main

    db = tmp_path / "board.sqlite"
    with Workspace.open(db) as ws:
        ws.cases.create({"patient": {"mrn": "RO1", "name": "Read Only"}, "facts": {"primary_site": "colorectal"}})
    before = db.read_bytes()
    read_only(db)
    assert main(["--db", str(db), "demo", "--cases", "2", "--append"]) == 2
    err = capsys.readouterr().err
    assert f"database file {db}" in err and "cannot be written" in err and "--db" in err
    assert db.read_bytes() == before


def test_an_unreachable_server_is_a_plain_error_without_the_password() -> None:
    from tumorboard.errors import StorageError
    from tumorboard.services import Workspace

    with pytest.raises(StorageError) as err:
        Workspace.open("postgresql+psycopg://board:s3cret@127.0.0.1:1/tumorboard")
    text = str(err.value)
    assert "Cannot reach the database server PostgreSQL: 127.0.0.1:1/tumorboard" in text and "refused" in text
    assert "s3cret" not in text
