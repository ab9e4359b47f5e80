"""Regenerate the first window's case-list statements: `python tools/update_glance_sql.py`
(`--check`: change nothing, exit 1 when resources/queries/case_list_first_page.json is out of date).

Run it after changing the case list's statement (tumorboard/services/case_list.py), its columns or the
schema (SCHEMA_HEAD): the glance (tumorboard/services/glance.py) runs exactly this text with sqlite3."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the file is out of date; change nothing")
    args = ap.parse_args(argv)
    from tumorboard.services.glance_sql import RESOURCE, text

    target = ROOT.joinpath("resources", *RESOURCE)
    wanted = text()
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == wanted:
        print(f"{target.relative_to(ROOT)} is up to date")
        return 0
    if args.check:
        print(f"{target.relative_to(ROOT)} is out of date: run python tools/update_glance_sql.py")
        return 1
    target.write_text(wanted, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
