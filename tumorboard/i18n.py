"""The core's message catalogue: the engine's explanations, warnings, readiness lines and the printed
documents' words in the user's language (English, or Chinese zh_CN).

Texts live outside the code in gettext catalogues, resources/locale/<lang>/LC_MESSAGES/tumorboard.po
(compiled to tumorboard.mo beside it; `python tools/update_catalogue.py` extracts and compiles them with
Babel). The English text is the message id. A sentence with values in it is a `Msg`: a str (its English
wording, what the JSON contract and the English documents show) that also keeps its template and values,
so `localize(msg, "zh_CN")` can say it again in Chinese. Values that are Msg themselves (a vocabulary
label, a joined sentence) are translated in turn; `FieldNames` prints case-fact names by their labels.
Verbatim source excerpts are citations and are never passed through the catalogue.

The language: `localize(text, language)` when the caller names one; else the one set for this thread
with `using(language)` (a report being rendered); else the session's (`set_default_language`, the GUI's
choice at start-up); else English.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

LANGUAGES = ("en", "zh_CN")
#: the names other parts of the program (and users) give the same languages
ALIASES = {"en": "en", "en_GB": "en", "en_US": "en", "zh": "zh_CN", "zh_CN": "zh_CN", "zh-CN": "zh_CN",
           "zh_Hans": "zh_CN", "zh_Hans_CN": "zh_CN"}
DOMAIN = "tumorboard"

_default = ["en"]
_current: ContextVar[str | None] = ContextVar("tumorboard_language", default=None)


def normalize(language: str | None) -> str:
    """A supported language code for `language` ("zh" -> "zh_CN"); ValueError when there is none."""
    if language is None:
        return language_now()
    found = ALIASES.get(language.strip())
    if found is None:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")
    return found


def is_language(language: str) -> bool:
    return language.strip() in ALIASES


def set_default_language(language: str) -> None:
    """The session's language (the GUI sets the one its window shows)."""
    _default[0] = normalize(language)


def language_now() -> str:
    """The language in force: this thread's `using(...)`, else the session's."""
    return _current.get() or _default[0]


@contextmanager
def using(language: str | None) -> Iterator[str]:
    """Within the block, texts are localized to `language` (None: the session's)."""
    lang = normalize(language)
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of `language` (English: the message ids themselves)."""
    lang = normalize(language)
    if lang == "en":
        return gettext.NullTranslations()
    from tumorboard.resources import resource

    node = resource("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    with node.open("rb") as fh:
        return gettext.GNUTranslations(fh)


class Msg(str):
    """A sentence with values: its English wording as a str, its template and values kept for translation."""

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, args: Mapping[str, Any]) -> Msg:
        # English is the template filled in as is (a Msg is its English, FieldNames formats as labels); only a
        # list needs joining. The engine makes these for every explanation: no work beyond the f-string's.
        english = args
        for v in args.values():
            if type(v) is list:
                english = {k: ", ".join(x) if type(x) is list else x for k, x in args.items()}
                break
        obj = super().__new__(cls, template.format_map(english))
        obj.template = template
        obj.args = args
        return obj

    @classmethod
    def said(cls, english: str, template: str, **args: Any) -> Msg:
        """A sentence whose English is `english` as another library wrote it (pydantic's refusals, kept as they
        always were), translated from `template` with `args`."""
        obj = str.__new__(cls, english)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restored, (str.__str__(self), self.template, dict(self.args)))

    def __deepcopy__(self, memo: dict[int, Any]) -> Msg:
        return self  # immutable

    def __copy__(self) -> Msg:
        return self


class Verbatim(str):
    """A value inside a message that is never looked up in the catalogue: a name, a path, a typed text."""

    __slots__ = ()


class Code(str):
    """A code inside a message (a status, a test, a role): the code itself in English (what the CLI takes),
    its label in another language."""

    label: str

    def __new__(cls, code: str, label: str) -> Code:
        obj = super().__new__(cls, code)
        obj.label = label
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Code, (str(self), self.label))


def _restored(english: str, template: str, args: dict[str, Any]) -> Msg:
    return Msg.said(english, template, **args)


def msg(template: str, **args: Any) -> Msg:
    """A translatable sentence: `template` is the English text with {named} values (the message id)."""
    return Msg(template, args)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "mark only"; Babel extracts it
    """Mark a constant text for the catalogue (localize() translates it where it is shown)."""
    return text


class FieldNames(tuple[str, ...]):
    """Case-fact names that print as their labels in the text's language, joined with commas."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(_fact_label(name, "en") for name in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def fields(*names: str) -> FieldNames:
    return FieldNames(names)


#: case-fact name -> its English label; the catalogue of case facts registers them (the core's other
#: modules import this one, never the other way round)
FIELD_LABELS: dict[str, str] = {}
#: what registers the labels when a name is first printed (the engine's package puts the import of its fact
#: catalogue here: importing its codes alone does not load pydantic and the facts; start-up time, issue 17)
_LABEL_SOURCES: list[Callable[[], object]] = []


def register_labels(labels: Mapping[str, str]) -> None:
    FIELD_LABELS.update(labels)


def register_label_source(load: Callable[[], object]) -> None:
    """`load()` registers labels (register_labels) when a fact's label is first asked for."""
    _LABEL_SOURCES.append(load)


def _fact_label(name: str, language: str) -> str:
    if _LABEL_SOURCES:  # each loads once (an import: another thread asking meanwhile waits for it to finish)
        for load in tuple(_LABEL_SOURCES):
            load()
        _LABEL_SOURCES.clear()
    text = FIELD_LABELS.get(name, name)
    return catalogue(language).gettext(text) if language != "en" else text


LIST_SEPARATOR = {"en": ", ", "zh_CN": "、"}


def localize(text: Any, language: str | None = None) -> str:
    """`text` in `language` (a Msg, a FieldNames, or a constant text whose English is a message id)."""
    lang = normalize(language)
    if isinstance(text, Msg):
        if lang == "en":
            return str.__str__(text)
        args = {k: _localize_value(v, lang) for k, v in text.args.items()}
        return catalogue(lang).gettext(text.template).format_map(args)
    if isinstance(text, FieldNames):
        return LIST_SEPARATOR[lang].join(_fact_label(name, lang) for name in text)
    if not isinstance(text, str):
        return str(text)
    if isinstance(text, Code):
        return str.__str__(text) if lang == "en" else catalogue(lang).gettext(text.label)
    if lang == "en" or not text or isinstance(text, Verbatim):
        return text
    return catalogue(lang).gettext(text)


def _localize_value(value: Any, language: str) -> Any:
    if isinstance(value, Verbatim):
        return str.__str__(value)
    if isinstance(value, Code):
        return localize(value, language)
    if isinstance(value, Msg | FieldNames):
        return localize(value, language)
    if language == "en":
        return ", ".join(value) if isinstance(value, list) else value
    if isinstance(value, str):
        return catalogue(language).gettext(value) if value else value
    if isinstance(value, list):
        return LIST_SEPARATOR[language].join(localize(v, language) for v in value)
    return value


def _(text: str, **args: Any) -> str:
    """A text of the program's own (a heading, a label) in the language now in force, values filled in."""
    lang = language_now()
    done = text if lang == "en" or not text else catalogue(lang).gettext(text)
    return done.format_map(args) if args else done


def join(items: list[Any] | tuple[Any, ...], language: str | None = None) -> str:
    """Localized items joined the way the language lists them ("a, b" / "a、b")."""
    lang = normalize(language)
    return LIST_SEPARATOR[lang].join(localize(i, lang) for i in items)
