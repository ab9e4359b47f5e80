"""The core's exception hierarchy.

Every error a user can cause carries a plain message; the CLI prints it and
exits 2, the GUI shows it at the field or in a dialog (ui/errors.py).

The message is a catalogue sentence (tumorboard.i18n: msg() / N_(), English is the message id): str(exc)
is its English, `error_text(exc, language)` says it in the user's language (the GUI's dialogs, the CLI
commands that have --language).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tumorboard.i18n import FIELD_LABELS, N_, Msg, Verbatim, localize, msg, normalize


class TumorboardError(Exception):
    """Base of every error the core raises on purpose."""


@dataclass(frozen=True)
class FieldProblem:
    """One bad value: which field, what was given, what is allowed."""

    field: str
    value: Any
    allowed: str

    def __str__(self) -> str:
        return f"{self.field}: {_shown(self.value)} is not allowed; {self.allowed}"


def _shown(value: Any) -> str:
    """The refused value as the user can read it (a huge number or text is shortened)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"a whole number of {len(str(abs(value))) if value.bit_length() < 14000 else 'thousands of'} digits"
    text = repr(value)
    return text if len(text) <= 200 else f"{text[:80]}… ({len(text):,} characters)"


class InvalidInput(TumorboardError):
    """Input that was refused. Nothing was written."""

    def __init__(self, problems: list[FieldProblem], what: str = "input") -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Invalid {what}:\n{lines}")

    @classmethod
    def from_pydantic(cls, exc: Any, what: str = "input") -> InvalidInput:
        """Turn a pydantic ValidationError into field problems."""
        problems = []
        for err in exc.errors(include_url=False):
            field = ".".join(str(p) for p in err.get("loc", ())) or "(input)"
            value = err.get("input")
            if err.get("type") == "contradicting_facts":  # tumorboard.engine.facts: one problem per field
                problems += [FieldProblem(f, v, a) for f, v, a in (err.get("ctx") or {}).get("problems", ())]
                continue
            if err.get("type") == "extra_forbidden":
                allowed = N_("unknown field: not part of the case facts (check the spelling)")
            elif err.get("type") == "missing" or value is None:  # None is refused only where a value is required
                allowed = N_("this field is required")
                value = None
            else:
                allowed = allowed_from(err)
            problems.append(FieldProblem(field, value, allowed))
        return cls(problems, what)


#: pydantic's type errors in the words of the contract's types
_TYPE_WORDS = {
    "bool_type": N_("allowed: true or false (JSON booleans, not text or numbers)"),
    "int_type": N_("allowed: a whole number (not true/false, not text in quotes)"),
    "float_type": N_("allowed: a number (not true/false, not text in quotes)"),
    "finite_number": N_("allowed: a finite number (not Infinity or NaN)"),
    "string_unicode": N_("allowed: readable text (valid unicode); these are bytes that are not UTF-8 (e.g. from a "
                         "terminal set to another encoding): type it again"),
}


#: pydantic's other refusals: its English stays as it is (what the CLI and the contract have always said),
#: the catalogue says them in the user's language
_SAID_AS = {
    "int_parsing": N_("allowed: a whole number (not true/false, not text in quotes)"),
    "float_parsing": N_("allowed: a number (not true/false, not text in quotes)"),
    "bool_parsing": N_("allowed: true or false (JSON booleans, not text or numbers)"),
    "string_type": N_("allowed: text"),
    "date_type": N_("allowed: a date written YYYY-MM-DD"), "date_parsing": N_("allowed: a date written YYYY-MM-DD"),
    "date_from_datetime_parsing": N_("allowed: a date written YYYY-MM-DD"),
    "date_from_datetime_inexact": N_("allowed: a date written YYYY-MM-DD"),
    "datetime_type": N_("allowed: a date and time"), "datetime_parsing": N_("allowed: a date and time"),
    "list_type": N_("allowed: a list"), "dict_type": N_("allowed: a JSON object of named values"),
    "model_type": N_("allowed: a JSON object of named values"),
    "string_too_long": N_("at most {max_length} characters"),
    "too_long": N_("at most {max_length} items"),
    "greater_than_equal": N_("a number of at least {ge}"),
    "greater_than": N_("a number greater than {gt}"),
    "less_than_equal": N_("a number of at most {le}"),
    "less_than": N_("a number less than {lt}"),
    "string_too_short": N_("at least {min_length} characters"),
}


def allowed_from(err: dict[str, Any]) -> str:
    """What a pydantic error says is allowed, in words the catalogue can translate."""
    ctx = err.get("ctx") or {}
    kind = str(err.get("type"))
    if "expected" in ctx:
        return msg("allowed: {expected}", expected=str(ctx["expected"]))
    words = _TYPE_WORDS.get(kind)
    if words:
        return words
    english = str(err.get("msg", "invalid value"))
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return Msg.said(english, N_("some text: it may not be empty"))
    template = _SAID_AS.get(kind)
    if template is not None:
        try:
            template.format_map(ctx)
        except (KeyError, IndexError, ValueError):
            return english
        return Msg.said(english, template, **{k: v for k, v in ctx.items() if f"{{{k}" in template})
    error = ctx.get("error")
    if kind == "value_error" and isinstance(error, ValueError) and error.args and isinstance(error.args[0], str):
        said = error.args[0]  # a validator's own words (a catalogue message when it gave one)
        return Msg.said(english, said.template, **said.args) if isinstance(said, Msg) else Msg.said(english, said)
    return english


