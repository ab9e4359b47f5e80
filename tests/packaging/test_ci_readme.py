"""CI runs the README's set-up and test commands exactly as written: .ci/readme-commands reads them out
of README.md and .ci/run executes them before anything else is installed."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def block(name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(ROOT / ".ci" / "readme-commands"), name], capture_output=True, text=True)


def test_the_readme_blocks_are_what_ci_runs() -> None:
    setup, test = block("setup"), block("test")
    assert setup.returncode == 0 and test.returncode == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert setup.stdout.strip() and f"```sh\n{setup.stdout}```" in readme
    assert setup.stdout.splitlines()[-1] == "python3 -m venv .venv && .venv/bin/pip install -e '.[test]'"
    assert test.stdout == ".venv/bin/python -m pytest\n" and f"```sh\n{test.stdout}```" in readme
    assert block("no-such-block").returncode == 1


def test_ci_runs_them_first_and_installs_extras_only_afterwards() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup, extras, test = run.index("readme setup"), run.index("pip install -q -e '.[package]'"), run.index("readme test")
    assert setup < extras < test, "the README's commands must pass without the package extra"
    assert "[test,package]" not in run
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]["addopts"]
    assert "no:randomly" not in addopts and "no:randomly" not in run, "the test command runs in a random order"
