"""The "Letter to referrer" button of the case editor and the review screen: the letter as a PDF
(tumorboard.services.letters), then, once it has gone out, "referrer informed" with today's date."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from tumorboard.errors import InvalidInput
from ui.errors import show_error
from ui.i18n import translate
from ui.printing import export_file


def letter_language() -> str:
    """The program's language (as ui.i18n.install_translators picks it): zh_CN or English."""
    name = os.environ.get("TUMORBOARD_LANG") or QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def ask_sent(parent: QWidget | None) -> bool:
    """Did the letter go out? (a function so tests can answer it)"""
    answer = QMessageBox.question(
        parent, translate("Letter", "Letter to the referrer"),
        translate("Letter", "Record that the letter was sent: the referring doctor is informed as of today?"))
    return answer == QMessageBox.StandardButton.Yes


def no_addressee(parent: QWidget | None) -> QMessageBox:
    """The case names neither a referring clinician nor a GP: what to fill in, instead of a letter to nobody."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Letter", "Letter to the referrer"),
                      translate("Letter", "The letter has no addressee: the case's “Referring clinician” and “GP” are "
                                          "both empty.\n\nEnter at least one in the case window (under Case title) "
                                          "and save; then write the letter again."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("letterNoAddressee")
    box.open()
    return box


def write_letter(ctx: Any, parent: QWidget | None, decision_id: int, mrn: str, ask_where: bool = True,
                 done: Callable[[Path], None] | None = None) -> None:
    """Checks that the letter has an addressee (else says which fields to fill in), then asks where to
    save it, writes it and asks whether it went out."""

    def refused(exc: BaseException) -> None:
        if isinstance(exc, InvalidInput) and any(p.field == "referrer" for p in exc.problems):
            no_addressee(parent)  # parented: found by its object name, kept until closed
        else:
            show_error(parent, exc)

    ctx.tasks.run(lambda ws: ws.letters.addressees(decision_id),
                  success=lambda _to: _write(ctx, parent, decision_id, mrn, ask_where, done),
                  failure=refused, parent=parent)


def _write(ctx: Any, parent: QWidget | None, decision_id: int, mrn: str, ask_where: bool,
           done: Callable[[Path], None] | None) -> None:
    language = letter_language()

    def written(path: Path) -> None:
        if done:
            done(path)
        if ask_sent(parent):
            ctx.tasks.run(lambda ws: ws.letters.mark_sent(decision_id),
                          success=lambda _d: (ctx.followups_changed.emit(), ctx.cases_changed.emit()), parent=parent)

    export_file(ctx, parent, lambda ws: ws.letters.pdf(decision_id, language), f"letter-{mrn}-decision-{decision_id}.pdf",
                ask_where=ask_where, done=written, then="open")
