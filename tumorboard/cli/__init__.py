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
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from tumorboard import __version__
from tumorboard.applog import setup_logging
from tumorboard.errors import TumorboardError, error_text, plain_text
from tumorboard.private import restrict_umask

Registrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]

#: the command groups, imported when the parser that lists them is built: `tumorboard gui` alone does not
#: load them (they bring the store; the first window opens without it, start-up time, issue 17)
COMMAND_MODULES = ("evaluate", "store_commands", "server", "server_setup", "users", "reports", "exchange",
                   "figures", "audit")


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]

log = logging.getLogger("tumorboard.cli")


def build_parser(extra_commands: Sequence[Registrar] = (), core: bool = True) -> argparse.ArgumentParser:
    """The whole command line; core=False: the global options and `extra_commands` only."""
    parser = argparse.ArgumentParser(
        prog="tumorboard",
        description="Liver-metastasis tumor board: cases, decision support, meetings, follow-ups.",
        epilog="Database: --db PATH, else $TUMORBOARD_DATABASE_URL (e.g. postgresql+psycopg://user@host/tumorboard), "
        "else tumorboard.sqlite in the user data folder. `tumorboard COMMAND --help` explains each command. "
        "Exit status: 0 done, 2 input refused (nothing written), 1 internal error.",
    )
    parser.add_argument("--version", action="store_true", help="print the program, rule-set and schema versions")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite database file or a postgresql+psycopg:// URL (default: the user data folder); "
        "it overrides TUMORBOARD_DATABASE_URL. Goes before the command: tumorboard --db FILE cases list",
    )
    parser.add_argument(
        "--parameters",
        dest="parameters_file",
        metavar="FILE",
        help="the hospital's parameter override file (TOML) for this run: every recommendation, readiness "
        "check, re-evaluation and printed document uses it (default: the file chosen in Settings, else the "
        "shipped values)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules() if core else ():
        module.register(sub)
    for register in extra_commands:
        register(sub)
    _describe_commands(parser)
    return parser


def _describe_commands(parser: argparse.ArgumentParser) -> None:
    """`tumorboard X --help` starts with what X does: a command without its own description gets the
    one-line help its parent lists it with (so no command's help page is silent about its purpose)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        if not action.help:
            action.help = "one of these (each has its own --help):"
        helps = {a.dest: a.help for a in action._choices_actions}
        for name, child in action.choices.items():
            if child.description is None and helps.get(name):
                text = str(helps[name])
                child.description = (text if text[1:2].isupper() else text[:1].upper() + text[1:]) + "."
            _describe_commands(child)


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
    restrict_umask()  # every file this run writes (database, backup, report, log) is owner-only
    try:
        return _main(argv, extra_commands)
    except BrokenPipeError:  # `tumorboard ... | head -1`: the reader left; not an error of ours
        quiet_stdout()
        return 0


def quiet_stdout() -> None:
    """After the reader of stdout went away: send the rest (and the flush at exit) to nowhere."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def command_word(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The command `argv` names (the first word that is neither an option nor an option's value); None when
    an option without a value (--help, --version) comes first or none is named."""
    takes_value = {s for a in parser._actions if a.option_strings and a.nargs != 0 for s in a.option_strings}
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-"):
            return word
        if word.split("=", 1)[0] not in takes_value:
            return None
        if "=" not in word:
            next(words, None)
    return None


def _parser_for(argv: Sequence[str], extra_commands: Sequence[Registrar]) -> argparse.ArgumentParser:
    """An extra command (`gui`) is parsed without importing the core's command groups; anything else (help,
    a core command, a mistake) by the whole parser."""
    if extra_commands:
        light = build_parser(extra_commands, core=False)
        chosen = command_word(light, argv)
        sub = next(a for a in light._actions if isinstance(a, argparse._SubParsersAction))
        if chosen is not None and chosen in sub.choices:
            return light
    return build_parser(extra_commands)


def _main(argv: Sequence[str] | None, extra_commands: Sequence[Registrar]) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser_for(argv, extra_commands)
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # the log file only: the terminal gets the commands' own messages (the GUI adds its console handler)
    setup_logging(console=False)
    command = command_name(args)
    try:
        code = int(args.func(args) or 0)
    except TumorboardError as exc:
        # in the language the command was given (report --language zh_CN ...); English otherwise
        print(f"tumorboard: {error_text(exc, getattr(args, 'language', None) or 'en')}", file=sys.stderr)
        # the kind of refusal only: a message may quote a name or MRN the user typed
        log.info("tumorboard %s on %s: refused (%s), exit 2", command, database_location(args), type(exc).__name__)
        return 2
    except KeyboardInterrupt:
        print("tumorboard: interrupted", file=sys.stderr)
        log.info("tumorboard %s on %s: interrupted", command, database_location(args))
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:  # a file named on the command line that cannot be used: say which and why
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"tumorboard: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - last resort: say so, exit 1
        report_internal_error(exc)
        return 1
    if command != "gui":
        log.info("tumorboard %s on %s: exit %d", command, database_location(args), code)
    return code


def command_name(args: argparse.Namespace) -> str:
    """`cases list`, `report handout` ...: the command words, never the values given to it."""
    words = [args.command]
    for key, value in sorted(vars(args).items()):
        if key.endswith("_command") or key in ("report", "export"):
            if isinstance(value, str):
                words.append(value)
    return " ".join(w for w in words if w)


def database_location(args: argparse.Namespace) -> str:
    """Where the command's database is, for the log: a file path or host/database, never a password."""
    try:
        from tumorboard.store.database import describe, resolve_url

        return describe(resolve_url(getattr(args, "db", None)))
    except Exception:  # noqa: BLE001 - a bad --db is reported by the command itself
        return "(no usable database named)"


def report_internal_error(exc: BaseException) -> None:
    """Log and show an unexpected error in the program's own words: a database's text (which can
    quote a statement's values, a name or an MRN) is given by its kind and code only."""
    from tumorboard.applog import safe_traceback

    log.error("internal error\n%s", safe_traceback(exc))
    print(f"tumorboard: internal error: {plain_text(exc)}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
