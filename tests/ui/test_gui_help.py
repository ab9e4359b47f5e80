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
