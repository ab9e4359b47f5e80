"""The one date editor of the program: what is typed stays typed.

A QDateEdit edits sections in place: typing into "unknown" appended to the
special text, a typed year was ignored when the cursor sat in the month, and
its calendar opened at its minimum (January 1900). This field is a line edit:

* `YYYY-MM-DD` (also `YYYYMMDD` and one-digit month/day) and the locale's
  short form (`20/05/1960`, `1960/5/20`, `5/20/60`) are read;
* with `partial=True` (month and year of a diagnosis, as referral letters
  give it) `YYYY-MM` is read too and *said* to count as the 1st of that month;
* empty means unknown: the word "unknown" is only a placeholder, so typing
  replaces it;
* a date after the field's limit (today for a diagnosis, a birth, a result)
  or text that cannot be read is a problem in words, shown under the field;
  the value is never changed behind the user's back;
* the calendar (the button, Alt+Down or F4) opens at the value, else today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.i18n import translate

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")

#: what a limit may be: a fixed day, or a function asked at the time of checking (today, another field)
Limit = dt.date | Callable[[], dt.date | None] | None


_clock: Callable[[], dt.date] = dt.date.today


def set_clock(clock: Callable[[], dt.date]) -> None:
    """Where "today" comes from (the workspace's clock, which tests fix; ui.context sets it)."""
    global _clock
    _clock = clock


def today() -> dt.date:
    """Today by the workspace's clock: the default limit of a date that cannot lie ahead."""
    return _clock()


def iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _day_words(d: dt.date) -> str:
    """A limit in words: "today (2026-12-04)" or the day."""
    if d == today():
        return translate("DateField", "today ({day})").format(day=d.isoformat())
    return d.isoformat()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def read_date(text: str, locale: QLocale | None = None, partial: bool = False,
              latest: dt.date | None = None) -> tuple[dt.date, bool]:
    """(the date the text means, whether only month and year were given); ValueError if it means none.

    Two-digit years of the short form go to the century that keeps the date at or before `latest`."""
    text = text.strip()
    for pattern in (_ISO, _COMPACT):
        m = pattern.match(text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), False  # ValueError for 2026-02-30
    if partial and (m := _MONTH.match(text)):
        return dt.date(int(m[1]), int(m[2]), 1), True
    loc = locale or QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    long_year = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
    q = loc.toDate(text, long_year)
    if q.isValid() and q.year() >= 1000:
        return _pydate(q), False
    if "yyyy" not in fmt:
        q = loc.toDate(text, fmt)
        if q.isValid():
            d = _pydate(q)
            while latest is not None and d > latest and d.year > 100:
                d = d.replace(year=d.year - 100)
            return d, False
    raise ValueError(text)


class DateField(QWidget):
    """A date typed or picked; `date()` is None when unknown, `problem()` says what is wrong."""

    changed = Signal()  # after any edit (typing or the calendar)

    def __init__(self, name: str, *, latest: Limit = today, earliest: Limit = None, partial: bool = False,
                 unknown_allowed: bool = True, show_errors: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.latest, self.earliest = latest, earliest
        self.partial = partial
        self.unknown_allowed = unknown_allowed
        self._latest_text: Callable[[], str] | None = None
        self._earliest_text: Callable[[], str] | None = None
        self.setObjectName("dateField")
        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        self.line.setAccessibleName(name)
        self.line.setPlaceholderText(translate("DateField", "unknown") if unknown_allowed else "YYYY-MM-DD")
        self.line.setToolTip(self._hint())
        self.line.setMaximumWidth(150)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self.refresh)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setObjectName("calendarButton")
        self.button.setAccessibleName(translate("DateField", "Choose {name} in a calendar").format(name=name))
        self.button.setToolTip(translate("DateField", "Calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.note = QLabel()  # "counted as the 1st" / what is wrong
        self.note.setObjectName("fieldError")
        self.note.setWordWrap(True)
        self.note.hide()
        self.show_errors = show_errors
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(row)
        lay.addWidget(self.note)
        self.menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        self.setFocusProxy(self.line)

    # -- limits ------------------------------------------------------------------
    def set_limits(self, latest: Limit = today, earliest: Limit = None, latest_text: Callable[[], str] | None = None,
                   earliest_text: Callable[[], str] | None = None) -> None:
        """Limits, optionally named ("the diagnosis date") for the message."""
        self.latest, self.earliest = latest, earliest
        self._latest_text, self._earliest_text = latest_text, earliest_text

    @staticmethod
    def _limit(limit: Limit) -> dt.date | None:
        return limit() if callable(limit) else limit

    def _hint(self) -> str:
        example = QLocale().toString(QDate(2026, 5, 20), QLocale.FormatType.ShortFormat)
        text = translate("DateField", "Type YYYY-MM-DD (or {example})").format(example=example)
        if self.partial:
            text += translate("DateField", "; YYYY-MM when only the month is known")
        if self.unknown_allowed:
            text += translate("DateField", "; leave empty when unknown")
        return text

    # -- values --------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming, like QLineEdit)
        self.line.setText(text)
        self.refresh()

    def _read(self) -> tuple[dt.date | None, bool, str | None]:
        """(date, month only, problem)."""
        text = self.line.text().strip()
        if not text or text.casefold() in {"unknown", translate("DateField", "unknown").casefold()}:
            if self.unknown_allowed:
                return None, False, None
            return None, False, translate("DateField", "{name} is required: enter a date as YYYY-MM-DD").format(
                name=self.name)
        latest = self._limit(self.latest)
        try:
            day, month_only = read_date(text, QLocale(), self.partial, latest)
        except ValueError:
            return None, False, translate("DateField", "“{text}” is not a date: enter {name} as YYYY-MM-DD").format(
                text=text, name=self.name)
        if latest is not None and day > latest:
            limit = self._latest_text() if self._latest_text else _day_words(latest)
            return None, month_only, translate("DateField", "{name} cannot be after {limit} (entered: {value})").format(
                name=self.name, limit=limit, value=day.isoformat())
        earliest = self._limit(self.earliest)
        if earliest is not None and day < earliest and not (month_only and (day.year, day.month) == (earliest.year, earliest.month)):
            limit = self._earliest_text() if self._earliest_text else _day_words(earliest)
            return None, month_only, translate("DateField", "{name} cannot be before {limit} (entered: {value})").format(
                name=self.name, limit=limit, value=day.isoformat())
        if day.year < 1900:
            return None, month_only, translate("DateField", "{name}: {value} is before 1900").format(
                name=self.name, value=day.isoformat())
        return day, month_only, None

    def date(self) -> dt.date | None:
        """The date entered; None when unknown or when the text is a problem (see problem())."""
        return self._read()[0]

    def typed_date(self) -> dt.date | None:
        """The date the text means, limits not applied (for another field's limit: no loops)."""
        try:
            return read_date(self.line.text(), QLocale(), self.partial, today())[0] if self.line.text().strip() else None
        except ValueError:
            return None

    def month_only(self) -> bool:
        return self._read()[1]

    def problem(self) -> str | None:
        return self._read()[2]

    def set_date(self, value: dt.date | str | None, *, emit: bool = False) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value) if value else None
        self.line.setText(iso(value))
        self.refresh()
        if emit:
            self.changed.emit()

    # -- showing --------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the problem (or the month-only note) under the field."""
        day, month_only, problem = self._read()
        note = problem or (translate("DateField", "Month only: counted as {day}").format(day=day.isoformat())
                           if month_only and day else "")
        self.line.setProperty("invalid", bool(problem))
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)
        self.note.setProperty("question", bool(note) and not problem)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setText(note)
        self.note.setVisible(self.show_errors and bool(note))

    def _edited(self, _text: str) -> None:
        if self.problem() is None or not self.line.hasFocus():  # a problem is said when the field is left
            self.refresh()
        self.changed.emit()

    # -- the calendar ------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.menu is None:
            self.menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setObjectName("datePopup")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            act = QWidgetAction(self.menu)
            act.setDefaultWidget(self.calendar)
            self.menu.addAction(act)
        assert self.calendar is not None
        latest, earliest = self._limit(self.latest), self._limit(self.earliest)
        self.calendar.setMaximumDate(_qdate(latest) if latest else QDate(9999, 12, 31))
        self.calendar.setMinimumDate(_qdate(earliest) if earliest else QDate(1900, 1, 1))
        start = self.date() or (min(today(), latest) if latest else today())
        self.calendar.setSelectedDate(_qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, q: QDate) -> None:
        if self.menu is not None:
            self.menu.hide()
        self.line.setText(_pydate(q).isoformat())
        self.refresh()
        self.changed.emit()
        self.line.setFocus()

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802
        if obj is self.line and isinstance(event, QEvent) and event.type() == QEvent.Type.FocusOut:
            self.refresh()
        if obj is self.line and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]
