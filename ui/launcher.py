"""Console entry point: the core CLI plus `tumorboard gui`.

The core (tumorboard.cli) cannot import Qt, so the GUI command is added here.
Qt is imported only when `gui` actually runs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from tumorboard.cli import main as core_main
from tumorboard.cli.common import DEMO_MAX, whole_number  # light: no pydantic, no store


def register_gui(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the desktop application")
    p.add_argument("--demo", action="store_true", help="open a demo database (created in a temporary folder)")
    p.add_argument("--demo-cases", type=whole_number(1, DEMO_MAX), default=300, metavar="N",
                   help=f"cases in the demo database (1 to {DEMO_MAX:,}, default 300)")
    p.add_argument("--screenshot", metavar="DIR", help="save one PNG per main view into DIR and exit")
    p.set_defaults(func=_run_gui)


def _run_gui(args: argparse.Namespace) -> int:
    if args.demo and getattr(args, "db", None):  # never silently one or the other
        print(f"tumorboard: --demo opens a throw-away demo board in a temporary folder (removed when the program "
              f"ends), so it cannot be used together with --db {args.db}; nothing was opened or changed.\n"
              f"  To open {args.db}: tumorboard --db {args.db} gui\n"
              "  To fill a new file with demo cases and open it: tumorboard --db NEW_FILE demo, then "
              "tumorboard --db NEW_FILE gui", file=sys.stderr)
        return 2
    # the program uses no pydantic plugins: looking for them read every installed package's entry points at
    # the first validation, in the first window's start (pydantic's own switch; one set for this process)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from ui.app import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    return core_main(argv, extra_commands=[register_gui])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
