"""The contract's worked examples (copied into contract_examples/ so the project stands alone),
run through the real CLI code path, checked like shared/contract/check_examples.py checks them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tumorboard.cli import main
from tumorboard.resources import read_text

HERE = Path(__file__).parent / "contract_examples"
#: the public examples, the shared pending cases (copied) and the project's own worked cases
DIRS = (HERE, HERE.with_name("contract_pending"), HERE.with_name("contract_cases"))
CASES = sorted(p.name[: -len(".case.json")] for p in HERE.glob("*.case.json"))
ALL_CASES = [(d, p.name[: -len(".case.json")]) for d in DIRS for p in sorted(d.glob("*.case.json"))]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


SOURCE_TEXT = {
    doc: squash(read_text("sources", doc))
    for doc in (
        "000_097d1b63dcffeaa5.txt",
        "001_863de90b3df4ea9f.txt",
        "002_34d76db8cae6197b.txt",
        "003_bed3c69a800ae988.txt",
        "004_25373606dafee594.txt",
    )
}


def general_problems(out: dict) -> list[str]:
    problems = []
    options, excluded = out["options"], out["excluded"]
    tiers = [o["tier"] for o in options]
    if tiers != sorted(tiers):
        problems.append(f"options not ordered by tier: {tiers}")
    mods = [o["modality"] for o in options]
    if len(mods) != len(set(mods)):
        problems.append(f"a modality appears twice: {mods}")
    if set(mods) & {e["modality"] for e in excluded}:
        problems.append("a modality is both proposed and excluded")
    for item in [*options, *excluded, *out["warnings"]]:
        if not item.get("rules"):
            problems.append(f"{item} names no rule")
    for item in [*options, *excluded]:
        if not item["sources"]:
            problems.append(f"{item['modality']} cites no source")
        for src in item["sources"]:
            excerpt = squash(src["excerpt"])
            if len(excerpt) < 12 or excerpt not in SOURCE_TEXT.get(src["document"], ""):
                problems.append(f"excerpt not verbatim: {src}")
    return problems


def case_problems(out: dict, want: dict) -> list[str]:
    problems = []
    by_mod = {o["modality"]: o for o in out["options"]}
    tier1 = {m for m, o in by_mod.items() if o["tier"] == 1}
    problems += [f"{m} not tier 1" for m in want.get("tier1", []) if m not in tier1]
    problems += [f"{m} is tier 1" for m in want.get("not_tier1", []) if m in tier1]
    problems += [f"{m} absent" for m in want.get("present", []) if m not in by_mod]
    problems += [f"{m} present" for m in want.get("absent", []) if m in by_mod]
    excluded = {e["modality"] for e in out["excluded"]}
    problems += [f"{m} not excluded" for m in want.get("excluded", []) if m not in excluded]
    order = [list(by_mod).index(m) for m in want.get("order", []) if m in by_mod]
    if len(order) != len(want.get("order", [])) or order != sorted(order):
        problems.append(f"order {want['order']} not kept")
    for m, timing in want.get("timing", {}).items():
        if by_mod.get(m, {}).get("timing") != timing:
            problems.append(f"{m} timing")
    codes = {w["code"] for w in out["warnings"]}
    problems += [f"warning {c} missing" for c in want.get("warnings", []) if c not in codes]
    problems += score_problems(out["scores"], want.get("scores", {}))
    first = want.get("follow_up_first")
    if first:
        earliest = min((f["due"] for f in out["follow_up"]), default=None)
        tests = {f["test"] for f in out["follow_up"] if f["due"] == earliest}
        if earliest != first["due"] or first["test"] not in tests:
            problems.append(f"first follow-up {earliest} {tests}, want {first}")
    return problems


def score_problems(got: dict | None, want: dict, path: str = "scores") -> list[str]:
    problems = []
    for key, value in want.items():
        g = (got or {}).get(key)
        if isinstance(value, dict):
            problems += score_problems(g, value, f"{path}.{key}")
        elif isinstance(value, float) or isinstance(g, float):
            if g is None or round(float(g), 2) != round(float(value), 2):
                problems.append(f"{path}.{key}: {g!r} != {value!r}")
        elif g != value:
            problems.append(f"{path}.{key}: {g!r} != {value!r}")
    return problems


@pytest.mark.parametrize(("folder", "name"), ALL_CASES, ids=[f"{d.name}/{n}" for d, n in ALL_CASES])
def test_contract_example(folder: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    want = json.loads((folder / f"{name}.expect.json").read_text(encoding="utf-8"))
    code = main(["evaluate", str(folder / f"{name}.case.json"), "--json"])
    captured = capsys.readouterr()
    if "exit" in want:
        assert code == want["exit"]
        message = (captured.out + captured.err).lower()
        assert all(word.lower() in message for word in want.get("error_mentions", [])), message
        assert captured.out == ""  # nothing half-printed on refusal
        return
    assert code == 0, captured.err
    out = json.loads(captured.out)
    assert general_problems(out) + case_problems(out, want) == []


def test_examples_copy_is_complete() -> None:
    assert len(CASES) == 8
    assert len([n for d, n in ALL_CASES if d.name == "contract_pending"]) >= 1
    assert len([n for d, n in ALL_CASES if d.name == "contract_cases"]) >= 20


def test_console_entry_runs_the_examples() -> None:
    """The installed command, as CI's shared check_examples.py calls it."""
    case = HERE / "synchronous_resectable_colorectal.case.json"
    proc = subprocess.run(
        [sys.executable, "-m", "tumorboard", "evaluate", "-", "--json"],
        input=case.read_text(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert {o["modality"] for o in json.loads(proc.stdout)["options"] if o["tier"] == 1} >= {
        "primary_resection",
        "hepatectomy",
    }
