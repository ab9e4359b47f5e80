"""Fast construction of the engine's own output models.

The engine builds Recommendation parts from values it has already checked,
so it skips validation. pydantic's model_construct also fills defaults and
resolves aliases field by field, which costs more than the rules themselves;
`make` sets the same instance state directly. The values must name every
field (tests/core/engine/test_engine_purity.py checks the result equals a
validated model; the property tests re-validate whole recommendations).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
# BaseModel's own slots, set through their descriptors: cheaper than object.__setattr__ by name.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
# Every field is always given, so one fields-set per class serves all instances (frozen: never mutated).
_FIELDS_SET: dict[type, set[str]] = {}


def build(cls: type[M], fields: dict[str, Any]) -> M:
    """An instance whose field values are `fields` (every field named); the dict becomes its own."""
    obj = _new(cls)
    _set_dict(obj, fields)
    names = _FIELDS_SET.get(cls)
    if names is None:
        names = _FIELDS_SET[cls] = set(cls.model_fields)
    _set_fields(obj, names)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def make(cls: type[M], **values: Any) -> M:
    return build(cls, values)
