"""The rules the PyInstaller spec uses to decide what goes into the bundle."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType


def test_qt_modules_are_read_from_the_gui_sources(tmp_path: Path, bundle_contents: ModuleType) -> None:
    (tmp_path / "a.py").write_text("from PySide6.QtPrintSupport import QPrinter\nfrom PySide6 import QtSvg, QtCore\n")
    (tmp_path / "b.py").write_text("import PySide6.QtNetwork as net\n")
    used = bundle_contents.qt_modules_used([tmp_path])
    assert {"QtPrintSupport", "QtSvg", "QtNetwork", "QtCore", "QtGui", "QtWidgets"} <= used
    assert "QtWebEngineCore" not in used


def test_unwanted_qt_files(bundle_contents: ModuleType) -> None:
    unwanted = bundle_contents.unwanted_qt_file
    assert unwanted("PySide6/Qt/plugins/sqldrivers/libqsqlite.so")
    assert unwanted("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert unwanted("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert unwanted("PySide6/Qt/lib/libQt6Quick.so.6")
    assert unwanted(r"PySide6\Qt6Qml.dll")
    assert not unwanted("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not unwanted("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not unwanted(r"PySide6\Qt\plugins\platforms\qwindows.dll")
    assert not unwanted("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert not unwanted("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert not unwanted("tumorboard_resources/fonts/DejaVuSans.ttf")


def test_only_qt_translations_for_the_programs_languages(bundle_contents: ModuleType) -> None:
    kept = bundle_contents.kept_qt_translation
    languages = {"zh_CN", "de"}
    assert kept("PySide6/Qt/translations/qtbase_zh_CN.qm", languages)
    assert kept("PySide6/Qt/translations/qt_de.qm", languages)
    assert not kept("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert not kept("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", languages)
    assert not kept("PySide6/Qt/translations/assistant_de.qm", languages)
    assert kept("tumorboard_resources/translations/tumorboard_fr.qm", languages)


def test_libraries_only_dropped_plugins_need_are_pruned(bundle_contents: ModuleType) -> None:
    links = {
        "gtk3.so": ["libgtk.so", "libglib.so"],
        "xcb.so": ["libQt6XcbQpa.so", "libglib.so"],
        "libgtk.so": ["libcairo.so"],
        "libQt6XcbQpa.so": [],
        "libglib.so": [],
        "libcairo.so": [],
        "libssl.so": [],
    }
    dropped = [("plugins/platformthemes/gtk3.so", "gtk3.so", "BINARY")]
    kept = [(name, name, "BINARY") for name in ("xcb.so", "libQt6XcbQpa.so", "libglib.so", "libgtk.so",
                                                 "libcairo.so", "libssl.so")]
    orphans = bundle_contents.orphaned_libraries(dropped, kept, lambda src: links[src])
    # glib is shared with a kept plugin; libssl was collected for its own sake (dlopen)
    assert orphans == {"libgtk.so", "libcairo.so"}
