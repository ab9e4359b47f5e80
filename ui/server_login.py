"""The department server's password: kept in the operating system's keyring, or asked each time.

Never in plain text: the settings remember the server URL without its password, the log never
carries it, and switching databases happens inside the running program (docs/server.md). Where the workstation has no
keyring (a Linux machine without a Secret Service), "remember" is unavailable and the program asks
at each start."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from tumorboard.services import Workspace

log = logging.getLogger("tumorboard.gui")

KEYRING_SERVICE = "Tumorboard database server"


def keyring_available() -> bool:
    """Is there an operating-system keyring to keep the password in?"""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0
    except Exception:  # noqa: BLE001 - no keyring module or no backend: ask each time
        return False


def stored_password(url: str) -> str:
    """The remembered password for this server URL (without password), "" if none or no keyring."""
    if not keyring_available():
        return ""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, url) or ""
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.warning("the keyring could not be read; the password will be asked for")
        return ""


def remember_password(url: str, password: str, remember: bool) -> bool:
    """Keep (remember=True) or forget the password for `url` in the keyring; True if it is kept."""
    if not keyring_available():
        return False
    import keyring

    try:
        if remember and password:
            keyring.set_password(KEYRING_SERVICE, url, password)
            return True
        if keyring.get_password(KEYRING_SERVICE, url) is not None:
            keyring.delete_password(KEYRING_SERVICE, url)
    except Exception:  # noqa: BLE001 - the password is then asked for next time
        log.warning("the keyring could not be written; the password will be asked for next time")
    return False


def ask_password(url: str, parent: QWidget | None = None, wrong: bool = False) -> str | None:
    """Ask for the server password (hidden as typed); None when the user cancels."""
    shown = url.split("://", 1)[-1]
    text = (translate("Server", "The server refused the password. Password for {server}:") if wrong
            else translate("Server", "Password for {server}:")).format(server=shown)
    password, ok = QInputDialog.getText(parent, translate("Server", "Department server"), text,
                                        QLineEdit.EchoMode.Password)
    return password if ok else None


def open_server(location: str, password: str = "", parent: QWidget | None = None,
                ask: Callable[[str, QWidget | None, bool], str | None] = ask_password) -> tuple[Workspace, str]:
    """Open a server database: the password given, else the keyring's, else none (~/.pgpass, trust);
    if the server wants one, ask until it is accepted or the user cancels (then the error is raised).
    Returns (workspace, the password that worked)."""
    from tumorboard.services import Workspace
    from tumorboard.services.server import needs_password, split_password, with_password

    url, in_url = split_password(location)
    password = password or in_url or stored_password(url)
    wrong = False
    while True:
        try:
            return Workspace.open(with_password(url, password)), password
        except Exception as exc:
            if not needs_password(exc):
                raise
            answer = ask(url, parent, wrong or bool(password))
            if answer is None:
                raise
            password, wrong = answer, True
