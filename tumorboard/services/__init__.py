"""Use cases shared by the GUI, the CLI, reports and batch jobs (docs/services-api.md).

The names below are imported when first used (PEP 562): `from tumorboard.services.schemas import
CaseRow` does not load the store (SQLAlchemy, the tables), which the first window does not need
(start-up time, issue 17)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tumorboard.store.database import default_path as default_database_path
    from tumorboard.store.migrate import SCHEMA_HEAD

    from .changes import Change, ChangeFeed
    from .clock import Clock, FixedClock
    from .workspace import Workspace

#: public name -> (module, attribute)
_LAZY = {
    "SCHEMA_HEAD": ("tumorboard.store.migrate", "SCHEMA_HEAD"),
    "default_database_path": ("tumorboard.store.database", "default_path"),
    "Change": ("tumorboard.services.changes", "Change"),
    "ChangeFeed": ("tumorboard.services.changes", "ChangeFeed"),
    "Clock": ("tumorboard.services.clock", "Clock"),
    "FixedClock": ("tumorboard.services.clock", "FixedClock"),
    "Workspace": ("tumorboard.services.workspace", "Workspace"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # once: later lookups are ordinary
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = ["SCHEMA_HEAD", "Change", "ChangeFeed", "Clock", "FixedClock", "Workspace", "default_database_path"]
