"""Printed documents and calendar files from a Workspace: gather through the
services, render with tumorboard.reports / tumorboard.interop, write atomically.

For the GUI: `*_pdf(ws, ...)` return bytes (call on the database thread, then
`write_atomically`); `report_steps(ws, kind, key, path)` is the same as a
generator of Progress that ends by yielding the written Path (cancellable).
"""

from __future__ import annotations

import errno
import functools
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Generator, Iterator
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.engine.vocabulary import label
from tumorboard.errors import FieldProblem, InvalidInput, StorageError, TumorboardError
from tumorboard.i18n import N_, _, is_language, language_now, msg, normalize, using
from tumorboard.interop import ics
from tumorboard.private import user_path
from tumorboard.reports import data as rd
from tumorboard.reports import specimen
from tumorboard.reports.base import ProgressFn
from tumorboard.reports.case_summary import render_case_summary
from tumorboard.reports.casesheet import diagnosis_summary
from tumorboard.reports.handout import render_handout
from tumorboard.reports.labs import assess as lab_assess
from tumorboard.reports.minutes import render_minutes
from tumorboard.reports.schedule import follow_up_name, render_schedule, treatment_words
from tumorboard.store.backup import refuse_database_file

from . import readiness
from .schemas import (
    CASE_STATUS_LABELS,
    DECIDED_STATUSES,
    LAB_UNITS,
    AgendaItemOut,
    CaseDetail,
    DecisionOut,
    FollowUpRow,
    FollowUpStatus,
    MeetingDetail,
    Outcome,
    Progress,
)

if TYPE_CHECKING:
    from .cases import Cases
    from .meetings import Meetings
    from .rules import Rules
    from .settings import SettingsService


class ReportSource(Protocol):
    """What the documents read: the Workspace, described by what is used of it (this module is one of
    the services, which never import the Workspace). Every call is a read."""

    @property
    def cases(self) -> Cases: ...

    @property
    def meetings(self) -> Meetings: ...

    @property
    def settings(self) -> SettingsService: ...

    @property
    def rules(self) -> Rules: ...

    @property
    def sqlite_path(self) -> Path | None: ...

    def now(self) -> datetime: ...

    def today(self) -> date: ...


MEETING_MINUTES = 60  # an invitation without cases blocks an hour
LAB_NAMES = {"inr": "INR", "alt": "ALT", "ast": "AST", "afp": "AFP", "cea": "CEA"}


class ReportWriteError(TumorboardError):
    """A document could not be written where asked. Nothing was left behind."""


class ReportCancelled(TumorboardError):
    def __init__(self) -> None:
        super().__init__(N_("Cancelled; no file was written."))


# -- public: bytes -------------------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


def in_language(fn: F) -> F:
    """Gather a document's data with the catalogue set to its `language` keyword (None: the session's), so
    the words the services compose (diagnosis lines, meeting history, readiness) come in that language."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kw: Any) -> Any:
        with using(kw.get("language")):
            return fn(*args, **kw)

    return cast(F, wrapper)


def handout_pdf(ws: ReportSource, meeting_id: int, privacy: bool = False, progress: ProgressFn | None = None,
                duplex: bool = True, language: str | None = None) -> bytes:
    return render_handout(handout_data(ws, meeting_id, privacy, duplex, language=language), progress)


def minutes_pdf(ws: ReportSource, meeting_id: int, progress: ProgressFn | None = None, language: str | None = None) -> bytes:
    return render_minutes(minutes_data(ws, meeting_id, language=language), progress)


def case_summary_pdf(ws: ReportSource, case_id: int, progress: ProgressFn | None = None, language: str | None = None) -> bytes:
    return render_case_summary(case_summary_data(ws, case_id, language=language), progress)


def schedule_pdf(ws: ReportSource, case_id: int, progress: ProgressFn | None = None, language: str = "en") -> bytes:
    return render_schedule(schedule_data(ws, case_id, language), progress)


def specimen_pdf(ws: ReportSource, cases: int = 2) -> bytes:
    """A handout with invented patients under this hospital's letterhead: checks the
    logo, the hospital name and the printer without printing anyone's data."""
    data = specimen.handout(cases)
    lh = letterhead(ws, rule_set=data.letterhead.rule_set)
    return render_handout(data.model_copy(update={"letterhead": lh.model_copy(update={
        "confidentiality": "SPECIMEN with invented patients: not for clinical use."})}))


