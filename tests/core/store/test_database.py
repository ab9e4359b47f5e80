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
