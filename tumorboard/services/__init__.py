"""Use cases shared by the GUI, the CLI, reports and batch jobs (docs/services-api.md)."""

from tumorboard.store.database import default_path as default_database_path
from tumorboard.store.migrate import SCHEMA_HEAD

from .changes import Change, ChangeFeed
from .clock import Clock, FixedClock
from .workspace import Workspace

__all__ = ["SCHEMA_HEAD", "Change", "ChangeFeed", "Clock", "FixedClock", "Workspace", "default_database_path"]
