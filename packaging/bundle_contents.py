"""What belongs in the bundle: shared by tumorboard.spec (to filter and check the build)
and tests/packaging (to check a built bundle and the installer script against it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

# Source folder -> the package it is installed as (the bundle stores it under that name).
RESOURCE_TREES = {
    "resources": "tumorboard_resources",
    "tumorboard/store/migrations": "tumorboard/store/migrations",
}
# Alembic reads the migration scripts as files; resources/__init__.py is only the package marker.
PY_FILES_SHIPPED_AS_DATA = {"tumorboard/store/migrations"}

ALWAYS_QT = {"QtCore", "QtGui", "QtWidgets"}

# Qt plugin folders a desktop forms-and-tables program never loads.
UNWANTED_PLUGIN_DIRS = {
    "designer", "qmllint", "qmltooling", "sqldrivers", "generic", "egldeviceintegrations",
    "wayland-graphics-integration-server", "vectorimageformats", "networkinformation", "tls",
}
# Platform plugins kept: the desktop ones, and offscreen for CI and headless runs.
KEPT_PLATFORMS = {"libqxcb", "libqwayland", "libqoffscreen", "qwindows", "qoffscreen", "qminimal", "libqminimal"}
# Qt libraries only the dropped plugins need (embedded displays, Wayland compositors, QML).
UNWANTED_QT_LIBS = re.compile(
    r"(lib)?Qt6(EglFS\w*|WaylandCompositor\w*|Quick\w*|Qml\w*|Designer\w*|VirtualKeyboard\w*)\.(so|dll)"
)
# Qt's own dialog translations: the languages the program has translations for, plus Chinese.
BASE_QT_LANGUAGES = {"zh_CN", "zh_TW"}


def qt_modules_used(folders: Iterable[Path]) -> set[str]:
    """Qt modules named in `from PySide6.QtX import` / `from PySide6 import QtX` / `import PySide6.QtX`."""
    used = set(ALWAYS_QT)
    for folder in folders:
        for path in Path(folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8", errors="replace")
            used.update(re.findall(r"PySide6\.(Qt\w+)", text))
            for names in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", text):
                used.update(n.strip() for n in names.split(",") if n.strip().startswith("Qt"))
    return used


def unwanted_qt_file(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return False
    name = parts[-1]
    if "plugins" in parts:
        kind = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) else ""
        if kind in UNWANTED_PLUGIN_DIRS:
            return True
        if kind == "platformthemes" and name.startswith("libqgtk3"):
            return True  # links the system's GTK against the bundle's GLib: a known crash source
        if kind == "platforms":
            return name.split(".")[0] not in KEPT_PLATFORMS
    return bool(UNWANTED_QT_LIBS.match(name))


def kept_languages(root: Path) -> set[str]:
    """Languages of the program's own translations (resources/translations/tumorboard_zh_CN.qm -> zh_CN)."""
    found = {p.stem.split("_", 1)[1] for p in (root / "resources" / "translations").glob("*_*.qm")}
    return BASE_QT_LANGUAGES | found


def kept_qt_translation(dest: str, languages: set[str] | None = None) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "translations" not in parts:
        return True
    languages = languages if languages is not None else kept_languages(Path(__file__).resolve().parent.parent)
    stem = parts[-1].removesuffix(".qm")
    family, _, language = stem.partition("_")
    return family in {"qt", "qtbase"} and (language in languages or language.split("_")[0] in languages)


def expected_resource_files(root: Path) -> list[str]:
    """Bundle-relative paths (posix) of every file the program loads through importlib.resources."""
    return sorted(_expected(root))


def _expected(root: Path) -> Iterator[str]:
    for source, package in RESOURCE_TREES.items():
        folder = root / source
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            if path.suffix == ".py" and source not in PY_FILES_SHIPPED_AS_DATA:
                continue
            yield f"{package}/{path.relative_to(folder).as_posix()}"


def orphaned_libraries(dropped: list[tuple], kept: list[tuple], imports_of) -> set[str]:
    """Destinations of libraries in `kept` that only dropped files need.

    Entries are PyInstaller TOC tuples (dest, src, typecode); imports_of(src) gives the
    names a binary links against. Pruning only what dropped plugins pulled in keeps every
    library the build collected for its own sake (hooks, ctypes, dlopen)."""

    def key(name: str) -> str:
        return PurePosixPath(name.replace("\\", "/")).name.lower()

    by_name = {key(dest): (dest, src) for dest, src, _ in kept}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            src = todo.pop()
            for name in imports_of(src):
                lib = by_name.get(key(name))
                if lib and lib[0] not in seen:
                    seen.add(lib[0])
                    todo.append(lib[1])
        return seen

    candidates = closure(src for _, src, _ in dropped)
    needed = closure(src for dest, src, _ in kept if dest not in candidates)
    return candidates - needed