def case_ics(ws: ReportSource, case_id: int) -> bytes:
    """The case's open follow-ups as all-day calendar events; refused when there is none."""
    detail: CaseDetail = ws.cases.get(case_id)
    who = patient_ref(detail).identifier(privacy=True)
    entries = [
        ics.CalendarEntry(
            key=f.uid, day=f.due, sequence=max(0, f.version - 1),
            summary=f"{follow_up_name(str(f.test))} · case {case_number(detail.id)}",
            description=f"Patient {who}. Planned by rule {f.rule or '-'} (tumor board follow-up).",
        )
        for f in sorted(detail.followups, key=lambda f: (f.due, f.id))
        if f.status == FollowUpStatus.open
    ]
    if not entries:
        raise NothingToExport(msg("Case {id} has no open follow-up, so there is nothing to put in a calendar; "
                                  "no file was written.", id=case_number(detail.id)))
    return ics.followup_calendar(f"Follow-up case {case_number(detail.id)}", entries, ws.now())


def local_zone() -> tzinfo:
    """The workstation's time zone (an IANA zone, so the calendar can carry its VTIMEZONE)."""
    try:
        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    except (ZoneInfoNotFoundError, ValueError):  # an odd local setting: UTC is still a real zone
        return ZoneInfo("UTC")


def meeting_ics(ws: ReportSource, meeting_id: int, invite: bool | None = False) -> bytes:
    """The meeting as a calendar event in the workstation's time zone; the agenda names cases by
    number and site, never by patient name. `invite`: an invitation (METHOD:REQUEST) from the board's
    e-mail address (Settings) to those on the attendance list with an e-mail address; the others are
    named in the description. Refused in words when nobody is on the list, nobody on it has an e-mail
    address or the board's address is not set. None: an invitation when someone on the list has an
    e-mail address, else the event alone with the attendance in its description."""
    m: MeetingDetail = ws.meetings.get(meeting_id)
    title = m.title or "Tumor board"
    times = slot_times(m, ws.settings.get().slot_minutes)
    agenda = [
        f"{item.position}. {slot(times, item.position) or ''} case {case_number(item.case_id)} · "
        f"{label(item.primary_site)}" + (f" · {item.question}" if item.question else "")
        for item in m.agenda
    ]
    start: date | datetime
    end: date | datetime
    if m.start_time is not None:
        start = datetime.combine(m.meeting_date, m.start_time, tzinfo=local_zone())
        last = max((e for _s, e in times.values()), default=None)
        end = start + (last - times[min(times)][0] if last is not None else timedelta(minutes=MEETING_MINUTES))
    else:
        start, end = m.meeting_date, m.meeting_date + timedelta(days=1)
    people = [ics.Person(a.name, a.role) for a in m.attendance]
    day = m.meeting_date.isoformat()
    if invite is None:
        invite = any(p.email for p in people)
    organizer: ics.Person | None = None
    if invite:
        if not people:
            raise NothingToExport(msg("The meeting of {day} has nobody on its attendance list to invite; add "
                                      "the attendance first. No file was written.", day=day))
        if not any(p.email for p in people):
            raise NothingToExport(msg("Nobody on the attendance list of the meeting of {day} has an e-mail "
                                      "address, so a calendar invitation would reach no one. Write the "
                                      "addresses in the attendance list as “Dr. Keller <keller@example.org>”, "
                                      "or export the meeting without inviting. No file was written.", day=day))
        settings = ws.settings.get()
        if not settings.board_email:
            raise NothingToExport(N_("A calendar invitation is sent from the board's e-mail address, and none "
                                     "is set: enter it in Settings (Invitations from). No file was written."))
        organizer = ics.Person(f"{settings.contact_name or settings.hospital_name} <{settings.board_email}>")
    return ics.meeting_invitation(m.uid, title, start, end, m.place, agenda, ws.now(),
                                  sequence=max(0, m.version - 1), organizer=organizer, attendees=people)


class NothingToExport(TumorboardError):
    """The file would be empty: said in words, and nothing is written."""


# -- public: files -------------------------------------------------------------

#: what writing a document does when its file exists: "replace" it (the user chose to: a Save dialog's
#: confirmation, the CLI's --force), "refuse" (the CLI without --force, as `backup` does), or "keep" it
#: and write under the next free numbered name, handout-2026-12-01-2.pdf (the GUI's Print and Open as
#: PDF: a re-printed handout never silently replaces the one printed earlier)
Existing = Literal["replace", "refuse", "keep"]


