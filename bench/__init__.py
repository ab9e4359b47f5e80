"""Benchmarks: `python -m bench.NAME` prints a JSON list of figures
({"name", "value", "unit"} plus "baseline" and "ratio" where a baseline was
measured in the same run). Never timed assertions in tests."""
