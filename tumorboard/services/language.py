"""The language of the texts the core produces for this session (engine explanations, readiness lines,
printed documents): the GUI sets the one its window shows; the CLI names one per command (--language).

A thin door to tumorboard.i18n for the GUI, which reaches the core only through the services."""

from tumorboard.i18n import LANGUAGES, is_language, language_now, localize, normalize, set_default_language

__all__ = ["LANGUAGES", "is_language", "language_now", "localize", "normalize", "set_default_language"]
