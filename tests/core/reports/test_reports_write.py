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


def test_a_device_or_special_file_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    for target in (fifo, *(["/dev/null"] if os.path.exists("/dev/null") else [])):
        with pytest.raises(TumorboardError, match="not a regular file"):
            write_atomically(b"%PDF", target)
    assert not fifo.is_file() and os.path.exists(fifo)
    assert os.listdir(tmp_path) == ["pipe.pdf"]
    if os.path.exists("/dev/null"):
        assert not os.path.isfile("/dev/null")


def test_the_folder_really_missing_is_named(tmp_path):
    with pytest.raises(TumorboardError, match=f"the folder {tmp_path / 'a'} does not exist"):
        write_atomically(b"data", tmp_path / "a" / "b" / "c" / "x.pdf")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux procfs")
def test_an_existing_folder_that_takes_no_files_is_not_called_missing():
    with pytest.raises(TumorboardError) as err:
        write_atomically(b"data", "/proc/tumorboard-test.ics")
    assert "/proc exists but" in str(err.value) and "does not exist" not in str(err.value)


def test_keep_writes_a_re_print_beside_the_earlier_file_and_refuse_writes_nothing(tmp_path):
    target = tmp_path / "handout-2026-12-01.pdf"
    assert write_atomically(b"%PDF-first", target, existing="keep") == target
    second = write_atomically(b"%PDF-second", target, existing="keep")
    third = write_atomically(b"%PDF-third", target, existing="keep")
    assert (second.name, third.name) == ("handout-2026-12-01-2.pdf", "handout-2026-12-01-3.pdf")
    assert [p.read_bytes() for p in (target, second, third)] == [b"%PDF-first", b"%PDF-second", b"%PDF-third"]
    assert oct(second.stat().st_mode & 0o777) == "0o600"  # owner-only, as every printed file
    with pytest.raises(TumorboardError, match="handout-2026-12-01.pdf already exists. Nothing was written.*--force"):
        write_atomically(b"%PDF-fourth", target, existing="refuse")
    assert target.read_bytes() == b"%PDF-first"
    assert sorted(os.listdir(tmp_path)) == ["handout-2026-12-01-2.pdf", "handout-2026-12-01-3.pdf",
                                            "handout-2026-12-01.pdf"]  # no temporary file left
    assert write_atomically(b"%PDF-new", tmp_path / "fresh.pdf", existing="refuse").read_bytes() == b"%PDF-new"


def test_keep_never_replaces_a_file_made_while_the_document_was_written(tmp_path, monkeypatch):
    """The free name is taken by a hard link, which fails where a file appeared meanwhile."""
    import tumorboard.services.reports as reports

    target = tmp_path / "minutes.pdf"
    real_link = os.link

    def racing_link(src, dst):
        if dst == target and not target.exists():
            target.write_bytes(b"someone else's")  # appears between the check and the link
        return real_link(src, dst)

    monkeypatch.setattr(reports.os, "link", racing_link)
    written = write_atomically(b"%PDF-mine", target, existing="keep")
    assert written.name == "minutes-2.pdf" and written.read_bytes() == b"%PDF-mine"
    assert target.read_bytes() == b"someone else's"
