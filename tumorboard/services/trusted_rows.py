"""Typed read models built from our own database's rows without validating them again.

A list read (a case-list page, the due follow-ups) gets its values through the columns' own type
processors (store.prepared; SQLAlchemy's result processing): a date is a date, a stamp an aware
datetime, a flag a bool, an integer an int. Validating such a row with pydantic would only turn the
coded strings (site, status, sex, test ...) into their enums, at ~2.5 microseconds a row: most of the
fixed cost of a 50-row page and ~5 ms of the 2,000-row due list at 100,000 cases. TrustedRows does
that conversion by a dictionary lookup and builds the models directly.

It accepts only models it can build exactly as validation would: every field of a plain type
(int, str, bool, float, date, datetime, an Enum, or one of those or None), no validators, and
columns that are all fields. Anything else is refused when the builder is made (at import), not
at a user's read. tests/core/services/test_trusted_rows.py checks, on real databases, that the
rows built are equal, value and type, to the validated ones.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_PLAIN = (int, str, bool, float, date, datetime)


def _codes(annotation: Any) -> dict[Any, Any] | None:
    """The value -> member map of an enum field (None: a plain field); TypeError: not buildable."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"not a plain optional type: {annotation!r}")
        annotation = inner[0]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return dict(annotation._value2member_map_)
    if annotation in _PLAIN:
        return None
    raise TypeError(f"not a plain type: {annotation!r}")


class TrustedRows(Generic[M]):
    """Builds `model` instances from tuples whose values are in `columns` order."""

    def __init__(self, model: type[M], columns: Sequence[str]) -> None:
        decorators = model.__pydantic_decorators__
        if (decorators.field_validators or decorators.model_validators or decorators.validators
                or decorators.root_validators):
            raise TypeError(f"{model.__name__} has validators: validate its rows instead")
        fields = model.model_fields
        if len(fields) < 2:
            raise TypeError(f"{model.__name__}: a model of one field (validate it)")
        constrained = [name for name, f in fields.items() if f.metadata]
        if constrained:
            raise TypeError(f"{model.__name__}: constrained fields {constrained}: validate its rows instead")
        unknown = [c for c in columns if c not in fields]
        if unknown:
            raise TypeError(f"{model.__name__} has no field {', '.join(unknown)}")
        missing = [name for name in fields if name not in columns]
        if any(fields[name].is_required() for name in missing):
            raise TypeError(f"{model.__name__}: required fields not read: {missing}")
        self.model = model
        self.columns = tuple(columns)
        self._codes = [(i, codes) for i, c in enumerate(columns)
                       if (codes := _codes(fields[c].annotation)) is not None]
        for name in missing:
            if fields[name].default_factory is not None:
                raise TypeError(f"{model.__name__}.{name}: a default factory (a fresh value per row)")
            _codes(fields[name].annotation)
        # the values in the models' field order (as validation makes them: repr, iteration), defaults
        # of the fields not read appended after the columns
        self._names = tuple(fields)
        extended = [*columns, *missing]
        self._defaults = [fields[name].default for name in missing]
        self._order = None if extended == list(fields) else itemgetter(*(extended.index(n) for n in fields))
        self._fields_set = set(columns)

    def build(self, rows: Sequence[Sequence[Any]]) -> list[M]:
        """The models (a code the enum does not know raises ValueError, as validation would refuse it)."""
        new, put, model, columns, names = object.__new__, object.__setattr__, self.model, self.columns, self._names
        codes, defaults, order, fields_set = self._codes, self._defaults, self._order, self._fields_set
        out: list[M] = []
        for row in rows:
            values = list(row)
            for i, members in codes:
                value = values[i]
                if value is not None:
                    try:
                        values[i] = members[value]
                    except KeyError:
                        raise ValueError(f"{model.__name__}.{columns[i]}: unknown code {value!r}") from None
            if defaults:
                values.extend(defaults)
            data = dict(zip(names, values if order is None else order(values), strict=True))
            item = new(model)
            put(item, "__dict__", data)
            put(item, "__pydantic_fields_set__", set(fields_set))
            put(item, "__pydantic_extra__", None)
            put(item, "__pydantic_private__", None)
            out.append(item)
        return out
