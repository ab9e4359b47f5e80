"""Workspace settings (hospital name, logo, core specialties, worklist windows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from tumorboard.errors import ConfigurationError, FieldProblem, InvalidInput, StaleEdit
from tumorboard.i18n import N_, msg
from tumorboard.store.models import Setting
from tumorboard.store.prepared import Prepared

from .base import audit, coerce, jsonable
from .database import Database
from .permissions import requires
from .rules import Rules
from .schemas import Settings

_STORED = Prepared(lambda: select(col(Setting.key), col(Setting.value)))


def load(db: Database, session: Session | None = None) -> Settings:
    """The settings as stored (defaults for keys never set; keys of older versions ignored);
    `session`: read inside the caller's transaction."""
    if session is None:  # one SELECT, no session or transaction (each readiness page of the case list reads it)
        stored = dict(_STORED.run(db.engine, {})[1])
    else:
        stored = {row.key: row.value for row in session.execute(select(Setting)).scalars()}
    known = {k: v for k, v in stored.items() if k in Settings.model_fields}
    return Settings.model_validate(known)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("read")
    def get(self) -> Settings:
        return load(self.db)

    @staticmethod
    def _check(data: Settings) -> None:
        """What the schema cannot know: the letterhead needs a name, the logo a file, the quorum distinct roles."""
        problems = []
        if not data.hospital_name.strip():
            problems.append(FieldProblem("hospital_name", data.hospital_name,
                                         N_("the hospital's name as printed on every handout (required)")))
        if data.logo_path and not Path(data.logo_path).expanduser().is_file():
            problems.append(FieldProblem("logo_path", data.logo_path,
                                         N_("an existing PNG or JPEG file on this computer, or none")))
        seen: set[str] = set()
        for role in data.core_specialties:
            if role.casefold() in seen:
                problems.append(FieldProblem("core_specialties", role, N_("each specialty once (it is listed "
                                                                          "twice)")))
            seen.add(role.casefold())
        if data.board_email and not _has_email(data.board_email):
            problems.append(FieldProblem("board_email", data.board_email,
                                         N_("an e-mail address such as tumourboard@hospital.example, or none")))
        if data.parameters_file:
            path = Path(data.parameters_file).expanduser()
            if not path.is_file():
                problems.append(FieldProblem("parameters_file", data.parameters_file,
                                             N_("an existing parameter file (TOML) on this computer, or none")))
            else:
                try:
                    Rules.load(path)
                except ConfigurationError as exc:
                    problems.append(FieldProblem("parameters_file", data.parameters_file,
                                                 msg("a parameter file the engine accepts; this one: {error}", error=exc)))
        if problems:
            raise InvalidInput(problems, "settings")

    @requires("settings.edit")
    def update(self, data: Settings | dict[str, Any], base: Settings | None = None) -> Settings:
        """Save the settings; returns them as now stored.

        `base`: the settings the editor was opened with. Then only the keys changed from it are
        written, so a save from one workstation does not put back older values of keys another
        changed meanwhile; a key both changed is refused (StaleEdit, nothing written)."""
        data = coerce(Settings, data, "settings")
        self._check(data)
        new = jsonable(data.model_dump())
        start = jsonable(coerce(Settings, base, "settings").model_dump()) if base is not None else None
        with self.db.write() as s:
            rows = {row.key: row for row in s.execute(select(Setting)).scalars()}
            if start is not None:
                new = {k: v for k, v in new.items() if v != start[k]}
                for key in new:
                    row = rows.get(key)
                    stored = row.value if row is not None else start[key]
                    if stored != start[key] and stored != new[key]:
                        raise StaleEdit("setting", key, row.updated_by if row else None, row.updated_at if row else None)
            for key, value in new.items():
                row = rows.get(key)
                if row is None:
                    now = self.db.now()
                    s.add(Setting(key=key, value=value, created_at=now, updated_at=now,
                                  created_by=self.db.actor, updated_by=self.db.actor))
                    audit(s, self.db, "setting", None, f"set {key}", None, {"value": value})
                elif row.value != value:
                    audit(s, self.db, "setting", None, f"set {key}", {"value": row.value}, {"value": value})
                    row.value = value
                    row.version += 1
                    row.updated_by, row.updated_at = self.db.actor, self.db.now()
        stored = self.get()
        if stored.parameters_file != (self.db.rules.source and str(self.db.rules.source)):
            self.db.use_parameters(stored.parameters_file)  # checked above: every recommendation follows it now
        return stored


def _has_email(address: str) -> bool:
    """The calendar module's own test of an address (imported here: icalendar is not needed at start-up)."""
    from tumorboard.interop.ics import has_email

    return has_email(f"<{address}>")
