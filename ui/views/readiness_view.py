"""The readiness checklist: what must be present (and fresh) before a case can be listed."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from tumorboard.services.schemas import Readiness
from ui.style import BAD_FG, MUTED, OK_FG

#: the service's checklist wording, listed so pyside6-lupdate offers it to the translator
#: (a number in a label becomes {n}: the week limits are parameters)
CHECKLIST = (
    QT_TRANSLATE_NOOP("Readiness", "Confirmed cross-sectional imaging (contrast CT or MRI)"),
    QT_TRANSLATE_NOOP("Readiness", "Imaging not older than {n} weeks"),
    QT_TRANSLATE_NOOP("Readiness", "Liver function (bilirubin, albumin, INR)"),
    QT_TRANSLATE_NOOP("Readiness", "Liver function tests not older than {n} weeks"),
    QT_TRANSLATE_NOOP("Readiness", "Performance status (ECOG)"),
    QT_TRANSLATE_NOOP("Readiness", "Future liver remnant (when resection is considered)"),
    QT_TRANSLATE_NOOP("Readiness", "no contrast CT or MRI on record"),
    QT_TRANSLATE_NOOP("Readiness", "no dated CT/MRI study recorded"),
    QT_TRANSLATE_NOOP("Readiness", "bilirubin, albumin and INR known"),
    QT_TRANSLATE_NOOP("Readiness", "ECOG not recorded"),
    QT_TRANSLATE_NOOP("Readiness", "not needed: no resection proposed"),
    QT_TRANSLATE_NOOP("Readiness", "on record: {rest}"),
    QT_TRANSLATE_NOOP("Readiness", "latest CT/MRI {rest}"),
    QT_TRANSLATE_NOOP("Readiness", "missing: {rest}"),
    QT_TRANSLATE_NOOP("Readiness", "too old or missing: {rest}"),
    QT_TRANSLATE_NOOP("Readiness", "all taken since {rest}"),
    QT_TRANSLATE_NOOP("Readiness", "needed: {rest}"),
)
PREFIXES = ("too old or missing: ", "on record: ", "latest CT/MRI ", "missing: ", "all taken since ", "needed: ")


def checklist_text(text: str) -> str:
    """A checklist line in the user's language; lab codes as clinicians write them ("inr" -> "INR")."""
    text = re.sub(r"\binr\b", "INR", text)
    done = translate("Readiness", text)
    if done != text:
        return done
    number = re.search(r"\d+", text)
    if number and "-" not in text:  # "not older than 8 weeks", not a date
        key = text[:number.start()] + "{n}" + text[number.end():]
        done = translate("Readiness", key)
        if done != key:
            return done.format(n=number.group())
    for prefix in PREFIXES:
        if text.startswith(prefix):
            key = prefix + "{rest}"
            done = translate("Readiness", key)
            return done.format(rest=text[len(prefix):]) if done != key else text
    return text


class ReadinessView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness")
        self.setAccessibleName(translate("Readiness", "Readiness checklist"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.summary)
        lay.addWidget(self.list)
        self.readiness: Readiness | None = None
        self.show_note(translate("Readiness", "Save the case to check whether it is ready for the board."))

    def show_note(self, text: str) -> None:
        self.readiness = None
        self.summary.setText(f"<b>{html.escape(translate('Readiness', 'Ready for the board?'))}</b>")
        self.list.setText(f"<span style='color:{MUTED}'>{html.escape(text)}</span>")

    def show_readiness(self, readiness: Readiness) -> None:
        self.readiness = readiness
        if readiness.ready:
            head = f"<b style='color:{OK_FG}'>✔ {html.escape(translate('Readiness', 'Ready for the board'))}</b>"
        else:
            head = f"<b style='color:{BAD_FG}'>✘ {html.escape(translate('Readiness', 'Not ready yet'))}</b>"
        self.summary.setText(head)
        rows = []
        for item in readiness.items:
            mark = f"<span style='color:{OK_FG}'>✔</span>" if item.ok else f"<span style='color:{BAD_FG}'>✘</span>"
            detail = (f"<br><span style='color:{MUTED}'>{html.escape(checklist_text(item.detail))}</span>"
                      if item.detail else "")
            rows.append(f"<tr><td valign='top'>{mark}&nbsp;</td><td>{html.escape(checklist_text(item.label))}{detail}</td></tr>")
        self.list.setText(f"<table cellspacing='2'>{''.join(rows)}</table>")