class NotFound(TumorboardError):
    def __init__(self, entity: str, key: Any) -> None:
        self.entity, self.key = entity, key
        super().__init__(msg("No {entity} with id {key}", entity=entity, key=repr(key)))


class StaleEdit(TumorboardError):
    """A save that started from an older version of the record."""

    def __init__(self, entity: str, key: Any, changed_by: str | None, changed_at: datetime | None) -> None:
        self.entity, self.key, self.changed_by, self.changed_at = entity, key, changed_by, changed_at
        when = changed_at.strftime("%Y-%m-%d %H:%M UTC") if changed_at else N_("an unknown time")
        super().__init__(
            msg("This {entity} was changed by {who} at {when} after you opened it. "
                "Your changes were not saved; reload it to see theirs, then apply yours again.",
                entity=entity, who=Verbatim(changed_by) if changed_by else N_("another user"), when=when)
        )


class StorageError(TumorboardError):
    """The database cannot be used as asked (location, version, integrity)."""


class DatabaseMissing(StorageError):
    """The database file named does not exist, and the caller asked not to create one."""


class DatabaseTooNew(StorageError):
    pass


class NetworkPathRefused(StorageError):
    pass


class DiskFull(StorageError):
    """The disk (or the database server's disk) is full: nothing of the change was written."""


class ConfigurationError(TumorboardError):
    """A settings or parameter file that cannot be used."""


#: modules whose exception texts may quote SQL values (patient names, MRNs): never shown or logged as they are
_DATABASE_MODULES = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "_sqlite3")


def is_database_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in _DATABASE_MODULES


def plain_text(exc: BaseException) -> str:
    """An exception as the program may show or log it: its own errors as they are; a database
    driver's error by kind and code only, because those texts can quote the values of a
    statement (a patient's name, an MRN)."""
    if isinstance(exc, TumorboardError) or not is_database_error(exc):
        return f"{type(exc).__name__}: {exc}"
    orig = getattr(exc, "orig", None) or exc
    parts = [type(exc).__name__]
    if orig is not exc:
        parts.append(f"from {type(orig).__module__.split('.')[0]}.{type(orig).__name__}")
    code = getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None)
    if code:
        parts.append(f"code {code}")
    diag = getattr(orig, "diag", None)
    for name in ("table_name", "constraint_name"):
        value = getattr(diag, name, None) if diag is not None else None
        if value:
            parts.append(f"{name.split('_')[0]} {value}")
    return " ".join(parts) + " (the database's own text is not shown: it may quote patient data)"


class PermissionDenied(TumorboardError):
    """The acting user's role does not allow the action. Nothing was written."""

    def __init__(self, action: str, needed: str, identity: str, role: str | None, what: str = "") -> None:
        self.action, self.needed, self.identity, self.role = action, needed, identity, role
        doing = what or action
        if role is None:
            has = msg("the account {identity} is disabled on this board", identity=Verbatim(repr(identity)))
        else:
            has = msg("{identity} has the role {role}", identity=Verbatim(repr(identity)), role=role)
        super().__init__(
            msg("Not allowed: {doing} ({action}) needs the role {needed}; {has}. "
                "Nothing was changed. An admin of this board can assign roles (tumorboard users set-role).",
                doing=doing, action=Verbatim(action), needed=needed, has=has)
        )


#: a refused value that was not given at all, as error_text says it
EMPTY = N_("(empty)")


def error_text(exc: BaseException, language: str | None = "en") -> str:
    """The message of one of the program's errors in `language` (None: the session's); English is str(exc).
    A refusal lists each field by its label (case facts) with the value and what is allowed."""
    lang = normalize(language)
    if lang == "en":
        return str(exc)
    problems = getattr(exc, "problems", None)
    if isinstance(exc, InvalidInput) or (isinstance(exc, TumorboardError) and isinstance(problems, list)):
        lines = "\n".join("  - " + localize(msg("{field}: {value} is not allowed; {allowed}",
                                                  field=Verbatim(localize(FIELD_LABELS[p.field.split(".")[-1]], lang)
                                                              if p.field.split(".")[-1] in FIELD_LABELS else p.field),
                                                  value=Verbatim(_shown(p.value)) if p.value is not None else EMPTY,
                                                  allowed=p.allowed), lang)
                           for p in getattr(exc, "problems", []))
        return localize(N_("Invalid input; nothing was saved:"), lang) + "\n" + lines
    if exc.args and isinstance(exc.args[0], Msg):
        return localize(exc.args[0], lang)
    if exc.args and isinstance(exc.args[0], str):
        return localize(exc.args[0], lang)
    return str(exc)
