"""The Linux desktop entry and the script that adds it to the user's menu."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_the_window_with_the_shipped_icon() -> None:
    entry = desktop_entry(LINUX / "tumorboard.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Tumorboard"
    assert entry["Exec"] == "tumorboard gui" and entry["Terminal"] == "false"
    assert (LINUX / "icons" / f"{entry['Icon']}-256.png").is_file()
    assert (LINUX / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Categories"].endswith(";")


def test_install_script_points_the_menu_entry_at_the_unpacked_folder(tmp_path: Path) -> None:
    unpacked = tmp_path / "opt" / "tumorboard 0.1"  # a space in the path must survive
    (unpacked / "share" / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "tumorboard.desktop", unpacked / "share" / "applications")
    icon_dir = unpacked / "share" / "icons" / "hicolor" / "48x48" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copy(LINUX / "icons" / "tumorboard-48.png", icon_dir / "tumorboard.png")
    shutil.copy(LINUX / "install-desktop-entry.sh", unpacked)
    data = tmp_path / "home-data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}

    subprocess.run(["bash", str(unpacked / "install-desktop-entry.sh")], env=env, check=True, capture_output=True)
    installed = desktop_entry(data / "applications" / "tumorboard.desktop")
    assert installed["Exec"] == f'"{unpacked}/tumorboard" gui'
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "tumorboard.png").is_file()

    subprocess.run(["bash", str(unpacked / "install-desktop-entry.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (data / "applications" / "tumorboard.desktop").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "tumorboard.png").exists()
    assert (unpacked / "install-desktop-entry.sh").exists()  # the program folder is left alone
