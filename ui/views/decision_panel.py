"""The live decision-support panel: the engine's recommendation, readable at a glance.

Tiered options with badges, rationale and rule ids; source excerpts on demand;
warnings, missing data and scores. `set_facts` re-evaluates (the engine is pure
and takes milliseconds, so it runs on the GUI thread)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tumorboard.errors import InvalidInput
from tumorboard.services.rules import Rules
from tumorboard.services.vocabulary import FongScore, Option, Recommendation, citation
from ui.fact_fields import field_label
from ui.i18n import label, language, translate
from ui.style import BAD_FG, MUTED, tier_badge_html

log = logging.getLogger(__name__)


def _wrap(text: str, object_name: str = "", rich: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        lab.setObjectName(object_name)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return lab


class OptionCard(QFrame):
    """One option: tier badge, modality, intent/timing, rationale, rules; sources on demand."""

    def __init__(self, option: Option, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        badge = tier_badge_html(option.tier, translate("Decision", "Tier {n}").format(n=option.tier))
        bits = [label(option.intent)]
        if option.timing:
            bits.append(label(option.timing))
        if option.provisional:
            bits.append(translate("Decision", "provisional"))
        head = (f"{badge}&nbsp;&nbsp;<b>{html.escape(label(option.modality))}</b>"
                f"<br><span style='color:{MUTED}'>{html.escape(' · '.join(bits))}</span>")
        self.title = _wrap(head, "optionTitle", rich=True)
        lay.addWidget(self.title)
        lay.addWidget(_wrap(option.rationale))
        row = QHBoxLayout()
        self.rules = rules = _wrap(translate("Decision", "Rules: {ids}").format(ids=", ".join(option.rules)), "muted")
        row.addWidget(rules, 1)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(translate("Decision", "Sources ({n})").format(n=len(option.sources)))
        self.toggle.setAccessibleName(translate("Decision", "Show sources for {m}").format(m=label(option.modality)))
        self.toggle.toggled.connect(self._show_sources)
        row.addWidget(self.toggle)
        lay.addLayout(row)
        quotes = []
        for src in option.sources:
            quotes.append(
                f"<p style='margin:4px 0'><i>“{html.escape(src.excerpt)}”</i><br>"
                f"<span style='color:{MUTED}'>— {html.escape(citation(src))}</span></p>")
        self.sources = _wrap("".join(quotes), "sourceExcerpts", rich=True)
        self.sources.setVisible(False)
        lay.addWidget(self.sources)

    def _show_sources(self, on: bool) -> None:
        self.sources.setVisible(on)


class DecisionPanel(QScrollArea):
    """Shows a Recommendation; `large=True` for the meeting-room screen."""

    evaluated = Signal(object)  # Recommendation or None

    def __init__(self, parent: QWidget | None = None, large: bool = False,
                 rules: Callable[[], Rules] | None = None) -> None:
        """`rules`: the workspace's decision rules (ws.rules: this hospital's parameters), asked at each
        evaluation so a parameter file chosen in Settings applies at once; needed by set_facts."""
        super().__init__(parent)
        self._rules = rules
        self.setObjectName("decisionPanel")
        self.setAccessibleName(translate("Decision", "Decision support"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.recommendation: Recommendation | None = None
        #: the problems of the last facts refused by the core (e.g. two facts that contradict each other)
        self.invalid: list[Any] = []
        self._large = large
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 4, 10, 4)
        self.setWidget(self._body)
        if large:
            self.setStyleSheet("QWidget { font-size: 14pt; }")
        self.show_message(translate("Decision", "Enter the case facts to see the options."))

    # -- inputs ---------------------------------------------------------------
    def set_facts(self, facts: dict[str, Any]) -> Recommendation | None:
        """Re-evaluate from form values; incomplete facts give a hint, not an error."""
        if not facts.get("primary_site"):
            self.show_message(translate("Decision", "Choose the primary site to see the options."))
            return None
        self.invalid = []
        try:
            if self._rules is None:
                raise RuntimeError("this panel shows recommendations; it was given no rules to evaluate with")
            rec = self._rules().evaluate(facts, language())  # pure: no database on the GUI thread
        except InvalidInput as exc:
            self.invalid = list(exc.problems)
            names = ", ".join(field_label(p.field) for p in exc.problems)
            self.show_message(translate("Decision", "Correct the marked fields to see the options: {f}").format(f=names),
                              error=True)
            return None
        except Exception as exc:  # noqa: BLE001 - the panel must never take the editor down
            log.exception("engine failed")
            self.show_message(translate("Decision", "The decision support could not evaluate this case: {e}").format(e=exc),
                              error=True)
            return None
        self.show_recommendation(rec)
        return rec

    # -- drawing --------------------------------------------------------------
    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # deleteLater is not immediate; never paint the old content under the new
                w.setParent(None)
                w.deleteLater()

    message = ""

    def show_message(self, text: str, error: bool = False) -> None:
        self.recommendation = None
        self.message = text
        self._clear()
        lab = _wrap(text, "panelMessage")
        if error:
            lab.setStyleSheet(f"color:{BAD_FG}")
        self._layout.addWidget(lab)
        self._layout.addStretch(1)
        self.evaluated.emit(None)

    def _heading(self, text: str) -> QLabel:
        lab = QLabel(f"<b>{html.escape(text)}</b>")
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setContentsMargins(0, 8, 0, 0)
        return lab

    def show_recommendation(self, rec: Recommendation) -> None:
        self.recommendation = rec
        self.message = ""
        self._clear()
        add = self._layout.addWidget
        title = _wrap(translate("Decision", "Rule set {name} {version}").format(
            name=rec.rule_set.name, version=rec.rule_set.version), "muted")
        add(title)
        for w in rec.warnings:
            frame = QFrame()
            frame.setObjectName("warning")
            fl = QVBoxLayout(frame)
            fl.setContentsMargins(8, 6, 8, 6)
            fl.addWidget(_wrap(f"⚠ {html.escape(w.message)} <span style='color:{MUTED}'>({', '.join(w.rules)})</span>",
                               "warningText", rich=True))
            add(frame)
        add(self._heading(translate("Decision", "Options")))
        if not rec.options:
            add(_wrap(translate("Decision", "No option can be recommended from these facts.")))
        for opt in rec.options:
            add(OptionCard(opt))
        if rec.excluded:
            add(self._heading(translate("Decision", "Not suitable")))
            lines = "".join(
                f"<li><b>{html.escape(label(x.modality))}</b>: {html.escape(x.reason)} "
                f"<span style='color:{MUTED}'>({', '.join(x.rules)})</span></li>" for x in rec.excluded)
            add(_wrap(f"<ul style='margin-left:-20px'>{lines}</ul>", "excluded", rich=True))
        if rec.follow_up:
            add(self._heading(translate("Decision", "Follow-up if the board accepts tier 1")))
            add(_wrap(self._follow_up_html(rec), "followUpPreview", rich=True))
        add(self._heading(translate("Decision", "Scores")))
        add(_wrap(self._scores_html(rec), "scores", rich=True))
        if rec.missing:
            add(self._heading(translate("Decision", "Missing data")))
            items = ", ".join(html.escape(field_label(m)) for m in rec.missing)
            add(_wrap(f"<span style='color:{BAD_FG}'>{items}</span>", "missing", rich=True))
        self._layout.addStretch(1)
        self.evaluated.emit(rec)

    #: follow-up visits shown in the panel (the schedule itself is made from the board's decision)
    FOLLOW_UP_SHOWN = 4

    @staticmethod
    def _follow_up_html(rec: Recommendation) -> str:
        """The first visits; those only a provisional tier-1 option needs are marked provisional."""
        provisional = translate("Decision", "provisional")
        rows = []
        for f in rec.follow_up[: DecisionPanel.FOLLOW_UP_SHOWN]:
            mark = f" <span style='color:{BAD_FG}'>({html.escape(provisional)})</span>" if f.provisional else ""
            rows.append(f"<li>{html.escape(f.due.isoformat())} · {html.escape(label(f.test))} "
                        f"<span style='color:{MUTED}'>({html.escape(f.rule)})</span>{mark}</li>")
        more = len(rec.follow_up) - DecisionPanel.FOLLOW_UP_SHOWN
        if more > 0:
            rows.append(f"<li style='color:{MUTED}'>{html.escape(translate('Decision', '{n} more').format(n=more))}</li>")
        note = ""
        if any(f.provisional for f in rec.follow_up):
            note = (f"<br><span style='color:{MUTED}'>" + html.escape(translate(
                "Decision", "Provisional: only if the board confirms a provisional first choice.")) + "</span>")
        return f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>{note}"

    @staticmethod
    def _scores_html(rec: Recommendation) -> str:
        s = rec.scores
        unknown = f"<span style='color:{MUTED}'>{html.escape(translate('Decision', 'not enough data'))}</span>"
        rows = [
            (translate("Decision", "Child-Pugh"),
             translate("Decision", "class {c} ({p} points)").format(c=s.child_pugh.class_, p=s.child_pugh.points)
             if s.child_pugh else unknown),
            (translate("Decision", "ALBI"),
             translate("Decision", "grade {g} ({v:.2f})").format(g=s.albi.grade, v=s.albi.score) if s.albi else unknown),
            (translate("Decision", "Fong clinical risk score"),
             _fong(s.fong_crs) if s.fong_crs  # computed for every colorectal primary, a range while incomplete
             else f"<span style='color:{MUTED}'>{html.escape(translate('Decision', 'colorectal primaries only'))}</span>"),
            (translate("Decision", "Tumour burden score"),
             f"{s.tumor_burden_score:.2f}" if s.tumor_burden_score is not None else unknown),
        ]
        cells = "".join(f"<tr><td style='padding-right:12px'>{html.escape(k)}</td><td><b>{v}</b></td></tr>"
                        for k, v in rows)
        return f"<table>{cells}</table>"


def _fong(fong: FongScore) -> str:
    """"2 of 5"; while criteria are unknown, the range the score can still take."""
    if not fong.missing:
        return html.escape(translate("Decision", "{p} of {of}").format(p=fong.points, of=fong.of))
    return html.escape(translate("Decision", "{p}\u2013{most} of {of} ({unknown} unknown)").format(
        p=fong.points, most=fong.most, of=fong.of, unknown=", ".join(field_label(n) for n in fong.missing)))
