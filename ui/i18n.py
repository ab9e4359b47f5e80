"""Translation helpers: every user-visible string passes through Qt's translate().

The core's vocabulary labels are English; they are translated here under the
context "vocabulary" so a Chinese .qm file can cover them too."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from tumorboard.services import language as core_language
from tumorboard.services.vocabulary import label as core_label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - pyside6-lupdate finds strings by this name
    """Mark `text` for translation under `context` and return it unchanged (translate() shows it later).
    Typed stand-in for PySide6's, whose stub returns `object`."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate; named `translate` so pyside6-lupdate extracts the calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def label(code: object) -> str:
    """The plain-language, translated label of a vocabulary code."""
    if code is None:
        return ""
    return QCoreApplication.translate("vocabulary", core_label(str(code)))


#: weekday and month names follow the program's language, not the workstation's locale. English names
#: come from the C locale: three letters for every month (en_GB's CLDR data writes "Sept" beside "Oct").
DATE_LOCALE = {"locale": QLocale.c()}
#: the translators install_translators() put in, so reset_language() can take them out again
_INSTALLED: list[QTranslator] = []


def day_text(day: date) -> str:
    """A meeting day with its weekday, in the program's language ("Wed 09 Dec 2026", "周三 09 12月 2026")."""
    pattern = translate("Main", "ddd dd MMM yyyy", "a Qt date format: the translation may reorder it")
    return DATE_LOCALE["locale"].toString(QDate(day.year, day.month, day.day), pattern)


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load the program's .qm for TUMORBOARD_LANG or the system locale, if shipped, and Qt's own
    (Cancel, Yes, No …) in the same language: one language per window, whatever the workstation's locale."""
    from tumorboard.resources import real_path, resource

    loaded: list[QTranslator] = []
    name = os.environ.get("TUMORBOARD_LANG") or QLocale.system().name()  # e.g. TUMORBOARD_LANG=zh_CN
    node = resource("translations", f"tumorboard_{name}.qm")
    ours = QTranslator(app)
    if not (node.is_file() and ours.load(str(real_path("translations", f"tumorboard_{name}.qm")))):
        return loaded  # English throughout
    qt = QTranslator(app)
    if qt.load(QLocale(name), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    app.installTranslator(ours)
    loaded.append(ours)
    _INSTALLED.extend(loaded)
    DATE_LOCALE["locale"] = QLocale(name)
    if core_language.is_language(name):  # the core's texts (explanations, checklist, documents) follow
        core_language.set_default_language(name)
    return loaded


def core_text(text: object) -> str:
    """A text the core composed (what a refused field allows, a warning) in the window's language: the
    core's message catalogue says it again in Chinese when it knows it, else it stays as given."""
    return core_language.localize(text, core_language.language_now())


def language() -> str:
    """The language the window shows, as the services name it ("en", "zh_CN"): passed to the services'
    calls whose texts the user reads (explanations, readiness, printed documents)."""
    return core_language.language_now()


def reset_language() -> None:
    """English again: remove every translator install_translators() added and restore the date locale
    (tests call it after each test, so a Chinese test leaves nothing behind for the next one)."""
    while _INSTALLED:
        QCoreApplication.removeTranslator(_INSTALLED.pop())
    DATE_LOCALE["locale"] = QLocale.c()
    core_language.set_default_language("en")
