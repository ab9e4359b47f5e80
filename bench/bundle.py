"""Benchmark: the one-folder bundle against the same program run from source.

    python -m bench.bundle [--bundle dist/tumorboard] [--build] [--repeat 3]

Figures: bundle size on disk, compressed tarball size (baseline: the bundle, so the
ratio is the compression), and start times of the bundled program against the same
entry script (packaging/entry.py) run by the project's Python in the same run:
- start_to_window: process start until the main window (case list loaded from a
  300-case database) is mapped on an X server (Xvfb, polled with xwininfo);
- version: `tumorboard --version` (imports the core, no Qt).
Target: bundled start no slower than from source (ratio <= 1); bundle under 200 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import emit, figure

ROOT = Path(__file__).resolve().parent.parent
WINDOW_TITLE = "Tumorboard"
TIMEOUT_S = 60


def disk_mb(folder: Path) -> float:
    """Bytes the files take (symlinks counted as links, as a copy or tarball stores them)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1_000_000


def tarball_mb(bundle: Path, out: Path) -> float:
    subprocess.run(["bash", str(ROOT / "packaging/linux/make-tarball.sh"), str(bundle), str(out)],
                   check=True, capture_output=True, text=True)
    (tarball,) = out.glob("tumorboard-*.tar.gz")
    return tarball.stat().st_size / 1_000_000


class Xvfb:
    """A private X server, so the window really maps (offscreen windows are never mapped)."""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                                     pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        return self.display

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def window_mapped(display: str) -> bool:
    out = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        if f'"{WINDOW_TITLE}"' in line:
            name = line.split('"')[1]
            if name == WINDOW_TITLE:
                wid = line.split()[0]
                state = subprocess.run(["xwininfo", "-id", wid, "-display", display],
                                       capture_output=True, text=True).stdout
                if "IsViewable" in state:
                    return True
    return False


def cpu_ms(pid: int) -> float:
    """CPU time (user + system) the process has used so far: steadier than wall time on a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def time_to_window(command: list[str], env: dict[str, str], display: str) -> tuple[float, float]:
    """(wall ms, CPU ms) from process start until its main window is mapped."""
    errors = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                            stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    try:
        while not window_mapped(display):
            if proc.poll() is not None:
                errors.seek(0)
                raise RuntimeError(f"{command[0]} exited with {proc.returncode} before showing its window: "
                                   + errors.read().decode(errors="replace")[-2000:])
            if time.perf_counter() - t0 > TIMEOUT_S:
                raise RuntimeError(f"no window after {TIMEOUT_S} s: {command}")
            time.sleep(0.02)
        return (time.perf_counter() - t0) * 1000, cpu_ms(proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        errors.close()


def time_command(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - t0) * 1000


def interleaved_best(source: Any, bundled: Any, repeat: int) -> tuple[Any, Any]:
    """Best of `repeat` runs each, alternating, after one warm-up each (file cache, bytecode cache):
    other load on the machine then hits both sides alike. Tuple results: best of each element."""
    source(), bundled()
    runs = [(source(), bundled()) for _ in range(repeat)]

    def best(results: list[Any]) -> Any:
        return tuple(map(min, zip(*results, strict=True))) if isinstance(results[0], tuple) else min(results)

    return best([r[0] for r in runs]), best([r[1] for r in runs])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tumorboard")
    parser.add_argument("--build", action="store_true", help="run packaging/build.sh first")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.build:
        subprocess.run(["bash", str(ROOT / "packaging/build.sh")], check=True, stdout=sys.stderr)
    bundled_exe = args.bundle.resolve() / "tumorboard"
    if not bundled_exe.exists():
        print(f"bench.bundle: no bundle at {args.bundle}: run `bash packaging/build.sh` or pass --build",
              file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="tumorboard-bench-"))
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TUMORBOARD_", "XDG_"))}
        env.update(HOME=str(work / "home"), TUMORBOARD_NO_CRASH_DIALOG="1", QT_QPA_PLATFORM="offscreen")
        # The bundle runs from a copy away from the checkout, as on a workstation.
        shutil.copytree(args.bundle, work / "bundle", symlinks=True)
        bundled = [str(work / "bundle" / "tumorboard")]
        source = [sys.executable, str(ROOT / "packaging" / "entry.py")]
        db = work / "board.sqlite"
        subprocess.run([*bundled, "--db", str(db), "demo", "--cases", "300"], env=env, check=True,
                       capture_output=True)

        size = disk_mb(args.bundle)
        figures = [figure("bundle_size_on_disk", size, "MB"),
                   figure("tarball_compressed_size", tarball_mb(args.bundle, work / "tarball"), "MB", size)]

        if shutil.which("Xvfb") and shutil.which("xwininfo"):
            with Xvfb() as display:
                gui = ["--db", str(db), "gui"]
                (wall_source, cpu_source), (wall_bundled, cpu_bundled) = interleaved_best(
                    lambda: time_to_window([*source, *gui], env, display),
                    lambda: time_to_window([*bundled, *gui], env, display),
                    args.repeat,
                )
            figures.append(figure("start_to_window_bundled_vs_source", wall_bundled, "ms", wall_source))
            figures.append(figure("start_to_window_cpu_bundled_vs_source", cpu_bundled, "ms", cpu_source))
        else:  # no X server to map a window on: the screenshot run (start, window, six views, exit)
            shots = ["--db", str(db), "gui", "--screenshot", str(work / "shots")]
            shots_source, shots_bundled = interleaved_best(lambda: time_command([*source, *shots], env),
                                                           lambda: time_command([*bundled, *shots], env), args.repeat)
            figures.append(figure("gui_screenshot_run_bundled_vs_source", shots_bundled, "ms", shots_source))

        version_source, version_bundled = interleaved_best(lambda: time_command([*source, "--version"], env),
                                                           lambda: time_command([*bundled, "--version"], env),
                                                           args.repeat + 2)
        figures.append(figure("version_start_bundled_vs_source", version_bundled, "ms", version_source))
        emit(figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
