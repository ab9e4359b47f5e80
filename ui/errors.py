"""Core exceptions -> plain-language dialogs (Anki's aqt/errors.py idea).

The dialogs never clear what the user typed: callers keep their form open
and only show the message. Field problems are also shown at the field by the
editors (see ui/views/fact_form.py)."""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from tumorboard.errors import (
    ConfigurationError,
    DatabaseTooNew,
    InvalidInput,
    NetworkPathRefused,
    NotFound,
    PermissionDenied,
    StaleEdit,
    StorageError,
    TumorboardError,
    error_text,
)
from ui.i18n import QT_TRANSLATE_NOOP, core_text, language, translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Explained:
    title: str
    text: str
    details: str = ""


def _db_message(raw: str) -> str | None:
    low = raw.lower()
    if "disk is full" in low or "no space left" in low:
        return translate("Errors", "The disk holding the database is full. Nothing was saved, and what you "
                  "typed is still on screen. Free some space (or ask IT), then save again.")
    if "locked" in low or "busy" in low:
        return translate("Errors", "The database is busy: another program or workstation is writing to it. "
                  "Nothing was saved, and what you typed is still on screen. Wait a moment and save again.")
    if "readonly" in low or "read-only" in low:
        return translate("Errors", "The database file is read-only for your user account. Nothing was saved. "
                  "Ask IT to give you write access, or open another database.")
    if "unable to open" in low:
        return translate("Errors", "The database file cannot be opened. Check that the folder still exists "
                  "and that you may write to it.")
    if "connection" in low and ("refused" in low or "timeout" in low or "failed" in low):
        return translate("Errors", "The database server cannot be reached. Check the network connection; "
                  "nothing was saved and what you typed is still on screen.")
    return None


def explain(exc: BaseException) -> Explained:
    """Title and plain-language text for an exception."""
    if isinstance(exc, InvalidInput):
        from ui.fact_fields import any_label, shown_value

        lines = "\n".join(
            translate("Errors", "• {field}: {value} is not allowed — {allowed}").format(
                field=any_label(p.field), value=shown_value(p.value), allowed=core_text(p.allowed))
            for p in exc.problems
        )
        return Explained(translate("Errors", "Please check the entries"),
                         translate("Errors", "Nothing was saved. Please correct:") + "\n" + lines)
    if isinstance(exc, StaleEdit):
        return Explained(translate("Errors", "Changed by someone else"), _said(exc))
    if isinstance(exc, PermissionDenied):
        return Explained(translate("Errors", "Not allowed for your role"), _said(exc))
    if isinstance(exc, NotFound):
        return Explained(translate("Errors", "Not found"),
                         translate("Errors", "This record no longer exists (it may have been removed "
                            "on another workstation).") + f"\n{_said(exc)}")
    if isinstance(exc, DatabaseTooNew):
        return Explained(translate("Errors", "Database from a newer version"),
                         translate("Errors", "This database was written by a newer version of Tumorboard "
                            "and was not changed. Please install the newer version.") + f"\n{_said(exc)}")
    if isinstance(exc, NetworkPathRefused):
        return Explained(translate("Errors", "Network drive not supported"), _said(exc))
    if isinstance(exc, StorageError | ConfigurationError):
        return Explained(translate("Errors", "Database problem"), _said(exc))
    if isinstance(exc, TumorboardError):  # a refusal of the core's (a file not written, nothing to export)
        return Explained(translate("Errors", "Not done"), _said(exc))
    raw = _chain_text(exc)  # to recognise the failure; never shown
    shown = _chain_text(exc, shown=True)
    if _is_db_error(exc):
        friendly = _db_message(raw)
        if friendly:
            return Explained(translate("Errors", "Could not save"), friendly, shown)
    if isinstance(exc, OSError):
        return Explained(translate("Errors", "File problem"),
                         translate("Errors", "The file could not be read or written: {error}").format(
                             error=_os_reason(exc)))
    return Explained(translate("Errors", "Unexpected error"),
                     translate("Errors", "Something went wrong that the program did not expect. Your input "
                        "is still on screen. The details were written to the log file."), shown)


#: the operating system's reasons in the window's language (its own text is English whatever the language)
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "it does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "your account may not use it (permission denied)"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "your account may not use it (permission denied)"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is a file, not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it exists already"),
}


def _os_reason(exc: OSError) -> str:
    """Why a file could not be used, in the window's language, with the file's name."""
    reason = _OS_REASONS.get(exc.errno or 0)
    said = translate("Errors", reason) if reason else (exc.strerror or str(exc))
    return f"{exc.filename}: {said}" if exc.filename else said


def _said(exc: BaseException) -> str:
    """The core's message of `exc` in the window's language (the core's catalogue says it again)."""
    return error_text(exc, language())


def _chain_text(exc: BaseException, shown: bool = False) -> str:
    """The exception chain as text; `shown`: as the user may see it (a database's own text can quote
    patient data, so it is given by kind and code only)."""
    from tumorboard.errors import plain_text

    parts, seen = [], set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        parts.append(plain_text(cur) if shown else f"{type(cur).__name__}: {cur}")
        cur = cur.__cause__ or cur.__context__
    return "\n".join(parts)


def _is_db_error(exc: BaseException) -> bool:
    from tumorboard.services.failures import is_database_error

    return is_database_error(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show the error; returns the (non-blocking) box so tests can read it."""
    info = explain(exc)
    if info.title == translate("Errors", "Unexpected error"):
        log.error("unexpected error shown to the user", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, info.title, info.text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    if info.details:
        box.setDetailedText(info.details)
    box.setAccessibleName(info.title)
    box.open()
    return box
