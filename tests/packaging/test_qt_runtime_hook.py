"""The bundle's Qt run-time hook: no Qt at start (the command line stays fast), Qt's
relocation (embedded qt.conf) done right after the program's first QtCore import."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PyInstaller = pytest.importorskip("PyInstaller", reason="needs the package extra: pip install -e '.[package]'")

ROOT = Path(__file__).resolve().parents[2]
HOOK = ROOT / "packaging" / "rthooks" / "pyi_rth_tumorboard_qt.py"
FAKE_MODULES = Path(PyInstaller.__file__).parent / "fake-modules"


def test_qt_is_set_up_on_first_import_not_at_start(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        import os, sys
        sys._MEIPASS = {str(tmp_path)!r}
        from _pyi_rth_utils import qt
        calls = []
        qt.create_embedded_qt_conf = lambda bindings, prefix: calls.append((bindings, prefix, hasattr(sys.modules["PySide6.QtCore"], "QFile")))
        exec(open({str(HOOK)!r}).read())
        assert "PySide6.QtCore" not in sys.modules, "the hook loaded Qt at start"
        assert os.environ["QT_PLUGIN_PATH"].startswith({str(tmp_path)!r})
        assert calls == []
        from PySide6 import QtCore
        print(calls)
    """)
    env = {**os.environ, "PYTHONPATH": str(FAKE_MODULES), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    expected_prefix = str(tmp_path / ("PySide6" if sys.platform.startswith("win") else "PySide6/Qt"))
    assert proc.stdout.strip() == repr([("PySide6", expected_prefix, True)])