def check_output(path: str | os.PathLike[str], database: Path | None = None, existing: Existing = "replace") -> Path:
    """The file `path` names, refused in words when it cannot be written (checked before a document is made)."""
    try:
        target = user_path(path, "output file")
    except StorageError as exc:
        raise ReportWriteError(str(exc)) from None
    refuse_database_file(target, database)
    if target.is_dir():
        raise ReportWriteError(msg("Cannot write {target}: it is a folder; give a file name.", target=target))
    if target.exists() and not target.is_file():  # a device, a pipe, a socket: renaming over it would replace it
        raise ReportWriteError(msg("Cannot write {target}: it is not a regular file (a device or other special "
                                   "file); give the name of a file.", target=target))
    folder = target.parent
    if not folder.exists():
        missing = folder
        while not missing.parent.exists():
            missing = missing.parent
        raise ReportWriteError(msg("Cannot write {target}: the folder {missing} does not exist. Choose a "
                                   "folder you can write to.", target=target, missing=missing))
    if not folder.is_dir():
        raise ReportWriteError(msg("Cannot write {target}: {folder} is not a folder.", target=target, folder=folder))
    if existing == "refuse" and target.exists():
        raise _exists(target)
    return target


def _exists(target: Path) -> ReportWriteError:
    return ReportWriteError(msg("{target} already exists. Nothing was written. Choose a new file name, or add "
                                "--force to replace it.", target=target))


def numbered(target: Path, n: int) -> Path:
    """The n-th name for a document kept beside earlier prints: handout.pdf, handout-2.pdf, ..."""
    return target if n == 1 else target.with_name(f"{target.stem}-{n}{target.suffix}")


