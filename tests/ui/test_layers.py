"""The GUI reaches the database only through tumorboard.services (house layering rule)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

spec = importlib.util.find_spec("ui.app")
assert spec is not None and spec.origin is not None
UI_ROOT = Path(spec.origin).parent


def imported_modules(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_ui_does_not_import_the_store():
    offenders = [
        f"{path.relative_to(UI_ROOT)}: {name}"
        for path in sorted(UI_ROOT.rglob("*.py"))
        for name in imported_modules(path)
        if name == "tumorboard.store" or name.startswith("tumorboard.store.")
    ]
    assert offenders == []


def test_the_services_give_the_gui_what_it_needed_from_the_store():
    from tumorboard.services import SCHEMA_HEAD, default_database_path
    from tumorboard.store.database import default_path
    from tumorboard.store.migrate import SCHEMA_HEAD as STORE_HEAD

    assert SCHEMA_HEAD == STORE_HEAD
    assert default_database_path() == default_path()



def test_the_gui_has_no_import_loops():
    """Start-up, the main window and the screenshots share the database choice (ui/database_choice.py)
    instead of importing each other: app -> main_window -> app was a loop. Run as CI runs it, in a
    process of its own (under pytest the name `ui` is also this test folder's package)."""
    import subprocess
    import sys

    import pytest

    pytest.importorskip("grimp")  # installed with import-linter (the test extra)
    root = UI_ROOT.parent
    done = subprocess.run([sys.executable, str(root / "tools" / "check_import_cycles.py"), "ui"], cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no import loops in ui" in done.stdout
