"""bench/engine.py runs and prints its figures (no timing is asserted: figures are for people)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_bench_prints_figures_with_same_run_baseline() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.engine", "--cases", "300"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    figures = {f["name"]: f for f in json.loads(proc.stdout)}
    assert figures["cases"]["value"] == 300
    speed = figures["evaluations_per_s_with_validation"]
    assert speed["value"] > 0 and speed["baseline"] > 0 and speed["ratio"] > 0
    floor = figures["time_per_case_no_rules_with_validation"]
    assert floor["value"] > 0 and floor["baseline"] == figures["time_per_case_with_validation"]["baseline"]
    assert figures["peak_rss"]["unit"] == "MB"


def test_rules_emptied_runs_no_rule_and_restores_them() -> None:
    from bench.engine import rules_emptied
    from tumorboard.engine import CaseFacts, evaluate, evaluation

    facts = CaseFacts.model_validate(
        {"primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct"], "timing": "metachronous"}
    )
    before = evaluate(facts)
    assert before.options
    with rules_emptied():
        empty = evaluate(facts)
    assert empty.options == [] and empty.excluded == [] and empty.warnings == []
    assert empty.scores == before.scores  # scores are still computed: they are part of the fixed cost
    assert evaluate(facts) == before and evaluation.TREATMENT
