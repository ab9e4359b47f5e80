"""The demo GUI's temporary folder is removed however the program ends: closed, or stopped by SIGTERM
(a session logging out, a service manager) while the window is open or while the demo is being made.
A real `tumorboard gui --demo` process, a real signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def start_demo(tmp_path: Path, cases: int) -> tuple[subprocess.Popen[str], Path, Path]:
    temp, logs = tmp_path / "tmp", tmp_path / "log"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TUMORBOARD_LOG_DIR": str(logs), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", "gui", "--demo", "--demo-cases", str(cases)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, temp, logs / "tumorboard.log"


def wait_for(condition, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"the program ended early: {proc.communicate()}"
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def demo_folders(temp: Path) -> list[Path]:
    return list(temp.glob("tumorboard-demo-*"))


def test_sigterm_with_the_window_open_removes_the_demo_folder(tmp_path: Path) -> None:
    proc, temp, log = start_demo(tmp_path, 30)
    try:
        wait_for(lambda: log.is_file() and "window open on" in log.read_text(errors="replace"), proc)
        assert demo_folders(temp), "the demo database is in a temporary folder"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert demo_folders(temp) == [], "the temporary demo folder was left behind"
    assert "stopping on signal" in log.read_text(errors="replace")


def test_sigterm_while_the_demo_is_being_made_removes_the_folder_too(tmp_path: Path) -> None:
    proc, temp, log = start_demo(tmp_path, 20_000)
    try:
        wait_for(lambda: any((f / "demo.sqlite").exists() for f in demo_folders(temp)), proc)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert demo_folders(temp) == [] and code == 128 + signal.SIGTERM
