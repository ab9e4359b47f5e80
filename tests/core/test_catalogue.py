"""The core's message catalogue: every text the core shows has a Chinese translation (so a new string
cannot slip in untranslated), the translations keep their {placeholders}, and what the engine and the
readiness checklist say in zh_CN holds no English sentence (rule ids, codes and source excerpts stay)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given

from tests.core.engine.test_engine_properties import CASES, SETTINGS, run
from tests.english import ALLOWED, english_sentences
from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.sources import citation
from tumorboard.errors import InvalidInput
from tumorboard.i18n import Msg, catalogue, fields, localize, msg, normalize, using
from tumorboard.services import readiness
from tumorboard.services.rules import Rules, localized

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_catalogue", ROOT / "tools" / "update_catalogue.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_catalogue", module)
    spec.loader.exec_module(module)
    return module


def test_every_message_has_a_chinese_translation_and_the_mo_is_current() -> None:
    t = tool()
    catalog = t.updated("zh_CN", t.template())
    assert len(catalog) > 400
    assert t.untranslated(catalog) == [], "run tools/update_catalogue.py and translate the new entries"
    assert not t.stale("zh_CN", catalog), "run tools/update_catalogue.py (the .po or .mo is out of date)"


def test_every_marked_text_in_the_core_is_in_the_catalogue() -> None:
    """Also the ones Babel cannot see (a _() inside an f-string's braces): every literal given to _(),
    N_() or msg() anywhere in tumorboard/ has its Chinese translation."""
    import ast

    zh = catalogue("zh_CN")
    missing = []
    for path in sorted((ROOT / "tumorboard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_", "msg")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                    and node.args[0].value.strip() and path.name != "fact_catalogue.py"):
                text = node.args[0].value
                words = re.sub(r"\{[^}]*\}", " ", text)
                for name in ALLOWED:
                    words = words.replace(name, " ")
                if zh.gettext(text) == text and re.search(r"[A-Za-z]{3,}", words):
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert missing == []


def test_translations_keep_their_placeholders_and_are_chinese() -> None:
    t = tool()
    catalog = t.updated("zh_CN", t.template())
    for m in catalog:
        if not m.id:
            continue
        assert sorted(re.findall(r"\{[^}]*\}", m.string)) == sorted(re.findall(r"\{[^}]*\}", str(m.id))), m.id
        assert english_sentences(re.sub(r"\{[^}]*\}", " ", m.string)) == [], f"English left: {m.id!r} -> {m.string!r}"
        if english_sentences(re.sub(r"\{[^}]*\}", " ", str(m.id))):
            assert re.search(r"[\u4e00-\u9fff]", m.string), f"not translated into Chinese: {m.id!r}"


def test_a_sentence_with_values_is_english_as_a_string_and_chinese_when_localized() -> None:
    why = msg("liver function is Child-Pugh class {cls} ({points} points)", cls="B", points=8)
    text = msg("The {why}: liver resection and ablation are not first choice; weigh liver function before them.",
               why=why)
    assert isinstance(text, str) and text.startswith("The liver function is Child-Pugh class B (8 points)")
    assert localize(text, "zh_CN") == "肝功能为 Child-Pugh B 级（8 分）：肝切除和消融不作为首选；实施前需权衡肝功能。"
    assert localize(text, "en") == text
    missing = msg("missing: {fields}", fields=fields("bilirubin_umol_l", "inr"))
    assert missing == "missing: Bilirubin, INR"  # labels, not field names
    assert localize(missing, "zh") == "缺少：胆红素、INR"
    assert localize("a text of the user's, not in the catalogue", "zh_CN") == "a text of the user's, not in the catalogue"
    with using("zh_CN"):
        assert localize(Msg("{m} min", {"m": 7})) == "7 分钟"
    assert normalize("zh") == "zh_CN" and catalogue("zh_CN").gettext("Minutes") == "会议纪要"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        normalize("fr")


def _quotes(rec: object) -> list[str]:
    """The verbatim source excerpts and their citations (they stay in their original language)."""
    out: list[str] = []
    for o in getattr(rec, "options", []) + getattr(rec, "excluded", []):
        out += [s.excerpt for s in o.sources] + [citation(s) for s in o.sources]
    return out


def _chinese_problems(rec: object) -> list[str]:
    texts = ([o.rationale for o in rec.options] + [x.reason for x in rec.excluded]  # type: ignore[attr-defined]
             + [w.message for w in rec.warnings])  # type: ignore[attr-defined]
    return [f"{t!r}: {english_sentences(t)}" for t in texts if english_sentences(t)
            or not re.search(r"[\u4e00-\u9fff]", t)]


@SETTINGS
@given(CASES)
def test_every_explanation_and_warning_reads_in_chinese(data: dict[str, object]) -> None:
    """Any case the engine accepts: every rationale, exclusion and warning in zh_CN is Chinese, with
    the same options, rules and sources as in English (only the words change)."""
    _facts, rec = run(data)
    zh = localized(rec, "zh_CN")
    assert _chinese_problems(zh) == []
    assert [(o.modality, o.tier, o.rules, o.sources) for o in zh.options] == [
        (o.modality, o.tier, o.rules, o.sources) for o in rec.options]
    assert [w.code for w in zh.warnings] == [w.code for w in rec.warnings]
    assert rec.to_json_dict() == json.loads(json.dumps(rec.to_json_dict()))  # English output unchanged


def test_the_worked_examples_in_chinese() -> None:
    """The contract's worked examples (tests/core/engine/contract_examples) read in Chinese."""
    rules = Rules.load()
    examples = sorted((ROOT / "tests" / "core" / "engine" / "contract_examples").glob("*.case.json"))
    done = 0
    for path in examples:
        facts = json.loads(path.read_text(encoding="utf-8"))
        try:
            english = rules.evaluate(facts)
        except InvalidInput:
            continue  # an example of refused input
        rec = rules.evaluate(facts, "zh_CN")
        assert _chinese_problems(rec) == [], path.name
        assert [o.modality for o in rec.options] == [o.modality for o in english.options]
        done += 1
    assert done >= 6


class _Study:
    def __init__(self, modality: str, day: date) -> None:
        self.modality, self.study_date = modality, day


class _Lab:
    def __init__(self, test: str, day: date) -> None:
        self.test, self.taken_on = test, day


def test_the_readiness_checklist_in_chinese_names_tests_by_their_labels() -> None:
    today = date(2026, 12, 4)
    facts = CaseFacts.parse({"primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct"],
                             "liver_resectable": True, "albumin_g_l": 40})
    labs = [_Lab("bilirubin", today - timedelta(weeks=10))]
    rec = Rules.load().evaluate(facts)
    english = readiness.check(facts, [_Study("ct", today - timedelta(weeks=2))], labs, rec, today, 6, 4)
    zh = readiness.check(facts, [_Study("ct", today - timedelta(weeks=2))], labs, rec, today, 6, 4, "zh_CN")
    assert [i.code for i in zh.items] == [i.code for i in english.items] and zh.ready is english.ready is False
    by_code = {i.code: i for i in zh.items}
    assert by_code["liver_function"].detail == "缺少：胆红素、INR"
    assert by_code["labs_recent"].label == "肝功能检查不超过 4 周"
    assert by_code["labs_recent"].detail.startswith("过期或缺失：胆红素（2026-09-25）、白蛋白（无）")
    assert {i.code: i.detail for i in english.items}["liver_function"] == "missing: Bilirubin, INR"
    for item in zh.items:
        assert english_sentences(f"{item.label} {item.detail}") == [], item


