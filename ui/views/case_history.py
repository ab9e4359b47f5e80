"""A case's history in the case window: its status and what it means, the meetings it was on
(question, outcome, deferral reason), each decision (what, intent, deviation and reason, who
recorded it, who informs whom by when, told or not, the treatment date), its follow-ups (due,
done, result) and the audit trail of changes. "Treatment given on…" enters the day a treatment
was done: the open follow-ups are re-dated from it, and the page says so."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.date_field import DateField
from ui.i18n import QT_TRANSLATE_NOOP, day_text, label, translate
from ui.labels import result_label, status_label
from ui.views.case_records import lab_name

if TYPE_CHECKING:
    from tumorboard.services.schemas import AuditEntry, CaseDetail, TreatmentDated
    from ui.context import Context

MEANING = {
    "draft": QT_TRANSLATE_NOOP("History", "Work-up in progress: facts or results are still missing."),
    "ready": QT_TRANSLATE_NOOP("History", "Complete: waiting to be put on a meeting's agenda."),
    "listed": QT_TRANSLATE_NOOP("History", "On a meeting's agenda (see Meetings)."),
    "discussed": QT_TRANSLATE_NOOP("History", "The board has decided (see Decisions); no follow-up is planned."),
    "follow_up": QT_TRANSLATE_NOOP("History", "The board has decided; follow-ups are planned (see Follow-ups)."),
    "closed": QT_TRANSLATE_NOOP("History", "Closed: nothing further is planned."),
}
ENTITY = {
    "case": QT_TRANSLATE_NOOP("History", "Case"), "patient": QT_TRANSLATE_NOOP("History", "Patient"),
    "lab_result": QT_TRANSLATE_NOOP("History", "Lab result"), "imaging_study": QT_TRANSLATE_NOOP("History", "Imaging study"),
    "agenda_item": QT_TRANSLATE_NOOP("History", "Agenda"), "decision": QT_TRANSLATE_NOOP("History", "Decision"),
    "followup": QT_TRANSLATE_NOOP("History", "Follow-up"),
}
ACTION = {
    "create": QT_TRANSLATE_NOOP("History", "added"), "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "removed"), "status": QT_TRANSLATE_NOOP("History", "status changed"),
    "record": QT_TRANSLATE_NOOP("History", "recorded"), "amend": QT_TRANSLATE_NOOP("History", "amended"),
    "complete": QT_TRANSLATE_NOOP("History", "done"), "cancel": QT_TRANSLATE_NOOP("History", "cancelled"),
    "re-dated": QT_TRANSLATE_NOOP("History", "re-dated"), "treatment given": QT_TRANSLATE_NOOP("History", "treatment given"),
    "followups planned": QT_TRANSLATE_NOOP("History", "follow-ups planned"), "add": QT_TRANSLATE_NOOP("History", "listed"),
    "discussed": QT_TRANSLATE_NOOP("History", "discussed"), "deferred": QT_TRANSLATE_NOOP("History", "deferred"),
    "communicated": QT_TRANSLATE_NOOP("History", "told"),
}
FOLLOWUP_STATUS = {"open": QT_TRANSLATE_NOOP("History", "open"), "done": QT_TRANSLATE_NOOP("History", "done"),
                   "cancelled": QT_TRANSLATE_NOOP("History", "cancelled")}
#: columns not worth a line in the history
QUIET = frozenset({"version", "updated_at", "updated_by", "id", "case_id", "patient_id", "recommendation", "search_key",
                   "name_key", "evaluated_rule_set", "evaluated_tier1", "evaluated_at", "ready_facts",
                   "ready_imaging_on", "ready_labs_on", "completed_at", "completed_by"})


def _e(value: Any) -> str:
    return html.escape(str(value))


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if key == "test":
        return lab_name(value) if str(value) in {"bilirubin", "albumin", "inr", "alt", "ast", "afp", "cea", "creatinine",
                                                  "platelets"} else label(value)
    if key == "status":
        return status_label(value) if str(value) in MEANING else str(value)
    if key == "result":
        return result_label(value)
    if isinstance(value, list):
        return ", ".join(label(v) for v in value)
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    return label(value) if isinstance(value, str) and "_" in value else str(value)


def change_text(entry: AuditEntry) -> str:
    """One audit entry in words: '2026-12-04 14:33 · coordinator · Lab result changed: value 1 → 41 (reason: …)'."""
    before, after = entry.before or {}, entry.after or {}
    reason = after.get("reason") if isinstance(after, dict) else None
    keys = [k for k in (after if entry.action != "delete" else {}) if k not in QUIET and k != "reason"]
    parts = []
    if entry.action in ("update", "amend", "status", "complete", "re-dated", "treatment given", "discussed", "deferred",
                        "communicated"):
        parts = [f"{k.replace('_', ' ')}: {_value(k, before.get(k))} → {_value(k, after.get(k))}" for k in keys
                 if before.get(k) != after.get(k)]
    elif entry.action == "delete":
        what = [_value(k, before.get(k)) for k in ("taken_on", "study_date", "test", "modality", "value", "unit") if k in before]
        parts = [" ".join(w for w in what if w != "—")]
    elif entry.action == "followups planned":
        parts = [translate("History", "{n} from {start}").format(n=after.get("count"), start=after.get("start"))
                 + (" · " + translate("History", "provisional") if after.get("provisional") else "")]
    entity = translate("History", ENTITY.get(entry.entity, entry.entity))
    action = translate("History", ACTION.get(entry.action, entry.action))
    text = f"{entry.at.astimezone():%Y-%m-%d %H:%M} · {_e(entry.actor)} · <b>{_e(entity)}</b> {_e(action)}"
    if parts and any(parts):
        text += ": " + _e("; ".join(p for p in parts if p))
    if reason:
        text += " · " + _e(translate("History", "reason: {r}").format(r=reason))
    return text


class TreatmentDialog(QDialog):
    """The day a treatment was given (not after today, not before the meeting)."""

    def __init__(self, what: str, earliest: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("History", "Treatment given"))
        form = QFormLayout(self)
        intro = QLabel(translate("History", "{what}: the day it was given. The open follow-ups are counted from it.")
                       .format(what=what))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.day = DateField(translate("History", "Treatment given on"), earliest=earliest, unknown_allowed=False)
        self.day.setObjectName("treatmentDay")
        form.addRow(translate("History", "Given on"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.day.problem():
            self.day.refresh()
            return
        super().accept()


class CaseHistory(QWidget):
    """The history page of the case window."""

    changed = Signal()  # a treatment date was entered (the case's follow-ups moved)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.entries: list[AuditEntry] = []
        self.view = QTextBrowser()
        self.view.setObjectName("caseHistory")
        self.view.setAccessibleName(translate("History", "Case history"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._link)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.message)
        lay.addWidget(self.view, 1)

    def load(self, case_id: int) -> None:
        self.ctx.tasks.run(lambda ws: ws.cases.history(case_id),
                           success=lambda h: self.show_history(h.case, h.changes), parent=self)

    def text(self) -> str:
        return self.view.toPlainText()

    def show_history(self, detail: CaseDetail, entries: list[AuditEntry]) -> None:
        self.detail, self.entries = detail, entries
        status = str(detail.status)
        out = [f"<h3>{_e(translate('History', 'Status'))}: {_e(status_label(status))}</h3>",
               f"<p>{_e(translate('History', MEANING.get(status, '')))}</p>"]
        out.append(f"<h3>{_e(translate('History', 'Meetings'))}</h3>")
        if detail.agenda:
            out.append("<ul>")
            for a in sorted(detail.agenda, key=lambda a: a.meeting_date):
                outcome = {None: translate("History", "not yet discussed"), "discussed": translate("History", "discussed"),
                           "deferred": translate("History", "deferred")}.get(str(a.outcome) if a.outcome else None,
                                                                              str(a.outcome))
                line = f"<li><b>{_e(day_text(a.meeting_date))}</b> · {_e(a.question or translate('History', 'no question written'))}"
                line += f" · {_e(outcome)}"
                if a.deferred_reason:
                    line += " · " + _e(translate("History", "reason: {r}").format(r=a.deferred_reason))
                out.append(line + "</li>")
            out.append("</ul>")
        else:
            out.append(f"<p>{_e(translate('History', 'Not on any meeting yet.'))}</p>")
        out.append(f"<h3>{_e(translate('History', 'Decisions'))}</h3>")
        if not detail.decisions:
            out.append(f"<p>{_e(translate('History', 'No decision yet.'))}</p>")
        for d in sorted(detail.decisions, key=lambda d: d.recorded_at):
            what = ", ".join(label(m) for m in d.modalities)
            out.append(f"<p><b>{_e(what)}</b> · {_e(label(d.intent))}")
            if d.deviation:
                out.append("<br>⚠ " + _e(translate("History", "Deviates from the tier-1 options: {r}").format(
                    r=d.deviation_reason or "")))
            out.append("<br>" + _e(translate("History", "Recorded by {who} on {when}").format(
                who=d.recorded_by, when=f"{d.recorded_at.astimezone():%Y-%m-%d %H:%M}")))
            if d.amended_reason:
                out.append("<br>" + _e(translate("History", "Amended by {who}: {r}").format(who=d.amended_by or "",
                                                                                         r=d.amended_reason)))
            told_p = translate("History", "told") if d.patient_informed else translate("History", "not yet told")
            told_r = translate("History", "told") if d.referrer_informed else translate("History", "not yet told")
            out.append("<br>" + _e(translate("History", "{who} informs the patient by {p} ({tp}) and the referring "
                                                        "doctor by {r} ({tr})").format(
                who=d.informer or translate("History", "nobody named"), p=d.inform_patient_by or "—", tp=told_p,
                r=d.inform_referrer_by or "—", tr=told_r)))
            if d.treatment_done_on:
                out.append("<br>" + _e(translate("History", "Treatment given on {d}").format(d=d.treatment_done_on)))
            elif d.treatment_date:
                out.append("<br>" + _e(translate("History", "Treatment planned for {d}").format(d=d.treatment_date)))
            else:
                out.append("<br>" + _e(translate("History", "No treatment date yet: the follow-ups count from the "
                                                            "meeting (provisional).")))
            out.append(f" · <a href='treatment:{d.id}'>{_e(translate('History', 'Treatment given on…'))}</a></p>")
        out.append(f"<h3>{_e(translate('History', 'Follow-ups'))}</h3>")
        if detail.followups:
            out.append("<table cellspacing='0' cellpadding='3'>")
            heads = (translate("History", "Due"), translate("History", "Test"), translate("History", "Status"),
                     translate("History", "Done on"), translate("History", "Result"), translate("History", "Note"))
            out.append("<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in heads) + "</tr>")
            for f in sorted(detail.followups, key=lambda f: (f.due, f.id)):
                due = f.due.isoformat() + (" " + translate("History", "(provisional)") if f.provisional and str(f.status) == "open" else "")
                cells = (due, label(f.test), translate("History", FOLLOWUP_STATUS.get(str(f.status), str(f.status))), f.done_on.isoformat() if f.done_on else "",
                         result_label(f.result) if f.result else "", f.note)
                out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{_e(translate('History', 'No follow-ups planned.'))}</p>")
        out.append(f"<h3>{_e(translate('History', 'Changes'))}</h3>")
        out.append("<ul>" + "".join(f"<li>{change_text(e)}</li>" for e in entries) + "</ul>")
        bar = self.view.verticalScrollBar()
        at = bar.value()
        self.view.setHtml("".join(out))
        bar.setValue(at)

    # -- treatment given ------------------------------------------------------------------
    def run_dialog(self, dlg: QDialog) -> bool:
        """Show a dialog modally (a method so tests can answer it)."""
        return dlg.exec() == QDialog.DialogCode.Accepted

    def _link(self, url: QUrl) -> None:
        kind, _, key = url.toString().partition(":")
        if kind == "treatment" and key.isdigit():
            self.enter_treatment(int(key))

    def enter_treatment(self, decision_id: int) -> None:
        if self.detail is None:
            return
        d = next((x for x in self.detail.decisions if x.id == decision_id), None)
        if d is None:
            return
        meeting_day = next((a.meeting_date for a in self.detail.agenda if a.id == d.agenda_item_id), None)
        dlg = TreatmentDialog(", ".join(label(m) for m in d.modalities), meeting_day, self)
        if d.treatment_date and d.treatment_date <= self.ctx.today():
            dlg.day.set_date(d.treatment_date)
        self.dialog = dlg
        if not self.run_dialog(dlg):
            return
        day = dlg.day.date()
        assert day is not None
        case_id = self.detail.id
        self.ctx.tasks.run(lambda ws: ws.decisions.treatment_given(decision_id, day, expected_version=d.version),
                           success=lambda r: self._treatment_done(case_id, r), parent=self)

    def _treatment_done(self, case_id: int, r: TreatmentDated) -> None:
        if r.moved:
            text = translate("History", "Treatment given on {day}: {n} open follow-up(s) re-dated by {shift} day(s); "
                                        "the next is now due {first}.").format(
                day=r.decision.treatment_done_on, n=r.moved, shift=r.shift_days, first=r.first_due)
        else:
            text = translate("History", "Treatment given on {day}: the follow-up dates did not need to change.").format(
                day=r.decision.treatment_done_on)
        self.message.setText(text)
        self.message.show()
        self.load(case_id)
        self.changed.emit()
