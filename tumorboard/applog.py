"""Logging for the CLI, the GUI and a frozen windowed build.

In a windowed PyInstaller build sys.stdout and sys.stderr are None, so
nothing may assume a console: the log always goes to a rotating file in the
user's log folder, and to stderr only when there is one. A missing stream is
replaced by one that writes into the log, so prints, warnings and the default
excepthook's tracebacks land in the log file instead of vanishing (or raising).
"""

from __future__ import annotations

import faulthandler
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Final, Literal, TextIO

import platformdirs

APP_NAME: Final = "Tumorboard"
APP_AUTHOR: Final[Literal[False]] = False  # as tumorboard.store.database: Windows keeps data and Logs under %LOCALAPPDATA%\Tumorboard
NATIVE_CRASH_FILE = "native-crash.log"

_native_crash_stream: TextIO | None = None  # kept open: faulthandler writes to its fd at crash time


def log_dir() -> Path:
    override = os.environ.get("TUMORBOARD_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / "tumorboard.log"


class LogStream(io.TextIOBase):
    """A text stream that writes whole lines to a logger (stands in for a missing console)."""

    def __init__(self, logger: logging.Logger, level: int) -> None:
        super().__init__()
        self._logger = logger
        self._level = level
        self._pending = ""
        self._busy = False  # a logging failure must not write back into this stream forever

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._busy:
            return len(text)
        self._busy = True
        try:
            self._pending += text
            *lines, self._pending = self._pending.split("\n")
            for line in lines:
                if line.strip():
                    self._logger.log(self._level, line.rstrip())
        finally:
            self._busy = False
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.write("\n")


def _replace_missing_streams() -> None:
    # Tracebacks from sys.excepthook / threading.excepthook go to sys.stderr: keep them.
    if sys.stdout is None:
        sys.stdout = LogStream(logging.getLogger("tumorboard.stdout"), logging.INFO)
    if sys.stderr is None:
        sys.stderr = LogStream(logging.getLogger("tumorboard.stderr"), logging.ERROR)


def _enable_native_crash_log(directory: Path) -> None:
    """Record a Python stack if Qt or another C library crashes the process (segfault, abort)."""
    global _native_crash_stream
    if _native_crash_stream is not None or faulthandler.is_enabled():
        return
    try:
        _native_crash_stream = open(directory / NATIVE_CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=_native_crash_stream)
    except OSError:
        _native_crash_stream = None


def _add_console(root: logging.Logger) -> None:
    stream = logging.StreamHandler(sys.stderr)
    stream.setLevel(logging.WARNING)
    stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(stream)
    root._tumorboard_console = True  # type: ignore[attr-defined]


def setup_logging(level: int = logging.INFO, console: bool = True) -> Path:
    """Configure the root logger once; return the log file's path."""
    path = log_file()
    root = logging.getLogger()
    if getattr(root, "_tumorboard_configured", False):
        if console and not getattr(root, "_tumorboard_console", False) and sys.stderr is not None:
            _add_console(root)  # the GUI after the CLI's set-up (one process: `tumorboard gui`)
        return path
    no_console = sys.stderr is None or sys.stdout is None
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:  # a read-only profile must not stop the program
        pass
    if console and sys.stderr is not None:
        _add_console(root)
    root.setLevel(level)
    # Alembic announces every plugin and context at INFO; the store logs the migrations it ran itself
    logging.getLogger("alembic").setLevel(logging.WARNING)
    root._tumorboard_configured = True  # type: ignore[attr-defined]
    if no_console:
        _replace_missing_streams()
        logging.captureWarnings(True)
    if no_console or getattr(sys, "frozen", False):
        _enable_native_crash_log(path.parent)
    return path
