"""What the signed-in user may do, shown in the GUI: the actions their role does not allow are
disabled with a tooltip naming the role needed, and a banner tells a viewer (or an account the
board does not list yet) what they can do and who can change it.

The services check every call anyway (tumorboard/services/permissions.py): this only keeps the
GUI from offering what would be refused. The controls are named here, page by page (the views are
not changed); a test checks every name still exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from tumorboard.services import Workspace

#: page or window class name -> {attribute: service action}
GUARDED: dict[str, dict[str, str]] = {
    "MainWindow": {"act_new": "case.edit", "act_backup": "backup", "act_import_referrals": "case.edit",
                   "act_import_fhir": "case.edit"},
    "CasesView": {"new_button": "case.edit"},
    "CaseEditor": {"act_save": "case.edit", "act_ready": "case.edit"},
    "ImagingSection": {"add_button": "case.edit"},
    "LabSection": {"add_button": "case.edit"},
    "MeetingsView": {"new_button": "meeting.edit", "add_button": "meeting.edit", "remove_button": "meeting.edit",
                     "finalise_button": "meeting.edit", "att_add": "attendance.edit",
                     "att_save": "attendance.edit"},
    "ReviewView": {"record_button": "decision.record", "defer_button": "meeting.edit",
                   "amend_button": "decision.amend"},
    "FollowUpsView": {"done_button": "followup.edit", "patient_told": "decision.communicate",
                      "referrer_told": "decision.communicate"},
    "SettingsView": {"save_button": "settings.edit", "backup_button": "backup", "restore_button": "restore",
                     "reevaluate_button": "case.reevaluate"},
}


def role_label(role: str | None) -> str:
    labels = {
        "admin": translate("Roles", "admin"),
        "coordinator": translate("Roles", "coordinator"),
        "clinician": translate("Roles", "clinician"),
        "viewer": translate("Roles", "viewer"),
    }
    return labels.get(role or "", translate("Roles", "disabled"))


def reason(ws: Workspace, action: str) -> str:
    """The tooltip of a control the user may not use: the role it needs, and theirs."""
    from tumorboard.services.permissions import ACTIONS

    return translate("Roles", "Needs the role {needed} (you are {mine}). An admin of this board can change "
                              "roles.").format(needed=role_label(ACTIONS[action].needs.value),
                                               mine=role_label(ws.user.role.value if ws.user.role else None))


class _KeepDisabled(QObject):
    """Keeps a widget disabled (and its tooltip) when its view enables it for other reasons."""

    def __init__(self, widget: QWidget, tip: str) -> None:
        super().__init__(widget)
        self.tip = tip
        widget.installEventFilter(self)
        widget.setEnabled(False)
        widget.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != self.tip:
                watched.setToolTip(self.tip)
        return False


def _keep_action_disabled(act: QAction, tip: str) -> None:
    def again() -> None:
        if act.isEnabled():
            act.setEnabled(False)
        if act.toolTip() != tip:
            act.setToolTip(tip)

    act.setEnabled(False)
    act.setToolTip(tip)
    act.changed.connect(again)


def guard(obj: QObject, ws: Workspace) -> list[str]:
    """Disable the controls of `obj` (a page, an editor, a section) the user may not use.

    Returns the attribute names disabled. Sections inside (imaging, labs) are guarded too."""
    disabled = []
    for name, action in GUARDED.get(type(obj).__name__, {}).items():
        control = getattr(obj, name, None)
        if control is None or ws.may(action):
            continue
        tip = reason(ws, action)
        if isinstance(control, QAction):
            _keep_action_disabled(control, tip)
        elif isinstance(control, QWidget):
            _KeepDisabled(control, tip)
        disabled.append(name)
    for child in ("imaging", "labs"):
        section = getattr(obj, child, None)
        if isinstance(section, QWidget) and type(section).__name__ in GUARDED:
            disabled += [f"{child}.{n}" for n in guard(section, ws)]
    return disabled


def banner_text(ws: Workspace) -> str | None:
    """What a viewer, an unlisted or a disabled account is told at the top of the window (None: nothing)."""
    user = ws.user
    if user.role is None:
        return translate("Roles", "The account {who} is disabled on this board: it may not read or change "
                                  "anything. Ask an admin of this board.").format(who=user.identity)
    if not user.registered:
        return translate("Roles", "You are signed in as {who}, an account this board does not list yet: you can "
                                  "read and print, not change anything, until an admin gives you a role "
                                  "(tumorboard users set-role {who} ROLE).").format(who=user.identity)
    if user.role == "viewer":
        return translate("Roles", "You are signed in as {who} with the role viewer: you can read and print, not "
                                  "change anything. An admin of this board can give you another role.").format(
            who=user.identity)
    return None


def install(window: QMainWindow, ws: Workspace) -> QLabel:
    """The banner above the pages (shown when there is something to say) and the window's own
    guarded actions. The window's central widget is put below the banner, unchanged."""
    label = make_banner(window)
    show_role(window, label, ws)
    return label


def show_role(window: QMainWindow, label: QLabel, ws: Workspace) -> None:
    """The banner's text for the signed-in user, and the window's own guarded actions."""
    label.setText(banner_text(ws) or "")
    label.setVisible(bool(label.text()))
    guard(window, ws)


def make_banner(window: QMainWindow, pages: QWidget | None = None) -> QLabel:
    """The (empty, hidden) banner above the pages: made before the Workspace is open (the first glance's
    window), filled by show_role when it is. `pages` (else the window's central widget, taken) is put below
    it, unchanged, and the two become the central widget."""
    label = QLabel("")
    label.setObjectName("roleBanner")
    label.setWordWrap(True)
    label.setAccessibleName(translate("Roles", "Your role on this board"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel#roleBanner { background: #fff4d6; color: #4a3700; padding: 6px 12px; "
                        "border-bottom: 1px solid #e0c36e; }")
    label.setVisible(bool(label.text()))
    if pages is None:
        pages = window.takeCentralWidget()
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    lay.addWidget(label)
    if pages is not None:
        lay.addWidget(pages, 1)
    window.setCentralWidget(holder)
    return label
