"""Workspace: the services built on one open Database (a thin facade; docs/services-api.md).

    ws = Workspace.open(path)
    ws.cases.create(...); ws.meetings.add_case(...)

Each service takes the Database and knows no other service's insides; what several
share is a public function of a module (case_status.move, patients.create_patient,
meetings.open_meeting, settings.load)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, Executable, Row
from sqlalchemy.engine import URL
from sqlmodel import Session

from tumorboard.store.migrate import SCHEMA_HEAD

from .audit import AuditService
from .cases import CaseRecords, Cases
from .changes import Change, ChangeFeed
from .clock import Clock
from .database import Database
from .decisions import Decisions
from .fhir_exchange import FhirExchange
from .followups import FollowUps
from .meetings import Meetings
from .patients import Patients
from .permissions import CurrentUser
from .readiness_stored import fill_missing
from .referrals import Referrals
from .rules import Rules
from .settings import SettingsService
from .stats import Stats
from .users import Users, bootstrap

if TYPE_CHECKING:
    from .letters import Letters


class Workspace:
    """Open with Workspace.open(); every service call is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.patients = Patients(db)
        self.cases = Cases(db)
        self.records = CaseRecords(db)  # the case window's imaging and lab actions, answering with the case
        self.meetings = Meetings(db)
        self.decisions = Decisions(db)
        self.followups = FollowUps(db)
        self.settings = SettingsService(db)
        self.referrals = Referrals(db)
        self.fhir = FhirExchange(db)
        self.stats = Stats(db)
        self.audit = AuditService(db)
        self.users = Users(db)

    @classmethod
    def open(
        cls, db: str | os.PathLike[str] | None = None, actor: str | None = None, create: bool = True,
        parameters: str | os.PathLike[str] | None = None,
    ) -> Workspace:
        """Open (creating and migrating as needed) the database; see docs/services-api.md.
        `parameters`: the hospital's parameter file for this session (else the one Settings name)."""
        database = Database.open(db, actor, create, parameters)
        try:
            database.user = bootstrap(database)  # a board with no users yet: this account is its admin
        except BaseException:
            database.close()
            raise
        if database.migrated_from not in (None, SCHEMA_HEAD):  # migrated: derived columns new cases lack
            try:
                fill_missing(database)
            except BaseException:
                database.close()
                raise
        return cls(database)

    @cached_property
    def letters(self) -> Letters:
        """Built when first used: it brings the PDF renderer (reportlab) and the calendar export, which
        the first window does not need (start-up time, issue 17)."""
        from .letters import Letters

        return Letters(self.db)

    # --- the Database's face, for the CLI, reports and tests -------------------

    @property
    def rules(self) -> Rules:
        """The decision engine with this hospital's parameters (pure: safe on the GUI thread)."""
        return self.db.rules

    @property
    def engine(self) -> Engine:
        return self.db.engine

    @property
    def url(self) -> URL:
        return self.db.url

    @property
    def actor(self) -> str:
        return self.db.actor

    @property
    def user(self) -> CurrentUser:
        return self.db.user

    def require(self, action: str) -> None:
        self.db.require(action)

    def may(self, action: str) -> bool:
        return self.db.may(action)

    def why_not(self, action: str) -> str | None:
        return self.db.why_not(action)

    @property
    def location(self) -> str:
        return self.db.location

    @property
    def is_sqlite(self) -> bool:
        return self.db.is_sqlite

    @property
    def sqlite_path(self) -> Path | None:
        return self.db.sqlite_path

    def write(self) -> AbstractContextManager[Session]:
        return self.db.write()

    def read(self) -> AbstractContextManager[Session]:
        return self.db.read()

    def fetch(self, statement: Executable) -> Sequence[Row[Any]]:
        return self.db.fetch(statement)

    @property
    def clock(self) -> Clock:
        """What "today" is for every service and the GUI (tests set a FixedClock)."""
        return self.db.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.db.clock = clock

    def now(self) -> datetime:
        return self.db.now()

    def changes(self) -> ChangeFeed:
        """Live updates: `with ws.changes() as feed: feed.poll(timeout)` (changes.py)."""
        return self.db.changes()

    def today(self) -> date:
        return self.db.today()

    def backup(self, path: str | os.PathLike[str], force: bool = False) -> Path:
        return self.db.backup(path, force=force)

    @staticmethod
    def restore(db_path: str | os.PathLike[str] | None, backup_file: str | os.PathLike[str],
                actor: str | None = None) -> Path | None:
        return Database.restore(db_path, backup_file, actor)

    def verify_whole_file(self) -> list[str] | None:
        """SQLite's whole-file check when the open skipped it (store/integrity.py): [] whole (or nothing to
        do), else the damage found (every later save is then refused); None if interrupted. Any thread."""
        return self.db.verify_whole_file()

    def interrupt_checks(self) -> None:
        self.db.interrupt_checks()

    def restore_from(self, backup_file: str | os.PathLike[str]) -> Path | None:
        """Replace this board's SQLite file with a verified backup, then close (database.py)."""
        return self.db.restore_from(backup_file)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Change", "ChangeFeed", "Database", "Workspace"]
