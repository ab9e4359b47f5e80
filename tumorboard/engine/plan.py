"""The recommendation while the rules build it, and its assembly at the end.

Rules propose, exclude, cap, warn and ask for missing facts; the Plan merges
them so the contract's promises hold by construction: one entry per modality,
an excluded modality is never proposed, options sorted by tier then by the
catalogue's modality order.
"""

from __future__ import annotations

from .construct import make
from .recommendation import Exclusion, Option, SourceRef, Warning
from .vocabulary import MODALITY_ORDER, Intent, Modality, OptionTiming


class Draft:
    __slots__ = ("modality", "tier", "intent", "timing", "rationale", "rules", "sources", "provisional")

    def __init__(
        self,
        modality: Modality,
        tier: int,
        intent: Intent,
        timing: OptionTiming | None,
        rationale: str,
        rules: list[str],
        sources: list[SourceRef],
        provisional: bool,
    ) -> None:
        self.modality, self.tier, self.intent, self.timing = modality, tier, intent, timing
        self.rationale, self.rules, self.sources, self.provisional = rationale, rules, sources, provisional


def _add_rule(rules: list[str], rule: str) -> None:
    if rule not in rules:
        rules.append(rule)


def _add_sources(target: list[SourceRef], sources) -> None:  # type: ignore[no-untyped-def]
    # Identity, not equality: sources are shared constants, and pydantic's __eq__ costs more than a rule.
    for item in sources:
        for present in target:
            if present is item:
                break
        else:
            target.append(item)


class Plan:
    __slots__ = ("options", "excluded", "caps", "warnings", "missing", "provisional_all")

    def __init__(self) -> None:
        self.options: dict[Modality, Draft] = {}
        self.excluded: dict[Modality, tuple[str, list[str], list[SourceRef]]] = {}
        self.caps: dict[Modality, tuple[int, str, str, tuple[SourceRef, ...]]] = {}
        self.warnings: list[tuple[str, str, list[str]]] = []
        self.missing: list[str] = []
        self.provisional_all = False  # DX-1 / DX-5 / DX-2: treatment options wait for the diagnosis

    def propose(
        self,
        modality: Modality,
        tier: int,
        intent: Intent,
        rule: str,
        rationale: str,
        *sources: SourceRef,
        timing: OptionTiming | None = None,
        provisional: bool = False,
    ) -> None:
        """Offer a modality. A second proposal keeps the better tier (a firm one wins a tie)
        and adds its rule and sources."""
        d = self.options.get(modality)
        if d is None:
            self.options[modality] = Draft(
                modality, tier, intent, timing, rationale, [rule], list(sources), provisional
            )
            return
        if tier < d.tier or (tier == d.tier and d.provisional and not provisional):
            if intent is not d.intent:
                d.rules, d.sources = [], []  # the earlier rules argued a different role for it
            d.tier, d.intent, d.rationale, d.provisional = tier, intent, rationale, provisional
            if timing is not None:
                d.timing = timing
        elif d.timing is None:
            d.timing = timing
        _add_rule(d.rules, rule)
        _add_sources(d.sources, sources)

    def has(self, modality: Modality) -> bool:
        return modality in self.options

    def support(self, modality: Modality, rule: str, *sources: SourceRef, note: str = "") -> None:
        """Add a rule (its sources, a sentence of rationale) to an option that is already proposed."""
        d = self.options.get(modality)
        if d is not None:
            _add_rule(d.rules, rule)
            _add_sources(d.sources, sources)
            if note:
                d.rationale = f"{d.rationale} {note}"

    def set_timing(self, modality: Modality, timing: OptionTiming, rule: str, *sources: SourceRef) -> None:
        d = self.options.get(modality)
        if d is not None:
            d.timing = timing
            self.support(modality, rule, *sources)

    def cap(self, modality: Modality, tier: int, rule: str, note: str, *sources: SourceRef) -> None:
        """The modality may stand no better than `tier` (applied at assembly); `note` says why, in lower case."""
        if modality not in self.caps or self.caps[modality][0] < tier:
            self.caps[modality] = (tier, rule, note, sources)

    def exclude(self, modality: Modality, rule: str, reason: str, *sources: SourceRef) -> None:
        if modality in self.excluded:
            _reason, rules, refs = self.excluded[modality]
            _add_rule(rules, rule)
            _add_sources(refs, sources)
        else:
            self.excluded[modality] = (reason, [rule], list(sources))

    def warn(self, code: str, rule: str, message: str) -> None:
        for c, _m, rules in self.warnings:
            if c == code:
                _add_rule(rules, rule)
                return
        self.warnings.append((code, message, [rule]))

    def need(self, *fields: str) -> None:
        for name in fields:
            if name not in self.missing:
                self.missing.append(name)

    # ------------------------------------------------------------ assembly
    def build_options(self, diagnostic: frozenset[Modality]) -> list[Option]:
        drafts = []
        excluded, caps = self.excluded, self.caps
        for m, d in self.options.items():
            if m in excluded:
                continue  # an exclusion always wins over a proposal
            cap = caps.get(m) if caps else None
            if cap is not None and d.tier < cap[0]:
                d.tier = cap[0]
                d.rationale = f"{d.rationale} Not first choice here: {cap[2]}"
                _add_rule(d.rules, cap[1])
                _add_sources(d.sources, cap[3])
            if self.provisional_all and m not in diagnostic:
                d.provisional = True
            drafts.append(d)
        drafts.sort(key=lambda d: (d.tier, MODALITY_ORDER[d.modality]))
        return [
            make(
                Option,
                modality=d.modality,
                tier=d.tier,
                intent=d.intent,
                timing=d.timing,
                rationale=d.rationale,
                rules=d.rules,
                sources=d.sources,
                provisional=d.provisional,
            )
            for d in drafts
        ]

    def build_excluded(self) -> list[Exclusion]:
        if not self.excluded:
            return []
        return [
            make(Exclusion, modality=m, reason=reason, rules=rules, sources=sources)
            for m, (reason, rules, sources) in sorted(
                self.excluded.items(), key=lambda kv: MODALITY_ORDER[kv[0]]
            )
        ]

    def build_warnings(self) -> list[Warning]:
        if not self.warnings:
            return []
        return [make(Warning, code=c, message=msg, rules=rules) for c, msg, rules in self.warnings]
