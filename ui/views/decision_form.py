"""The board's decision form, with deviation detection: choosing other than the
tier-1 options is allowed, but the reason must be written down."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from tumorboard.services.decisions import add_working_days
from tumorboard.services.schemas import DecisionIn
from tumorboard.services.vocabulary import Intent, Modality, OptionTiming
from ui.date_field import DateField
from ui.i18n import label, translate


def _code(value: StrEnum | str) -> str:
    return str(value)  # a StrEnum is its code


def _pair(first: QWidget, second_label: str, second: QWidget) -> QWidget:
    """Two fields on one form row: `first`, then `second` with its own label."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(first, 1)
    if second_label:
        lab = QLabel(second_label)
        lab.setBuddy(second)
        lay.addWidget(lab)
    lay.addWidget(second, 1)
    return row


class ModalityList(QListWidget):
    """The treatment checklist, always shown whole: a scrollbar inside the form hides choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().Policy.Fixed)

    def _content_height(self) -> int:
        rows = sum(max(self.sizeHintForRow(i), 0) for i in range(self.count()))
        return rows + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._content_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


class DecisionForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionForm")
        self.tier1: list[str] = []
        #: every offered modality, in the recommendation's order: (intent, timing) codes
        self._offered: dict[str, tuple[str, str | None]] = {}
        #: Intent and Timing follow the ticked treatments until the user sets them by hand
        self._follow = True
        self._read_only = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)  # a wrapped label costs a line at 1366x768
        form.setVerticalSpacing(4)
        self.modalities = ModalityList()
        self.modalities.setObjectName("modalities")
        self.modalities.setAccessibleName(translate("Review", "Chosen treatment"))
        for m in Modality:
            it = QListWidgetItem(label(m.value))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            it.setData(Qt.ItemDataRole.UserRole, m.value)
            self.modalities.addItem(it)
        self.modalities.itemChanged.connect(self._on_treatments)
        self.intent = QComboBox()
        self.intent.setAccessibleName(translate("Review", "Intent"))
        for i in Intent:
            self.intent.addItem(label(i.value), i.value)
        self.timing = QComboBox()
        self.timing.setAccessibleName(translate("Review", "Timing"))
        self.timing.addItem(translate("Review", "not applicable"), None)
        for t in OptionTiming:
            self.timing.addItem(label(t.value), t.value)
        for box in (self.intent, self.timing):  # may shrink on a 1366-pixel screen instead of being clipped
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.deviation = QLabel()
        self.deviation.setObjectName("fieldError")
        self.deviation.setWordWrap(True)
        self.deviation.hide()
        self.deviation_reason = QPlainTextEdit()
        self.deviation_reason.setObjectName("deviationReason")
        self.deviation_reason.setAccessibleName(translate("Review", "Reason for deviating from the tier-1 options"))
        self.deviation_reason.setMaximumHeight(42)
        self.deviation_reason.hide()
        self.deviation_label = QLabel(translate("Review", "Reason for deviating"))
        self.deviation_label.hide()
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(translate("Review", "Rationale"))
        self.rationale.setMaximumHeight(42)
        self.preference = QLineEdit()
        self.preference.setAccessibleName(translate("Review", "The patient's preference"))
        self.trial = QCheckBox(translate("Review", "A clinical trial was considered"))
        self.informer = QLineEdit()
        self.informer.setAccessibleName(translate("Review", "Who informs the patient and the referring doctor"))
        self.responsible = QComboBox()  # a named person: one of those present, or typed
        self.responsible.setEditable(True)
        self.responsible.setAccessibleName(translate("Review", "Responsible clinician (consultant or key worker)"))
        self.referrer = QLineEdit()
        self.referrer.setAccessibleName(translate("Review", "Referring doctor or GP to inform"))
        self.inform_patient_by = self._date_edit(translate("Review", "Inform the patient by"))
        self.inform_referrer_by = self._date_edit(translate("Review", "Inform the referring doctor by"))
        self.treatment_date = self._date_edit(translate("Review", "Planned treatment date"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(translate("Review", "Notes"))
        self.modalities_label = QLabel(translate("Review", "Treatment (the tier-1 options are ticked)"))
        form.addRow(self.modalities_label)
        form.addRow(self.modalities)
        form.addRow(self.deviation)
        form.addRow(self.deviation_label, self.deviation_reason)
        # two fields to a row where they belong together: the whole form fits a 1366x768 screen unscrolled
        form.addRow(translate("Review", "Intent"), _pair(self.intent, translate("Review", "Timing"), self.timing))
        form.addRow(translate("Review", "Rationale"), self.rationale)
        form.addRow(translate("Review", "Patient's preference"), _pair(self.preference, "", self.trial))
        form.addRow(translate("Review", "Responsible clinician"), self.responsible)
        form.addRow(translate("Review", "Who informs"), _pair(self.informer, translate("Review", "Referrer / GP"),
                                                             self.referrer))
        form.addRow(translate("Review", "Inform patient by"),
                    _pair(self.inform_patient_by, translate("Review", "referrer by"), self.inform_referrer_by))
        form.addRow(translate("Review", "Treatment date"), _pair(self.treatment_date, translate("Review", "Notes"), self.notes))
        self.deviation_reason.textChanged.connect(self._on_change)
        self.intent.activated.connect(self._set_by_hand)  # activated: the user's choice, not ours
        self.timing.activated.connect(self._set_by_hand)

    def _date_edit(self, name: str) -> DateField:
        d = DateField(name, latest=None)  # dates ahead: no upper limit
        d.changed.connect(self._on_change)
        return d

    # -- values ------------------------------------------------------------------------
    def chosen(self) -> list[str]:
        return [self.modalities.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.modalities.count())
                if self.modalities.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, codes: list[str]) -> None:
        wanted = {str(c) for c in codes}
        self.modalities.blockSignals(True)
        for i in range(self.modalities.count()):
            it = self.modalities.item(i)
            it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in wanted
                             else Qt.CheckState.Unchecked)
        self.modalities.blockSignals(False)
        self._on_treatments()

    @staticmethod
    def deviation_problem() -> str:
        return translate("Review", "The decision differs from the tier-1 options: write the reason.")

    def is_deviation(self) -> bool:
        chosen = self.chosen()
        return bool(chosen) and set(chosen) != set(self.tier1)

    def problems(self) -> list[str]:
        out = []
        if not self.chosen():
            out.append(translate("Review", "Choose at least one treatment."))
        if self.is_deviation() and not self.deviation_reason.toPlainText().strip():
            out.append(self.deviation_problem())
        for field in (self.inform_patient_by, self.inform_referrer_by, self.treatment_date):
            if problem := field.problem():
                out.append(problem)
        return out

    def reset(self, recommendation: Any, today: date, meeting_date: date | None = None, inform_days: int = 2,
              people: list[str] | None = None, referrer: str = "") -> None:
        """A fresh form for a case: the tier-1 options pre-ticked, the patient and the referrer to be
        told within `inform_days` working days; `people`: those present, to choose the responsible clinician;
        `referrer`: the case's referring clinician (else its GP), the one to inform."""
        tier1 = [o for o in recommendation.options if o.tier == 1] if recommendation else []
        self.tier1 = [o.modality.value for o in tier1]
        # show tier labels next to the modalities
        tiers = {o.modality: o.tier for o in (recommendation.options if recommendation else [])}
        for i in range(self.modalities.count()):
            it = self.modalities.item(i)
            code = it.data(Qt.ItemDataRole.UserRole)
            tier = next((t for m, t in tiers.items() if m.value == code), None)
            it.setText(label(code) + (f"  ·  {translate('Decision', 'Tier {n}').format(n=tier)}" if tier else ""))
            font = it.font()
            font.setBold(tier == 1)  # the recommended treatments stand out in the list
            it.setFont(font)
        self.modalities_label.setText(translate("Review", "Treatment (the tier-1 options are ticked)"))
        self._offered = {
            _code(o.modality): (_code(o.intent), _code(o.timing) if o.timing else None)
            for o in (recommendation.options if recommendation else [])
        }
        self._follow = True
        self.set_chosen(self.tier1)  # intent and timing follow
        for w in (self.rationale, self.deviation_reason):
            w.setPlainText("")
        for line in (self.preference, self.informer, self.referrer, self.notes):
            line.setText("")
        self.referrer.setText(referrer)
        self.responsible.clear()
        self.responsible.addItems(["", *(people or [])])
        self.trial.setChecked(False)
        deadline = add_working_days(meeting_date or today, inform_days)
        self.inform_patient_by.set_date(deadline)
        self.inform_referrer_by.set_date(deadline)
        self.treatment_date.set_date(None)
        self._on_change()

    def show_decision(self, d: Any) -> None:
        """Fill the form from a recorded decision (for reading or amending)."""
        self.modalities_label.setText(translate("Review", "Treatment decided"))
        self._follow = False  # the recorded intent and timing stand as the board recorded them
        self.set_chosen(list(d.modalities))
        self.intent.setCurrentIndex(max(self.intent.findData(d.intent.value), 0))
        self.timing.setCurrentIndex(max(self.timing.findData(d.timing.value if d.timing else None), 0))
        self.rationale.setPlainText(d.rationale)
        self.deviation_reason.setPlainText(d.deviation_reason or "")
        self.preference.setText(d.patient_preference)
        self.trial.setChecked(d.trial_considered)
        self.informer.setText(d.informer)
        self.responsible.setCurrentText(d.responsible_clinician)
        self.referrer.setText(d.referrer)
        self.inform_patient_by.set_date(d.inform_patient_by)
        self.inform_referrer_by.set_date(d.inform_referrer_by)
        self.treatment_date.set_date(d.treatment_date)
        self.notes.setText(d.notes)
        self._on_change()

    def decision(self, agenda_item_id: int, seconds: int | None) -> DecisionIn:
        reason = self.deviation_reason.toPlainText().strip()
        return DecisionIn(
            agenda_item_id=agenda_item_id, modalities=self.chosen(), intent=self.intent.currentData(),
            timing=self.timing.currentData(), rationale=self.rationale.toPlainText().strip(),
            patient_preference=self.preference.text().strip(), trial_considered=self.trial.isChecked(),
            deviation_reason=reason if self.is_deviation() else None, informer=self.informer.text().strip(),
            responsible_clinician=self.responsible.currentText().strip(), referrer=self.referrer.text().strip(),
            inform_patient_by=self.inform_patient_by.date(), inform_referrer_by=self.inform_referrer_by.date(),
            notes=self.notes.text().strip(), time_spent_seconds=seconds, treatment_date=self.treatment_date.date())

    def set_read_only(self, on: bool) -> None:
        for w in (self.modalities, self.intent, self.timing, self.rationale, self.preference, self.trial,
                  self.informer, self.responsible, self.referrer, self.inform_patient_by, self.inform_referrer_by, self.treatment_date, self.notes,
                  self.deviation_reason):
            w.setEnabled(not on)
        self._read_only = on
        self._on_change()

    def _set_by_hand(self, *_: Any) -> None:
        self._follow = False

    def _on_treatments(self, *_: Any) -> None:
        if self._follow:
            self._match_intent_and_timing()
        self._on_change()

    def _match_intent_and_timing(self) -> None:
        """Intent and timing of the ticked treatments as the recommendation offered them: the first
        ticked option's intent; the timing of a ticked option that has one, else "not applicable".
        Nothing offered is ticked: the intent is left for the board to set."""
        chosen = set(self.chosen())
        ticked = [self._offered[m] for m in self._offered if m in chosen]
        if ticked:
            self.intent.setCurrentIndex(max(self.intent.findData(ticked[0][0]), 0))
        timing = next((t for _i, t in ticked if t is not None), None)
        self.timing.setCurrentIndex(max(self.timing.findData(timing), 0))

    def _on_change(self, *_: Any) -> None:
        dev = self.is_deviation()
        if dev:
            names = ", ".join(label(m) for m in self.tier1) or translate("Review", "none")
            if self._read_only:  # recorded: the reason is there to read, nothing is required any more
                self.deviation.setText(translate("Review", "Deviates from the tier-1 options ({names}).")
                                       .format(names=names))
            else:
                self.deviation.setText(translate("Review", "⚠ This differs from the tier-1 options ({names}). "
                                          "A reason is required.").format(names=names))
        self.deviation.setVisible(dev)
        self.deviation_reason.setVisible(dev)
        self.deviation_label.setVisible(dev)
        self.changed.emit()
