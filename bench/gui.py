"""GUI benchmark: `python -m bench.gui --cases 100000` (offscreen) prints JSON figures.

- start: process start -> main window shown with the case list populated, against
  an empty QMainWindow shown in the same run (both fresh subprocesses, best of 3);
- filter: typing a search (or choosing a filter) -> the list shows the result;
- scroll: the longest the GUI thread is blocked while paging through the whole list;
- memory: peak resident memory of the GUI process.
Targets (issue 4): start <= 3x empty window; filter < 100 ms; no block > 50 ms; < 350 MB.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TUMORBOARD_NO_OPEN", "1")

from bench.figures import emit, figure, peak_rss_mb  # noqa: E402

EMPTY_WINDOW = textwrap.dedent("""
    import sys, time, resource
    t0 = float(sys.argv[1])
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow(); w.resize(1440, 900); w.show()
    app.processEvents()
    print(time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
""")

FULL_WINDOW = textwrap.dedent("""
    import sys, time, resource
    t0 = float(sys.argv[1])
    from ui.app import make_application
    app = make_application()
    from tumorboard.services import Workspace
    from ui.context import Context
    from ui.main_window import MainWindow
    ws = Workspace.open(sys.argv[2])
    ctx = Context(ws)
    w = MainWindow(ctx)
    w.go("cases")
    w.cases.load_now()
    w.resize(1440, 900); w.show()
    app.processEvents()
    assert w.cases.model.rowCount() > 0 and w.cases.model.data(w.cases.model.index(0, 1))
    print(time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    ctx.shutdown()
    ws.close()  # a clean close, as the program's: the next start may skip the whole-file check
""")


def make_database(path: Path, cases: int) -> None:
    code = ("import sys\nfrom tumorboard.services import Workspace\nfrom tumorboard.services.demo import populate\n"
            "ws = Workspace.open(sys.argv[1])\nfor _ in populate(ws.db, int(sys.argv[2]), 7): pass\nws.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(cases)], check=True)


def start_seconds(script: str, *args: str, repeat: int = 3) -> tuple[float, float]:
    """Best wall time from spawning the process to its window shown; and its peak RSS (MB)."""
    best, rss = float("inf"), 0.0
    env = dict(os.environ, TUMORBOARD_LOG_DIR=tempfile.mkdtemp(prefix="tb-bench-log-"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="tb-bench-config-"))  # a first start: no remembered layout
    for _ in range(repeat):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", script, repr(t0), *args], capture_output=True, text=True,
                             check=True, env=env).stdout.split()
        elapsed = float(out[0])
        if elapsed < best:
            best, rss = elapsed, float(out[1])
    return best, rss


def in_process(db: Path) -> list[dict[str, Any]]:
    from PySide6.QtCore import QEventLoop, QTimer

    from tumorboard.services import Workspace
    from tumorboard.services.schemas import CaseQuery
    from ui.app import make_application, settle_memory
    from ui.context import Context
    from ui.main_window import MainWindow

    app = make_application()
    ws = Workspace.open(db)
    ctx = Context(ws)
    window = MainWindow(ctx)
    window.go("cases")
    window.cases.load_now()
    settle_memory()  # as ui.app.run does
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    view = window.cases

    def wait_loaded(action: Any) -> tuple[float, float]:
        """(ms until the first screenful is on screen, ms until the whole id list is in)."""
        first: list[float] = []
        loop = QEventLoop()

        def shown(_n: int) -> None:
            first.append((time.perf_counter() - t0) * 1000)
            if not view.model.loading:
                loop.quit()

        view.model.loaded.connect(shown)
        view.model.complete.connect(loop.quit)
        QTimer.singleShot(60000, loop.quit)
        t0 = time.perf_counter()
        action()
        loop.exec()
        app.processEvents()
        done = (time.perf_counter() - t0) * 1000
        view.model.loaded.disconnect(shown)
        view.model.complete.disconnect(loop.quit)
        return (first[0] if first else done), done

    def wait_idle() -> None:
        while not ctx.tasks.idle():
            app.processEvents()

    wait_idle()
    total = view.model.rowCount()
    figures: list[dict[str, Any]] = []
    searches = {"search Chinese name (张)": "张", "search Latin name (mül)": "mül", "search MRN (DM0000123)": "DM0000123"}
    worst = worst_all = 0.0
    for name, text in searches.items():
        view.search.setText(text)
        runs = [wait_loaded(view.apply_filter) for _ in range(3)]
        ms, ms_all = min(r[0] for r in runs), min(r[1] for r in runs)
        worst, worst_all = max(worst, ms), max(worst_all, ms_all)
        figures.append(figure(f"filter: {name}, first screenful", ms, "ms"))
        figures.append(figure(f"filter: {name}, whole result listed", ms_all, "ms"))
    view.search.setText("")
    ms, ms_all = wait_loaded(lambda: view.site.setCurrentIndex(view.site.findData("gastric")))
    figures.append(figure("filter: primary site, first screenful", ms, "ms"))
    figures.append(figure("filter: primary site, whole result listed", ms_all, "ms"))
    worst, worst_all = max(worst, ms), max(worst_all, ms_all)
    ms, ms_all = wait_loaded(lambda: view.site.setCurrentIndex(0))
    figures.append(figure("filter cleared (100,000 cases), first screenful", ms, "ms"))
    figures.append(figure("filter cleared (100,000 cases), whole list", ms_all, "ms"))
    figures.insert(0, figure("filter applied: first screenful on screen (worst of searches and site)", worst, "ms"))
    figures.insert(1, figure("filter applied: whole result listed (worst of searches and site)", worst_all, "ms"))
    wait_idle()

    # scroll the whole list a page at a time; each step is one GUI-thread block
    bar = view.table.verticalScrollBar()
    longest, steps, t_all = 0.0, 0, time.perf_counter()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        t0 = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        longest = max(longest, (time.perf_counter() - t0) * 1000)
        steps += 1
    figures.append(figure("longest GUI-thread block while scrolling all cases", longest, "ms"))
    figures.append(figure("pages scrolled", steps, "pages"))
    figures.append(figure("whole-list scroll time", (time.perf_counter() - t_all) * 1000, "ms"))
    figures.append(figure("cases listed", total, "cases"))
    _ = CaseQuery
    ctx.shutdown()
    ws.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="reuse a database made earlier (skips making one)")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tb-bench-gui-"))
    db = args.db or folder / "bench.sqlite"
    if not db.exists():
        make_database(db, args.cases)
    empty_s, empty_rss = start_seconds(EMPTY_WINDOW)
    full_s, full_rss = start_seconds(FULL_WINDOW, str(db))
    figures = [figure("start to main window shown with the case list populated", full_s * 1000, "ms",
                      baseline=empty_s * 1000)]
    figures += in_process(db)
    peak = max(peak_rss_mb(), full_rss)
    figures.append(figure("peak memory of the GUI process", peak, "MB"))
    figures.append(figure("peak memory of an empty Qt window (same run)", empty_rss, "MB"))
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
