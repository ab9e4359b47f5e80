"""Benchmark: the referral import and the board's figures at scale.

- import: a CSV of N referral rows (Latin and Chinese names, ISO and local dates) read, checked and
  written into an empty SQLite board (one transaction, bulk inserts); baseline: the standard csv
  module reading the same file (what the reading alone costs);
- stats: the board's figures over a demo board of N cases (all meetings), best of `--repeat` runs;
  baseline: one COUNT(*) over the agenda (the cheapest query on the same tables).

    python -m bench.exchange --rows 100000 --cases 100000
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from bench.figures import best_of, emit, figure, peak_rss_mb
from tumorboard.services import Workspace
from tumorboard.services.demo import populate
from tumorboard.store.models import AgendaItem

HEADERS = ["MRN", "Name", "Sex", "Date of birth", "Referrer", "Question", "Primary site", "Lesion count",
           "Largest lesion (cm)", "ECOG", "Primary resected", "Confirmed by", "CEA (ng/mL)"]


def referral_file(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(rows):
            born = date(1940 + i % 40, 1 + i % 12, 1 + i % 28)
            name = f"王{rng.choice('芳伟娜')}{i}" if i % 3 == 0 else f"Patient Number{i}"
            w.writerow([f"R{i:07d}", name, rng.choice(["female", "male"]),
                        born.strftime("%d.%m.%Y") if i % 2 else born.isoformat(), f"Dr. Ref {i % 7}", "Resect?",
                        rng.choice(["colorectal", "gastric", "breast"]), 1 + i % 5, f"{1 + i % 6}.5", i % 3,
                        rng.choice(["yes", "no"]), "ct; mri", i % 50])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "referrals.csv"
        referral_file(path, args.rows)
        t0 = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as f:
            sum(1 for _ in csv.reader(f))
        read_ms = (time.perf_counter() - t0) * 1000
        with Workspace.open(folder / "import.sqlite", actor="bench") as ws:
            t0 = time.perf_counter()
            job = ws.referrals.open(path)
            for _ in job.check():
                pass
            check_ms = (time.perf_counter() - t0) * 1000
            for _ in job.write():
                pass
            total_ms = (time.perf_counter() - t0) * 1000
            assert ws.cases.count() == args.rows
        out += [figure(f"referral import, {args.rows} rows (read, check, write)", total_ms / 1000, "s", read_ms / 1000),
                figure(f"referral import, {args.rows} rows: read and check only", check_ms / 1000, "s"),
                figure("referral import: rows per second", args.rows / (total_ms / 1000), "rows/s")]
        with Workspace.open(folder / "board.sqlite", actor="bench") as ws:
            for _ in populate(ws.db, args.cases, seed=1):
                pass
            ws.stats.compute()  # warm the page cache as an open program has it
            stats_ms = best_of(ws.stats.compute, args.repeat)
            count_ms = best_of(lambda: ws.fetch(select(func.count()).select_from(AgendaItem)), args.repeat)
        out.append(figure(f"board figures over {args.cases} cases (all meetings)", stats_ms, "ms", count_ms))
    out.append(figure("peak memory", peak_rss_mb(), "MB"))
    emit(out)


if __name__ == "__main__":
    main()
