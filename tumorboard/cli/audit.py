"""`tumorboard audit verify` and `tumorboard audit list`: the tamper-evident audit trail."""

from __future__ import annotations

import argparse
import json

from .common import MAX_ID, iso_day, open_workspace, print_json, reader_may_stop, record_id, whole_number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = sub.add_parser("audit", help="the audit trail: check it, list it").add_subparsers(
        dest="audit_command", metavar="ACTION")
    audit.required = True
    p = audit.add_parser("verify", help="check that no audit event and no decision was changed or deleted outside "
                         "the program (exit 0: intact, with the count checked; exit 1: names the first mismatch)")
    p.add_argument("--json", action="store_true", help="machine-readable result")
    p.set_defaults(func=cmd_verify)
    p = audit.add_parser("list", help="who changed what, when (oldest first)")
    p.add_argument("--case", type=record_id, metavar="ID", help="only the history of this case (id from `cases list`)")
    p.add_argument("--since", type=iso_day, metavar="YYYY-MM-DD", help="only events from this day on (UTC)")
    p.add_argument("--limit", type=whole_number(1, MAX_ID), metavar="N", help="at most N events")
    p.add_argument("--json", action="store_true", help="machine-readable: a JSON list of objects with id")
    p.set_defaults(func=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        report = ws.audit.verify()
    with reader_may_stop():
        if args.json:
            print(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1))
        else:
            print(report.message)
    return 0 if report.ok else 1


def _value(v: object) -> str:
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return text if len(text) <= 60 else text[:57] + "..."


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.audit.events(case_id=args.case, since=args.since, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    with reader_may_stop():
        for r in rows:
            print(f"{r.id:>7}  {r.summary}")
            for c in r.changes:
                if not r.has_before:
                    print(f"           {c.field}: {_value(c.after)}")
                else:
                    print(f"           {c.field}: {_value(c.before)} -> {_value(c.after)}")
        if not rows:
            print("no audit events match")
    return 0
