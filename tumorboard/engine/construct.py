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


def make(cls: type[M], **values: Any) -> M:
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
