"""Fast construction of the engine's own output models.

The engine builds Recommendation parts from values it has already checked,
so it skips validation. pydantic's model_construct also fills defaults and
resolves aliases field by field, which costs more than the rules themselves;
`make` sets the same instance state directly. The values must name every
field (tests/core/engine/test_construct.py checks the result equals a
validated model).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__
# Every field is always given, so one fields-set per class serves all instances (frozen: never mutated).
_FIELDS_SET: dict[type, set[str]] = {}


def make(cls: type[M], **values: Any) -> M:
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    fields = _FIELDS_SET.get(cls)
    if fields is None:
        fields = _FIELDS_SET[cls] = set(cls.model_fields)
    _set(obj, "__pydantic_fields_set__", fields)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
