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
from typing import Any, Final, Literal, TextIO

import platformdirs

from tumorboard.errors import is_database_error, plain_text
from tumorboard.private import private_folder, private_opener

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


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """The log file and its rotated copies are created owner-only (0600)."""

    def _open(self) -> Any:
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                    opener=private_opener)


class PrivacyFilter(logging.Filter):
    """No patient data in the log: a database error's text (which can quote a statement's values,
    e.g. a name or an MRN) is replaced by its kind and code, in messages and in tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, BaseException) and is_database_error(record.msg):
            record.msg = plain_text(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(plain_text(a) if isinstance(a, BaseException) and is_database_error(a) else a
                                for a in record.args)
        if record.exc_info and record.exc_info[1] is not None and _chain_has_database_error(record.exc_info[1]):
            record.exc_text = safe_traceback(record.exc_info[1])
            record.exc_info = None
        return True


def _chain(exc: BaseException | None) -> list[BaseException]:
    out: list[BaseException] = []
    while exc is not None and exc not in out:
        out.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return out


def _chain_has_database_error(exc: BaseException) -> bool:
    return any(is_database_error(e) for e in _chain(exc))


def safe_traceback(exc: BaseException) -> str:
    """The traceback (where it happened) with every exception described by plain_text."""
    import traceback

    parts = []
    for e in reversed(_chain(exc)):
        parts.append("Traceback (most recent call last):\n" + "".join(traceback.format_tb(e.__traceback__))
                     + plain_text(e))
    return "\n\nwhich led to:\n\n".join(parts)


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
        _native_crash_stream = open(directory / NATIVE_CRASH_FILE, "a", encoding="utf-8", opener=private_opener)  # noqa: SIM115
        faulthandler.enable(file=_native_crash_stream)
    except OSError:
        _native_crash_stream = None


def _add_console(root: logging.Logger) -> None:
    stream = logging.StreamHandler(sys.stderr)
    stream.setLevel(logging.WARNING)
    stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    stream.addFilter(PrivacyFilter())
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
        private_folder(path.parent)
        handler: logging.Handler = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(fmt)
        handler.addFilter(PrivacyFilter())
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
