"""The case facts as a form: one fitting control per fact, grouped in sections.

Unknown is a real value everywhere (combo "Unknown", empty number, date at its
"unknown" minimum): incomplete cases can be saved and show what is missing.
Numbers are typed in line edits so a wrong value can be refused *at the field*
with what is allowed, instead of being silently clamped by a spin box."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.date_field import DateField
from ui.fact_fields import FIELDS, SECTIONS, FieldSpec
from ui.i18n import label, translate

UNKNOWN_DATE = QDate(1900, 1, 1)
LABEL_WIDTH = 190  # wide enough for most labels; the long ones wrap (1366-pixel screens need the room)
#: tick boxes of one fact per row: the nine liver segments in one row pushed the form wider than its pane
CHECKS_PER_ROW = 5


def _restyle(w: QWidget) -> None:
    w.style().unpolish(w)
    w.style().polish(w)


class FactControl(QWidget):
    """A control for one fact, plus the line under it that says what is wrong."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"fact_{spec.name}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.editor = self._make_editor()
        self.editor.setAccessibleName(translate("CaseFacts", spec.label))
        row.addWidget(self.editor, 1 if spec.kind == "codes" else 0)
        if spec.unit:
            unit = QLabel(translate("CaseFacts", spec.unit))
            unit.setObjectName("muted")
            row.addWidget(unit)
        if spec.kind != "codes":
            row.addStretch(1)
        outer.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        if spec.help:
            self.setToolTip(translate("CaseFacts", spec.help))
        self._mark_missing()

    # -- construction -----------------------------------------------------------
    def _make_editor(self) -> QWidget:
        s = self.spec
        if s.kind in ("bool", "code"):
            box = QComboBox()
            box.addItem(translate("CaseFacts", "Unknown"), None)
            if s.kind == "bool":
                box.addItem(translate("CaseFacts", "Yes"), True)
                box.addItem(translate("CaseFacts", "No"), False)
            else:
                assert s.codes is not None
                for code in s.codes:
                    box.addItem(label(code.value), code.value)
            box.currentIndexChanged.connect(self._on_change)
            box.setMinimumWidth(220)
            box.setMaximumWidth(380)
            return box
        if s.kind == "codes":
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            self._checks: dict[str, QCheckBox] = {}
            assert s.codes is not None
            for i, code in enumerate(s.codes):
                cb = QCheckBox(label(code.value))
                cb.setAccessibleName(label(code.value))
                cb.toggled.connect(self._on_change)
                self._checks[code.value] = cb
                grid.addWidget(cb, i // CHECKS_PER_ROW, i % CHECKS_PER_ROW)
            grid.setColumnStretch(CHECKS_PER_ROW, 1)
            return holder
        if s.kind == "date":
            # a diagnosis is often known to the month only (referral letters): YYYY-MM is read and said
            d = DateField(translate("CaseFacts", s.label), partial=s.name == "primary_diagnosed_on", show_errors=False)
            d.changed.connect(self._on_change)
            d.line.editingFinished.connect(self._show_date_problem)
            return d
        line = QLineEdit()
        line.setPlaceholderText(translate("CaseFacts", "unknown"))
        line.textChanged.connect(self._on_change)
        if s.kind == "text":
            line.setMaxLength(int(s.high or 200))
            line.setMinimumWidth(220)
        else:
            line.setMaximumWidth(160)
        return line

    # -- values -------------------------------------------------------------------
    def value(self) -> Any:
        """The entered value, None when unknown. Unparseable text -> None (see problem())."""
        s, e = self.spec, self.editor
        if isinstance(e, QComboBox):
            return e.currentData()
        if s.kind == "codes":
            chosen = [c for c, cb in self._checks.items() if cb.isChecked()]
            return chosen or None
        if isinstance(e, DateField):
            return e.date()
        parsed, _ = self._parse()
        return parsed

    def _parse(self) -> tuple[Any, str | None]:
        text = self.editor.text().strip() if isinstance(self.editor, QLineEdit) else ""  # numbers and text only
        if not text:
            return None, None
        s = self.spec
        if s.kind == "text":
            return text, None
        try:
            if s.kind == "int":
                num: float = int(text)
            else:
                ok = False
                num, ok = QLocale().toDouble(text)
                if not ok:
                    num = float(text.replace(",", "."))
        except ValueError:
            return None, translate("CaseFacts", "“{text}” is not {allowed}").format(text=text, allowed=s.allowed())
        too_low = s.low is not None and (num <= s.low if s.low_open else num < s.low)
        too_high = s.high is not None and num > s.high
        if too_low or too_high:
            return None, translate("CaseFacts", "{text} is out of range: enter {allowed}").format(text=text, allowed=s.allowed())
        return num, None

    def problem(self) -> str | None:
        if self.spec.kind in ("int", "float"):
            return self._parse()[1]
        if isinstance(self.editor, DateField):
            return self.editor.problem()
        return None

    def _show_date_problem(self) -> None:
        self.show_problem(self.problem())

    def set_value(self, value: Any) -> None:
        s, e = self.spec, self.editor
        was = self.blockSignals(True)
        if isinstance(e, QComboBox):
            idx = e.findData(str(value) if isinstance(value, StrEnum) else value)
            e.setCurrentIndex(max(idx, 0))
        elif s.kind == "codes":
            chosen = {str(c) for c in (value or [])}
            for code, cb in self._checks.items():
                cb.setChecked(code in chosen)
        elif isinstance(e, DateField):
            e.set_date(value)
        elif isinstance(e, QLineEdit):
            e.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
        self.blockSignals(was)
        self.show_problem(self.problem())
        self._mark_missing()

    # -- marking -------------------------------------------------------------------
    def _month_note(self) -> str | None:
        e = self.editor
        if isinstance(e, DateField) and e.month_only() and (d := e.date()):
            return translate("DateField", "Month only: counted as {day}").format(day=d.isoformat())
        return None

    def unusual(self) -> str | None:
        """A question, not a refusal: an accepted value outside the usual range (another unit?)."""
        usual = self.spec.usual
        value = self.value() if usual else None
        if usual is None or value is None or usual[0] <= value <= usual[1]:
            return None
        return translate("CaseFacts", usual[2])

    def show_problem(self, message: str | None) -> None:
        question = None if message else (self.unusual() or self._month_note())
        self.error.setText(message or question or "")
        self.error.setVisible(bool(message or question))
        self.error.setProperty("question", bool(question))  # amber, and saving goes ahead
        _restyle(self.error)
        target = self.editor.line if isinstance(self.editor, DateField) else self.editor
        if isinstance(target, QLineEdit):
            target.setProperty("invalid", bool(message))
            _restyle(target)

    def _mark_missing(self) -> None:
        if isinstance(self.editor, QLineEdit | QComboBox):
            missing = self.value() is None and not self.problem()
            if self.editor.property("missing") != missing:
                self.editor.setProperty("missing", missing)
                _restyle(self.editor)

    def _on_change(self, *_: Any) -> None:
        problem = self.problem()
        if not (isinstance(self.editor, DateField) and self.editor.line.hasFocus() and problem):
            self.show_problem(problem)  # a half-typed date is judged when the field is left
        self._mark_missing()
        self.changed.emit()


class FactForm(QWidget):
    """All case facts in their sections. `extra` widgets can be added to a section."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls: dict[str, FactControl] = {}
        self.sections: dict[str, QFormLayout] = {}
        self.boxes: dict[str, QGroupBox] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for section in SECTIONS:
            box = QGroupBox(translate("CaseFacts", section))
            box.setAccessibleName(translate("CaseFacts", section))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.sections[section] = form
            self.boxes[section] = box
            lay.addWidget(box)
        for spec in FIELDS:
            ctl = FactControl(spec)
            ctl.changed.connect(self.changed)
            self.controls[spec.name] = ctl
            lab = QLabel(translate("CaseFacts", spec.label))
            lab.setMinimumWidth(LABEL_WIDTH)  # one label column across all sections
            lab.setWordWrap(True)
            lab.setBuddy(ctl.editor)
            self.sections[spec.section].addRow(lab, ctl)
        lay.addStretch(1)

    def values(self) -> dict[str, Any]:
        """Known facts only (unknown left out), JSON-ready."""
        out: dict[str, Any] = {}
        for name, ctl in self.controls.items():
            val = ctl.value()
            if val is None:
                continue
            out[name] = val.isoformat() if isinstance(val, date) else val
        return out

    def set_values(self, facts: dict[str, Any]) -> None:
        for name, ctl in self.controls.items():
            ctl.set_value(facts.get(name))

    def problems(self) -> dict[str, str]:
        return {n: p for n, c in self.controls.items() if (p := c.problem())}

    def mark(self, problems: dict[str, str]) -> None:
        """Show problems found by the core (InvalidInput) at their fields."""
        for name, msg in problems.items():
            if name in self.controls:
                self.controls[name].show_problem(msg)

    def focus_first_problem(self) -> None:
        for ctl in self.controls.values():
            if ctl.error.isVisible():
                ctl.editor.setFocus()
                return
