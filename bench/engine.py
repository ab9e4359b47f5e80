"""Engine throughput: `python -m bench.engine --cases 100000`.

Generates varied case facts (seeded), and for the same facts measures in the
same run (a) plain pydantic validation, the baseline, and (b) validation plus
evaluate(). Streams in chunks: no more than one chunk of facts or results is
held at a time. Prints JSON figures (bench/figures.py).

Times are this process's CPU time (time.process_time), so other work on a
shared machine does not skew the ratio; each chunk is timed both ways, the
order alternating from chunk to chunk. Nothing is cached per facts: every
case is validated and evaluated afresh (evaluate() keeps only what depends
on the parameters: follow-up templates, the last PLANS_KEPT dated schedules,
and the follow-up entries they share).

A third pass measures the engine's fixed cost: the same evaluate() with every
rule section emptied, so it still validates, derives the situation, computes
the scores and assembles the (empty) recommendation. It shows how much of the
3x budget is left for the rules themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import random
import time
from datetime import date, timedelta
from typing import Any

from bench.figures import emit, figure, peak_rss_mb
from tumorboard.engine import CaseFacts, evaluate, load_parameters
from tumorboard.engine import evaluation as _evaluation
from tumorboard.engine.vocabulary import (
    Ascites,
    Encephalopathy,
    ExtrahepaticDisease,
    Imaging,
    LiverMets,
    PrimarySite,
    Response,
    Timing,
)

CHUNK = 2000


def random_facts(rng: random.Random) -> dict[str, Any]:
    """One case as a JSON-like dict: every field present with some probability, values in range."""

    def maybe(value: Any, p: float = 0.7) -> Any:
        return value if rng.random() < p else None

    as_of = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    diagnosed = as_of - timedelta(days=rng.randrange(30, 2000))
    facts = {
        "as_of": as_of.isoformat(),
        "primary_site": rng.choice(list(PrimarySite)).value,
        "age_years": maybe(rng.randint(20, 95)),
        "ecog": maybe(rng.randint(0, 4)),
        "fit_for_major_surgery": maybe(rng.random() < 0.7),
        "accepts_surgery": maybe(rng.random() < 0.85),
        "primary_resected": maybe(rng.random() < 0.5),
        "primary_resectable": maybe(rng.random() < 0.7),
        "primary_diagnosed_on": maybe(diagnosed.isoformat(), 0.5),
        "emergency_primary_surgery": maybe(rng.random() < 0.05),
        "node_positive_primary": maybe(rng.random() < 0.5),
        "liver_mets": maybe(rng.choice(list(LiverMets)).value, 0.95),
        "liver_mets_detected_on": maybe((diagnosed + timedelta(days=rng.randrange(0, 900))).isoformat(), 0.5),
        "timing": maybe(rng.choice(list(Timing)).value, 0.5),
        "confirmed_by": maybe(rng.sample([m.value for m in Imaging], rng.randint(0, 3))),
        "lesion_count": maybe(rng.randint(1, 12)),
        "largest_lesion_cm": maybe(round(rng.uniform(0.5, 12), 1)),
        "adjacent_to_hollow_structure": maybe(rng.random() < 0.2),
        "liver_resectable": maybe(rng.random() < 0.6),
        "future_liver_remnant_pct": maybe(round(rng.uniform(15, 80), 1), 0.5),
        "extrahepatic_disease": maybe(rng.choice(list(ExtrahepaticDisease)).value),
        "prior_systemic_therapy": maybe(rng.random() < 0.4),
        "response_to_systemic_therapy": maybe(rng.choice(list(Response)).value, 0.3),
        "recurrence_after_hepatectomy": maybe(rng.random() < 0.1),
        "bilirubin_umol_l": maybe(round(rng.uniform(4, 80), 1)),
        "albumin_g_l": maybe(round(rng.uniform(20, 50), 1)),
        "inr": maybe(round(rng.uniform(0.8, 3.0), 2)),
        "ascites": maybe(rng.choice(list(Ascites)).value),
        "encephalopathy": maybe(rng.choice(list(Encephalopathy)).value),
        "cirrhosis": maybe(rng.random() < 0.1),
        "hbv_or_hcv_positive": maybe(rng.random() < 0.1),
        "afp_ng_ml": maybe(round(rng.uniform(0, 1000), 1), 0.4),
        "cea_ng_ml": maybe(round(rng.uniform(0, 400), 1), 0.6),
        "disease_free_interval_months": maybe(round(rng.uniform(0, 60), 1), 0.5),
    }
    if facts["liver_mets"] == "none":  # lesions with no liver metastases contradict each other: refused since 1.2.0
        facts["lesion_count"] = facts["largest_lesion_cm"] = None
    return {k: v for k, v in facts.items() if v is not None}


@contextlib.contextmanager
def rules_emptied() -> Any:
    """evaluate() with no rule to run: what is left is validation, situation, scores and assembly."""
    saved = {name: getattr(_evaluation, name) for name in ("WORKUP_LESION", "WORKUP_NO_LESION", "TREATMENT")}
    _evaluation.WORKUP_LESION = _evaluation.WORKUP_NO_LESION = ()
    _evaluation.TREATMENT = {key: () for key in saved["TREATMENT"]}
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(_evaluation, name, value)


def run(cases: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    params = load_parameters()  # read and validated once, as the application does
    validate = CaseFacts.model_validate
    seconds = {"validate": 0.0, "evaluate": 0.0, "no_rules": 0.0}
    options = 0
    done = 0
    gc.collect()
    while done < cases:
        chunk = [random_facts(rng) for _ in range(min(CHUNK, cases - done))]
        # The order of the passes rotates, so none always meets the chunk fresh or warm in cache.
        passes = list(seconds)
        turn = done // CHUNK % len(passes)
        for name in passes[turn:] + passes[:turn]:
            t0 = time.process_time()
            if name == "evaluate":
                for data in chunk:
                    options += len(evaluate(validate(data), params).options)
            elif name == "no_rules":
                with rules_emptied():
                    for data in chunk:
                        evaluate(validate(data), params)
            else:
                for data in chunk:
                    validate(data)
            seconds[name] += time.process_time() - t0
        done += len(chunk)
        del chunk
    us = {name: t / cases * 1e6 for name, t in seconds.items()}
    return [
        figure("cases", cases, "cases"),
        figure("evaluations_per_s_with_validation", cases / seconds["evaluate"], "1/s",
               baseline=cases / seconds["validate"]),
        figure("time_per_case_with_validation", us["evaluate"], "us", baseline=us["validate"]),
        figure("time_per_case_no_rules_with_validation", us["no_rules"], "us", baseline=us["validate"]),
        figure("options_per_case", options / cases, "options"),
        figure("peak_rss", peak_rss_mb(), "MB"),
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args(argv)
    emit(run(args.cases, args.seed))


if __name__ == "__main__":
    main()
