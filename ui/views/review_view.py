"""Review mode for the meeting-room screen: large type, one case at a time,
keyboard navigation, the recommendation with its sources, the decision form,
defer with a reason, and a discreet per-case timer kept with the decision."""

from __future__ import annotations

import html
import time
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tumorboard.errors import InvalidInput
from ui.context import Context
from ui.i18n import core_text, day_text, label, language, translate
from ui.labels import status_label
from ui.style import BAD_FG, MUTED
from ui.tasks import make_timer
from ui.views.case_summary import summary_html
from ui.views.decision_form import DecisionForm
from ui.views.decision_panel import DecisionPanel
from ui.views.meeting_dialogs import ReasonDialog
from ui.views.meetings_view import meeting_text

#: readable from the back of the room (a widget style sheet: app-wide sheets stop setFont cascading)
REVIEW_SHEET = (
    "QWidget { font-size: 14pt; }"
    " QLabel#pageTitle { font-size: 20pt; font-weight: bold; color: #1d2b3a; }"
    " QLabel#timer { font-size: 12pt; color: #4a5661; }"
    " QLabel#caseSummary { font-size: 15pt; }"
    # a recorded decision is shown locked, but must stay readable from the back of the room
    " #decisionForm QListWidget:disabled, #decisionForm QComboBox:disabled, #decisionForm QLineEdit:disabled,"
    " #decisionForm QPlainTextEdit:disabled, #decisionForm QDateEdit:disabled, #decisionForm QCheckBox:disabled"
    " { color: #1d2b3a; }"
)

#: the same, smaller, for a screen of 768 pixels' height (see ReviewView.resizeEvent)
REVIEW_SHEET_COMPACT = (REVIEW_SHEET.replace("font-size: 14pt", "font-size: 11pt").replace("font-size: 15pt", "font-size: 12pt")
                        .replace("font-size: 20pt", "font-size: 15pt").replace("font-size: 12pt; color", "font-size: 10pt; color"))
COMPACT_BELOW = 800


