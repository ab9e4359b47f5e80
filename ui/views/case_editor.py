"""The case editor: patient and case facts in sections, the live decision panel
beside them, the readiness checklist, undo/redo, and no lost edits."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tumorboard.errors import InvalidInput, StaleEdit, error_text
from tumorboard.services import Change, Workspace
from tumorboard.services.patients import age_on
from tumorboard.services.schemas import (
    CaseCreate,
    CaseDetail,
    CaseUpdate,
    PatientIn,
)
from ui.context import Context
from ui.date_field import DateField
from ui.errors import show_error
from ui.fact_fields import BY_NAME as FACT_NAMES
from ui.fact_fields import S_IMAGING, S_LAB, S_PATHOLOGY, S_PATIENT, any_label, field_label, shown_value
from ui.i18n import core_text, language, translate
from ui.labels import SEXES, sex_label, status_label
from ui.live import ChangedElsewhereBar
from ui.printing import export_file, make_pdf
from ui.tasks import make_timer
from ui.views.case_history import MEANING, CaseHistory
from ui.views.case_records import ImagingSection, LabSection
from ui.views.decision_panel import DecisionPanel
from ui.views.fact_form import LABEL_WIDTH, FactForm
from ui.views.readiness_view import ReadinessView

EVALUATE_DELAY_MS = 200
ADDRESSEE_MAX = 200  # the referring clinician and the GP: the services' limit (CaseUpdate.referrer, .gp)
UNDO_DELAY_MS = 400


class Snapshot(QUndoCommand):
    """One step of the editor's history: the whole form before and after."""

    def __init__(self, editor: CaseEditor, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(translate("Editor", "Edit case"))
        self.editor, self.before, self.after = editor, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form already shows `after`
            self._first = False
            return
        self.editor.restore_state(self.after)

    def undo(self) -> None:
        self.editor.restore_state(self.before)


class CaseEditor(QWidget):
    saved = Signal(int)  # case id
    closed = Signal(int)  # case id (0: never saved)

    def __init__(self, ctx: Context, case_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.version: int | None = None
        self.patient_version: int | None = None
        self.status: str | None = None
        self.detail: Any = None
        self._restoring = False
        self._age_from_birth: int | None = None  # the age last filled in from the date of birth
        self.setObjectName("caseEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.undo_stack = QUndoStack(self)

        self._build()
        self.saved_state = self.state()
        self._undo_base = self.state()
        self._eval_timer = self._single_shot(EVALUATE_DELAY_MS, self.evaluate_now)
        self._undo_timer = self._single_shot(UNDO_DELAY_MS, self._record_undo)
        if case_id:
            self._fetch(case_id)
        self._update_title()

    def _single_shot(self, ms: int, slot) -> QTimer:  # type: ignore[no-untyped-def]
        return make_timer(self, ms, slot)

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("pageTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.banner = QLabel()
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()

        tb = QToolBar()
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_save = QAction(translate("Editor", "Save"), self)
        self.act_save.setShortcut(QKeySequence.StandardKey.Save)
        self.act_save.triggered.connect(self.save)
        self.act_undo = self.undo_stack.createUndoAction(self, translate("Editor", "Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)  # a focused text field undoes its own typing first
        self.act_redo = self.undo_stack.createRedoAction(self, translate("Editor", "Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_ready = QAction(translate("Editor", "Mark ready for the board"), self)
        self.act_ready.triggered.connect(self.mark_ready)
        self.act_summary = QAction(translate("Editor", "Print case summary"), self)
        self.act_summary.triggered.connect(lambda: self.print_current())
        self.act_summary.setShortcut(QKeySequence.StandardKey.Print)
        self.act_schedule = QAction(translate("Editor", "Print follow-up schedule"), self)
        self.act_schedule.triggered.connect(lambda: self.print_schedule("en"))
        self.act_schedule_zh = QAction(translate("Editor", "Print follow-up schedule in Chinese (中文)"), self)
        self.act_schedule_zh.triggered.connect(lambda: self.print_schedule("zh"))
        self.act_schedule_en = QAction(translate("Editor", "Print follow-up schedule in English"), self)
        self.act_schedule_en.triggered.connect(lambda: self.print_schedule("en"))
        languages = QMenu(self)  # the language chosen for the patient: the button's arrow offers both
        languages.addActions([self.act_schedule_en, self.act_schedule_zh])
        self.act_schedule.setMenu(languages)
        self.act_calendar = QAction(translate("Editor", "Export calendar (.ics)"), self)
        self.act_calendar.setToolTip(translate("Editor", "The open follow-ups as calendar events (no patient names)"))
        self.act_calendar.triggered.connect(lambda: self.export_calendar())
        self.act_fhir = QAction(translate("Editor", "Export FHIR (.json)"), self)
        self.act_fhir.setToolTip(translate("Editor", "The case as a FHIR R4 / mCODE bundle for another board or the "
                                                     "hospital's record"))
        self.act_fhir.triggered.connect(lambda: self.export_fhir())
        self.act_letter = QAction(translate("Editor", "Letter to referrer…"), self)
        self.act_letter.setToolTip(translate("Editor", "The latest decision as a letter to the referring doctor and the GP"))
        self.act_letter.triggered.connect(lambda: self.write_letter())
        self.act_letter.setEnabled(False)
        self.act_trend = QAction(translate("Editor", "CEA and lesion size chart"), self)
        self.act_trend.setToolTip(translate("Editor", "CEA results and the largest liver lesion over time"))
        self.act_trend.triggered.connect(lambda: self.show_trend())
        for a in (self.act_save, self.act_undo, self.act_redo, self.act_ready, self.act_summary, self.act_schedule,
                  self.act_calendar, self.act_fhir, self.act_letter, self.act_trend):
            tb.addAction(a)
            self.addAction(a)

        # patient rows go on top of the facts' Patient section
        self.form = FactForm()
        self.mrn = QLineEdit()
        self.mrn.setObjectName("mrn")
        self.mrn.setAccessibleName(translate("Editor", "MRN"))
        self.name = QLineEdit()
        self.name.setObjectName("patientName")
        self.name.setAccessibleName(translate("Editor", "Patient name"))
        self.sex = QComboBox()
        self.sex.setAccessibleName(translate("Editor", "Sex"))
        for s in SEXES:
            self.sex.addItem(sex_label(s), s)
        self.sex.setCurrentIndex(self.sex.findData("unknown"))
        self.birth = DateField(translate("Editor", "Date of birth"))
        self.birth.setObjectName("birthDate")
        self.case_title = QLineEdit()
        self.case_title.setAccessibleName(translate("Editor", "Case title"))
        self.case_title.setPlaceholderText(translate("Editor", "e.g. Synchronous colorectal liver metastases"))
        self.mrn_error = QLabel()
        self.mrn_error.setObjectName("fieldError")
        self.mrn_error.hide()
        pform = self.form.sections[S_PATIENT]
        for w in (self.mrn, self.birth, self.sex):
            w.setMaximumWidth(220)
        self.name.setMaximumWidth(380)
        mrn_box = QWidget()
        mb = QVBoxLayout(mrn_box)
        mb.setContentsMargins(0, 0, 0, 0)
        mb.setSpacing(2)
        mb.addWidget(self.mrn)
        mb.addWidget(self.mrn_error)
        for row, (text, field) in enumerate(((translate("Editor", "MRN"), mrn_box),
                                             (translate("Editor", "Name"), self.name), (translate("Editor", "Sex"), self.sex),
                                             (translate("Editor", "Date of birth"), self.birth))):
            lab = QLabel(text)
            lab.setMinimumWidth(LABEL_WIDTH)
            pform.insertRow(row, lab, field)
        title_label = QLabel(translate("Editor", "Case title"))
        title_label.setMinimumWidth(LABEL_WIDTH)
        pform.addRow(title_label, self.case_title)  # after the age, which belongs with the date of birth
        # who referred the case and the patient's GP: the letter to the referrer is addressed to them
        self.referrer = QLineEdit()
        self.referrer.setObjectName("referrer")
        self.referrer.setAccessibleName(translate("Editor", "Referring clinician"))
        self.referrer.setPlaceholderText(translate("Editor", "Name, service, address: the letter is addressed here"))
        self.gp = QLineEdit()
        self.gp.setObjectName("gp")
        self.gp.setAccessibleName(translate("Editor", "GP"))
        self.gp.setPlaceholderText(translate("Editor", "The patient's GP: a copy of the letter"))
        for w in (self.case_title, self.referrer, self.gp):
            w.setMaximumWidth(460)  # whole on a 1366-pixel screen beside the decision support
        self.addressee_errors: dict[str, QLabel] = {}
        for key, text, field in (("referrer", translate("Editor", "Referring clinician"), self.referrer),
                                 ("gp", translate("Editor", "GP"), self.gp)):
            lab = QLabel(text)
            lab.setMinimumWidth(LABEL_WIDTH)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.addressee_errors[key] = error
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(2)
            bl.addWidget(field)
            bl.addWidget(error)
            pform.addRow(lab, box)

        self.imaging = ImagingSection(self.ctx)
        self.labs = LabSection(self.ctx)
        for section in (self.imaging, self.labs):
            section.added.connect(self._record_added)
            section.problem.connect(self.show_banner)
        self.form.sections[S_IMAGING].addRow(self.imaging)
        lform = self.form.sections[S_LAB]
        lform.addRow(QLabel(translate("Editor", "Dated results (the readiness check needs recent ones)")))
        lform.addRow(self.labs)

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("Editor", "Pathology and notes"))
        self.notes.setPlaceholderText(translate("Editor", "Histology, molecular markers (RAS/BRAF, MSI), other notes"))
        self.notes.setMaximumHeight(90)
        self.form.sections[S_PATHOLOGY].addRow(translate("Editor", "Notes"), self.notes)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(520)

        self.panel = DecisionPanel(rules=lambda: self.ctx.ws.rules)
        self.readiness = ReadinessView()
        support = QWidget()
        rl = QVBoxLayout(support)
        rl.setContentsMargins(0, 4, 0, 0)
        ready_frame = QFrame()
        ready_frame.setObjectName("card")
        rf = QVBoxLayout(ready_frame)
        rf.addWidget(self.readiness)
        ready_scroll = QScrollArea()
        ready_scroll.setWidgetResizable(True)
        ready_scroll.setFrameShape(QFrame.Shape.NoFrame)
        ready_scroll.setWidget(ready_frame)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.panel)
        vsplit.addWidget(ready_scroll)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 1)
        vsplit.setSizes([560, 220])
        rl.addWidget(vsplit, 1)
        self.history = CaseHistory(self.ctx)
        self.history.changed.connect(self._history_changed)
        self.side = QTabWidget()
        self.side.setObjectName("caseSide")
        self.side.addTab(support, translate("Editor", "Decision support"))
        self.side.addTab(self.history, translate("Editor", "History"))
        right = QWidget()
        side_lay = QVBoxLayout(right)
        side_lay.setContentsMargins(6, 0, 0, 0)
        side_lay.addWidget(self.side)
        self.ctx.cases_changed.connect(self._elsewhere_changed)
        self.ctx.followups_changed.connect(self._elsewhere_changed)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([740, 660])  # the form needs its checkbox rows whole; the cards wrap
        split.setChildrenCollapsible(False)

        head = QHBoxLayout()
        head.addWidget(self.header)
        head.addSpacing(12)
        head.addWidget(self.status_label, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addLayout(head)
        lay.addWidget(tb)
        lay.addWidget(self.banner)
        self.changed_elsewhere = ChangedElsewhereBar(self._reload_in_background, self)
        lay.addWidget(self.changed_elsewhere)
        lay.addWidget(split, 1)
        self.ctx.case_changed_elsewhere.connect(self._on_changed_elsewhere)

        for w in (self.mrn, self.name, self.case_title, self.referrer, self.gp):
            w.textChanged.connect(self._changed)
        self.sex.currentIndexChanged.connect(self._changed)
        self.birth.changed.connect(self._fill_age)
        self.birth.changed.connect(self._changed)
        self._link_dates()
        self.notes.textChanged.connect(self._changed)
        self.form.changed.connect(self._changed)
        QWidget.setTabOrder(self.mrn, self.name)
        QWidget.setTabOrder(self.name, self.sex)
        QWidget.setTabOrder(self.sex, self.birth)
        QWidget.setTabOrder(self.birth, self.case_title)
        QWidget.setTabOrder(self.case_title, self.referrer)
        QWidget.setTabOrder(self.referrer, self.gp)

    def _link_dates(self) -> None:
        """Birth not after the diagnosis, the diagnosis not before birth, neither after today."""
        dx = self.form.controls["primary_diagnosed_on"]
        dx_field = dx.editor
        assert isinstance(dx_field, DateField)

        def dx_day() -> date | None:
            return dx_field.typed_date()

        def latest_birth() -> date:
            d = dx_day()
            return min(self.ctx.today(), d) if d else self.ctx.today()

        def birth_text() -> str:
            d = dx_day()
            if d and d < self.ctx.today():
                return translate("Editor", "the primary diagnosis ({day})").format(day=d.isoformat())
            return translate("DateField", "today ({day})").format(day=self.ctx.today().isoformat())

        self.birth.set_limits(latest=latest_birth, latest_text=birth_text)
        dx_field.set_limits(earliest=self.birth.typed_date, earliest_text=lambda: translate("Editor", "the date of birth ({day})").format(
            day=(self.birth.typed_date() or self.ctx.today()).isoformat()),
            latest_text=lambda: translate("DateField", "today ({day})").format(day=self.ctx.today().isoformat()))
        for f in ("primary_diagnosed_on", "liver_mets_detected_on"):
            field = self.form.controls[f].editor
            assert isinstance(field, DateField)
            if f != "primary_diagnosed_on":
                field.set_limits(latest_text=lambda: translate("DateField", "today ({day})").format(day=self.ctx.today().isoformat()))
        # each re-judges the other when it changes (a corrected diagnosis clears the birth date's problem)
        dx.changed.connect(lambda: self.birth.refresh() if not self.birth.line.hasFocus() else None)
        self.birth.changed.connect(lambda: dx.show_problem(dx.problem()) if not dx_field.line.hasFocus() else None)

    # -- state ----------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        b = self.birth.date()
        return {
            "mrn": self.mrn.text(),
            "name": self.name.text(),
            "sex": self.sex.currentData(),
            "birth_date": b.isoformat() if b else None,
            "title": self.case_title.text(),
            "referrer": self.referrer.text(),
            "gp": self.gp.text(),
            "notes": self.notes.toPlainText(),
            "facts": self.form.values(),
            "raw": {n: c.editor.text() for n, c in self.form.controls.items() if isinstance(c.editor, QLineEdit | DateField)}
            | {"birth_date": self.birth.text()},
        }

    def restore_state(self, st: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.mrn.setText(st["mrn"])
            self.name.setText(st["name"])
            self.sex.setCurrentIndex(max(self.sex.findData(st["sex"]), 0))
            bd = st["birth_date"]
            self.birth.set_date(bd)
            if st.get("raw", {}).get("birth_date"):  # half-typed text comes back as it was
                self.birth.setText(st["raw"]["birth_date"])
            self.case_title.setText(st["title"])
            self.referrer.setText(st.get("referrer", ""))
            self.gp.setText(st.get("gp", ""))
            if self.notes.toPlainText() != st["notes"]:
                self.notes.setPlainText(st["notes"])
            self.form.set_values(st["facts"])
            for n, text in st.get("raw", {}).items():  # keep half-typed invalid text too
                if n not in self.form.controls:
                    continue
                self.form.controls[n].editor.setText(text)  # type: ignore[attr-defined]
                self.form.controls[n]._on_change()
        finally:
            self._restoring = False
        bd, age = st["birth_date"], st["facts"].get("age_years")
        self._age_from_birth = age if bd and age == age_on(date.fromisoformat(bd), self.ctx.today()) else None
        self._undo_base = copy.deepcopy(st)
        self._undo_timer.stop()
        if self.banner.isVisible() or self.mrn_error.isVisible():  # judged again: no error outlives the value it named
            if not self._local_problems(focus=False):
                self.show_banner("")
        self._after_change()

    def is_dirty(self) -> bool:
        return _comparable(self.state()) != _comparable(self.saved_state)

    def _fill_age(self, *_: Any) -> None:
        """The age follows the date of birth while it is empty or was filled from it (a typed age stays)."""
        if self._restoring:
            return
        age = self.form.controls["age_years"]
        b = self.birth.date()
        if age.value() not in (None, self._age_from_birth) or age.problem():
            return
        if b is None:
            new = None
        else:
            new = age_on(b, self.ctx.today())
            new = new if 0 <= new <= 120 else None
        self._age_from_birth = new
        if age.value() != new:
            age.set_value(new)

    def _changed(self, *_: Any) -> None:
        if self._restoring:
            return
        self._undo_timer.start()
        self._after_change()

    def _after_change(self) -> None:
        self._eval_timer.start()
        self._update_title()

    def _record_undo(self) -> None:
        now = self.state()
        if _comparable(now) != _comparable(self._undo_base):
            self.undo_stack.push(Snapshot(self, self._undo_base, now))
            self._undo_base = copy.deepcopy(now)

    def evaluate_now(self) -> None:
        self._eval_timer.stop()
        facts = dict(self.form.values())
        facts.setdefault("as_of", self.ctx.today().isoformat())
        if self.form.problems():
            names = ", ".join(translate("CaseFacts", self.form.controls[n].spec.label) for n in self.form.problems())
            self.panel.show_message(translate("Decision", "Correct the marked fields to see the options: {f}").format(f=names),
                                    error=True)
            self._mark_core_problems([])
            return
        self.panel.set_facts(facts)
        self._mark_core_problems(self.panel.invalid)

    _core_marked: frozenset[str] = frozenset()

    def _mark_core_problems(self, problems: list[Any]) -> None:
        """Facts the core refuses together (they contradict each other): every field involved is marked, in
        words, as soon as the combination is entered; marks of a combination since corrected are cleared."""
        marks = problem_marks(problems)
        for name in self._core_marked - set(marks):
            if name in self.form.controls:
                self.form.controls[name].show_problem(self.form.controls[name].problem())
        self.form.mark(marks)
        self._core_marked = frozenset(marks)

    def _update_title(self) -> None:
        name = self.name.text().strip() or translate("Editor", "New case")
        mrn = self.mrn.text().strip()
        star = " *" if self.is_dirty() else ""
        self.header.setText(f"{name}{'  ·  ' + mrn if mrn else ''}{star}")
        self.setWindowTitle(translate("Editor", "Case: {name}").format(name=name) + star)
        self._show_status()
        saved = bool(self.case_id)
        for w in (self.act_summary, self.act_schedule, self.act_schedule_zh, self.act_calendar, self.act_fhir,
                  self.act_trend):
            w.setEnabled(saved)
        self.act_letter.setEnabled(saved and self.latest_decision() is not None)
        for section in (self.imaging, self.labs):
            section.set_case(self.case_id)
        self.act_ready.setEnabled(saved and self.status == "draft")

    # -- loading ----------------------------------------------------------------------
    def load(self, detail: Any) -> None:
        self.detail = detail
        self.case_id = detail.id
        self.version = detail.version
        self.patient_version = detail.patient.version
        self.status = detail.status.value
        p = detail.patient
        st = {
            "mrn": p.mrn, "name": p.name, "sex": p.sex.value,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "title": detail.title, "notes": detail.notes, "facts": detail.facts.to_json_dict(), "raw": {},
            "referrer": detail.referrer or "", "gp": detail.gp or "",
        }
        self.restore_state(st)
        self.undo_stack.clear()
        self.saved_state = self.state()
        self._undo_base = copy.deepcopy(self.saved_state)
        for section in (self.imaging, self.labs):
            section.set_case(detail.id)
            section.show_records(detail)
        self.history.load(detail.id)
        if self.status in ("discussed", "follow_up", "closed"):
            self.side.setCurrentWidget(self.history)  # decided: what the board decided comes first
        self.refresh_readiness()
        self.evaluate_now()
        self._update_title()

    def _elsewhere_changed(self) -> None:
        """A decision, a follow-up or a status changed in another window: the status and the history follow
        (the form is left as it is: it may hold unsaved typing)."""
        if not self.case_id or not self.isVisible():
            return
        cid = self.case_id
        self.ctx.tasks.run(lambda ws: ws.cases.get(cid), success=self._status_from, parent=self)

    def _status_from(self, detail: Any) -> None:
        if detail.id != self.case_id:
            return
        if not self.is_dirty() and detail.version != self.version:
            self.load(detail)  # nothing typed here: show the case as it now is
            return
        self.status = str(detail.status)  # typing here is kept; a save will say if the case moved on
        self._update_title()
        self.history.load(detail.id)

    def _history_changed(self) -> None:
        self.ctx.followups_changed.emit()

    def _record_added(self, detail: Any) -> None:
        self.show_banner("")
        self.version = detail.version
        self.refresh_readiness()
        self.history.load(detail.id)

    def refresh_readiness(self) -> None:
        if not self.case_id:
            return
        cid = self.case_id
        self.ctx.tasks.run(lambda ws: ws.cases.readiness(cid, language=language()), success=self._readiness_loaded, parent=self)

    def _readiness_loaded(self, readiness: Any) -> None:
        self.readiness.show_readiness(readiness)
        self._show_status()

    def _show_status(self) -> None:
        """The status; a case marked ready (or listed) whose checklist is not complete says so beside it."""
        if not self.status:
            self.status_label.setText(translate("Editor", "not saved yet"))
            return
        text = status_label(self.status)
        meaning = MEANING.get(str(self.status))
        self.status_label.setToolTip(translate("History", meaning) if meaning else "")
        r = self.readiness.readiness
        if str(self.status) in ("ready", "listed") and r is not None and not r.ready:
            text += "  ·  ⚠ " + translate("Editor", "checklist not complete")
        self.status_label.setText(text)

    # -- saving ---------------------------------------------------------------------------
    def _local_problems(self, focus: bool = True) -> bool:
        problems = self.form.problems()
        for ctl in self.form.controls.values():
            ctl.show_problem(problems.get(ctl.spec.name))
        self.birth.refresh()
        birth_problem = self.birth.problem()
        st = self.state()
        mrn_msg = translate("Editor", "The MRN is required (letters and digits, up to 40).") if not st["mrn"].strip() else ""
        self.mrn_error.setText(mrn_msg)
        self.mrn_error.setVisible(bool(mrn_msg))
        name_missing = not st["name"].strip()
        too_long = self._addressee_problems(st)
        for w, bad in ((self.mrn, bool(mrn_msg)), (self.name, name_missing), (self.referrer, "referrer" in too_long),
                       (self.gp, "gp" in too_long)):
            w.setProperty("invalid", bad)
            w.style().unpolish(w)
            w.style().polish(w)
        if problems or mrn_msg or name_missing or birth_problem or too_long:
            parts = [_with_label(translate("CaseFacts", self.form.controls[n].spec.label), m) for n, m in problems.items()]
            parts += list(too_long.values())
            if birth_problem:
                parts.insert(0, birth_problem)
            if mrn_msg:
                parts.insert(0, mrn_msg)
            if name_missing:
                parts.insert(0, translate("Editor", "The patient's name is required."))
            self.show_banner(translate("Editor", "Not saved. Please correct the marked fields:") + "\n• " + "\n• ".join(parts))
            if focus:
                self.form.focus_first_problem()
            return True
        return False

    def _addressee_problems(self, st: dict[str, Any]) -> dict[str, str]:
        """The referring clinician and the GP: one line each, at most ADDRESSEE_MAX characters (said at the
        field, with how many were typed)."""
        out: dict[str, str] = {}
        for key, label in (("referrer", translate("Editor", "Referring clinician")), ("gp", translate("Editor", "GP"))):
            n = len(st.get(key, "").strip())
            message = translate("Editor", "{field}: at most {max} characters (now {n}); shorten the address").format(
                field=label, max=ADDRESSEE_MAX, n=n) if n > ADDRESSEE_MAX else ""
            self.addressee_errors[key].setText(message)
            self.addressee_errors[key].setVisible(bool(message))
            if message:
                out[key] = message
        return out

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def save(self) -> bool:
        """Validate at the fields, then save in the background. False: refused here."""
        self._record_undo()
        if self._local_problems():
            return False
        self.show_banner("")
        st = self.state()
        patient = PatientIn(mrn=st["mrn"], name=st["name"], sex=st["sex"],
                            birth_date=date.fromisoformat(st["birth_date"]) if st["birth_date"] else None)
        facts = st["facts"]
        if self.case_id is None:
            data = CaseCreate(patient=patient, facts=facts, title=st["title"], notes=st["notes"],
                              referrer=st["referrer"], gp=st["gp"])
            fn = lambda ws: ws.cases.create(data)  # noqa: E731
        else:
            cid, version = self.case_id, self.version
            upd = CaseUpdate(facts=facts, title=st["title"], notes=st["notes"], patient=patient,
                             referrer=st["referrer"], gp=st["gp"])
            fn = lambda ws: ws.cases.update(cid, upd, expected_version=version)  # noqa: E731
        self.act_save.setEnabled(False)
        self.ctx.tasks.run(fn, success=lambda d: self._saved(d, st), failure=self._save_failed, parent=self)
        return True

    def _saved(self, detail: Any, st: dict[str, Any]) -> None:
        self.act_save.setEnabled(True)
        self.detail = detail
        self.case_id = detail.id
        self.version = detail.version
        self.status = detail.status.value
        self.saved_state = st
        self._update_title()
        self.refresh_readiness()
        self.saved.emit(detail.id)
        self.ctx.cases_changed.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.act_save.setEnabled(True)
        if isinstance(exc, InvalidInput):
            marks = problem_marks(exc.problems)
            self.form.mark(marks)
            if "mrn" in marks:
                self.mrn_error.setText(marks["mrn"])
                self.mrn_error.show()
            if "birth_date" in marks:
                self.birth.note.setText(marks["birth_date"])
                self.birth.note.show()
            for key, error in self.addressee_errors.items():
                if key in marks:
                    error.setText(marks[key])
                    error.show()
            self.show_banner(translate("Editor", "Not saved. Please correct:") + "\n• " + "\n• ".join(
                f"{any_label(k)}: {v}" for k, v in marks.items()))
            return
        if isinstance(exc, StaleEdit):
            self.show_banner(error_text(exc, language()))
        self.last_error_box = show_error(self, exc)

    def _on_changed_elsewhere(self, change: Change) -> None:
        """A colleague saved this case (live updates). Not being edited: the context's cases_changed notice
        reloads it (_elsewhere_changed); being edited: say who changed it, and offer Reload / Keep editing."""
        if not self.case_id or change.case_id != self.case_id:
            return
        if change.entity == "case" and change.version is not None and self.version is not None \
                and change.version <= self.version:
            return  # what is on screen is already that version (or newer)
        if self.is_dirty():
            self.changed_elsewhere.tell(change)

    def _reload_in_background(self) -> None:
        if self.case_id:
            cid = self.case_id
            self.ctx.tasks.run(lambda ws: ws.cases.get(cid), success=self.load, parent=self)

    def reload_from_database(self) -> None:
        if self.case_id:
            self._fetch(self.case_id)

    def _fetch(self, case_id: int) -> None:
        """Read the case on the database thread (never on this one); the form takes no input until
        it has arrived, so nothing typed meanwhile is overwritten."""
        self.setEnabled(False)

        def arrived(detail: CaseDetail) -> None:
            self.load(detail)
            self.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            self.last_error_box = show_error(self, exc)

        self.ctx.tasks.run(lambda ws: ws.cases.get(case_id), success=arrived, failure=failed, parent=self)

    def mark_ready(self) -> None:
        if not self.case_id or self.version is None:
            return
        if self.is_dirty():
            QMessageBox.information(self, translate("Editor", "Save first"), translate("Editor", "Save the case before marking it ready."))
            return
        r = self.readiness.readiness
        if r is not None and not r.ready and not self.confirm_not_ready([i.label for i in r.items if not i.ok]):
            return
        cid, version = self.case_id, self.version
        self.ctx.tasks.run(lambda ws: ws.cases.set_status(cid, "ready", expected_version=version),
                           success=self._status_set, parent=self)

    def confirm_not_ready(self, missing: list[str]) -> bool:
        answer = QMessageBox.question(
            self, translate("Editor", "Not ready yet"),
            translate("Editor", "The checklist is not complete:") + "\n• " + "\n• ".join(missing) + "\n\n"
            + translate("Editor", "Mark it ready anyway? It will be flagged on the agenda."))
        return answer == QMessageBox.StandardButton.Yes

    def _status_set(self, detail: Any) -> None:
        self.version = detail.version
        self.status = detail.status.value
        self._update_title()
        self.ctx.cases_changed.emit()

    # -- printing -----------------------------------------------------------------------------
    def print_current(self, then: str = "print") -> None:
        if self.case_id:
            make_pdf(self.ctx, self, "case", self.case_id, f"case-{self.mrn.text()}-summary.pdf", then=then)

    def print_schedule(self, language: str = "en") -> None:
        """The patient's schedule in the language chosen for the patient (en or zh)."""
        if self.case_id:
            make_pdf(self.ctx, self, "schedule", self.case_id, f"case-{self.mrn.text()}-schedule-{language}.pdf",
                     language=language)

    def export_calendar(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> None:
        """The follow-up schedule as an .ics file, built and written off the GUI thread."""
        if not self.case_id:
            return
        cid = self.case_id

        def build(ws: Workspace) -> bytes:
            from tumorboard.services.reports import case_ics

            return case_ics(ws, cid)

        export_file(self.ctx, self, build, f"case-{self.mrn.text()}-follow-up.ics", ask_where=ask_where, done=done)

    def show_trend(self) -> Any:
        if not self.case_id:
            return None
        from ui.views.figures_view import CaseTrendDialog

        dialog = CaseTrendDialog(self.ctx, self.case_id, self.name.text().strip(), self)
        dialog.open()
        return dialog

    def latest_decision(self) -> Any:
        decisions = list(getattr(self.detail, "decisions", None) or [])
        return max(decisions, key=lambda d: (d.recorded_at, d.id)) if decisions else None

    def write_letter(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> None:
        decision = self.latest_decision()
        if decision is None:
            return
        self._record_undo()
        if self.is_dirty():  # the letter is addressed from what is saved: a referrer typed here must be saved first
            box = QMessageBox(QMessageBox.Icon.Information, translate("Editor", "Save first"),
                              translate("Editor", "Save the case before writing the letter: it is addressed to the "
                                                  "referring clinician and the GP as saved."),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("saveBeforeLetter")
            box.open()
            return
        from ui.views.letter import write_letter

        write_letter(self.ctx, self, decision.id, self.mrn.text(), ask_where=ask_where, done=done)

    def export_fhir(self, ask_where: bool = True, done: Callable[[Path], None] | None = None) -> None:
        """The case as a FHIR Bundle (.json), built and written off the GUI thread."""
        if not self.case_id:
            return
        cid = self.case_id
        export_file(self.ctx, self, lambda ws: ws.fhir.export_case(cid), f"case-{self.mrn.text()}-fhir.json",
                    ask_where=ask_where, done=done)

    # -- closing ---------------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel (a method so tests can answer it)."""
        return QMessageBox.question(
            self, translate("Editor", "Unsaved changes"),
            translate("Editor", "This case has changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._record_undo()
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()  # close once the background save has succeeded
                if self.save():
                    self.saved.connect(lambda _cid: self.close())
                return
        self._eval_timer.stop()
        self._undo_timer.stop()
        self.closed.emit(self.case_id or 0)
        super().closeEvent(event)


def _with_label(label: str, message: str) -> str:
    """The field's label before its problem, unless the problem already names it."""
    return message if message.startswith(label) or label in message else f"{label}: {message}"


def _comparable(st: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in st.items() if k != "raw"} | {"raw": {k: v for k, v in st.get("raw", {}).items() if v}}


def problem_marks(problems: list[Any]) -> dict[str, str]:
    """Field name -> what is wrong there, in words (a field named by two problems shows both)."""
    marks: dict[str, str] = {}
    for p in problems:
        name = p.field.split(".")[-1]
        marks[name] = f"{marks[name]}; {problem_text(p)}" if name in marks else problem_text(p)
    return marks


def problem_text(problem: Any) -> str:
    """A core FieldProblem in the editor's words: the fields it names by their labels."""
    allowed = core_text(problem.allowed)
    for name in sorted(FACT_NAMES, key=len, reverse=True):  # longest first: "lesion_count" inside others
        if name in allowed:
            allowed = allowed.replace(name, field_label(name))
    return translate("Editor", "{value} is not allowed: {allowed}").format(value=shown_value(problem.value), allowed=allowed)
