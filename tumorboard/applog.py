"""Logging for the CLI, the GUI and a frozen windowed build.

In a windowed PyInstaller build sys.stdout and sys.stderr are None, so
nothing may assume a console: the log always goes to a rotating file in the
user's log folder, and to stderr only when there is one."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Tumorboard"
APP_AUTHOR = "Tumorboard"


def log_dir() -> Path:
    override = os.environ.get("TUMORBOARD_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / "tumorboard.log"


def setup_logging(level: int = logging.INFO, console: bool = True) -> Path:
    """Configure the root logger once; return the log file's path."""
    path = log_file()
    root = logging.getLogger()
    if getattr(root, "_tumorboard_configured", False):
        return path
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
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        root.addHandler(stream)
    root.setLevel(level)
    root._tumorboard_configured = True  # type: ignore[attr-defined]
    return path
