"""Files in and out of the hospital's systems: `import referrals`, `import fhir`, `export fhir`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from tumorboard.interop.referral_file import DATE_ORDERS, ENCODINGS
from tumorboard.services.schemas import Progress

from .common import add_force, existing, open_workspace, print_json, record_id

SHOW_PROBLEMS = 200  # the terminal shows this many refused cells; the report holds them all


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="read files from the hospital's systems (referral lists, FHIR)")
    isub = imp.add_subparsers(dest="import_command", metavar="KIND")
    p = isub.add_parser("referrals", help="a referral list (CSV or xlsx) becomes draft cases; see "
                        "resources/referrals/README.md for the columns")
    p.add_argument("file", metavar="FILE", help="the referral list, .csv or .xlsx")
    p.add_argument("--dry-run", action="store_true", help="show the preview (new / matched / refused rows) and stop")
    p.add_argument("--mapping", metavar="FILE", help="TOML file naming the hospital's own column headers")
    p.add_argument("--encoding", metavar="NAME", help=f"the CSV's encoding (default: detected among {', '.join(ENCODINGS)})")
    p.add_argument("--date-order", choices=DATE_ORDERS, default="dmy",
                   help="how to read 03/04/2026 (dmy: 3 April; mdy: 4 March); YYYY-MM-DD is always understood")
    p.add_argument("--valid-rows", action="store_true",
                   help="import the rows without problems (default: all rows or none)")
    p.add_argument("--report", metavar="FILE.csv", help="with --valid-rows: write the refused rows here to fix and "
                   "import again")
    p.set_defaults(func=cmd_import_referrals)
    p = isub.add_parser("fhir", help="a FHIR R4 Bundle (mCODE) from another board or the hospital: creates or "
                        "matches the patients, fills the case facts it can map and lists what it could not")
    p.add_argument("file", metavar="FILE.json", help="the Bundle to read (JSON)")
    p.add_argument("--json", action="store_true", help="the result as JSON")
    p.set_defaults(func=cmd_import_fhir)

    from .reports import _export_group

    p = _export_group(sub).add_parser("fhir", help="FHIR R4 Bundle with mCODE profiles: patient, cancer conditions, "
                                      "tumour size, ECOG, labs, decisions (CarePlan), follow-ups (ServiceRequest)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", type=record_id, metavar="ID", help="one case (its id in `cases list`)")
    which.add_argument("--meeting", type=record_id, metavar="ID", help="every case on the meeting's agenda")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json", help="where to write the Bundle")
    add_force(p)
    p.set_defaults(func=cmd_export_fhir)


def _progress(steps: Iterable[Progress]) -> Progress | None:
    last = None
    tty = sys.stderr.isatty()
    for last in steps:
        if tty:
            print(f"\r{last.done}/{last.total} {last.message[:60]:60}", end="", file=sys.stderr, flush=True)
    if tty:
        print(file=sys.stderr)
    return last


def cmd_import_referrals(args: argparse.Namespace) -> int:
    if args.valid_rows and not args.report and not args.dry_run:
        print("tumorboard: --valid-rows needs --report FILE.csv (where the refused rows go to be fixed); "
              "nothing was imported", file=sys.stderr)
        return 2
    with open_workspace(args) as ws:
        job = ws.referrals.open(args.file, mapping=args.mapping, encoding=args.encoding, date_order=args.date_order)
        _progress(job.check())
        c = job.counts()
        print(f"{args.file} ({job.encoding}): {len(job.rows)} row(s): {c['new']} new, {c['matched']} matched, "
              f"{c['refused']} refused")
        changed = [r for r in job.rows if r.changes]
        if changed:
            print(f"{len(changed)} known patient(s) whose details the file changes (a new version each, audited):")
            for r in changed[:SHOW_PROBLEMS]:
                print(f"  row {r.row}: patient #{r.patient_id}: {', '.join(r.changes)}")
        problems = job.problems()
        for p in problems[:SHOW_PROBLEMS]:
            print(f"  {p}")
        if len(problems) > SHOW_PROBLEMS:
            print(f"  ... and {len(problems) - SHOW_PROBLEMS} more")
        if args.dry_run:
            print("dry run: nothing was imported")
            return 0
        if problems and not args.valid_rows:
            print(f"tumorboard: {len(problems)} problem(s) in {c['refused']} row(s): nothing was imported. Fix them, "
                  "or import the valid rows with --valid-rows --report FILE.csv", file=sys.stderr)
            return 2
        last = _progress(job.write(valid_only=args.valid_rows))
        if args.report and c["refused"]:
            n = job.write_report(args.report)
            print(f"{n} refused row(s) written to {args.report}")
        print(last.message if last else "")
    return 0


def cmd_export_fhir(args: argparse.Namespace) -> int:
    from tumorboard.services.reports import check_output, write_atomically

    with open_workspace(args) as ws:
        check_output(args.output, ws.sqlite_path, existing(args))
        data = ws.fhir.export_case(args.case) if args.case is not None else ws.fhir.export_meeting(args.meeting)
        print(write_atomically(data, args.output, ws.sqlite_path, existing(args)))
    return 0


def cmd_import_fhir(args: argparse.Namespace) -> int:
    from pathlib import Path

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"tumorboard: cannot read {path}: {exc.strerror or exc}; nothing was imported", file=sys.stderr)
        return 2
    with open_workspace(args) as ws:
        result = ws.fhir.import_bytes(data, path.name)
    if args.json:
        from dataclasses import asdict

        print_json([asdict(result)])
        return 0
    print(f"{len(result.case_ids)} case(s) imported (ids {', '.join(map(str, result.case_ids))}): "
          f"{result.patients_created} new patient(s), {result.patients_matched} matched "
          f"({result.patients_updated} updated), {result.decisions} decision(s), {result.followups} follow-up(s)")
    if result.unmapped:
        print(f"{len(result.unmapped)} item(s) could not be mapped:")
        for line in result.unmapped:
            print(f"  {line}")
    else:
        print("everything in the file was mapped")
    return 0
