"""`tumorboard stats [--from DATE --to DATE] [--json]` and `tumorboard report figures -o FILE.pdf`: the board's figures."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import add_force, existing, iso_day, open_workspace, reader_may_stop


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help="the board's figures: meetings, cases per meeting, minutes per case, deferrals, "
                       "deviations, time to treatment, quorum, attendance (for accreditation)")
    _period(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_stats)


def _period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=iso_day, metavar="DATE", help="first meeting day counted (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=iso_day, metavar="DATE", help="last meeting day counted (YYYY-MM-DD)")


def add_report(kinds: Any) -> None:
    """`report figures`, registered by cli/reports.py beside the other documents."""
    p = kinds.add_parser("figures", help="the board's figures as a printable PDF with charts (accreditation file)")
    _period(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the .pdf file")
    p.add_argument("--language", choices=("en", "zh_CN"), default="en",
                   help="the document's language: en (English, the default) or zh_CN (Chinese)")
    add_force(p)
    p.set_defaults(func=cmd_figures_pdf)


def cmd_stats(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        s = ws.stats.compute(args.start, args.end)
    with reader_may_stop():
        if args.json:
            json.dump(s.model_dump(mode="json"), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for line in text_lines(s):
                print(line)
    return 0


def cmd_figures_pdf(args: argparse.Namespace) -> int:
    from tumorboard.services.reports import check_output, write_atomically

    with open_workspace(args) as ws:
        check_output(args.output, ws.sqlite_path, existing(args))
        print(write_atomically(ws.stats.pdf(args.start, args.end, language=args.language), args.output, ws.sqlite_path, existing(args)))
    return 0


def _pct(share: Any) -> str:
    return f"{share.count} of {share.of}" + (f" ({100 * share.count / share.of:.1f}%)" if share.of else "")


def _q(q: Any) -> str:
    return "-" if not q.n else f"median {q.median:g} (quartiles {q.q1:g}-{q.q3:g}; n={q.n})"


def text_lines(s: Any) -> list[str]:
    period = f"{s.start or 'first meeting'} to {s.end or 'last meeting'}"
    out = [f"Board figures, meetings from {period} (as of {s.as_of})",
           f"  meetings held: {s.meetings_held} (planned: {s.meetings_planned})",
           f"  cases on the agenda: {s.cases_on_agenda}; per meeting: {s.cases_per_meeting or '-'}",
           f"  minutes per case (review timer): {s.minutes_per_case or '-'}",
           f"  deferred: {_pct(s.deferred)}"]
    out += [f"    {r.count:5}  {r.reason}" for r in s.deferral_reasons]
    out.append(f"  discussed again: {_pct(s.rediscussed)}")
    out += [f"    {r.count:5}  {r.reason}" for r in s.rediscussion_reasons]
    out.append(f"  decisions deviating from the tier-1 recommendation: {_pct(s.deviations)}")
    out += [f"    {r.count:5}  {r.reason}" for r in s.deviation_reasons]
    for days, share in s.implemented.items():
        out.append(f"  implemented within {days} days: {_pct(share)}")
    out += [f"  days from listing to meeting: {_q(s.listing_to_meeting_days)}",
            f"  days from meeting to treatment: {_q(s.meeting_to_treatment_days)}",
            f"  quorum met: {_pct(s.quorum_met)}",
            "  attendance by specialty (meetings attended):"]
    out += [f"    {share.count:5} of {share.of}  {role}" for role, share in s.attendance.items()]
    out.append(f"  follow-ups overdue today: {s.followups_overdue}")
    return out
