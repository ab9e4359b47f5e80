"""The board's users: authenticated identity -> display name, role, active (admin only).

The account that creates a database becomes its admin (so does the first account to open a
board made before users existed). An identity that is not listed acts as a viewer until an
admin assigns it a role; a disabled one may do nothing, not even read.
"""

from __future__ import annotations

import builtins

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlmodel import Session, col

from tumorboard.errors import NotFound
from tumorboard.i18n import N_, msg
from tumorboard.store.models import User

from .base import audit, check_version, code_word, refuse, snapshot, stamp_new, touch
from .database import Database
from .identity import MAX_IDENTITY
from .permissions import ROLE_ORDER, CurrentUser, Role, current, requires, role_of

ROLE_CHOICES = ", ".join(r.value for r in ROLE_ORDER)


class UserOut(BaseModel):
    identity: str
    display_name: str
    role: Role
    active: bool
    version: int


def _out(row: User) -> UserOut:
    return UserOut(identity=row.identity, display_name=row.display_name, role=Role(row.role),
                   active=row.active, version=row.version)


def bootstrap(db: Database) -> CurrentUser:
    """The acting user; on a board with no users yet, the acting account becomes its admin."""
    with db.read() as s:
        user = current(s, db.actor)
        if user.registered or s.execute(select(col(User.id)).limit(1)).first() is not None:
            return user
    with db.write() as s:  # re-checked inside the write transaction: one first admin only
        if s.execute(select(col(User.id)).limit(1)).first() is None:
            row = User(identity=db.actor, display_name="", role=Role.admin.value, active=True)
            stamp_new(row, db)
            s.add(row)
            s.flush()
            audit(s, db, "user", row.id, "create", None, snapshot(row))
        return current(s, db.actor)


def _identity(identity: str) -> str:
    name = identity.strip()
    if not name or len(name) > MAX_IDENTITY:
        raise refuse("identity", identity, msg("the account's login name, 1 to {max_identity} characters", max_identity=MAX_IDENTITY), "user")
    return name


def _role(role: Role | str) -> Role:
    try:
        return role_of(str(role))
    except ValueError:
        raise refuse("role", role, msg("one of {role_choices}", role_choices=[code_word(r.value) for r in ROLE_ORDER]), "user") from None


class Users:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("users.manage")
    def list(self) -> builtins.list[UserOut]:
        with self.db.read() as s:
            return [_out(r) for r in s.execute(select(User).order_by(User.identity)).scalars()]

    @requires("users.manage")
    def get(self, identity: str) -> UserOut:
        with self.db.read() as s:
            return _out(self._row(s, identity))

    @requires("users.manage")
    def add(self, identity: str, role: Role | str, display_name: str = "") -> UserOut:
        name, chosen = _identity(identity), _role(role)
        with self.db.write() as s:
            if s.execute(select(col(User.id)).where(col(User.identity) == name)).first() is not None:
                raise refuse("identity", name, N_("an account not yet listed (use set-role to change a role)"), "user")
            return self._create(s, name, chosen, display_name)

    @requires("users.manage")
    def set_role(self, identity: str, role: Role | str, expected_version: int | None = None) -> UserOut:
        """The account's role; an account not yet listed is added with it."""
        chosen = _role(role)
        with self.db.write() as s:
            if s.execute(select(col(User.id)).where(col(User.identity) == identity.strip())).first() is None:
                return self._create(s, _identity(identity), chosen)
            row = self._row(s, identity, lock=True)
            check_version(row, expected_version, "user")
            if row.role == Role.admin and chosen != Role.admin and row.active:
                self._keep_an_admin(s, row, "role", chosen.value)
            before = snapshot(row)
            row.role = chosen.value
            touch(row, self.db)
            s.flush()
            audit(s, self.db, "user", row.id, "set_role", before, snapshot(row))
            self._sync(s, row)
            return _out(row)

    @requires("users.manage")
    def set_active(self, identity: str, active: bool, expected_version: int | None = None) -> UserOut:
        with self.db.write() as s:
            row = self._row(s, identity, lock=True)
            check_version(row, expected_version, "user")
            if not active and row.active and row.role == Role.admin:
                self._keep_an_admin(s, row, "active", False)
            before = snapshot(row)
            row.active = active
            touch(row, self.db)
            s.flush()
            audit(s, self.db, "user", row.id, "enable" if active else "disable", before, snapshot(row))
            self._sync(s, row)
            return _out(row)

    @requires("users.manage")
    def disable(self, identity: str, expected_version: int | None = None) -> UserOut:
        return self.set_active(identity, False, expected_version)

    @requires("users.manage")
    def enable(self, identity: str, expected_version: int | None = None) -> UserOut:
        return self.set_active(identity, True, expected_version)

    def _create(self, s: Session, identity: str, role: Role, display_name: str = "") -> UserOut:
        row = User(identity=identity, display_name=display_name.strip()[:200], role=role.value, active=True)
        stamp_new(row, self.db)
        s.add(row)
        s.flush()
        audit(s, self.db, "user", row.id, "create", None, snapshot(row))
        self._sync(s, row)
        return _out(row)

    def _sync(self, s: Session, row: User) -> None:
        """Server mode, on a board `server setup` prepared: the login's PostgreSQL group follows the role."""
        if not self.db.is_sqlite:
            from .server_roles import sync_membership

            sync_membership(s.connection(), row.identity, Role(row.role) if row.active else None)

    @staticmethod
    def _row(s: Session, identity: str, lock: bool = False) -> User:
        stmt = select(User).where(col(User.identity) == identity.strip())
        row: User | None = s.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
        if row is None:
            raise NotFound("user", identity)
        return row

    @staticmethod
    def _keep_an_admin(s: Session, row: User, field: str, value: object) -> None:
        others = s.execute(select(func.count()).select_from(User).where(
            col(User.role) == Role.admin.value, col(User.active).is_(True), col(User.id) != row.id)).scalar_one()
        if not others:
            raise refuse(field, value, msg("{identity} is the board's only active admin: make another account "
                                           "admin first", identity=row.identity), "user")


__all__ = ["CurrentUser", "UserOut", "Users", "bootstrap"]