class ReviewView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewView")
        self.meeting: Any = None
        self.position = 0
        self.detail: Any = None
        self.recommendation: Any = None
        self.elapsed: dict[int, float] = {}  # agenda item id -> seconds spent
        self._since: float | None = None
        self.setStyleSheet(REVIEW_SHEET)
        self._compact: bool | None = None

        self.meeting_box = QComboBox()
        self.meeting_box.setAccessibleName(translate("Review", "Meeting"))
        self.meeting_box.activated.connect(lambda i: self.load_meeting(int(self.meeting_box.itemData(i))))
        self.where = QLabel()
        self.where.setObjectName("pageTitle")
        self.prev_button = QPushButton("◀ " + translate("Review", "Previous"))
        self.prev_button.setAccessibleName(translate("Review", "Previous case"))
        self.prev_button.clicked.connect(self.previous_case)
        self.next_button = QPushButton(translate("Review", "Next") + " ▶")
        self.next_button.setAccessibleName(translate("Review", "Next case"))
        self.next_button.clicked.connect(self.next_case)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setAccessibleName(translate("Review", "Time spent on this case"))
        self.timer_label.setToolTip(translate("Review", "Time the board has spent on this case; kept in the minutes."))
        top = QHBoxLayout()
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.meeting_box)
        top.addSpacing(12)
        top.addWidget(self.where, 1)
        top.addWidget(self.timer_label)
        top.addSpacing(12)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)

        self.summary = QLabel()
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sum_scroll = QScrollArea()
        sum_scroll.setWidgetResizable(True)
        sum_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sum_scroll.setWidget(self.summary)
        self.panel = DecisionPanel(large=False)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(sum_scroll)
        left.addWidget(self.panel)
        left.setSizes([380, 420])

        self.form = DecisionForm()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.record_button = QPushButton(translate("Review", "Record decision"))
        self.record_button.setObjectName("primary")
        self.record_button.setToolTip("Ctrl+Return")
        self.record_button.clicked.connect(self.record)
        self.defer_button = QPushButton(translate("Review", "Defer…"))
        self.defer_button.clicked.connect(self.ask_defer)
        self.amend_button = QPushButton(translate("Review", "Amend decision…"))
        self.amend_button.clicked.connect(self.ask_amend)
        self.letter_button = QPushButton(translate("Review", "Letter to referrer…"))
        self.letter_button.setToolTip(translate("Review", "The decision as a letter to the referring doctor and the GP"))
        self.letter_button.clicked.connect(lambda: self.write_letter())
        self.letter_button.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.form.changed.connect(self._form_changed)
        self.form_scroll = form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.heading = heading = QLabel(translate("Review", "The board's decision"))
        heading.setObjectName("pageTitle")
        rl.addWidget(heading)
        rl.addWidget(self.status)
        rl.addWidget(form_scroll, 1)
        rl.addWidget(self.problem)
        brow = QHBoxLayout()
        brow.addWidget(self.record_button, 2)
        brow.addWidget(self.defer_button, 1)
        brow.addWidget(self.amend_button, 1)
        brow.addWidget(self.letter_button, 1)
        rl.addLayout(brow)

        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 680])  # the decision form's longest choices stay whole at 14 pt
        # nothing to review (no meeting, or an empty agenda): what to do instead of an empty decision form
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyState")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMargin(24)
        self.body = QStackedWidget()
        self.body.addWidget(split)
        self.body.addWidget(self.empty_hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 8)
        lay.addLayout(top)
        lay.addWidget(self.body, 1)
        self._show_empty(translate("Review", "Nothing to review yet.\n\nTo start a review: open Meetings, make the "
                                             "meeting with “New meeting…”, put cases on its agenda with “Add ready "
                                             "cases…”, then press “Start review” there (or choose the meeting above)."))

        self.ticker = make_timer(self, 1000, self._tick, single_shot=False)
        for keys, slot in ((QKeySequence(Qt.Key.Key_PageDown), self.next_case),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_case), (QKeySequence("Ctrl+Return"), self.record)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_enabled(False)
        self.summary.setText(f"<p style='color:{MUTED}'>" + translate("Review", "Choose a meeting to review its cases.") + "</p>")

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        """Below 800 pixels of height (a 1366x768 screen) the review uses smaller type, so that the question,
        the key facts, the tier-1 options and the whole decision form with its reason box fit unscrolled."""
        super().resizeEvent(event)
        compact = self.height() < COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            self.setStyleSheet(REVIEW_SHEET_COMPACT if compact else REVIEW_SHEET)
            self.heading.setVisible(not compact)  # the buttons say what the right side is for
            if compact:  # the form's rows whole: it takes the wider half
                self.split.setSizes([int(self.width() * 0.46), int(self.width() * 0.54)])
        self._keep_form_whole()

    def _keep_form_whole(self) -> None:
        """The decision form is never cut off at its right edge (its scroll area has no horizontal bar):
        its side of the splitter is at least as wide as the form's rows at the current type size
        (at 14 pt on a 1440-pixel window the fixed 760/680 split cut off Timing, Referrer and Notes)."""
        self.form.ensurePolished()
        need = (self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width()
                + 2 * self.form_scroll.frameWidth())
        if self.form_scroll.minimumWidth() != need:
            self.form_scroll.setMinimumWidth(need)

    # -- meetings -------------------------------------------------------------------
    def on_shown(self) -> None:
        self.ctx.tasks.run(lambda ws: ws.meetings.list(), success=self._fill_meetings, parent=self)
        if self.current_item():
            self._resume_timer()

    def hideEvent(self, event: Any) -> None:
        self._pause_timer()
        super().hideEvent(event)

    def _fill_meetings(self, rows: list[Any]) -> None:
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        rows = sorted(rows, key=lambda m: m.meeting_date, reverse=True)
        for m in rows:
            self._add_meeting(m)
        if self.meeting:
            self.meeting_box.setCurrentIndex(max(self.meeting_box.findData(self.meeting.id), 0))
        self.meeting_box.blockSignals(False)
        if not self.meeting and self._wanted is None and rows:
            upcoming = [m for m in rows if m.meeting_date >= self.ctx.today()]
            self.load_meeting((upcoming[-1] if upcoming else rows[0]).id)

    _wanted: int | None = None

    def _add_meeting(self, m: Any) -> None:
        """The day and time fit the box; title and place are on hover."""
        self.meeting_box.addItem(day_text(m.meeting_date) + (m.start_time.strftime("  %H:%M") if m.start_time else ""),
                                 m.id)
        self.meeting_box.setItemData(self.meeting_box.count() - 1, meeting_text(m), Qt.ItemDataRole.ToolTipRole)

    def load_meeting(self, meeting_id: int, position: int | None = None) -> None:
        self._wanted = meeting_id
        self._pause_timer()
        self.ctx.tasks.run(lambda ws: ws.meetings.get(meeting_id),
                           success=lambda m: self._show_meeting(m, position), parent=self)

    def _show_meeting(self, m: Any, position: int | None) -> None:
        same = self.meeting is not None and self.meeting.id == m.id
        self.meeting = m
        if self.meeting_box.findData(m.id) < 0:
            self._add_meeting(m)
        self.meeting_box.setCurrentIndex(self.meeting_box.findData(m.id))
        if position is None:
            if same:
                position = self.position
            else:  # start at the first case still to discuss
                pending = [i for i, it in enumerate(m.agenda) if not it.outcome]
                position = pending[0] if pending else 0
        self.show_position(position)

    # -- one case ----------------------------------------------------------------------
    def _show_empty(self, text: str) -> None:
        self.empty_hint.setText(text)
        self.body.setCurrentIndex(1)

    def current_item(self) -> Any:
        if not self.meeting or not 0 <= self.position < len(self.meeting.agenda):
            return None
        return self.meeting.agenda[self.position]

    def show_position(self, position: int) -> None:
        self._pause_timer()
        agenda = self.meeting.agenda if self.meeting else []
        if not agenda:
            self.position = 0
            self.where.setText(translate("Review", "No cases on this agenda"))
            self.summary.setText("")
            self.panel.show_message(translate("Review", "Add ready cases to the meeting's agenda first."))
            self._set_enabled(False)
            self._show_empty(translate("Review", "This meeting has no cases on its agenda, so there is nothing to "
                                                 "decide.\n\nOpen Meetings, choose this meeting and put cases on its "
                                                 "agenda with “Add ready cases…” (cases marked ready for the board), "
                                                 "then press “Start review”; or choose another meeting above."))
            return
        self.body.setCurrentIndex(0)
        self.position = max(0, min(position, len(agenda) - 1))
        item = agenda[self.position]
        self.where.setText(translate("Review", "Case {i} of {n}").format(i=self.position + 1, n=len(agenda)))
        self.prev_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(agenda) - 1)

        # the case, its recommendation and (while pending) its checklist as of the meeting day, in one read
        self.ctx.tasks.run(lambda ws: ws.meetings.review_case(item.id, language()),
                           success=lambda r: self._show_case(item, r.case, r.recommendation, r.readiness,
                                                             r.inform_within_working_days), parent=self)

    def _show_case(self, item: Any, detail: Any, rec: Any, readiness: Any = None, inform_days: int = 2) -> None:
        if item is not self.current_item():
            return  # the user moved on meanwhile
        self.detail, self.recommendation = detail, rec
        self.summary.setText(summary_html(detail, item.question))
        self.panel.show_recommendation(rec)
        decision = next((d for d in detail.decisions if d.id == item.decision_id), None) if item.decision_id else None
        outcome = item.outcome.value if item.outcome else ""
        self.form.reset(rec, self.ctx.today(), self.meeting.meeting_date, inform_days=inform_days,
                        people=[a.name for a in self.meeting.attendance if a.present],
                        referrer=detail.referrer or detail.gp or "")
        self.problem.setText("")
        if decision is not None:
            self.form.show_decision(decision)
            self.form.set_read_only(True)
            text = translate("Review", "Decision recorded by {who} on {when}.").format(
                who=decision.recorded_by, when=decision.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            if decision.deviation:
                text += " " + translate("Review", "Deviates from the recommendation.")
            if decision.amended_reason:
                text += " " + translate("Review", "Amended: {r}").format(r=decision.amended_reason)
            self.status.setText(text)
        elif outcome == "deferred":
            self.form.set_read_only(True)
            self.status.setText(f"<span style='color:{BAD_FG}'>" + translate("Review", "Deferred: {r}").format(
                r=item.deferred_reason or "") + "</span>")
        else:
            self.form.set_read_only(self.meeting.finalised)
            text = html.escape(translate("Review", "Status: {s}").format(s=status_label(item.case_status)))
            failed = [i.label for i in readiness.items if not i.ok] if readiness is not None else []
            if failed:  # the agenda flags it; the meeting-room screen must say so too
                text += (f"<br><b style='color:{BAD_FG}'>⚠ " + html.escape(translate("Review", "Not ready for the board:"))
                         + "</b> " + html.escape("; ".join(failed)))
            self.status.setText(text)
        pending = decision is None and outcome != "deferred" and not self.meeting.finalised
        self.record_button.setEnabled(pending)
        self.defer_button.setEnabled(pending)
        self.amend_button.setEnabled(decision is not None)
        self.letter_button.setEnabled(decision is not None)
        self.amend_button.setText(translate("Review", "Amend decision…") if decision is None or not self.amending
                                  else translate("Review", "Save amendment…"))
        self._form_changed()
        if pending:
            self._resume_timer()
        else:
            self._show_time()

    amending = False

    def write_letter(self, ask_where: bool = True, done: Any = None) -> None:
        item = self.current_item()
        if item is None or not item.decision_id or self.detail is None:
            return
        from ui.views.letter import write_letter

        write_letter(self.ctx, self, item.decision_id, self.detail.patient.mrn, ask_where=ask_where, done=done)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.record_button, self.defer_button, self.amend_button, self.prev_button, self.next_button):
            w.setEnabled(on)

    def next_case(self) -> None:
        if self.meeting and self.position < len(self.meeting.agenda) - 1:
            self.amending = False
            self.show_position(self.position + 1)

    def previous_case(self) -> None:
        if self.meeting and self.position > 0:
            self.amending = False
            self.show_position(self.position - 1)

    def can_leave(self) -> bool:
        return True

    # -- the timer -----------------------------------------------------------------------
    def seconds(self, item: Any = None) -> int:
        item = item or self.current_item()
        if item is None:
            return 0
        spent = self.elapsed.get(item.id, float(item.time_spent_seconds or 0))
        if self._since is not None and item is self.current_item():
            spent += time.monotonic() - self._since
        return int(spent)

    def _resume_timer(self) -> None:
        if self._since is None and self.current_item() is not None:
            self._since = time.monotonic()
            self.ticker.start()
        self._show_time()

    def _pause_timer(self) -> None:
        item = self.current_item()
        if self._since is not None and item is not None:
            self.elapsed[item.id] = self.elapsed.get(item.id, float(item.time_spent_seconds or 0)) + (
                time.monotonic() - self._since)
        self._since = None
        self.ticker.stop()

    def _tick(self) -> None:
        self._show_time()

    def _show_time(self) -> None:
        s = self.seconds()
        self.timer_label.setText(translate("Review", "Time on this case: {m}:{s:02d}").format(m=s // 60, s=s % 60))

    # -- deciding -------------------------------------------------------------------------
    def _form_changed(self) -> None:
        item = self.current_item()
        problems = self.form.problems()
        # the form already says, in red beside the reason box, that a deviation needs its reason
        said = self.form.deviation_problem() if self.form.deviation.isVisible() else None
        self.problem.setText("\n".join(p for p in problems if p != said))
        self.problem.setVisible(bool(self.problem.text()))
        if item is not None and self.record_button.isEnabled() != (not problems and self._pending(item)):
            self.record_button.setEnabled(not problems and self._pending(item))

    def _pending(self, item: Any) -> bool:
        return not item.outcome and not item.decision_id and not (self.meeting and self.meeting.finalised)

    def record(self) -> None:
        item = self.current_item()
        if item is None or not self._pending(item):
            return
        problems = self.form.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            if self.form.is_deviation():
                self.form.deviation_reason.setFocus()
            return
        early = self.meeting is not None and self.meeting.meeting_date > self.ctx.today()
        if early and self.meeting is not None and not self.confirm_early(self.meeting.meeting_date):
            return
        data = self.form.decision(item.id, self.seconds())
        if early:  # the service refuses a decision before the meeting day unless it was confirmed
            data = data.model_copy(update={"before_meeting_confirmed": True})
        self._pause_timer()
        self.record_button.setEnabled(False)
        self.ctx.tasks.run(lambda ws: ws.decisions.record(data), success=lambda _d: self._decided(),
                           failure=self._failed, parent=self)

    def confirm_early(self, day: date) -> bool:
        """The meeting has not taken place yet: record its decision today anyway? (a method so tests can answer it)"""
        answer = QMessageBox.question(
            self, translate("Review", "The meeting is still ahead"),
            translate("Review", "This meeting is on {day}, and today is {today}. Record the board's decision now, "
                                "before the meeting?").format(day=day_text(day), today=day_text(self.ctx.today())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, exc: BaseException) -> None:
        self._form_changed()
        if isinstance(exc, InvalidInput):
            from ui.fact_fields import any_label

            self.problem.setText("\n".join(f"{any_label(p.field)}: {core_text(p.allowed)}" for p in exc.problems))
            self.problem.show()
            return
        from ui.errors import show_error

        show_error(self, exc)

    def _decided(self) -> None:
        self.ctx.everything_changed()
        self.load_meeting(self.meeting.id, self.position)

    def ask_defer(self) -> None:
        dlg = ReasonDialog(translate("Review", "Defer this case"),
                           translate("Review", "What is the open question? The case is carried to the next meeting's "
                                               "agenda."), self,
                           owners=[a.name for a in (self.meeting.attendance if self.meeting else []) if a.present])
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.defer(dlg.reason(), dlg.owner())

    def defer(self, reason: str, owner: str = "") -> None:
        item = self.current_item()
        if item is None:
            return
        self._pause_timer()
        self.ctx.tasks.run(lambda ws: ws.meetings.defer(item.id, reason, expected_version=item.version, owner=owner),
                           success=lambda _r: self._decided(), failure=self._failed, parent=self)

    def ask_amend(self) -> None:
        if not self.amending:  # first click: unlock the form
            self.amending = True
            self.form.set_read_only(False)
            self.amend_button.setText(translate("Review", "Save amendment…"))
            return
        dlg = ReasonDialog(translate("Review", "Amend the decision"),
                           translate("Review", "Why is the decision amended? The reason is kept in the audit trail."), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.amend(dlg.reason())

    def amend(self, reason: str) -> None:
        item = self.current_item()
        if item is None or not item.decision_id:
            return
        problems = self.form.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        data = self.form.decision(item.id, self.seconds())
        did = item.decision_id
        self.amending = False
        self.ctx.tasks.run(lambda ws: ws.decisions.amend(did, data, reason), success=lambda _d: self._decided(),
                           failure=self._failed, parent=self)

    def print_current(self, then: str = "print") -> None:
        if self.meeting:
            from ui.printing import make_pdf

            make_pdf(self.ctx, self, "handout", self.meeting.id, f"handout-{self.meeting.meeting_date}.pdf", then=then)


__all__ = ["ReviewView", "label"]
