"""`tumorboard evaluate FILE|- [--json] [--parameters FILE] [--language en|zh_CN]`: the decision engine without the GUI.

--language zh_CN: the explanations, exclusion reasons, warnings and the summary's words in Chinese; the JSON
keys, codes, rule ids and the sources' verbatim excerpts stay as they are (English is the default: the
contract's output is unchanged).

Exit status (shared/contract/evaluate.md): 0 evaluated; 2 invalid input (every bad field named with
its value and what is allowed; nothing written); 1 internal error (tumorboard.cli.main).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from tumorboard.engine import CaseFacts
from tumorboard.engine.recommendation import Recommendation
from tumorboard.engine.sources import citation
from tumorboard.engine.vocabulary import label
from tumorboard.errors import FieldProblem, InvalidInput
from tumorboard.i18n import N_, _, fields, language_now, localize, msg, using
from tumorboard.services.rules import Rules, localized

from .common import reader_may_stop


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "evaluate",
        help="evaluate case facts (JSON) and print the tiered options",
        description="Evaluate one case's facts (a JSON object, see the evaluate contract) with the rule catalogue.",
    )
    p.add_argument("file", metavar="FILE", help="case facts as a JSON file, or - for standard input")
    p.add_argument(
        "--json", action="store_true", help="print the recommendation as JSON (the contract's schema)"
    )
    p.add_argument(
        "--parameters", metavar="FILE", help="a parameter override file (TOML) instead of the shipped values (as `tumorboard --parameters FILE`)"
    )
    p.add_argument(
        "--language", choices=("en", "zh_CN"), default="en",
        help="the language of the explanations, warnings and summary: en (English, the default) or zh_CN (Chinese); "
             "JSON keys, codes, rule ids and source excerpts are not translated",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    facts = read_facts(args.file)
    if facts.as_of is None:
        facts = facts.model_copy(
            update={"as_of": date.today()}
        )  # the contract's default; the engine has no clock
    rec = Rules.load(args.parameters or getattr(args, "parameters_file", None)).evaluate(facts)
    language = getattr(args, "language", "en") or "en"
    rec = localized(rec, language)  # English: rec itself
    with reader_may_stop():  # `tumorboard evaluate - --json | head -1`: the closed pipe ends it quietly, exit 0
        if args.json:
            json.dump(rec.to_json_dict(), sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            with using(language):
                sys.stdout.write(summary(rec, facts))
        sys.stdout.flush()
    return 0


class _Repeated(ValueError):
    def __init__(self, field: str, values: list[Any]) -> None:
        super().__init__(field)
        self.field, self.values = field, values


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are unique: {"ecog": 1, "ecog": 3} must not quietly mean 3."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Repeated(key, [out[key], value])
        out[key] = value
    return out


#: input limits: case facts are a flat object of ~40 fields (< 4 KB); anything far beyond is refused (exit 2)
MAX_INPUT_CHARS = 1_000_000
MAX_DEPTH = 20
MAX_DIGITS = 30


class _Oversized:
    """A JSON integer too long for any case fact; pydantic refuses it at its field, which is then named."""

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"a number of {self.digits} digits"


def _int(text: str) -> int | _Oversized:
    digits = len(text.lstrip("-"))
    return _Oversized(digits) if digits > MAX_DIGITS else int(text)


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects, outside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def read_facts(path: str) -> CaseFacts:
    try:
        # utf-8-sig: a file saved "with BOM" (as Windows Notepad did) reads as the same JSON
        if path == "-":
            text = sys.stdin.read(MAX_INPUT_CHARS + 1).removeprefix("\ufeff")
        else:
            with open(path, encoding="utf-8-sig") as fh:
                text = fh.read(MAX_INPUT_CHARS + 1)
    except OSError as exc:
        raise InvalidInput(
            [FieldProblem("FILE", path, msg("a readable JSON file ({reason})", reason=exc.strerror or exc))], "input"
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput([FieldProblem("FILE", path, N_("a UTF-8 text file"))], "input") from None
    if len(text) > MAX_INPUT_CHARS:
        raise InvalidInput(
            [
                FieldProblem(
                    "(input)", f"more than {MAX_INPUT_CHARS:,} characters", N_("case facts are a few kilobytes")
                )
            ],
            "case facts",
        )
    if _depth(text) > MAX_DEPTH:
        raise InvalidInput(
            [
                FieldProblem(
                    "(input)",
                    text[:40],
                    msg("a flat JSON object; arrays and objects nested at most {max_depth} deep", max_depth=MAX_DEPTH),
                )
            ],
            "case facts",
        )
    try:
        data: Any = json.loads(text, object_pairs_hook=_once_each, parse_int=_int)
    except _Repeated as exc:
        raise InvalidInput(
            [FieldProblem(exc.field, exc.values, N_("each field once (the object names it more than once)"))],
            "case facts",
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            [
                FieldProblem(
                    "(input)",
                    text[:40],
                    msg("a JSON object; not JSON at line {lineno}, column {colno}: {problem}", lineno=exc.lineno, colno=exc.colno, problem=exc.msg),
                )
            ],
            "case facts",
        ) from None
    except (ValueError, RecursionError) as exc:  # a number the parser cannot hold; nesting beyond its stack
        raise InvalidInput(
            [
                FieldProblem(
                    "(input)",
                    text[:40],
                    msg("plain JSON numbers of at most {max_digits} digits, nested at most {max_depth} deep "
                        "({error})", max_digits=MAX_DIGITS, max_depth=MAX_DEPTH, error=exc),
                )
            ],
            "case facts",
        ) from None
    return CaseFacts.parse(data)


def summary(rec: Recommendation, facts: CaseFacts) -> str:
    """A plain-text reading of the recommendation, for a terminal, in the language now in force
    (tumorboard.i18n.using): rule ids, codes and the sources' excerpts as they are."""
    lang = language_now()

    def word(code: Any) -> str:
        return localize(label(code), lang) if code else ""

    out = [_("Decision support, rule set {name} {version}", name=rec.rule_set.name, version=rec.rule_set.version)]
    out.append(_("Primary: {site}; liver metastases: {mets}; as of {day}", site=word(facts.primary_site),
                 mets=word(facts.liver_mets) or _("not stated"), day=facts.as_of))
    out.append(_("Proposals for the board to weigh; the board decides."))
    headings = {1: N_("Tier 1 - first choice"), 2: N_("Tier 2 - alternatives"), 3: N_("Tier 3 - later options")}
    sep = ", " if lang == "en" else "、"
    for tier in (1, 2, 3):
        options = [o for o in rec.options if o.tier == tier]
        if not options:
            continue
        out.append("")
        out.append(_(headings[tier]))
        for o in options:
            extras = (
                [word(o.intent)]
                + ([word(o.timing)] if o.timing else [])
                + ([_("PROVISIONAL")] if o.provisional else [])
            )
            out.append(f"  * {word(o.modality)} ({sep.join(extras)})  [{', '.join(o.rules)}]")
            out.append(f"      {o.rationale}")
            for src in o.sources:
                out.append(f'      - {citation(src)}: "{src.excerpt}"')
    if not rec.options:
        out += ["", _("No options: see the missing data below.")]
    if rec.excluded:
        out += ["", _("Excluded")]
        for e in rec.excluded:
            out.append(f"  x {word(e.modality)}: {e.reason}  [{', '.join(e.rules)}]")
            for src in e.sources:
                out.append(f'      - {citation(src)}: "{src.excerpt}"')
    if rec.warnings:
        out += ["", _("Warnings")]
        out += [f"  ! {w.message}  [{', '.join(w.rules)}]" for w in rec.warnings]
    out += ["", _("Scores")]
    sc = rec.scores
    child = (_("{points} points, class {cls}", points=sc.child_pugh.points, cls=sc.child_pugh.class_)
             if sc.child_pugh else _lacking(sc, "child_pugh"))
    out.append(f"  Child-Pugh: {child}")
    albi = _("{score}, grade {grade}", score=f"{sc.albi.score:.2f}", grade=sc.albi.grade) if sc.albi else _lacking(sc, "albi")
    out.append(f"  ALBI: {albi}")
    if sc.fong_crs is not None:
        f = sc.fong_crs
        known = ", ".join(f.missing) if lang == "en" else localize(fields(*f.missing), lang)
        lack = _(" (not yet known: {fields})", fields=known) if f.missing else ""
        points = f"{f.points}-{f.most}" if f.missing else str(f.points)
        out.append("  " + _("Fong clinical risk score: {points} of {most}{lack}", points=points, most=f.of, lack=lack))
    burden = sc.tumor_burden_score if sc.tumor_burden_score is not None else _lacking(sc, "tumor_burden_score")
    out.append("  " + _("Tumour burden score: {score}", score=burden))
    if rec.missing:
        out += ["", _("Missing data (options depending on it are provisional)"),
                "  " + (", ".join(rec.missing) if lang == "en" else localize(fields(*rec.missing), lang))]
    if rec.follow_up:
        out += ["", _("First follow-ups if the board accepts the tier-1 options")]
        out += [f"  {f.due}  {word(f.test)}  [{f.rule}]" + ("  " + _("(provisional)") if f.provisional else "")
                for f in rec.follow_up[:6]]
        if len(rec.follow_up) > 6:
            out.append("  " + _("... {n} more, to {day}", n=len(rec.follow_up) - 6, day=rec.follow_up[-1].due))
    return "\n".join(out) + "\n"


def _lacking(scores: Any, name: str) -> str:
    missing = scores.missing.get(name)
    if not missing:
        return _("not computed")
    lang = language_now()
    return _("needs {fields}", fields=", ".join(missing) if lang == "en" else localize(fields(*missing), lang))
