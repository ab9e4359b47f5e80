"""The `tumorboard` command line: everything headless.

Each command group lives in its own module with a `register(subparsers)`
function that adds its sub-commands and sets `func(args) -> int` on them.
The GUI package adds `tumorboard gui` through `extra_commands` (see
ui/launcher.py), so this core module never imports Qt.

Exit status: 0 done; 2 the input was refused (message names the field, the
value and what is allowed; nothing was written); 1 an internal error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from tumorboard import __version__
from tumorboard.errors import TumorboardError

from . import evaluate, exchange, figures, reports, store_commands

Registrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]

COMMAND_MODULES = (evaluate, store_commands, reports, exchange, figures)

log = logging.getLogger("tumorboard.cli")


def build_parser(extra_commands: Sequence[Registrar] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tumorboard",
        description="Liver-metastasis tumor board: cases, decision support, meetings, follow-ups.",
    )
    parser.add_argument("--version", action="store_true", help="print the program, rule-set and schema versions")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite database file (default: the user data folder); "
        "TUMORBOARD_DATABASE_URL=postgresql+psycopg://... selects a server instead",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    for register in extra_commands:
        register(sub)
    return parser


def version_text() -> str:
    parts = [f"tumorboard {__version__}"]
    try:
        from tumorboard.engine.parameters import load_parameters
        from tumorboard.engine.rules import RULE_SET_NAME, RULE_SET_VERSION

        load_parameters()
        parts.append(f"rule set {RULE_SET_NAME} {RULE_SET_VERSION}")
    except ImportError:  # pragma: no cover - during bootstrap only
        pass
    try:
        from tumorboard.store.migrate import SCHEMA_HEAD

        parts.append(f"database schema {SCHEMA_HEAD}")
    except ImportError:  # pragma: no cover
        pass
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None, extra_commands: Sequence[Registrar] = ()) -> int:
    parser = build_parser(extra_commands)
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except TumorboardError as exc:
        print(f"tumorboard: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tumorboard: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last resort: say so, exit 1
        log.exception("internal error")
        print(f"tumorboard: internal error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
