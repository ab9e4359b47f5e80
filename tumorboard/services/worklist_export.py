"""The follow-up worklist as it is filtered and sorted on screen: printed (PDF, the reports'
renderer) or exported (CSV for a spreadsheet). The GUI, the CLI and tests call these."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any, Protocol

from tumorboard.engine.vocabulary import label
from tumorboard.i18n import N_, _, language_now, using
from tumorboard.reports.base import ProgressFn
from tumorboard.reports.worklist import WorklistRenderer, WorklistRow

from .base import coerce
from .schemas import FollowUpQuery, FollowUpRow

if TYPE_CHECKING:
    from .followups import FollowUps
    from .reports import ReportSource

    class WorklistSource(ReportSource, Protocol):
        """The Workspace as the worklist uses it: the reports' reads and the follow-ups."""

        @property
        def followups(self) -> FollowUps: ...

#: a printed list longer than this is cut (and says so): narrow it with the filters instead
PDF_MAX_ROWS = 5000

CSV_COLUMNS = ("id", "due", "provisional", "mrn", "patient_name", "primary_site", "test", "status", "result", "done_on",
               "responsible", "note", "completed_at", "completed_by", "case_id", "decision_id")


#: the worklist's sort keys in words
SORT_WORDS = {"due": N_("due date"), "name": N_("name"), "mrn": N_("MRN"), "site": N_("primary site"),
              "test": N_("test"), "status": N_("status"), "responsible": N_("responsible"), "done_on": N_("done on")}


def describe(q: FollowUpQuery) -> str:
    """The filters in words, for the printed page, in the language now in force (tumorboard.i18n.using)."""

    def word(code: str) -> str:
        return _(label(code))

    parts = []
    if q.search.strip():
        parts.append(_("name or MRN contains “{search}”", search=q.search.strip()))
    if q.site is not None:
        parts.append(_("primary site {site}", site=word(q.site.value)))
    if q.test is not None:
        parts.append(_("test {test}", test=word(q.test.value)))
    if q.overdue_only:
        parts.append(_("overdue only"))
    elif q.status is not None:
        parts.append(_("status {status}", status=word(q.status.value)))
    if q.due_from is not None:
        parts.append(_("due from {day}", day=q.due_from.isoformat()))
    if q.due_to is not None:
        parts.append(_("due to {day}", day=q.due_to.isoformat()))
    if q.responsible.strip():
        parts.append(_("responsible “{who}”", who=q.responsible.strip()))
    order = _(SORT_WORDS.get(q.sort, q.sort.replace("_", " ")))
    parts.append(_("sorted by {key} (descending)", key=order) if q.descending else _("sorted by {key}", key=order))
    return ("；" if language_now() == "zh_CN" else "; ").join(parts)


def _all(ws: WorklistSource, q: FollowUpQuery, most: int | None) -> list[FollowUpRow]:
    rows: list[FollowUpRow] = ws.followups.list(q.model_copy(update={"offset": 0, "limit": most}))
    return rows


def worklist_pdf(ws: WorklistSource, q: FollowUpQuery | dict[str, Any] | None = None,
                 progress: ProgressFn | None = None, language: str | None = None) -> bytes:
    """The worklist as printed, its words in `language` (None: the session's; names and notes as typed)."""
    with using(language) as lang:
        return _worklist_pdf(ws, q, progress, lang)


def _worklist_pdf(ws: WorklistSource, q: FollowUpQuery | dict[str, Any] | None, progress: ProgressFn | None,
                  language: str) -> bytes:
    from .reports import letterhead

    q = ws.followups.resolve(q)  # "due soon" printed as the day it reaches
    total = ws.followups.count(q)
    rows = [WorklistRow(due=f.due, mrn=f.mrn, name=f.patient_name, site=f.primary_site, test=f.test.value,
                        status=f.status.value, result=f.result.value if f.result else None, done_on=f.done_on,
                        responsible=f.responsible, provisional=f.provisional, note=f.note)
            for f in _all(ws, q, PDF_MAX_ROWS)]
    return WorklistRenderer(letterhead(ws, language=language), rows, describe(q), total, q.as_of or ws.today(),
                            progress).render()


def worklist_csv(ws: WorklistSource, q: FollowUpQuery | dict[str, Any] | None = None) -> bytes:
    """Every matching follow-up (not only the page on screen), UTF-8 with a BOM so spreadsheets read names."""
    q = coerce(FollowUpQuery, q or {}, "follow-up query")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in _all(ws, q, None):
        row = f.model_dump(mode="json")
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
