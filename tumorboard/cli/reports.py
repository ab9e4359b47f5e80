"""`tumorboard report ...` (PDF documents) and `tumorboard export ics ...`.

The file is written to a temporary name and renamed, so an error (unknown id,
unwritable folder) leaves nothing behind; such errors exit with status 2.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from typing import Any, TypeAlias

from .common import add_force, existing, record_id

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
log = logging.getLogger("tumorboard.cli")
MEETING_HELP = "the meeting's id (first column of `tumorboard meetings list`)"
CASE_HELP = "the case's id (first column of `tumorboard cases list`; not the MRN)"
LANGUAGE_HELP = "the document's language: en (English, the default) or zh_CN (Chinese); names and typed text stay as typed"


def _language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=("en", "zh_CN"), default="en", help=LANGUAGE_HELP)


def register(sub: SubParsers) -> None:
    report = sub.add_parser("report", help="print a PDF: meeting handout, minutes, case summary, patient schedule")
    kinds = report.add_subparsers(dest="report", metavar="DOCUMENT", required=True)

    handout = kinds.add_parser("handout", help="the meeting handout (agenda and one section per case)")
    handout.add_argument("--meeting", type=record_id, required=True, metavar="ID", help=MEETING_HELP)
    handout.add_argument("--privacy", action="store_true", help="initials, MRN and case number instead of full names")
    handout.add_argument("--simplex", action="store_true",
                         help="for one-sided printing: no blank back pages (by default each case starts on the "
                              "front of a new sheet)")
    _language(handout)
    _output(handout)
    handout.set_defaults(func=lambda a: _pdf(a, "handout", a.meeting, privacy=a.privacy, duplex=not a.simplex,
                                             language=a.language))

    minutes = kinds.add_parser("minutes", help="the minutes of a meeting (decisions, deviations, follow-ups)")
    minutes.add_argument("--meeting", type=record_id, required=True, metavar="ID", help=MEETING_HELP)
    _language(minutes)
    _output(minutes)
    minutes.set_defaults(func=lambda a: _pdf(a, "minutes", a.meeting, language=a.language))

    case = kinds.add_parser("case", help="one case with its decision history")
    case.add_argument("--case", type=record_id, required=True, metavar="ID", help=CASE_HELP)
    _language(case)
    _output(case)
    case.set_defaults(func=lambda a: _pdf(a, "case", a.case, language=a.language))

    schedule = kinds.add_parser("schedule", help="the patient's follow-up schedule in plain language")
    schedule.add_argument("--case", type=record_id, required=True, metavar="ID", help=CASE_HELP)
    schedule.add_argument("--language", choices=("en", "zh", "zh_CN"), default="en",
                          help="the patient's language: en (English, the default) or zh / zh_CN (Chinese)")
    _output(schedule)
    schedule.set_defaults(func=lambda a: _pdf(a, "schedule", a.case, language=a.language))

    letter = kinds.add_parser("letter", help="the letter to the referrer and the GP: the board's decision in plain "
                              "words, follow-ups, attendance by role")
    letter.add_argument("--decision", type=record_id, required=True, metavar="ID",
                        help="the recorded decision the letter reports (its id in the case's history)")
    letter.add_argument("--language", choices=("en", "zh_CN"), default="en", help="the letter's language")
    letter.add_argument("--sent", action="store_true",
                        help="record that the letter went out: the referrer is informed as of today")
    _output(letter)
    letter.set_defaults(func=_letter)

    from .figures import add_report

    add_report(kinds)

    sample = kinds.add_parser("specimen", help="a handout with invented patients: check logo, names and printer")
    _output(sample)
    sample.set_defaults(func=lambda a: _with_workspace(a, _specimen))

    ics = _export_group(sub).add_parser("ics", help="iCalendar file: a case's follow-ups or a meeting invitation")
    which = ics.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", type=record_id, metavar="ID", help="the case's open follow-ups as all-day events")
    which.add_argument("--meeting", type=record_id, metavar="ID", help="the meeting as a calendar event")
    ics.add_argument("--invite", action="store_true",
                     help="with --meeting: an invitation from the board's e-mail (Settings) to those on the attendance "
                          "list with an e-mail address, written 'Dr. Keller <keller@example.org>' (the others are "
                          "named in the description)")
    _output(ics, ".ics")
    ics.set_defaults(func=_ics)


def _output(parser: argparse.ArgumentParser, suffix: str = ".pdf") -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=f"where to write the {suffix} file")
    add_force(parser)


def _export_group(sub: SubParsers) -> SubParsers:
    """The `export` command's sub-commands, sharing them if another module added `export` first."""
    existing = sub.choices.get("export")
    if existing is None:
        existing = sub.add_parser("export", help="export data for other programs")
        return existing.add_subparsers(dest="export", metavar="FORMAT", required=True)
    for action in existing._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return existing.add_subparsers(dest="export", metavar="FORMAT", required=True)


def _with_workspace(args: argparse.Namespace, work: Callable[[Any], bytes]) -> int:
    from tumorboard.services.reports import check_output, write_atomically

    ws = _open(args)
    try:
        # a bad file name (or an existing file without --force) is said before the document is made
        check_output(args.output, ws.sqlite_path, existing(args))
        data = work(ws)
        database = ws.sqlite_path
    finally:
        ws.close()
    path = write_atomically(data, args.output, database, existing(args))
    print(path)
    # the document and its id, not the file name (a user may name a file after a patient)
    key = {k: getattr(args, k) for k in ("meeting", "case") if getattr(args, k, None) is not None}
    log.info("wrote %s %s (%d bytes)", getattr(args, "report", None) or getattr(args, "export", "file"), key, len(data))
    return 0


def _open(args: argparse.Namespace) -> Any:
    """The workspace of --db / $TUMORBOARD_DATABASE_URL, opened the way every command opens it."""
    from .common import open_workspace

    return open_workspace(args)


def _pdf(args: argparse.Namespace, kind: str, key: int, **options: Any) -> int:
    from tumorboard.services import reports

    builds: dict[str, Callable[..., bytes]] = {
        "handout": reports.handout_pdf,
        "minutes": reports.minutes_pdf,
        "case": reports.case_summary_pdf,
        "schedule": reports.schedule_pdf,
    }
    build = builds[kind]
    return _with_workspace(args, lambda ws: build(ws, key, **options))


def _letter(args: argparse.Namespace) -> int:
    def build(ws: Any) -> bytes:
        data: bytes = ws.letters.pdf(args.decision, args.language)
        if args.sent:
            ws.letters.mark_sent(args.decision)
        return data

    return _with_workspace(args, build)


def _specimen(ws: Any) -> bytes:
    from tumorboard.services.reports import specimen_pdf

    return specimen_pdf(ws)


def _ics(args: argparse.Namespace) -> int:
    from tumorboard.services import reports

    if args.case is not None:
        return _with_workspace(args, lambda ws: reports.case_ics(ws, args.case))
    return _with_workspace(args, lambda ws: reports.meeting_ics(ws, args.meeting, invite=args.invite))
