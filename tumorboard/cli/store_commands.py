"""Commands over the case store: init, demo, cases list/create/update, meetings list, followups due/list, reevaluate, backup, restore."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import timedelta
from typing import Any, get_args

from tumorboard.engine.vocabulary import FollowUpTest, PrimarySite, label
from tumorboard.errors import FieldProblem, InvalidInput
from tumorboard.services import SCHEMA_HEAD
from tumorboard.services.schemas import (
    CaseDetail,
    CaseStatus,
    FollowUpQuery,
    FollowUpSort,
    FollowUpStatus,
    Sex,
)

from .common import (
    DEMO_MAX,
    MAX_ID,
    add_force,
    existing,
    iso_day,
    open_workspace,
    pad,
    print_json,
    reader_may_stop,
    record_id,
    whole_number,
)

log = logging.getLogger("tumorboard.cli")  # what changed, with counts; never names or MRNs

TEXT_LIMIT = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create (or migrate) the database and say where it is",
                       description="Create the database if there is none (SQLite file, or the tables in an existing "
                       "PostgreSQL database), bring an older one up to this version's schema (a backup is taken "
                       "first), and print where it is, its schema version and how many cases it holds. "
                       "An empty PostgreSQL server: see `tumorboard server init`.")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill the database with synthetic patients, meetings and follow-ups")
    p.add_argument("--cases", type=whole_number(1, DEMO_MAX), required=True, metavar="N",
                   help=f"how many cases to make (1 to {DEMO_MAX:,})")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data (default 1)")
    p.add_argument("--append", action="store_true",
                   help="add the demo cases to a database that already holds cases (refused otherwise); "
                   "they join the agendas of its upcoming meetings, no meeting is made twice")
    p.set_defaults(func=cmd_demo)

    cases = sub.add_parser("cases", help="the case list").add_subparsers(dest="cases_command", metavar="ACTION")
    cases.required = True
    p = cases.add_parser("list", help="list cases (sorted by name): id, MRN, name, primary site, status")
    p.add_argument("--search", default="", metavar="TEXT", help="MRN or name, any part, any script")
    p.add_argument("--site", choices=[s.value for s in PrimarySite], help="only cases of this primary site")
    p.add_argument("--status", choices=[s.value for s in CaseStatus], help="only cases in this status")
    p.add_argument("--limit", type=whole_number(1, MAX_ID), metavar="N",
                   help=f"at most N cases (default: {TEXT_LIMIT} as text, all with --json)")
    p.add_argument("--json", action="store_true",
                   help="machine-readable: a JSON list of case objects (id, mrn, name, primary_site, status ...)")
    p.set_defaults(func=cmd_cases_list)
    p = cases.add_parser("create", help="a new draft case: a new patient (--mrn, --name) or an existing one "
                         "(--patient-id), its facts, who referred it and the GP",
                         description="Create a draft case, as File > New case does: for a new patient (--mrn and "
                         "--name) or an existing one (--patient-id). The case facts come from a JSON file (the "
                         "evaluate contract's fields) and/or --site. Prints the new case's id. Nothing is written "
                         "when a value is refused (exit 2, each field named).")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--mrn", metavar="MRN", help="the new patient's medical record number (with --name)")
    who.add_argument("--patient-id", type=whole_number(1, MAX_ID), metavar="N",
                     help="an existing patient's id (see `cases list --json`, patient_id)")
    p.add_argument("--name", metavar="NAME", help="the new patient's name (with --mrn)")
    p.add_argument("--sex", choices=[s.value for s in Sex], default="unknown", help="the new patient's sex "
                   "(default: unknown)")
    p.add_argument("--birth-date", type=iso_day, metavar="YYYY-MM-DD", help="the new patient's date of birth")
    _case_options(p)
    p.add_argument("--site", choices=[s.value for s in PrimarySite],
                   help="the primary site (overrides primary_site in --facts)")
    p.set_defaults(func=cmd_cases_create)
    p = cases.add_parser("update", help="change a case: its facts, question, notes, referring clinician or GP",
                         description="Change a case as the case window does (a new version, audited): only the "
                         "options given change; --facts replaces all the case facts; an empty text clears "
                         "a field (--gp \"\"). Nothing is written when a value is refused (exit 2).")
    p.add_argument("case", type=record_id, metavar="CASE", help="the case id (first column of `cases list`)")
    _case_options(p)
    p.add_argument("--if-version", type=whole_number(1, MAX_ID), metavar="N",
                   help="refuse if someone changed the case since version N (default: the current version)")
    p.set_defaults(func=cmd_cases_update)

    meetings = sub.add_parser("meetings", help="board meetings").add_subparsers(dest="meetings_command", metavar="ACTION")
    meetings.required = True
    p = meetings.add_parser("list", help="all meetings by date: id, day, time, status, cases, place")
    p.add_argument("--json", action="store_true",
                   help="machine-readable: a JSON list of meeting objects (id, meeting_date, status ...)")
    p.set_defaults(func=cmd_meetings_list)

    followups = sub.add_parser("followups", help="follow-up worklist").add_subparsers(dest="followups_command", metavar="ACTION")
    followups.required = True
    p = followups.add_parser("due", help="open follow-ups due up to a day (overdue ones included)")
    p.add_argument("--until", type=iso_day, metavar="YYYY-MM-DD",
                   help="the last due day to include (default: today + the due window in Settings, 30 days)")
    p.add_argument("--json", action="store_true",
                   help="machine-readable: a JSON list of follow-up objects (id, due, test, status, mrn ...)")
    p.set_defaults(func=cmd_followups_due)
    p = followups.add_parser("list", help="the worklist with filters, sorted and paged by the database: id, due, test, "
                             "MRN, name, status, done on, responsible")
    p.add_argument("--search", default="", metavar="TEXT", help="MRN or name, any part, any script")
    p.add_argument("--site", choices=[s.value for s in PrimarySite], help="only follow-ups of cases of this primary site")
    p.add_argument("--test", choices=[t.value for t in FollowUpTest], help="only this follow-up test")
    p.add_argument("--status", choices=[*(s.value for s in FollowUpStatus), "all"], default="open",
                   help="open (default), done, cancelled or all")
    p.add_argument("--due-from", type=iso_day, metavar="YYYY-MM-DD", help="due on or after this day")
    p.add_argument("--due-to", type=iso_day, metavar="YYYY-MM-DD", help="due on or before this day (as far ahead as asked)")
    p.add_argument("--overdue", action="store_true", help="only open follow-ups due before today")
    p.add_argument("--responsible", default="", metavar="NAME", help="part of the responsible person's name")
    p.add_argument("--sort", choices=list(get_args(FollowUpSort)), default="due", help="the order (default: due)")
    p.add_argument("--descending", action="store_true", help="the order reversed")
    p.add_argument("--offset", type=whole_number(0, MAX_ID), default=0, metavar="N", help="skip the first N rows (paging)")
    p.add_argument("--limit", type=whole_number(1, 100_000), metavar="N",
                   help=f"at most N rows (default: {TEXT_LIMIT} as text, all with --json, --csv or --pdf)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable: a JSON list of follow-up objects with id")
    out.add_argument("--csv", metavar="FILE", help="write every matching follow-up to a CSV file (UTF-8, for spreadsheets)")
    out.add_argument("--pdf", metavar="FILE", help="print the list to a PDF file")
    p.add_argument("--language", choices=("en", "zh_CN"), default="en",
                   help="the PDF's language (--pdf): en (English, the default) or zh_CN (Chinese); names and notes stay as typed")
    add_force(p)
    p.set_defaults(func=cmd_followups_list)

    p = sub.add_parser("reevaluate", help="run the decision rules again on every open case "
                       "(after a rule-set or parameter update) and list the cases whose first choice changed",
                       description="Run the decision rules of this version again on every case that is not "
                       "closed and store the new recommendations (decisions already taken are not changed); "
                       "print what was re-evaluated and list the cases whose tier-1 options changed.")
    p.add_argument("--json", action="store_true", help="print the changed cases as JSON: case id, MRN, old and "
                   "new tier-1 options, the rules involved")
    p.set_defaults(func=cmd_reevaluate)

    p = sub.add_parser("backup", help="copy the SQLite database safely while it is in use")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to write (a new name)")
    p.add_argument("--force", action="store_true",
                   help="replace FILE if it exists (never a database open in a program)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a checked backup (the old file is kept)")
    p.add_argument("file", metavar="FILE", help="a backup made by `tumorboard backup` (checked before use)")
    p.set_defaults(func=cmd_restore)




def _case_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--facts", metavar="FILE", help="the case facts as a JSON object (as for `tumorboard evaluate`), "
                   "or - for standard input")
    p.add_argument("--title", metavar="TEXT", help="the case title / question for the board (up to 200 characters)")
    p.add_argument("--notes", metavar="TEXT", help="pathology and other notes")
    p.add_argument("--referrer", metavar="TEXT", help="the referring clinician (name, service, address; up to 200 "
                   "characters): the letter to the referrer is addressed to them")
    p.add_argument("--gp", metavar="TEXT", help="the patient's GP (up to 200 characters): the letter's copy goes "
                   "to them")
    p.add_argument("--json", action="store_true", help="print the case as JSON (id, version, facts, referrer, gp ...)")


def _case_done(detail: CaseDetail, what: str, as_json: bool) -> int:
    if as_json:
        print_json([detail])
    else:
        print(f"case {detail.id} {what} (version {detail.version}, {detail.status.value})")
    log.info("case %d %s (version %d)", detail.id, what, detail.version)  # no names, no MRNs
    return 0


def cmd_cases_create(args: argparse.Namespace) -> int:
    from .evaluate import read_facts

    facts = read_facts(args.facts).to_json_dict() if args.facts else {}
    if args.site:
        facts["primary_site"] = args.site
    data: dict[str, Any] = {"facts": facts, "title": args.title or "", "notes": args.notes or "",
                            "referrer": args.referrer or "", "gp": args.gp or ""}
    if args.patient_id is not None:
        if args.name or args.birth_date:
            raise InvalidInput([FieldProblem("--name" if args.name else "--birth-date",
                                             args.name or str(args.birth_date),
                                             "only with --mrn (a new patient); --patient-id keeps the patient as is")],
                               "case")
        data["patient_id"] = args.patient_id
    else:
        data["patient"] = {"mrn": args.mrn, "name": args.name or "", "sex": args.sex, "birth_date": args.birth_date}
    with open_workspace(args) as ws:
        return _case_done(ws.cases.create(data), "created", args.json)


def cmd_cases_update(args: argparse.Namespace) -> int:
    from .evaluate import read_facts

    data: dict[str, Any] = {k: getattr(args, k) for k in ("title", "notes", "referrer", "gp")
                            if getattr(args, k) is not None}
    if args.facts:
        data["facts"] = read_facts(args.facts).to_json_dict()
    with open_workspace(args) as ws:
        version = args.if_version or ws.cases.get(args.case).version
        detail = ws.cases.update(args.case, data, expected_version=version)
        return _case_done(detail, "saved" if detail.version != version else "unchanged", args.json)


def cmd_init(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as ws:
        count = ws.cases.count()
        print(f"{ws.location}\ndatabase schema {SCHEMA_HEAD}\n{count} case(s)")
        log.info("init: %s at schema %s, %d case(s)", ws.location, SCHEMA_HEAD, count)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from tumorboard.services.demo import populate

    with open_workspace(args, create=True) as ws:
        existing = ws.cases.count()
        if existing and not args.append:
            print(f"tumorboard: {ws.location} already holds {existing} case(s); demo data would be mixed with "
                  "them. Nothing was changed. Use an empty database (--db NEW_FILE), or add --append to mix "
                  "synthetic cases in on purpose.", file=sys.stderr)
            return 2
        last = None
        for progress in populate(ws.db, args.cases, args.seed):
            print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
            last = progress
        print(file=sys.stderr)
        print(f"{last.message if last else ''} ({ws.location})")
        log.info("demo (seed %d%s) into %s: %s", args.seed, ", append" if args.append else "", ws.location,
                 last.message if last else "nothing")
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    limit = args.limit or (None if args.json else TEXT_LIMIT)
    query: dict[str, object] = {"search": args.search, "site": args.site, "status": args.status, "limit": limit}
    with open_workspace(args) as ws:
        rows = ws.cases.query(query)
        if args.json:
            print_json(rows)
            return 0
        total = ws.cases.count(query)
    with reader_may_stop():
        for r in rows:
            print(f"{r.id:>7}  {r.mrn:<12} {pad(r.name, 28)} {label(r.primary_site):<28} {r.status.value}")
        if total > len(rows):
            print(f"showing {len(rows)} of {total}; --limit N or --json for all "
                  "(--search, --site, --status narrow the list)")
        elif not rows:
            print("no case matches" if (args.search or args.site or args.status) else "no cases yet",
                  file=sys.stderr)
    return 0


def cmd_meetings_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.meetings.list()
    if args.json:
        print_json(rows)
        return 0
    with reader_may_stop():
        for m in rows:
            start = m.start_time.strftime("%H:%M") if m.start_time else "     "
            print(f"{m.id:>5}  {m.meeting_date} {start}  {m.status.value:<9} {m.item_count:>3} case(s)  {m.place}")
        if not rows:
            print("no meetings yet", file=sys.stderr)
    return 0


def cmd_followups_due(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        until = args.until or ws.today() + timedelta(days=ws.settings.get().due_window_days)
        rows = ws.followups.due(until)
        today = ws.today()
    if args.json:
        print_json(rows)
        return 0
    with reader_may_stop():
        for f in rows:
            flag = "OVERDUE" if f.due < today else ""
            print(f"{f.id:>7}  {f.due}  {label(f.test.value):<32} {f.mrn:<12} {pad(f.patient_name, 28)} {flag}")
        if not rows:
            print(f"no open follow-ups due up to {until.isoformat()}", file=sys.stderr)
    return 0


def cmd_followups_list(args: argparse.Namespace) -> int:
    from tumorboard.services.reports import write_atomically
    from tumorboard.services.worklist_export import worklist_csv, worklist_pdf

    q = FollowUpQuery(search=args.search, site=args.site, test=args.test,
                      status=None if args.status == "all" else args.status, due_from=args.due_from, due_to=args.due_to,
                      overdue_only=args.overdue, responsible=args.responsible, sort=args.sort, descending=args.descending,
                      offset=args.offset, limit=args.limit if args.limit or args.json or args.csv or args.pdf else TEXT_LIMIT)
    with open_workspace(args) as ws:
        if args.csv or args.pdf:
            data = worklist_csv(ws, q) if args.csv else worklist_pdf(ws, q, language=args.language)
            path = write_atomically(data, args.csv or args.pdf, ws.sqlite_path, existing(args))
            print(f"{ws.followups.count(q)} follow-up(s) written to {path}")
            return 0
        rows = ws.followups.list(q)
        total = ws.followups.count(q)
        today = ws.today()
    if args.json:
        print_json(rows)
        return 0
    with reader_may_stop():
        for f in rows:
            flag = "OVERDUE" if f.status.value == "open" and f.due < today else f.status.value
            done = f.done_on.isoformat() if f.done_on else ""
            print(f"{f.id:>7}  {f.due}  {label(f.test.value):<32} {f.mrn:<12} {pad(f.patient_name, 28)} "
                  f"{flag:<9} {done:<10} {f.responsible}")
        shown = f"{q.offset + 1}-{q.offset + len(rows)} of {total}" if rows else f"none of {total}"
        print(f"{shown} follow-up(s)", file=sys.stderr)
    return 0


def cmd_reevaluate(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        last = None
        for progress in ws.cases.reevaluate_all():
            print(f"\rre-evaluated {progress.done}/{progress.total} open case(s)", end="", file=sys.stderr, flush=True)
            last = progress
        print(file=sys.stderr)
    changes = last.changes if last is not None else []
    if args.json:  # the house convention: a JSON list of objects, each with its "id" (here the case's)
        print_json({"id": c.case_id, **c.model_dump(mode="json", exclude={"case_id"})} for c in changes)
        return 0
    if last is None or last.total == 0:
        print("no open cases to re-evaluate")
        return 0
    with reader_may_stop():
        print(f"{last.done} open case(s) re-evaluated; {last.message}")
        for c in changes:
            print()
            print(f"case {c.case_id}  MRN {c.mrn}")
            if c.problem:
                print(f"  not evaluated: {c.problem.strip()}".replace("\n", "\n  "))
                continue
            print(f"  tier 1 before ({c.old_rule_set or 'earlier rules'}): {_modalities(c.old_tier1)}")
            print(f"  tier 1 now ({c.new_rule_set}): {_modalities(c.new_tier1)}")
            print(f"  rules: {', '.join(c.rules) or '-'}")
        sys.stdout.flush()
    log.info("reevaluate: %d open case(s) re-evaluated, %d changed tier 1", last.done, len(changes))
    return 0


def _modalities(codes: list[str]) -> str:
    return ", ".join(label(c) for c in codes) if codes else "none"


def cmd_backup(args: argparse.Namespace) -> int:
    from tumorboard.errors import StorageError
    from tumorboard.store.database import resolve_url

    if resolve_url(getattr(args, "db", None)).get_backend_name() != "sqlite":  # say so before touching the server
        raise StorageError(
            "This workspace uses a PostgreSQL server: back it up with the server's own tools "
            "(pg_dump / pg_basebackup), as the database administrator does."
        )
    with open_workspace(args) as ws:
        path = ws.backup(args.output, force=args.force)
    print(f"backup written: {path}")
    log.info("backup written: %s", path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from tumorboard.services import Workspace

    kept = Workspace.restore(getattr(args, "db", None), args.file)
    with open_workspace(args) as ws:  # migrates an older backup, refuses a newer one
        count = ws.cases.count()
        print(f"restored {args.file} into {ws.location}; {count} case(s)")
        log.info("restore: %s replaced by %s; %d case(s)", ws.location, args.file, count)
    if kept:
        print(f"the replaced database was kept as {kept}")
    return 0
