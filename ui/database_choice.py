"""Which database the program opens: the default file, the demo, a choice from the welcome dialog
(opened, remembered for the next start, given the hospital's name). Used at start-up (ui/app.py),
by File > Open another database (ui/main_window.py) and by the screenshots; it imports none of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui.i18n import translate
from ui.server_login import open_server, remember_password

if TYPE_CHECKING:  # the services load when a database is opened, not when the program starts
    from tumorboard.services import Workspace
    from ui.views.welcome import Choice


def default_database_path() -> Path:
    """The services' default file (platformdirs): where a first run offers to create the board."""
    from tumorboard.services import default_database_path

    return default_database_path()


def open_demo(cases: int, seed: int = 7, show_progress: bool = True) -> Workspace:
    """A demo database in a temporary folder, removed when the program ends."""
    import atexit
    import shutil
    import tempfile  # here: the first window does not need it (start-up time)

    from tumorboard.services import Workspace
    from tumorboard.services.demo import populate

    folder = Path(tempfile.mkdtemp(prefix="tumorboard-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    ws = Workspace.open(folder / "demo.sqlite", actor="demo")
    dialog = None
    if show_progress:
        dialog = QProgressDialog(translate("App", "Creating demo cases…"), "", 0, cases)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
    for step in populate(ws.db, cases, seed):
        if dialog is not None:
            dialog.setMaximum(max(step.total, 1))
            dialog.setValue(step.done)
            QApplication.processEvents()
    if dialog is not None:
        dialog.close()
    return ws


def open_choice(choice: Choice) -> Workspace:
    """The Workspace of a file or server chosen in the welcome dialog, remembered for the next start
    and given the hospital's name if one was typed. Raises what Workspace.open raises."""
    from tumorboard.services import Workspace

    if choice.kind == "server":  # the URL without password is remembered; the password only in the keyring
        ws, password = open_server(choice.location, choice.password)
        remember_password(choice.location, password, choice.remember)
        QSettings().setValue("database/location", choice.location)
        if choice.hospital_name:
            name_hospital(ws, choice.hospital_name)
        return ws
    if choice.kind == "new":
        Path(choice.location).parent.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(choice.location)
    QSettings().setValue("database/location", choice.location)
    if choice.hospital_name:
        name_hospital(ws, choice.hospital_name)
    return ws


def name_hospital(ws: Workspace, name: str) -> None:
    settings = ws.settings.get()
    ws.settings.update(settings.model_copy(update={"hospital_name": name}), base=settings)
