"""Check the bundled program's `evaluate --json` answer for the smoke run (system Python, no project code).

Usage: check_evaluate.py OUTPUT.json EXPECT.json SOURCES_DIR
Checks the worked case's expectations (tier-1 modalities, not tier 1, scores) and the
contract's promises: every option and exclusion names a rule and quotes its source
verbatim, from the source texts shipped inside the bundle."""

import json
import re
import sys
from pathlib import Path


def squash(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def problems(out, want, sources):
    found = []
    tier1 = {o["modality"] for o in out.get("options", []) if o.get("tier") == 1}
    found += [f"{m} should be tier 1 (tier 1: {sorted(tier1)})" for m in want.get("tier1", []) if m not in tier1]
    found += [f"{m} should not be tier 1" for m in want.get("not_tier1", []) if m in tier1]
    for score, values in want.get("scores", {}).items():
        got = (out.get("scores") or {}).get(score) or {}
        found += [f"scores.{score}.{k}: got {got.get(k)!r}, want {v!r}" for k, v in values.items() if got.get(k) != v]
    for item in out.get("options", []) + out.get("excluded", []):
        if not item.get("rules"):
            found.append(f"{item.get('modality')} names no rule")
        for src in item.get("sources") or [{}]:
            text = sources.get(src.get("document"))
            if text is None or squash(src.get("excerpt", "")) not in text:
                found.append(f"{item.get('modality')}: excerpt not in bundled {src.get('document')!r}")
    return found


def main(output, expect, sources_dir):
    sources = {p.name: squash(p.read_text(encoding="utf-8")) for p in Path(sources_dir).glob("*.txt")}
    if not sources:
        print(f"no source texts in {sources_dir}")
        return 1
    found = problems(json.loads(Path(output).read_text()), json.loads(Path(expect).read_text()), sources)
    print("\n".join(found) or "ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
