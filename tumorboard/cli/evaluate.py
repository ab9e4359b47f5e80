"""CLI commands (owner fills in). See tumorboard/cli/__init__.py for the protocol."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's sub-commands; each sets func(args) -> int."""
