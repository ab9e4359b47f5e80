"""PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc")
after some thousands of widget calls. Guard the installed pair, and prove it
survives a long run of widget calls in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6

SCRIPT = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
    app = QApplication([])
    calls = 0
    for i in range(2500):
        label = QLabel()
        label.setText(f"Müller 张伟 {i}")
        edit = QLineEdit()
        edit.setText(str(i))
        edit.setPlaceholderText("unknown")
        _ = label.text() + edit.text()
        label.deleteLater()
        edit.deleteLater()
        if i % 100 == 0:
            app.processEvents()
        calls += 8
    app.processEvents()
    print(calls)
""")


def test_installed_pyside_is_not_the_aborting_pair() -> None:
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and (major, minor) == (6, 12)), (
        f"PySide6 {PySide6.__version__} on Python 3.11 aborts after thousands of widget calls; "
        "pyproject bounds it below 6.12 on 3.11")


def test_twenty_thousand_widget_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 20000
