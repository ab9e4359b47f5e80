"""Every command explains itself: `tumorboard X --help` says what X does, every option has a one-line
description, options with a fixed set of values list them; the README lists every command and option."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tumorboard.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*path, name))


def leaf_commands(parser: argparse.ArgumentParser) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    return [(p, c) for p, c in commands(parser)
            if p and not any(isinstance(a, argparse._SubParsersAction) for a in c._actions)]


ALL = list(commands(build_parser()))


@pytest.mark.parametrize(("path", "parser"), ALL, ids=[" ".join(p) or "tumorboard" for p, _ in ALL])
def test_every_command_and_option_has_a_description(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
    assert parser.description, f"`tumorboard {' '.join(path)} --help` does not say what the command does"
    for action in parser._actions:
        where = f"tumorboard {' '.join(path)} {'/'.join(action.option_strings) or action.dest}"
        assert action.help and action.help.strip(), f"{where} has no description"
        if action.choices and not isinstance(action, argparse._SubParsersAction):
            text = parser.format_help()
            assert "{" + ",".join(map(str, action.choices)) + "}" in text, f"{where}: the values are not listed"


def test_the_site_and_status_values_are_in_the_help() -> None:
    text = dict(ALL)[("cases", "list")].format_help()
    assert "--site {colorectal,gastric," in text and "--status {draft,ready," in text


def _readme_command_lines() -> dict[tuple[str, ...], str]:
    """README lines that show a command, by command path (`tumorboard cases list ...`)."""
    found: dict[tuple[str, ...], str] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.search(r"tumorboard((?: [a-z][a-z-]*)+)", line)
        if m:
            words = tuple(m.group(1).split())
            for n in range(1, len(words) + 1):
                found[words[:n]] = found.get(words[:n], "") + "\n" + line
    return found


LEAVES = leaf_commands(build_parser())


@pytest.mark.parametrize(("path", "parser"), LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_the_readme_lists_every_command_and_its_options(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
    lines = _readme_command_lines()
    assert path in lines, f"the README does not show `tumorboard {' '.join(path)}`"
    for action in parser._actions:
        if not action.option_strings or isinstance(action, argparse._HelpAction):
            continue
        assert any(re.search(re.escape(o) + r"(?![\w-])", lines[path]) for o in action.option_strings), (
            f"the README's `tumorboard {' '.join(path)}` line does not mention {action.option_strings[-1]}"
        )


def test_the_readme_names_the_global_options() -> None:
    text = README.read_text(encoding="utf-8")
    assert "--db" in text and "--version" in text and "TUMORBOARD_DATABASE_URL" in text
