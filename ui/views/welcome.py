"""First run: no database yet. Create one (and see where), open a file, connect
to a department server, or explore demo data; name the hospital for handouts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate


@dataclass(frozen=True)
class Choice:
    kind: str  # "new" | "open" | "server" | "demo"
    location: str  # file path or server URL without password ("" for demo)
    hospital_name: str
    password: str = ""  # the server's password (never in `location`, never in the settings)
    remember: bool = False  # keep the password in the operating system's keyring


class WelcomeDialog(QDialog):
    """current: the database in use when the user switches from it (File → Open another database…)."""

    def __init__(self, default_path: Path, parent: QWidget | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = translate("Welcome", "Open another database") if current else translate("Welcome", "Welcome to Tumorboard")
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        head = QLabel(title)
        head.setObjectName("pageTitle")
        intro = QLabel(translate("Welcome", "In use now: {where}. The window reopens on the database you choose.")
                       .format(where=current) if current else
                       translate("Welcome", "There is no Tumorboard database on this computer yet. How would you like to start?"))
        intro.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(intro)

        self.group = QButtonGroup(self)
        self.new = QRadioButton(translate("Welcome", "Create a new database on this computer"))
        self.new.setChecked(True)
        self.new_path = QLineEdit(str(default_path))
        self.new_path.setAccessibleName(translate("Welcome", "Where the new database will be"))
        new_browse = QPushButton(translate("Welcome", "Change…"))
        new_browse.clicked.connect(self._choose_new)
        self.open_file = QRadioButton(translate("Welcome", "Open an existing database file"))
        self.open_path = QLineEdit()
        self.open_path.setAccessibleName(translate("Welcome", "Database file to open"))
        self.open_path.setPlaceholderText(translate("Welcome", "…/tumorboard.sqlite"))
        open_browse = QPushButton(translate("Welcome", "Browse…"))
        open_browse.clicked.connect(self._choose_open)
        self.server = QRadioButton(translate("Welcome", "Connect to the department server (several workstations share one board)"))
        self.server_url = QLineEdit()
        self.server_url.setAccessibleName(translate("Welcome", "Server address"))
        self.server_url.setPlaceholderText("postgresql+psycopg://user@server/tumorboard")
        from ui.server_login import keyring_available

        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setAccessibleName(translate("Welcome", "Server password"))
        self.server_password.setPlaceholderText(translate("Welcome", "password, if the server asks"))
        self.remember_password = QCheckBox(translate("Welcome", "Remember the password in this computer's keyring"))
        if not keyring_available():
            self.remember_password.setEnabled(False)
            self.remember_password.setText(translate("Welcome", "No keyring here: asked at each start"))
            self.remember_password.setToolTip(translate(
                "Welcome", "This computer has no keyring: the password is asked for at each start."))
        self.demo = QRadioButton(translate("Welcome", "Explore with demo data (invented patients, nothing is kept)"))
        for b in (self.new, self.open_file, self.server, self.demo):
            self.group.addButton(b)

        def row(*widgets: QWidget) -> QHBoxLayout:
            h = QHBoxLayout()
            h.setContentsMargins(24, 0, 0, 6)
            for i, w in enumerate(widgets):
                h.addWidget(w, 1 if i == 0 else 0)
            return h

        lay.addWidget(self.new)
        lay.addLayout(row(self.new_path, new_browse))
        lay.addWidget(self.open_file)
        lay.addLayout(row(self.open_path, open_browse))
        lay.addWidget(self.server)
        lay.addLayout(row(self.server_url))
        lay.addLayout(row(self.server_password, self.remember_password))
        lay.addWidget(self.demo)

        form = QFormLayout()
        self.hospital = QLineEdit()
        self.hospital.setAccessibleName(translate("Welcome", "Hospital name"))
        self.hospital.setPlaceholderText(translate("Welcome", "printed on handouts and minutes"))
        form.addRow(translate("Welcome", "Hospital name"), self.hospital)
        lay.addSpacing(8)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Welcome", "Start"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for edit, radio in ((self.new_path, self.new), (self.open_path, self.open_file), (self.server_url, self.server),
                            (self.server_password, self.server)):
            edit.textEdited.connect(lambda _t, r=radio: r.setChecked(True))

    def _choose_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Welcome", "New database"), self.new_path.text(),
                                              translate("Welcome", "SQLite database (*.sqlite)"))
        if path:
            self.new_path.setText(path)
            self.new.setChecked(True)

    def _choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Welcome", "Open database"), "",
                                              translate("Welcome", "SQLite database (*.sqlite *.db)"))
        if path:
            self.open_path.setText(path)
            self.open_file.setChecked(True)

    def choice(self) -> Choice:
        name = self.hospital.text().strip()
        if self.open_file.isChecked():
            return Choice("open", self.open_path.text().strip(), name)
        if self.server.isChecked():
            from tumorboard.services.server import split_password

            url, in_url = split_password(self.server_url.text().strip())  # a password typed into the URL
            return Choice("server", url, name, self.server_password.text() or in_url,
                          self.remember_password.isChecked())
        if self.demo.isChecked():
            return Choice("demo", "", name)
        return Choice("new", self.new_path.text().strip(), name)

    def problem(self) -> str:
        c = self.choice()
        if c.kind == "open" and not Path(c.location).is_file():
            return translate("Welcome", "Choose an existing database file to open.")
        if c.kind == "server" and "://" not in c.location:
            return translate("Welcome", "Enter the server address, e.g. postgresql+psycopg://user@server/tumorboard")
        if c.kind == "new" and not c.location:
            return translate("Welcome", "Choose where the new database will be.")
        return ""

    def _accept(self) -> None:
        msg = self.problem()
        self.error.setText(msg)
        if not msg:
            self.accept()
