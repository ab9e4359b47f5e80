"""Workspace settings (hospital name, logo, core specialties, worklist windows)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from tumorboard.store.models import Setting

from .base import audit, coerce, jsonable
from .schemas import Settings

if TYPE_CHECKING:
    from .workspace import Workspace


class SettingsService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def get(self) -> Settings:
        with self.ws.read() as s:
            stored = {row.key: row.value for row in s.execute(select(Setting)).scalars()}
        known = {k: v for k, v in stored.items() if k in Settings.model_fields}
        return Settings.model_validate(known)

    def update(self, data: Settings | dict[str, Any]) -> Settings:
        data = coerce(Settings, data, "settings")
        new = jsonable(data.model_dump())
        with self.ws.write() as s:
            rows = {row.key: row for row in s.execute(select(Setting)).scalars()}
            for key, value in new.items():
                row = rows.get(key)
                if row is None:
                    now = self.ws.now()
                    s.add(Setting(key=key, value=value, created_at=now, updated_at=now,
                                  created_by=self.ws.actor, updated_by=self.ws.actor))
                    audit(s, self.ws, "setting", None, f"set {key}", None, {"value": value})
                elif row.value != value:
                    audit(s, self.ws, "setting", None, f"set {key}", {"value": row.value}, {"value": value})
                    row.value = value
                    row.version += 1
                    row.updated_by, row.updated_at = self.ws.actor, self.ws.now()
        return data
