"""The Windows installer script cannot be built here, so it is checked against the bundle:
[Files] must cover every file of the built bundle, uninstall must leave the user's data,
and every resource the program loads must be inside the bundle."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

from tumorboard import __version__

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "tumorboard.iss"


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            found.setdefault(current, [])
        else:
            found.setdefault(current, []).append(line)
    return found


def entry(line: str) -> dict[str, str]:
    """`Source: "a"; DestDir: "{app}"; Flags: x y` -> {"Source": "a", "DestDir": "{app}", "Flags": "x y"}."""
    params = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
    return {key: value.strip().strip('"') for key, value in params}


def setup_value(key: str) -> str:
    for line in sections(ISS.read_text(encoding="utf-8"))["Setup"]:
        name, _, value = line.partition("=")
        if name.strip() == key:
            return value.strip()
    raise AssertionError(f"[Setup] has no {key}")


def file_entries() -> list[dict[str, str]]:
    return [entry(line) for line in sections(ISS.read_text(encoding="utf-8"))["Files"]]


def covered(relative: PurePosixPath, entries: list[dict[str, str]]) -> bool:
    """Would Inno Setup install this file (path relative to SourceDir, the repository root)?"""
    for e in entries:
        source = PurePosixPath(e["Source"].replace("\\", "/"))
        flags = e.get("Flags", "").split()
        excludes = [x.strip() for x in e.get("Excludes", "").split(",") if x.strip()]
        if any(fnmatch.fnmatch(relative.name, x) or fnmatch.fnmatch(str(relative), x) for x in excludes):
            continue
        inside = relative.parent == source.parent or (
            "recursesubdirs" in flags and source.parent in relative.parents
        )
        if inside and fnmatch.fnmatch(relative.name, source.name):
            return True
    return False


def test_files_section_installs_the_whole_bundle_folder_into_app() -> None:
    bundle = [e for e in file_entries() if e["Source"].replace("\\", "/").startswith("dist/tumorboard/")]
    assert bundle, "[Files] does not install dist\\tumorboard"
    assert bundle[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(bundle[0]["Flags"].split())
    assert setup_value("SourceDir") == r"..\.."


def test_coverage_check_notices_a_file_the_script_would_miss() -> None:
    only_top = [{"Source": r"dist\tumorboard\*", "DestDir": "{app}", "Flags": "ignoreversion"}]
    deep = PurePosixPath("dist/tumorboard/_internal/tumorboard_resources/fonts/DejaVuSans.ttf")
    assert covered(PurePosixPath("dist/tumorboard/tumorboard.exe"), only_top)
    assert not covered(deep, only_top)
    assert covered(deep, file_entries())
    excluding = [{**file_entries()[0], "Excludes": "*.ttf"}]
    assert not covered(deep, excluding)


def test_every_file_of_the_built_bundle_is_installed(bundle_dir: Path) -> None:
    entries = file_entries()
    # The script names the bundle by its place in the repository: map the tested bundle there.
    files = [p for p in bundle_dir.rglob("*") if p.is_file() or p.is_symlink()]
    assert len(files) > 100, f"only {len(files)} files in {bundle_dir}"
    missed = [
        str(p.relative_to(bundle_dir))
        for p in files
        if not covered(PurePosixPath("dist/tumorboard") / p.relative_to(bundle_dir).as_posix(), entries)
    ]
    assert not missed, f"[Files] misses {len(missed)} bundle files, e.g. {missed[:5]}"


def test_every_resource_the_program_loads_is_in_the_bundle(bundle_dir: Path, bundle_contents: ModuleType) -> None:
    expected = bundle_contents.expected_resource_files(ROOT)
    # The list comes from the source tree; make sure it holds what the program cannot run without.
    for must in (
        "tumorboard_resources/fonts/DroidSansFallbackFull.ttf",
        "tumorboard_resources/fonts/DejaVuSans.ttf",
        "tumorboard_resources/sources/000_097d1b63dcffeaa5.txt",
        "tumorboard/store/migrations/env.py",
        "tumorboard/store/migrations/script.py.mako",
    ):
        assert must in expected
    assert any(f.startswith("tumorboard/store/migrations/versions/") for f in expected)
    if (ROOT / "resources" / "rules" / "parameters.toml").exists():
        assert "tumorboard_resources/rules/parameters.toml" in expected
    internal = bundle_dir / "_internal"
    missing = [f for f in expected if not (internal / f).is_file()]
    assert not missing, f"missing from {bundle_dir}: {missing}"


def test_uninstall_never_deletes_user_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    found = sections(text)
    assert "UninstallDelete" not in found and "Code" not in found
    for line in found.get("Files", []) + found.get("Dirs", []):
        assert not re.search(r"\{(localappdata|userappdata|commonappdata|userdocs)\}", line, re.I), line
    assert setup_value("DefaultDirName").startswith("{autopf}")  # program files: per-user or per-machine


def test_install_mode_shortcut_and_version() -> None:
    assert setup_value("PrivilegesRequiredOverridesAllowed") == "dialog"
    assert setup_value("PrivilegesRequired") == "lowest"
    icons = [entry(line) for line in sections(ISS.read_text(encoding="utf-8"))["Icons"]]
    start_menu = [i for i in icons if i["Name"].startswith("{group}") and i["Filename"].endswith(".exe")]
    assert start_menu and start_menu[0]["Filename"] == r"{app}\tumorboard.exe"
    spec = (ROOT / "packaging" / "tumorboard.spec").read_text(encoding="utf-8")
    assert re.search(r'name="tumorboard"', spec), "the spec's executable is not named tumorboard"
    default = re.search(r'#define AppVersion "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert default and default.group(1) == __version__, "the installer's default AppVersion drifted"


@pytest.mark.parametrize("path", ["packaging/windows/tumorboard.ico", "packaging/linux/icons/tumorboard-256.png"])
def test_icons_exist(path: str) -> None:
    assert (ROOT / path).stat().st_size > 500


def test_the_bundle_carries_what_printing_needs(bundle_dir: Path) -> None:
    """The print dialog renders the reports with PDFium (pypdfium2) and paints them with QtPrintSupport."""
    internal = bundle_dir / "_internal"
    assert [p for p in internal.rglob("*pdfium*") if p.suffix in (".so", ".dll", ".dylib")], "no PDFium library"
    assert list(internal.rglob("QtPrintSupport*")), "no PySide6.QtPrintSupport"
