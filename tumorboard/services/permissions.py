"""Who may do what: the roles, the action -> role table, and the one check every service call makes.

A role includes every role below it: viewer < coordinator < clinician < admin.
Each public service method is decorated with `@requires(action)`; the wrapper calls
`ws.require(action)` before the method runs, which raises PermissionDenied (naming the
action and the role it needs) when the acting user's role is too low or their account is
disabled. The table is documented in docs/services-api.md; tests check that every public
service method declares an action.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from tumorboard.errors import PermissionDenied
from tumorboard.i18n import N_

if TYPE_CHECKING:  # roles and the rule are read before SQLAlchemy is imported (the first window's glance)
    from sqlalchemy import TextClause
    from sqlmodel import Session


class Role(StrEnum):
    viewer = "viewer"
    coordinator = "coordinator"
    clinician = "clinician"
    admin = "admin"


#: the roles by name inside a sentence (a refusal names the role needed and the one the user has)
ROLE_NAMES = (N_("viewer"), N_("coordinator"), N_("clinician"), N_("admin"))
#: a role includes every role before it in this list
ROLE_ORDER: tuple[Role, ...] = (Role.viewer, Role.coordinator, Role.clinician, Role.admin)
RANK = {role: n for n, role in enumerate(ROLE_ORDER)}

ROLE_WORDS = {
    Role.viewer: N_("read and print"),
    Role.coordinator: N_("patients, cases, meetings, agenda, attendance, follow-ups, reports"),
    Role.clinician: N_("as coordinator, plus record and amend decisions"),
    Role.admin: N_("users, settings, restore, plus everything"),
}


@dataclass(frozen=True)
class Action:
    name: str
    needs: Role
    words: str  # what the user tried to do, in the user's words


_ACTIONS = (
    Action("read", Role.viewer, N_("reading the board")),
    Action("print", Role.viewer, N_("printing (PDF handouts, minutes, summaries, calendars)")),
    Action("patient.edit", Role.coordinator, N_("editing a patient")),
    Action("case.edit", Role.coordinator, N_("creating or editing a case (facts, status, imaging, labs)")),
    Action("case.reevaluate", Role.coordinator, N_("re-evaluating the open cases")),
    Action("meeting.edit", Role.coordinator, N_("planning a meeting or changing its agenda")),
    Action("attendance.edit", Role.coordinator, N_("recording the attendance")),
    Action("followup.edit", Role.coordinator, N_("booking or completing a follow-up")),
    Action("decision.communicate", Role.coordinator, N_("marking a decision as communicated")),
    Action("decision.record", Role.clinician, N_("recording a decision")),
    Action("decision.amend", Role.clinician, N_("amending a decision")),
    Action("settings.edit", Role.admin, N_("changing the settings")),
    Action("users.manage", Role.admin, N_("managing users and roles")),
    Action("backup", Role.coordinator, N_("backing up the database")),
    Action("restore", Role.admin, N_("restoring the database from a backup")),
    Action("demo", Role.admin, N_("filling the board with demonstration data")),
)
ACTIONS: dict[str, Action] = {a.name: a for a in _ACTIONS}
#: actions that change nothing: checked against the role read when the workspace was opened
READ_ACTIONS = frozenset({"read", "print"})


def allows(role: Role | None, action: str) -> bool:
    """Whether `role` (None: a disabled account) may do `action`."""
    return role is not None and RANK[role] >= RANK[ACTIONS[action].needs]


def allowed_actions(role: Role | None) -> list[str]:
    return [a.name for a in _ACTIONS if allows(role, a.name)]


def role_of(text: str) -> Role:
    """A role name as typed (any case), or ValueError."""
    return Role(text.strip().lower())


class _Checks(Protocol):
    def require(self, action: str) -> None: ...


P = ParamSpec("P")
R = TypeVar("R")

#: the attribute a decorated method carries (tests check every public method has one)
ACTION_ATTRIBUTE = "__tumorboard_action__"


def requires(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service method (of an object with `.ws`, the Workspace) with the action it performs.

    The check runs when the method is called (for a generator: before the first step)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            _handle(args[0]).require(action)
            return method(*args, **kwargs)

        setattr(checked, ACTION_ATTRIBUTE, action)
        return checked

    return decorate


def _handle(service: Any) -> _Checks:
    """The object holding the acting user: the service's workspace / database handle, or itself."""
    for name in ("ws", "db"):
        handle = getattr(service, name, None)
        if handle is not None and hasattr(handle, "require"):
            return handle  # type: ignore[no-any-return]
    return service  # type: ignore[no-any-return]


@dataclass(frozen=True)
class CurrentUser:
    """The person acting, as the board knows them."""

    identity: str
    display_name: str
    #: the role in force; None when the account is disabled
    role: Role | None
    #: False: not in the users table (acting as viewer until an admin assigns a role)
    registered: bool

    @property
    def label(self) -> str:
        return self.display_name or self.identity


#: the one row the permission check reads (plain SQL: it runs before every write, ~0.1 ms); the first
#: window's glance runs the same text with sqlite3 (tumorboard/services/glance.py)
USER_ROW_SQL = "SELECT display_name, role, active FROM users WHERE identity = :identity"


@functools.cache
def user_row() -> TextClause:
    """USER_ROW_SQL as a SQLAlchemy statement."""
    from sqlalchemy import text

    return text(USER_ROW_SQL)


def as_current(identity: str, row: Any) -> CurrentUser:
    """A row of user_query (None: not listed) as a CurrentUser (an unlisted identity: a viewer)."""
    if row is None:
        return CurrentUser(identity, "", Role.viewer, registered=False)
    name, role, active = row
    return CurrentUser(identity, name, Role(role) if active else None, registered=True)


def current(session: Session, identity: str) -> CurrentUser:
    """The acting user as the board knows them, read in `session`."""
    return as_current(identity, session.execute(user_row(), {"identity": identity}).first())


def denied(action: str, identity: str, role: Role | None) -> PermissionDenied:
    needed = ACTIONS[action]
    return PermissionDenied(action, needed.needs.value, identity, role.value if role else None, needed.words)


def check_restore(path: Path, identity: str) -> None:
    """Restoring replaces everyone's data: on a board with users, only an admin may.

    The file is read, never written (read-only, no journal change). A board without users (made
    before roles existed) or one SQLite cannot read (damaged: the case restore is for) is left to
    the file's permissions: whoever may replace the file may restore it."""
    if not path.exists():
        return
    try:
        # no -wal beside it: nobody has it open, so read it as immutable (a plain read-only open of a
        # WAL database would leave new -wal/-shm files next to a file the user may be about to replace)
        wal = path.with_name(path.name + "-wal")
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=5)
        try:
            rows = conn.execute("SELECT identity, role, active FROM users").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return
    if not rows:
        return
    mine = {str(i): (str(r), bool(a)) for i, r, a in rows}.get(identity)
    role = (Role(mine[0]) if mine[1] else None) if mine else Role.viewer
    if not allows(role, "restore"):
        raise denied("restore", identity, role)