def test_every_refusal_of_the_core_is_a_catalogue_message() -> None:
    """What a refused field allows (refuse(), FieldProblem()) and the message of every error of the program's
    own (StorageError, ReportWriteError ...) is a catalogue message, msg() or N_(), never a bare literal or
    f-string: so the GUI and `--language` can say it in Chinese. The CLI's own argument checks may stay
    English (tumorboard/cli)."""
    import ast

    errors = {"TumorboardError"}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "tumorboard").rglob("*.py"))}
    for _ in range(3):  # the subclasses of subclasses
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id in errors for b in node.bases):
                    errors.add(node.name)
    assert {"StorageError", "ReportWriteError", "NothingToExport", "DiskFull"} <= errors
    bare = []
    for path, tree in trees.items():
        if "cli" in path.relative_to(ROOT).parts:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "_cell" \
                    and len(node.args) > 3:  # a refused cell of a referral list
                if isinstance(node.args[3], ast.Constant | ast.JoinedStr | ast.BinOp):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: _cell")
                continue
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name == "Refused" and node.args:
                said = node.args[0]
            elif name in ("refuse", "FieldProblem") and len(node.args) > 2:
                said = node.args[2]
            elif name in errors and name not in ("InvalidInput", "ParameterFileError", "NotFound", "StaleEdit",
                                                 "PermissionDenied") and node.args:
                said = node.args[0]
            else:
                continue
            if isinstance(said, ast.Constant | ast.JoinedStr | ast.BinOp):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert bare == [], "wrap the text in msg() or N_() (tumorboard.i18n) and run tools/update_catalogue.py"
