"""Who is acting: an identity the operating system or the database server has authenticated.

Never an environment variable (LOGNAME, USER, USERNAME, TUMORBOARD_USER can be set by anyone):
- a workstation with SQLite: the operating-system account running the program, asked of the OS
  (POSIX: the password database entry of the real user id; Windows: GetUserNameExW, the
  DOMAIN\\user the session was logged on with);
- server mode (PostgreSQL): `session_user`, the login the server authenticated (password,
  certificate or Kerberos, as the hospital's server is set up).
Tests and the demo may name an actor through `Workspace.open(..., actor=...)`; the CLI and GUI never do.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from tumorboard.errors import StorageError
from tumorboard.i18n import N_, msg

if TYPE_CHECKING:  # os_account() is asked before SQLAlchemy is imported (the first window's glance)
    from sqlalchemy import Connection

#: the longest identity the tables hold (created_by, actor, users.identity)
MAX_IDENTITY = 100


def os_account() -> str:
    """The operating-system account this process runs as (from the OS, not from the environment)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (not tested here)
        return _windows_account()
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a container user with no passwd entry: the number is still the OS's word
        return f"uid:{uid}"


def _windows_account() -> str:  # pragma: no cover - Windows only (not tested here)
    if sys.platform != "win32":
        raise StorageError(N_("The Windows account API is available on Windows only"))
    import ctypes
    from ctypes import wintypes

    name_sam_compatible = 2  # EXTENDED_NAME_FORMAT: DOMAIN\user
    size = wintypes.ULONG(0)
    secur32 = ctypes.windll.secur32
    secur32.GetUserNameExW(name_sam_compatible, None, ctypes.byref(size))
    buffer = ctypes.create_unicode_buffer(size.value or 256)
    if secur32.GetUserNameExW(name_sam_compatible, buffer, ctypes.byref(size)):
        return str(buffer.value)
    length = wintypes.DWORD(257)
    buffer = ctypes.create_unicode_buffer(length.value)
    if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(length)):
        return str(buffer.value)
    raise StorageError(N_("Windows did not say which account is logged on; Tumorboard cannot record who acts."))


def session_user(conn: Connection) -> str:
    """The PostgreSQL login of this connection, as the server authenticated it."""
    from sqlalchemy import text

    return str(conn.execute(text("SELECT session_user")).scalar_one())


def check_identity(identity: str) -> str:
    """An identity as stored: trimmed, not empty, at most MAX_IDENTITY characters."""
    name = identity.strip()
    if not name or len(name) > MAX_IDENTITY:
        raise StorageError(msg("The account name {identity!r} cannot be used: 1 to {max_identity} characters.", identity=identity, max_identity=MAX_IDENTITY))
    return name
