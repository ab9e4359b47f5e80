"""A windowed build has no console (sys.stdout and sys.stderr are None): what would have
gone there, a crash's traceback above all, must end up in the log file in the log folder.
Each case runs in a fresh interpreter, as the frozen program starts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def no_console(body: str) -> str:
    """The program's code as a windowed build runs it: no stdout, no stderr."""
    return "import sys\nsys.stdout = None\nsys.stderr = None\n" + textwrap.dedent(body)


def run(code: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TUMORBOARD_LOG_DIR": str(log_dir), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_without_console_the_crash_traceback_goes_to_the_log_file(tmp_path: Path) -> None:
    code = no_console("""
        import logging, warnings
        from tumorboard.applog import setup_logging
        setup_logging()
        logging.getLogger("tumorboard.test").info("opened the meeting")
        print("printed with nowhere to print")
        warnings.warn("a warning with nowhere to go")
        raise RuntimeError("the board crashed")
    """)
    proc = run(code, tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == "" and proc.stdout == ""  # nothing leaked to the (absent) console
    log = (tmp_path / "tumorboard.log").read_text(encoding="utf-8")
    assert "opened the meeting" in log
    assert "printed with nowhere to print" in log
    assert "a warning with nowhere to go" in log
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: the board crashed" in log


def test_without_console_a_crash_in_a_worker_thread_is_logged(tmp_path: Path) -> None:
    code = no_console("""
        import threading
        from tumorboard.applog import setup_logging
        setup_logging()
        def work():
            raise ValueError("backup thread failed")
        t = threading.Thread(target=work, name="backup")
        t.start()
        t.join()
    """)
    assert run(code, tmp_path).returncode == 0
    log = (tmp_path / "tumorboard.log").read_text(encoding="utf-8")
    assert "ValueError: backup thread failed" in log and "Traceback" in log


def test_without_console_a_native_crash_leaves_a_python_stack(tmp_path: Path) -> None:
    code = no_console("""
        import ctypes
        from tumorboard.applog import setup_logging
        setup_logging()
        def paint_the_table():
            ctypes.string_at(0)  # what a crashing Qt call looks like: SIGSEGV
        paint_the_table()
    """)
    assert run(code, tmp_path).returncode != 0
    crash = (tmp_path / "native-crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in crash and "paint_the_table" in crash


def test_an_unusable_log_folder_does_not_stop_the_program(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    code = no_console("""
        import logging
        from tumorboard.applog import setup_logging
        setup_logging()
        logging.getLogger("x").error("no file to write to")
        print("still running")
        raise SystemExit(3)
    """)
    proc = run(code, blocker / "logs")
    assert proc.returncode == 3, proc.stderr


def test_with_a_console_warnings_reach_the_terminal_and_the_file(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import logging
        from tumorboard.applog import setup_logging
        path = setup_logging()
        setup_logging()  # a second call (GUI after CLI) adds no second handler
        logging.getLogger("tumorboard.test").warning("disk almost full")
        logging.getLogger("tumorboard.test").info("routine")
        print(path)
    """)
    proc = run(code, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(tmp_path / "tumorboard.log")
    assert proc.stderr.count("disk almost full") == 1 and "routine" not in proc.stderr
    log = (tmp_path / "tumorboard.log").read_text(encoding="utf-8")
    assert log.count("disk almost full") == 1 and "routine" in log


def test_the_frozen_entry_opens_the_window_when_started_without_console_or_arguments(tmp_path: Path) -> None:
    seen = tmp_path / "argv.txt"
    code = no_console(f"""
        sys.argv = ["tumorboard"]
        sys.path.insert(0, {str(ROOT / "packaging")!r})
        import ui.launcher

        def record(argv):
            open({str(seen)!r}, "w").write(repr(argv))
            return 0

        ui.launcher.main = record
        import entry
        raise SystemExit(entry.main())
    """)
    proc = run(code, tmp_path)
    assert proc.returncode == 0, (tmp_path / "tumorboard.log").read_text()
    assert seen.read_text() == "['gui']"
