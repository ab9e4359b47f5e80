"""The About box: program, rule-set and schema versions; where the database and log file are."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from tumorboard import __version__
from ui.i18n import translate


def rule_set_text() -> str:
    try:
        from tumorboard.services.vocabulary import RULE_SET_NAME, RULE_SET_VERSION
    except ImportError:
        return translate("About", "Rule set: not available")
    return translate("About", "Rule set: {name} {version}").format(name=RULE_SET_NAME, version=RULE_SET_VERSION)


def schema_text() -> str:
    from tumorboard.services import SCHEMA_HEAD

    return str(SCHEMA_HEAD)


def show_about(parent: QWidget, ctx) -> QMessageBox:  # type: ignore[no-untyped-def]
    rows = [
        (translate("About", "Program"), f"Tumorboard {__version__}"),
        (translate("About", "Decision rules"), rule_set_text()),
        (translate("About", "Database schema"), schema_text()),
        (translate("About", "Database"), ctx.ws.location),
        (translate("About", "Log file"), str(ctx.log_path) if ctx.log_path else translate("About", "none")),
    ]
    body = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("About", "About Tumorboard"))
    box.setText(f"<h3>Tumorboard</h3><p>{html.escape(translate('About', 'Preparation, decision support, minutes and follow-up for a liver-metastasis tumor board.'))}</p><table>{body}</table>"
                f"<p>{html.escape(translate('About', 'Decision support suggests; the board decides.'))}</p>")
    box.open()
    return box
