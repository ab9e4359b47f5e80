"""What kind of failure an exception is, for the GUI's plain-language messages: the GUI
never imports the database libraries itself (import-linter contract)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError


def is_database_error(exc: BaseException) -> bool:
    """The database refused or failed (disk full, locked, connection lost), as opposed to bad input."""
    return isinstance(exc, sqlite3.Error | DBAPIError | OperationalError)
