"""Translation helpers: every user-visible string passes through Qt's translate().

The core's vocabulary labels are English; they are translated here under the
context "vocabulary" so a Chinese .qm file can cover them too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tumorboard.engine.vocabulary import label as core_label


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def label(code: object) -> str:
    """The plain-language, translated label of a vocabulary code."""
    if code is None:
        return ""
    return QCoreApplication.translate("vocabulary", core_label(str(code)))


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's own and the program's .qm for the system locale, if shipped."""
    from tumorboard.resources import resource

    loaded: list[QTranslator] = []
    locale = QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    ours = QTranslator(app)
    name = f"tumorboard_{locale.name()}.qm"
    node = resource("translations", name)
    if node.is_file() and ours.loadFromData(node.read_bytes()):
        app.installTranslator(ours)
        loaded.append(ours)
    return loaded
