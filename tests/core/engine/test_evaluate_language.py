"""`tumorboard evaluate --language zh_CN`: the explanations, exclusion reasons, warnings and the summary's
words in Chinese; JSON keys, codes, rule ids and the sources' verbatim excerpts unchanged. Without the option
(or with --language en) the output is exactly what the contract has always had."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from engine_cases import SYNCHRONOUS, UNRESECTABLE

from tests.english import english_sentences
from tumorboard.cli import main

CHINESE = re.compile(r"[\u4e00-\u9fff]")
#: the fields whose words are the engine's explanations (translated); everything else is data (unchanged)
TRANSLATED = {"rationale", "reason", "message"}


def evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str], facts: dict[str, Any], *options: str) -> tuple[int, str, str]:
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**facts, "as_of": "2026-12-01"}), encoding="utf-8")
    code = main(["evaluate", str(case), *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def same_shape(en: Any, zh: Any, path: str = "") -> list[str]:
    """Where the Chinese JSON differs from the English beyond the translated explanation texts."""
    if isinstance(en, dict):
        if set(en) != set(zh):
            return [f"{path}: keys {sorted(en)} != {sorted(zh)}"]
        return [d for k in en for d in (same_shape(en[k], zh[k], f"{path}.{k}") if k not in TRANSLATED else
                                        ([] if CHINESE.search(zh[k]) or not en[k] else [f"{path}.{k}: {zh[k]!r}"]))]
    if isinstance(en, list):
        if len(en) != len(zh):
            return [f"{path}: {len(en)} items != {len(zh)}"]
        return [d for i, (a, b) in enumerate(zip(en, zh, strict=True)) for d in same_shape(a, b, f"{path}[{i}]")]
    return [] if en == zh else [f"{path}: {en!r} != {zh!r}"]


@pytest.mark.parametrize("facts", [UNRESECTABLE, SYNCHRONOUS, {**UNRESECTABLE, "inr": None, "cea_ng_ml": None}])
def test_json_in_chinese_keeps_keys_codes_rules_and_excerpts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], facts: dict[str, Any]) -> None:
    code, default, _ = evaluate(tmp_path, capsys, facts, "--json")
    assert code == 0
    assert evaluate(tmp_path, capsys, facts, "--json", "--language", "en")[1] == default, "English: the contract as it was"
    code, chinese, _ = evaluate(tmp_path, capsys, facts, "--json", "--language", "zh_CN")
    assert code == 0
    en, zh = json.loads(default), json.loads(chinese)
    assert same_shape(en, zh) == []
    said = [o["rationale"] for o in zh["options"]] + [x["reason"] for x in zh["excluded"]] + \
        [w["message"] for w in zh["warnings"]]
    assert said and all(CHINESE.search(t) and english_sentences(t) == [] for t in said), said


def test_the_summary_in_chinese_has_no_english_sentence_beyond_the_quotes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = {**UNRESECTABLE, "cea_ng_ml": None}
    _, english, _ = evaluate(tmp_path, capsys, facts)
    code, chinese, _ = evaluate(tmp_path, capsys, facts, "--language", "zh_CN")
    assert code == 0 and "Tier 1 - first choice" in english
    assert "第1级 - 首选" in chinese and "评分" in chinese and "缺失数据" in chinese and "[CHEMO-2]" in chinese
    rec = json.loads(evaluate(tmp_path, capsys, facts, "--json")[1])
    quotes = [line.strip() for line in english.splitlines() if line.strip().startswith("- ")]  # citation: "excerpt"
    assert quotes and all(q in chinese for q in quotes), "the sources are quoted verbatim with their citation"
    assert rec["rule_set"]["name"] in chinese
    assert english_sentences(chinese, quotes=[*quotes, rec["rule_set"]["name"]]) == [], chinese


def test_a_refusal_is_english_by_default_and_chinese_with_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = {**UNRESECTABLE, "ecog": 7}
    code, _, english = evaluate(tmp_path, capsys, bad)
    assert code == 2 and "ecog: 7 is not allowed" in english and not CHINESE.search(english)
    code, out, chinese = evaluate(tmp_path, capsys, bad, "--language", "zh_CN")
    assert code == 2 and out == ""
    assert "ECOG" in chinese and "不大于 4" in chinese and english_sentences(chinese) == [], chinese
    code, _, missing = evaluate(tmp_path, capsys, {**UNRESECTABLE, "primary_site": None}, "--language", "zh_CN")
    assert code == 2 and "原发部位：不允许 （空）；此项为必填" in missing and "None" not in missing, missing
