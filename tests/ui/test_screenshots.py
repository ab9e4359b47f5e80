"""`tumorboard gui --demo --screenshot DIR` saves one PNG per main view and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from ui.screenshots import VIEWS


def test_screenshot_command_saves_every_view(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TUMORBOARD_LOG_DIR=str(tmp_path / "log"),
               TUMORBOARD_NO_OPEN="1", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("TUMORBOARD_DATABASE_URL", None)
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "gui", "--demo", "--demo-cases", "40",
                           "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    for view in VIEWS:
        png = out / f"{view}.png"
        assert png.is_file(), f"{view} missing"
        image = QImage(str(png))
        least = (600, 300) if view == "welcome" else (1000, 700)  # a dialog, the others whole windows
        assert image.width() >= least[0] and image.height() >= least[1], (view, image.size())
