"""Driving the case editor the way a user does: through its widgets."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.date_field import DateField


def enter(editor: Any, name: str, value: Any) -> None:
    """Put a value into a fact's control (emitting the signals a user would)."""
    ctl = editor.form.controls[name]
    e = ctl.editor
    if isinstance(e, QComboBox):
        idx = e.findData(value)
        assert idx >= 0, f"{name}: {value!r} not offered"
        e.setCurrentIndex(idx)
    elif isinstance(e, DateField):
        e.set_date(value if isinstance(value, date) else date.fromisoformat(value), emit=True)
    elif isinstance(e, QLineEdit):
        e.setText(str(value))
    else:  # check boxes of a code list
        for code, box in ctl._checks.items():
            box.setChecked(code in value)


def fill(editor: Any, facts: dict[str, Any]) -> None:
    for name, value in facts.items():
        enter(editor, name, value)
