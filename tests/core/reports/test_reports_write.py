"""write_atomically: the old file or the new one, never half of one."""

from __future__ import annotations

import os

import pytest

from tumorboard.errors import TumorboardError
from tumorboard.services.reports import write_atomically


def test_writes_and_replaces_leaving_no_temporary_file(tmp_path):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")
    write_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert os.listdir(tmp_path) == ["handout.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder_is_refused_with_a_clear_message(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(TumorboardError, match="Cannot write"):
            write_atomically(b"data", folder / "x.pdf")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_missing_folder_and_folder_target_are_refused(tmp_path):
    with pytest.raises(TumorboardError, match="Cannot write .*nowhere"):
        write_atomically(b"data", tmp_path / "nowhere" / "x.pdf")
    with pytest.raises(TumorboardError, match="is a folder"):
        write_atomically(b"data", tmp_path)
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs")
def test_unwritable_system_folder_is_refused_even_for_root():
    with pytest.raises(TumorboardError, match="Cannot write /sys/tumorboard-test.pdf: Permission denied"):
        write_atomically(b"data", "/sys/tumorboard-test.pdf")
    assert not os.path.exists("/sys/tumorboard-test.pdf")


def test_the_open_database_is_never_overwritten_by_a_report(tmp_path):
    db = tmp_path / "board.sqlite"
    db.write_bytes(b"SQLite format 3\x00 the patients")
    for target in (db, tmp_path / "board.sqlite-shm", tmp_path / "sub" / ".." / "board.sqlite"):
        with pytest.raises(TumorboardError, match="the Tumorboard database itself"):
            write_atomically(b"%PDF", target, database=db)
    assert db.read_bytes() == b"SQLite format 3\x00 the patients"
    assert write_atomically(b"%PDF", tmp_path / "handout.pdf", database=db).read_bytes() == b"%PDF"
