"""Opening the workspace for a command: --db PATH, else $TUMORBOARD_DATABASE_URL, else the default file."""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel

    from tumorboard.services import Workspace

#: the largest id a database row can have (SQLite and PostgreSQL BIGINT)
MAX_ID = 2**63 - 1
DEMO_MAX = 200_000  # a demo beyond this is a mistake (100,000 is the benchmarks' scale)


def whole_number(low: int, high: int, allowed: str | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, refused in words otherwise."""
    if allowed is None:
        allowed = (f"a whole number of at least {low}" if high == MAX_ID
                   else f"a whole number from {low:,} to {high:,}")

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not allowed; {allowed}")
        return value

    parse.__name__ = "whole number"  # argparse names the type in some messages
    return parse


#: --case ID / --meeting ID: the number in the first column of `cases list` / `meetings list`
record_id = whole_number(1, MAX_ID, "an id: the number in the first column of `cases list` or "
                                    "`meetings list` (not an MRN)")


def iso_day(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD that is a day of the calendar."""
    written = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if written is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not allowed; a date written YYYY-MM-DD, e.g. 2026-12-31"
        )
    year, month, day = (int(g) for g in written.groups())
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day of the calendar: there is no month {month}")
    if year < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day of the calendar: there is no year 0")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a day of the calendar: {calendar.month_name[month]} {year} has {last} days"
        )
    return date(year, month, day)


def add_force(parser: argparse.ArgumentParser, what: str = "FILE") -> None:
    """--force for a command that writes a file: without it an existing file is refused (as `backup` does)."""
    parser.add_argument("--force", action="store_true",
                        help=f"replace {what} if it exists (without --force an existing file is kept and nothing is written)")


def existing(args: argparse.Namespace) -> Literal["replace", "refuse"]:
    """What writing does with an existing output file: replace it only when --force was given."""
    return "replace" if getattr(args, "force", False) else "refuse"


def open_workspace(args: argparse.Namespace, create: bool = False) -> Workspace:
    """The database named by --db (or the environment / default), migrated and ready.

    Only the commands that make a database (init, demo) create a missing file; the others
    refuse it, so a mistyped --db is an error rather than an empty board. The person acting is the
    authenticated account (the OS account, or the PostgreSQL login), never an environment variable."""
    from tumorboard.services import Workspace

    return Workspace.open(getattr(args, "db", None), create=create, parameters=getattr(args, "parameters_file", None))


def print_json(items: Iterable[BaseModel | dict[str, Any]]) -> None:
    """A JSON list of objects, each with its "id" (the CLI's machine-readable output)."""
    from pydantic import (
        BaseModel,  # here, not at the top: `tumorboard gui` parses its options without pydantic
    )

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
