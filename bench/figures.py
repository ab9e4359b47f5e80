"""Shared helpers for the benchmarks' JSON output."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any


def figure(name: str, value: float, unit: str, baseline: float | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "value": round(value, 4), "unit": unit}
    if baseline is not None:
        out["baseline"] = round(baseline, 4)
        out["ratio"] = round(value / baseline, 3) if baseline else None
    return out


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Best wall time of `repeat` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux: ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(figures: list[dict[str, Any]]) -> None:
    json.dump(figures, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
