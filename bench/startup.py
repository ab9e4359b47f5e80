"""Start-up benchmark: `python -m bench.startup --cases 100000` prints JSON figures.

The real program (`tumorboard --db FILE gui`, in a fresh process each time) from launch to the case list
usable -- the main window shown, the first rows of the list filled in, and the event loop answering --
against an empty QMainWindow shown in the same run (ratios, best of --repeat, and the medians and ranges of
every run with each round's ratio; issue 17 item 12: within 3x).

- "after a clean close": the usual start; a recent clean close vouches for the file, so SQLite's
  whole-file check runs in the background after the window is up (tumorboard/store/integrity.py), and
  the window comes with the first glance's rows (tumorboard/services/glance.py, read before SQLAlchemy is
  imported) while the Workspace opens on the database thread;
- "the full workspace open": until the case list service's rows replaced the glance's (the list's
  model says source "service"), so the glance cannot hide a slow open;
- "after an unclean shutdown": the marker is removed first, as a crash leaves it: the check runs before
  the window opens;
- the background check's own duration, and peak memory.

Under a real X server when DISPLAY is set (else offscreen); `--offscreen` forces offscreen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from bench.figures import emit, figure

EMPTY = textwrap.dedent("""
    import sys, time, resource
    t0 = float(sys.argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow(); w.resize(1280, 720); w.show()
    def answered():
        print(time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        app.quit()
    QTimer.singleShot(0, answered)
    app.exec()
""")

#: the real entry point; a zero-time timer (it fires once the event loop answers) looks for the window:
#: usable = shown, enabled, the list's rows have data (name and MRN of the first row), and a further
#: zero-time timer comes back (the loop answers, not only this probe); then it waits for the service's rows
PROGRAM = textwrap.dedent("""
    import sys, time, resource
    t0 = float(sys.argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    seen = {}
    def window():
        from ui.main_window import MainWindow
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return wins[0] if wins and wins[0].isEnabled() else None
    def has_rows(model):
        return model.rowCount() > 0 and bool(model.data(model.index(0, 0))) and model.data(model.index(0, 1)) not in (None, "", "…")
    def answered():
        seen["usable"] = time.time() - t0
        seen["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        full()
    def probe():
        w = window()
        if w is None or not has_rows(w.cases.model):
            QTimer.singleShot(1, probe)
            return
        QTimer.singleShot(0, answered)
    def full():
        w = window()
        if w is None or getattr(w.cases.model, "source", "service") != "service" or not has_rows(w.cases.model):
            QTimer.singleShot(1, full)
            return
        print(seen["usable"], seen["rss"], time.time() - t0, flush=True)
        app.quit()
    QTimer.singleShot(0, probe)
    from ui.launcher import main
    sys.exit(main(["--db", sys.argv[2], "gui"]))
""")


def compile_program() -> None:
    """The program's bytecode, as an installed program has it (pip compiles it): with PYTHONDONTWRITEBYTECODE
    set and no __pycache__, every start would compile each of its modules again (tens of ms)."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("tumorboard", "ui"):
        compileall.compile_dir(str(root / package), quiet=1)


def make_database(path: Path, cases: int) -> None:
    code = ("import sys\nfrom tumorboard.services import Workspace\nfrom tumorboard.services.demo import populate\n"
            "ws = Workspace.open(sys.argv[1])\nfor _ in populate(ws.db, int(sys.argv[2]), 7): pass\nws.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(cases)], check=True)


class Launches:
    """One kind of launch, repeated: the best seconds from spawning the process to the answer, that run's peak
    RSS (MB), and the best seconds to the full workspace (the program: the service's rows in the list; the
    empty window: its answer)."""

    def __init__(self, script: str, *args: str, before: Any = None) -> None:
        self.script, self.args, self.before = script, args, before
        self.best, self.rss, self.whole = float("inf"), 0.0, float("inf")
        self.samples: list[float] = []  # every run's seconds to the answer (medians and ranges)
        self.wholes: list[float] = []
        self.env = dict(os.environ, TUMORBOARD_LOG_DIR=tempfile.mkdtemp(prefix="tb-bench-log-"),
                        XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="tb-bench-config-"), TUMORBOARD_NO_OPEN="1")

    def once(self) -> None:
        if self.before is not None:
            self.before()
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", self.script, repr(t0), *self.args], capture_output=True,
                             text=True, check=True, env=self.env, timeout=300).stdout.split()
        if float(out[0]) < self.best:
            self.best, self.rss = float(out[0]), float(out[1])
        self.samples.append(float(out[0]))
        self.wholes.append(float(out[2]) if len(out) > 2 else float(out[0]))
        self.whole = min(self.wholes)


def launch(kinds: list[Launches], repeat: int) -> None:
    """Each kind once per round, `repeat` rounds: the empty window and the program take turns, so a busy
    moment of a shared machine falls on both, not on one of them."""
    for _ in range(repeat):
        for kind in kinds:
            kind.once()


def spread(name: str, seconds: list[float], baseline: list[float], ratios: list[float] | None = None) -> dict[str, Any]:
    """The median of every run (ms) against the empty window's median, with both ranges and the rounds' ratios
    (a shared machine: the best alone hides how often a start is slow)."""
    import statistics

    out = figure(name, statistics.median(seconds) * 1000, "ms", baseline=statistics.median(baseline) * 1000)
    out["statistic"] = "median"
    out["range"] = [round(min(seconds) * 1000, 1), round(max(seconds) * 1000, 1)]
    out["baseline_range"] = [round(min(baseline) * 1000, 1), round(max(baseline) * 1000, 1)]
    if ratios:
        out["round_ratios"] = {"median": round(statistics.median(ratios), 3), "range": [round(min(ratios), 3),
                                                                                     round(max(ratios), 3)]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="a database made earlier (copied; the original is not touched)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--offscreen", action="store_true", help="offscreen even when DISPLAY is set")
    args = ap.parse_args(argv)
    if args.offscreen or not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    compile_program()
    from tumorboard.services import Workspace
    from tumorboard.store.integrity import marker_path

    folder = Path(tempfile.mkdtemp(prefix="tb-bench-start-"))
    db = folder / "bench.sqlite"
    if args.db:
        import shutil

        shutil.copyfile(args.db, db)
        Workspace.open(db).close()  # a clean close of this copy
    else:
        make_database(db, args.cases)
    with Workspace.open(db) as ws:
        cases = ws.cases.count()
        t0 = time.perf_counter()
        ws.verify_whole_file()
        check_ms = (time.perf_counter() - t0) * 1000

    empty, clean = Launches(EMPTY), Launches(PROGRAM, str(db))
    crashed = Launches(PROGRAM, str(db), before=lambda: marker_path(db).unlink(missing_ok=True))
    launch([empty, clean, crashed], args.repeat)
    empty_s, empty_rss = empty.best, empty.rss
    clean_s, rss, clean_full_s = clean.best, clean.rss, clean.whole
    crashed_s, crashed_full_s = crashed.best, crashed.whole
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    rounds = [program / alone for program, alone in zip(clean.samples, empty.samples, strict=True)]
    emit([
        figure(f"launch to case list usable, after a clean close ({cases:,} cases, {platform})", clean_s * 1000, "ms",
               baseline=empty_s * 1000),
        figure(f"launch to the full workspace open (the service's rows replaced the glance), after a clean "
               f"close ({platform})", clean_full_s * 1000, "ms", baseline=empty_s * 1000),
        figure(f"launch to case list usable, after an unclean shutdown (whole-file check first, {platform})",
               crashed_s * 1000, "ms", baseline=empty_s * 1000),
        figure(f"launch to the full workspace open, after an unclean shutdown ({platform})", crashed_full_s * 1000,
               "ms", baseline=empty_s * 1000),
        spread(f"launch to case list usable, after a clean close, each run ({platform}; ratio: each round's "
               "program over that round's empty window)", clean.samples, empty.samples, rounds),
        spread(f"launch to the full workspace open, after a clean close, each run ({platform})", clean.wholes,
               empty.samples),
        figure("empty QMainWindow shown (same run)", empty_s * 1000, "ms"),
        figure("whole-file check (quick_check), in the background after a clean close", check_ms, "ms"),
        figure("peak memory of the program at start", rss, "MB", baseline=empty_rss),
        figure("cases", cases, "cases"),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
