"""Use cases shared by the GUI, the CLI, reports and batch jobs (docs/services-api.md)."""

from .workspace import Workspace

__all__ = ["Workspace"]
