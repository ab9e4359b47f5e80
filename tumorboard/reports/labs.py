"""Reference intervals for the printed laboratory table and the H / L mark of a value
outside them (resources/reports/lab_reference_ranges.toml: typical adult intervals,
the reporting laboratory's own take precedence)."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from tumorboard.resources import read_text

RANGES_FILE = ("reports", "lab_reference_ranges.toml")


@dataclass(frozen=True)
class Interval:
    unit: str
    low: float | None = None
    high: float | None = None

    def text(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low:g}\u2013{self.high:g}"
        if self.high is not None:
            return f"\u2264 {self.high:g}"
        return f"\u2265 {self.low:g}" if self.low is not None else ""

    def flag(self, value: float) -> str:
        if self.high is not None and value > self.high:
            return "H"
        if self.low is not None and value < self.low:
            return "L"
        return ""


@functools.cache
def intervals() -> dict[str, Interval]:
    data = tomllib.loads(read_text(*RANGES_FILE))
    return {test: Interval(unit=str(r.get("unit", "")), low=r.get("low"), high=r.get("high"))
            for test, r in data.get("ranges", {}).items()}


@functools.cache
def source() -> str:
    return str(tomllib.loads(read_text(*RANGES_FILE)).get("source", ""))


def assess(test: str, value: float, unit: str) -> tuple[str, str]:
    """(reference interval as printed, flag) for a result; nothing when no interval is known for
    the test in this unit (a value in another unit is not judged against it)."""
    interval = intervals().get(test)
    if interval is None or (unit or "") != interval.unit:
        return "", ""
    return interval.text(), interval.flag(value)