def write_atomically(data: bytes, path: str | os.PathLike[str], database: Path | None = None,
                     existing: Existing = "replace") -> Path:
    """Write to a temporary file in the same folder, then rename it to `path`: a reader sees the
    old file or the new one, never half of one. `existing`: what happens when `path` exists
    (see Existing); returns the path written. `database` (the workspace's SQLite file) is
    never overwritten."""
    target = check_output(path, database, existing)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        why = ("it does not accept new files" if exc.errno == errno.ENOENT
               else f"{exc.strerror or exc}; you may not write there")
        raise ReportWriteError(
            msg("Cannot write {target}: {reason} (the folder {folder} exists but {why}). Choose a folder you "
                "can write to.", target=target, reason=exc.strerror or exc, folder=folder, why=why)
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp made it 0600 (owner only): patient data stays private, whatever the umask
        if existing == "replace":
            os.replace(tmp, target)
        else:
            target = _place_new(Path(tmp), target, existing)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ReportWriteError(msg("Cannot write {target}: {reason}.", target=target, reason=exc.strerror or exc)) from None
        raise
    Path(tmp).unlink(missing_ok=True)  # linked into place: the temporary name goes
    return target


def _place_new(tmp: Path, target: Path, existing: Existing) -> Path:
    """Give the written temporary file `target`'s name, or with "keep" the first free numbered one,
    never replacing a file (also one made meanwhile: a hard link fails where a name is taken)."""
    for n in range(1, 10_000):
        name = numbered(target, n)
        try:
            os.link(tmp, name)
            return name
        except FileExistsError:
            if existing == "refuse":
                raise _exists(target) from None
        except OSError:  # no hard links on this file system (FAT, some network shares)
            if not name.exists():
                os.replace(tmp, name)
                return name
            if existing == "refuse":
                raise _exists(target) from None
    raise ReportWriteError(msg("Cannot write {target}: 9,999 numbered copies already exist in {parent}; move "
                               "the old ones away.", target=target, parent=target.parent))


#: report kind -> (gather on the database thread, render anywhere)
KINDS: dict[str, tuple[Callable[..., Any], Callable[..., bytes]]] = {
    "handout": (lambda ws, key, privacy=False, duplex=True, language=None:
                handout_data(ws, key, privacy, duplex, language=language), render_handout),
    "minutes": (lambda ws, key, language=None: minutes_data(ws, key, language=language), render_minutes),
    "case": (lambda ws, key, language=None: case_summary_data(ws, key, language=language), render_case_summary),
    "schedule": (lambda ws, key, language="en": schedule_data(ws, key, language), render_schedule),
}


def report_steps(ws: ReportSource, kind: str, key: int, path: str | os.PathLike[str], existing: Existing = "replace",
                 **options: bool | str) -> Iterator[Progress | Path]:
    """Build report `kind` (handout, minutes, case, schedule) for meeting/case `key`
    and write it to `path` (`existing`: see Existing): yields Progress, then the written Path.
    Closing the generator cancels the rendering and writes nothing."""
    gather, render = KINDS[kind]
    yield Progress(done=0, total=0, message="Gathering the data")
    data = gather(ws, key, **options)
    pdf = yield from _rendering(lambda progress: render(data, progress))
    yield Progress(done=1, total=1, message="Writing the file")
    yield write_atomically(pdf, path, ws.sqlite_path, existing)


def _rendering(render: Callable[[ProgressFn], bytes]) -> Generator[Progress, None, bytes]:
    """Run a pure rendering in a helper thread, yielding its progress; closing
    the generator makes the next progress call raise, which stops the helper.
    The helper never touches the database: the data was gathered before."""
    steps: queue.Queue[Progress | None] = queue.Queue()
    stop = threading.Event()
    pdf: list[bytes] = []
    error: list[BaseException] = []

    def progress(done: int, total: int, message: str) -> None:
        if stop.is_set():
            raise ReportCancelled()
        steps.put(Progress(done=done, total=total, message=message))

    def run() -> None:
        try:
            pdf.append(render(progress))
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            error.append(exc)
        finally:
            steps.put(None)

    worker = threading.Thread(target=run, name="tumorboard-render", daemon=True)
    worker.start()
    try:
        while (step := steps.get()) is not None:
            yield step
    finally:
        stop.set()
        worker.join()
    if error:
        raise error[0]
    return pdf[0]


# -- gathering -------------------------------------------------------------------

def case_number(case_id: int) -> str:
    return f"#{case_id}"


def letterhead(ws: ReportSource, rule_set: str = "", language: str | None = None) -> rd.Letterhead:
    """Every page's header and footer; their words in `language` (None: the one in force, see in_language)."""
    settings = ws.settings.get()
    logo = Path(settings.logo_path) if settings.logo_path else None
    return rd.Letterhead(hospital_name=settings.hospital_name, department=N_("Liver tumor board"),
                         logo_path=logo if logo and logo.is_file() else None,
                         generated_at=ws.now(), rule_set=rule_set, language=normalize(language))


def rule_set_text(rec: Recommendation | None) -> str:
    return f"{rec.rule_set.name} {rec.rule_set.version}" if rec else ""


def patient_ref(detail: CaseDetail) -> rd.PatientRef:
    p = detail.patient
    sex = "" if p.sex == "unknown" else str(p.sex)
    return rd.PatientRef(name=p.name, mrn=p.mrn, birth_date=p.birth_date, sex=sex)


def slot_times(m: MeetingDetail, default_minutes: int) -> dict[int, tuple[datetime, datetime]]:
    """Each agenda position's start and end: one after the other from the meeting's start, each as
    long as set for its case, else the board's setting. Empty when the meeting has no start time."""
    if m.start_time is None:
        return {}
    at = datetime.combine(m.meeting_date, m.start_time)
    out = {}
    for item in sorted(m.agenda, key=lambda i: i.position):
        end = at + timedelta(minutes=item.slot_minutes or default_minutes)
        out[item.position] = (at, end)
        at = end
    return out


def slot(times: dict[int, tuple[datetime, datetime]], position: int) -> str:
    if position not in times:
        return ""
    start, end = times[position]
    return f"{start:%H:%M}\u2013{end:%H:%M}"


def case_sheet(ws: ReportSource, detail: CaseDetail, as_of: date | None, this_meeting: int | None = None,
               limits: tuple[int, int] | None = None) -> rd.CaseSheet:
    """The case as printed, from the one read of it (`detail`) and one run of the engine; on a
    meeting's handout (`this_meeting`), also the decisions of earlier meetings. `limits`: the
    readiness age limits in weeks (imaging, labs), read once per document."""
    day = as_of or ws.today()
    facts = detail.facts.model_copy(update={"as_of": as_of or detail.facts.as_of or ws.today()})
    rec: Recommendation | None = None
    problem = ""
    try:
        rec = ws.rules.evaluate(facts, language_now())
    except TumorboardError as exc:  # facts the engine refuses: print why, not nothing
        problem = str(exc)
    imaging_weeks, labs_weeks = limits or readiness_limits(ws)
    ready = readiness.check(facts.model_copy(update={"as_of": day}), detail.imaging, detail.labs, rec, day,
                            imaging_weeks, labs_weeks, language_now())
    return rd.CaseSheet(
        case_id=detail.id, case_number=case_number(detail.id), title=detail.title, status=str(detail.status),
        status_label=CASE_STATUS_LABELS.get(str(detail.status), ""), decided=str(detail.status) in DECIDED_STATUSES,
        patient=patient_ref(detail), facts=facts, referrer=detail.referrer or "", gp=detail.gp or "",
        notes=detail.notes or "",
        imaging=[rd.ImagingStudyData(performed_on=i.study_date, modality=str(i.modality), finding=i.findings)
                 for i in sorted(detail.imaging, key=lambda i: i.study_date, reverse=True)],
        labs=lab_rows(detail, facts),
        recommendation=rec, evaluation_problem=problem, ready=ready.ready,
        readiness=[rd.ReadinessItemData(label=i.label, ok=i.ok, detail=i.detail) for i in ready.items],
        earlier_decisions=[] if this_meeting is None else [
            decision_data(d, detail) for d in sorted(detail.decisions, key=lambda d: d.recorded_at)
            if d.meeting_id != this_meeting],
    )


#: the lab tests also held as case facts: a value typed with the facts is printed in the lab table too
LAB_FACTS = {"bilirubin": "bilirubin_umol_l", "albumin": "albumin_g_l", "inr": "inr", "cea": "cea_ng_ml",
             "afp": "afp_ng_ml"}


def lab_name(test: str) -> str:
    return LAB_NAMES.get(test, test.capitalize())


def lab_rows(detail: CaseDetail, facts: CaseFacts) -> list[rd.LabResultData]:
    """Every laboratory value of the case, newest first, each with its reference interval and an H / L
    mark: the dated results, and a value held only in the case facts (no dated result of that test)."""
    rows = []
    for lab in sorted(detail.labs, key=lambda lab: lab.taken_on, reverse=True):
        reference, flag = lab_assess(str(lab.test), lab.value, lab.unit)
        rows.append(rd.LabResultData(taken_on=lab.taken_on, name=lab_name(str(lab.test)), value=f"{lab.value:g}",
                                     unit=lab.unit, reference=reference, flag=flag))
    dated = {str(lab.test) for lab in detail.labs}
    for test, field in LAB_FACTS.items():
        value = getattr(facts, field)
        if value is None or test in dated:
            continue
        unit = LAB_UNITS.get(test, "")
        reference, flag = lab_assess(test, float(value), unit)
        rows.append(rd.LabResultData(taken_on=None, name=lab_name(test), value=f"{value:g}", unit=unit,
                                     reference=reference, flag=flag, source="case facts"))
    return rows


def readiness_limits(ws: ReportSource) -> tuple[int, int]:
    """(imaging, labs) age limits in weeks: the board's settings, else the rule parameters."""
    settings = ws.settings.get()
    imaging_weeks, labs_weeks = ws.rules.readiness_limits()
    return settings.imaging_max_weeks or imaging_weeks, settings.labs_max_weeks or labs_weeks


@in_language
def handout_data(ws: ReportSource, meeting_id: int, privacy: bool = False, duplex: bool = True,
                 language: str | None = None) -> rd.MeetingHandoutData:
    """Each case read once and evaluated once (the readiness check reuses the evaluation)."""
    m: MeetingDetail = ws.meetings.get(meeting_id)
    limits = readiness_limits(ws)
    times = slot_times(m, ws.settings.get().slot_minutes)
    items = []
    rule_set = ""
    for item in m.agenda:
        detail = ws.cases.get(item.case_id)
        sheet = case_sheet(ws, detail, as_of=m.meeting_date, this_meeting=m.id, limits=limits)
        rule_set = rule_set or rule_set_text(sheet.recommendation)
        items.append(rd.HandoutItem(position=item.position, slot=slot(times, item.position), question=item.question,
                                    case=sheet, carried_from=carried_from(detail, item)))
    return rd.MeetingHandoutData(letterhead=letterhead(ws, rule_set), meeting=meeting_info(m), items=items,
                                 privacy=privacy, duplex=duplex)


def deferral(detail: CaseDetail, row: AgendaItemOut) -> rd.DeferralData:
    """A deferred agenda item as the record prints it: the open question, its owner, where it went."""
    to = next((a.meeting_date for a in detail.agenda if a.meeting_id == row.carried_to_meeting_id), None)
    return rd.DeferralData(meeting_date=row.meeting_date, reason=row.deferred_reason or "",
                           owner=row.deferral_owner, to_meeting=to)


def carried_from(detail: CaseDetail, item: AgendaItemOut) -> rd.DeferralData | None:
    """The deferral that put this item on its meeting's agenda, if any."""
    earlier = next((a for a in detail.agenda if a.id == item.carried_from_id), None)
    return deferral(detail, earlier) if earlier is not None else None


def meeting_history(detail: CaseDetail) -> list[rd.MeetingHistoryData]:
    """Every meeting the case was on, oldest first, with what happened there."""
    decisions = {d.id: d for d in detail.decisions}
    out = []
    for a in sorted(detail.agenda, key=lambda a: (a.meeting_date, a.id)):
        if a.outcome == Outcome.deferred:
            d = deferral(detail, a)
            text = _("Open question: {q}; owner: {owner}; ", q=d.reason or "-", owner=d.owner or _("not named")) + (
                _("carried to the meeting of {day}", day=d.to_meeting.isoformat()) if d.to_meeting
                else _("no later meeting was planned"))
            out.append(rd.MeetingHistoryData(meeting_date=a.meeting_date, outcome=_("Deferred"), detail=text))
        elif a.decision_id is not None and a.decision_id in decisions:
            dec = decisions[a.decision_id]
            out.append(rd.MeetingHistoryData(meeting_date=a.meeting_date, outcome=_("Decided"),
                                             detail=", ".join(_(label(str(x))) for x in dec.modalities)
                                             + f" ({_(label(str(dec.intent)))})"))
        else:
            out.append(rd.MeetingHistoryData(meeting_date=a.meeting_date, outcome=_("On the agenda"),
                                             detail=_("not yet discussed")))
    return out


def meeting_info(m: MeetingDetail) -> rd.MeetingInfo:
    return rd.MeetingInfo(id=m.id, title=m.title or _("Tumor board"), date=m.meeting_date, start_time=m.start_time,
                          place=m.place)


def decision_data(d: DecisionOut, detail: CaseDetail, meeting_title: str = "") -> rd.DecisionData:
    recommended: list[str] = []
    if d.recommendation:
        try:
            recommended = [str(o.modality) for o in Recommendation.model_validate(d.recommendation).tier1()]
        except ValueError:  # a snapshot from an older contract: print the decision without it
            recommended = []
    follow_ups = [followup_data(f) for f in detail.followups if f.decision_id == d.id]
    # the board decided on the meeting day; recorded_at is when someone typed it in
    meeting_day = next((a.meeting_date for a in detail.agenda if a.meeting_id == d.meeting_id), None)
    # the time the board spent: as recorded with the decision, else the review timer of its agenda item
    spent = d.time_spent_seconds
    if spent is None:
        spent = next((a.time_spent_seconds for a in detail.agenda if a.decision_id == d.id), None)
    return rd.DecisionData(
        decided_on=meeting_day or d.recorded_at.date(), meeting_title=meeting_title, modalities=[str(x) for x in d.modalities],
        intent=str(d.intent), timing=str(d.timing or ""), rationale=d.rationale,
        patient_preference=d.patient_preference, trial_considered=d.trial_considered, recommended=recommended,
        deviation=d.deviation, deviation_reason=d.deviation_reason or "", informer=d.informer,
        responsible_clinician=d.responsible_clinician, referrer=d.referrer,
        inform_patient_by=d.inform_patient_by, inform_referrer_by=d.inform_referrer_by,
        patient_informed=d.patient_informed, referrer_informed=d.referrer_informed,
        time_spent_seconds=spent, rule_set=f"{d.rule_set_name} {d.rule_set_version}".strip(),
        recorded_by=d.recorded_by, amended_reason=d.amended_reason or "", notes=d.notes,
        follow_ups=sorted(follow_ups, key=lambda f: (f.due, f.test)),
    )


def followup_data(f: FollowUpRow) -> rd.FollowUpData:
    return rd.FollowUpData(id=f.id, due=f.due, test=str(f.test), status=str(f.status),
                           result=str(f.result) if f.result else "", rule=f.rule)


@in_language
def minutes_data(ws: ReportSource, meeting_id: int, language: str | None = None) -> rd.MinutesData:
    m: MeetingDetail = ws.meetings.get(meeting_id)
    q = ws.meetings.quorum(meeting_id)
    items = []
    rule_set = ""
    for item in m.agenda:
        detail: CaseDetail = ws.cases.get(item.case_id)
        decision = next((d for d in detail.decisions if d.id == item.decision_id), None)
        dd = decision_data(decision, detail, m.title) if decision else None
        rule_set = rule_set or (dd.rule_set if dd else "")
        items.append(rd.MinutesItem(
            position=item.position, case_number=case_number(item.case_id), patient=patient_ref(detail),
            primary_site=item.primary_site, diagnosis=diagnosis_summary(detail.facts),
            question=item.question,
            outcome=str(item.outcome) if item.outcome else "pending", deferral_reason=item.deferred_reason or "",
            deferral=deferral(detail, item) if item.outcome == Outcome.deferred else None,
            carried_from=carried_from(detail, item), decision=dd))
    return rd.MinutesData(
        letterhead=letterhead(ws, rule_set), meeting=meeting_info(m),
        attendance=[rd.AttendeeData(name=a.name, role=a.role, present=a.present) for a in m.attendance],
        quorum=rd.QuorumData(met=q.met, present_roles=list(q.present_roles), missing_roles=list(q.missing_roles)),
        items=items, finalised=m.finalised, held=m.finalised or m.meeting_date <= ws.today())


@in_language
def case_summary_data(ws: ReportSource, case_id: int, language: str | None = None) -> rd.CaseSummaryData:
    detail: CaseDetail = ws.cases.get(case_id)
    sheet = case_sheet(ws, detail, as_of=None)
    meetings = {a.meeting_id: _("Meeting of {day}", day=a.meeting_date.isoformat()) for a in detail.agenda}
    decisions = [decision_data(d, detail, meetings.get(d.meeting_id or -1, ""))
                 for d in sorted(detail.decisions, key=lambda d: d.recorded_at)]
    return rd.CaseSummaryData(letterhead=letterhead(ws, rule_set_text(sheet.recommendation)), case=sheet,
                              decisions=decisions, history=meeting_history(detail),
                              follow_ups=[followup_data(f) for f in sorted(detail.followups, key=lambda f: f.due)])


def patient_contact(ws: ReportSource) -> rd.ContactData:
    """Whom the patient calls, from the Settings; refused, naming each blank field, before any
    patient document is printed (a sheet saying "please call us" with no number helps nobody)."""
    settings = ws.settings.get()
    blank = [FieldProblem(field, "", msg("the {what} patients call, set in Settings before printing for a "
                                         "patient", what=what))
             for field, what in (("contact_name", N_("name of the team or nurse")), ("contact_phone", N_("phone number")))
             if not getattr(settings, field).strip()]
    if blank:
        raise InvalidInput(blank, "hospital contact")
    return rd.ContactData(name=settings.contact_name, phone=settings.contact_phone, hours=settings.contact_hours)


def schedule_data(ws: ReportSource, case_id: int, language: str = "en") -> rd.ScheduleData:
    """The open follow-ups for the patient, in `language` (en, or zh / zh_CN for Chinese); those dated
    before today print apart, to rebook."""
    if not is_language(language):
        raise InvalidInput([FieldProblem("language", language, N_("en (English) or zh (Chinese)"))], "schedule")
    language = "zh" if normalize(language) == "zh_CN" else "en"  # the sheet's own tables say zh
    detail: CaseDetail = ws.cases.get(case_id)
    contact = patient_contact(ws)
    latest = max(detail.decisions, key=lambda d: d.recorded_at, default=None)
    today = ws.today()
    treatment = ""
    if latest is not None:  # in the patient's words, not the board's (no "RFA / microwave / cryo")
        treatment = treatment_words([str(x) for x in latest.modalities], latest.treatment_date, today, language)
    open_items = [followup_data(f) for f in detail.followups if f.status == FollowUpStatus.open]
    return rd.ScheduleData(letterhead=letterhead(ws, language=language), patient=patient_ref(detail),
                           case_number=case_number(case_id),
                           treatment=treatment, follow_ups=open_items, contact=contact, today=today,
                           language=language)
