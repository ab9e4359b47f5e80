"""`tumorboard gui --help` explains every option, and the README lists them (the core commands are
checked in tests/core/test_cli_help.py; `gui` is added by the GUI package)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tumorboard.cli import build_parser
from ui.launcher import register_gui

README = Path(__file__).resolve().parents[2] / "README.md"


def test_gui_options_are_described_and_in_the_readme() -> None:
    parser = build_parser([register_gui])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    gui = sub.choices["gui"]
    assert gui.description
    lines = "\n".join(line for line in README.read_text(encoding="utf-8").splitlines() if "tumorboard gui" in line)
    for action in gui._actions:
        assert action.help, action.option_strings
        if action.option_strings and not isinstance(action, argparse._HelpAction):
            assert action.option_strings[-1] in lines, f"README: tumorboard gui {action.option_strings[-1]}"


def test_db_with_demo_is_refused_in_words_and_nothing_is_opened(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from ui.launcher import main

    target = tmp_path / "a.sqlite"
    assert main(["--db", str(target), "gui", "--demo"]) == 2
    err = capsys.readouterr().err
    assert "--demo" in err and f"--db {target}" in err and "nothing was opened or changed" in err
    assert f"tumorboard --db {target} gui" in err  # what to do instead
    assert not target.exists()


def test_gui_is_parsed_without_the_core_commands_and_everything_else_by_the_whole_parser() -> None:
    """`tumorboard gui` does not import the core's command groups (they bring the store: start-up time); the
    global options before it are the whole parser's, and help, a core command or a mistake get the whole parser."""
    import subprocess
    import sys

    from tumorboard.cli import _parser_for, command_word

    light = build_parser([register_gui], core=False)
    assert command_word(light, ["--db", "a.sqlite", "--parameters=h.toml", "gui", "--demo"]) == "gui"
    assert command_word(light, ["--help", "gui"]) is None
    assert command_word(light, ["--db", "a.sqlite"]) is None

    def commands(argv: list[str]) -> set[str]:
        sub = next(a for a in _parser_for(argv, [register_gui])._actions if isinstance(a, argparse._SubParsersAction))
        return set(sub.choices)

    assert commands(["--db", "a.sqlite", "gui"]) == {"gui"}
    assert {"gui", "cases", "init", "report"} <= commands(["--db", "a.sqlite", "cases", "list"])
    assert "cases" in commands(["--version"]) and "cases" in commands(["gi"])  # a typo is told the commands
    code = ("import sys\nfrom tumorboard.cli import _parser_for\nfrom ui.launcher import register_gui\n"
            "args = _parser_for(['--db', 'a.sqlite', 'gui'], [register_gui]).parse_args(['--db', 'a.sqlite', 'gui'])\n"
            "assert args.db == 'a.sqlite' and args.func.__name__ == '_run_gui'\n"
            "print(sorted(m for m in sys.modules if m.startswith('tumorboard.cli.') or m in ('sqlalchemy', 'sqlmodel', "
            "'pydantic')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # the launcher's own needs (the demo's size limit, the number check); no store, no other command group, no
    # pydantic (the first window is shown before it is imported)
    assert done.stdout.strip() == "['tumorboard.cli.common']"
