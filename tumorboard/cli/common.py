"""Opening the workspace for a command: --db PATH, else $TUMORBOARD_DATABASE_URL, else the default file."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel

from tumorboard.services import Workspace

ENV_ACTOR = "TUMORBOARD_USER"


def open_workspace(args: argparse.Namespace, create: bool = False) -> Workspace:
    """The database named by --db (or the environment / default), migrated and ready.

    Only the commands that make a database (init, demo) create a missing file; the others
    refuse it, so a mistyped --db is an error rather than an empty board."""
    return Workspace.open(getattr(args, "db", None), actor=os.environ.get(ENV_ACTOR) or None, create=create)


def print_json(items: Iterable[BaseModel | dict[str, Any]]) -> None:
    """A JSON list of objects, each with its "id" (the CLI's machine-readable output)."""
    data = [i.model_dump(mode="json") if isinstance(i, BaseModel) else i for i in items]
    with reader_may_stop():
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        sys.stdout.flush()


@contextmanager
def reader_may_stop() -> Iterator[None]:
    """`tumorboard cases list | head` is fine: a closed pipe ends the output quietly."""
    try:
        yield
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit


def pad(text: str, width: int) -> str:
    """Left-align text in a terminal column: Chinese characters take two cells."""
    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - cells)
