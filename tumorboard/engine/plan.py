"""The recommendation while the rules build it, and its assembly at the end.

Rules propose, exclude, cap, warn and ask for missing facts; the Plan merges
them so the contract's promises hold by construction: one entry per modality,
an excluded modality is never proposed, options sorted by tier then by the
catalogue's modality order.

Each proposal, exclusion and warning is kept as the field dict of its output
model, so assembly turns it into that model without copying (construct.build).
"""

from __future__ import annotations

from typing import Any

from ..i18n import msg
from .construct import build
from .recommendation import Exclusion, Option, SourceRef, Warning
from .vocabulary import MODALITY_ORDER, Intent, Modality, OptionTiming

Fields = dict[str, Any]


def _add_rule(rules: list[str], rule: str) -> None:
    if rule not in rules:
        rules.append(rule)


def _add_sources(target: list[SourceRef], sources: tuple[SourceRef, ...]) -> None:
    # Identity, not equality: sources are shared constants, and pydantic's __eq__ costs more than a rule.
    for item in sources:
        for present in target:
            if present is item:
                break
        else:
            target.append(item)


class Plan:
    __slots__ = ("options", "excluded", "caps", "warnings", "missing", "provisional_all", "hold")

    def __init__(self) -> None:
        self.options: dict[Modality, Fields] = {}  # the fields of each Option
        self.excluded: dict[Modality, Fields] = {}  # the fields of each Exclusion
        self.caps: dict[Modality, tuple[int, str, str, tuple[SourceRef, ...]]] = {}
        self.warnings: dict[str, Fields] = {}  # code -> the fields of its Warning
        self.missing: list[str] = []
        self.provisional_all = False  # DX-1 / DX-5 / DX-2: treatment options wait for the diagnosis
        #: DX-1: (tier, rule, label, sources): every treatment stands at this tier or lower, its rationale
        #: opening with the label ("After confirmation")
        self.hold: tuple[int, str, str, tuple[SourceRef, ...]] | None = None

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
            self.options[modality] = {
                "modality": modality,
                "tier": tier,
                "intent": intent,
                "timing": timing,
                "rationale": rationale,
                "rules": [rule],
                "sources": list(sources),
                "provisional": provisional,
            }
            return
        if tier < d["tier"] or (tier == d["tier"] and d["provisional"] and not provisional):
            if intent is not d["intent"]:
                d["rules"], d["sources"] = [], []  # the earlier rules argued a different role for it
            d["tier"], d["intent"], d["rationale"], d["provisional"] = tier, intent, rationale, provisional
            if timing is not None:
                d["timing"] = timing
        elif d["timing"] is None:
            d["timing"] = timing
        _add_rule(d["rules"], rule)
        _add_sources(d["sources"], sources)

    def has(self, modality: Modality) -> bool:
        return modality in self.options

    def proposed_by(self, modality: Modality, rule: str) -> bool:
        """Whether `rule` is among the rules behind the option for `modality`."""
        d = self.options.get(modality)
        return d is not None and rule in d["rules"]

    def is_provisional(self, modality: Modality) -> bool:
        return bool(self.options[modality]["provisional"])

    def make_provisional(self, modality: Modality) -> None:
        """The option waits for facts or a response still to come."""
        self.options[modality]["provisional"] = True

    def support(self, modality: Modality, rule: str, *sources: SourceRef, note: str = "") -> None:
        """Add a rule (its sources, a sentence of rationale) to an option that is already proposed."""
        d = self.options.get(modality)
        if d is not None:
            _add_rule(d["rules"], rule)
            _add_sources(d["sources"], sources)
            if note:
                d["rationale"] = msg("{text} {note}", text=d["rationale"], note=note)

    def timing(self, modality: Modality) -> OptionTiming | None:
        d = self.options.get(modality)
        return None if d is None else d["timing"]

    def set_timing(self, modality: Modality, timing: OptionTiming, rule: str, *sources: SourceRef) -> None:
        d = self.options.get(modality)
        if d is not None:
            d["timing"] = timing
            self.support(modality, rule, *sources)

    def cap(self, modality: Modality, tier: int, rule: str, note: str, *sources: SourceRef) -> None:
        """The modality may stand no better than `tier` (applied at assembly); `note` says why, in lower case."""
        if modality not in self.caps or self.caps[modality][0] < tier:
            self.caps[modality] = (tier, rule, note, sources)

    def hold_treatments(self, tier: int, rule: str, label: str, *sources: SourceRef) -> None:
        """No treatment (anything not diagnostic) may stand better than `tier`; each opens with `label`."""
        self.hold = (tier, rule, label, sources)

    def exclude(self, modality: Modality, rule: str, reason: str, *sources: SourceRef) -> None:
        e = self.excluded.get(modality)
        if e is None:
            self.excluded[modality] = {
                "modality": modality,
                "reason": reason,
                "rules": [rule],
                "sources": list(sources),
            }
        else:
            _add_rule(e["rules"], rule)
            _add_sources(e["sources"], sources)

    def warn(self, code: str, rule: str, message: str) -> None:
        w = self.warnings.get(code)
        if w is None:
            self.warnings[code] = {"code": code, "message": message, "rules": [rule]}
        else:
            _add_rule(w["rules"], rule)

    def need(self, *fields: str) -> None:
        for name in fields:
            if name not in self.missing:
                self.missing.append(name)

    # ------------------------------------------------------------ assembly
    def build_options(self, diagnostic: frozenset[Modality]) -> list[Option]:
        """The options, once: an exclusion wins, caps apply, sorted by tier then the catalogue's order."""
        excluded, caps, all_provisional, hold = self.excluded, self.caps, self.provisional_all, self.hold
        ranked = []
        for m, d in self.options.items():
            if m in excluded:
                continue  # an exclusion always wins over a proposal
            if caps:
                cap = caps.get(m)
                if cap is not None and d["tier"] < cap[0]:
                    d["tier"] = cap[0]
                    d["rationale"] = msg("{text} Not first choice here: {note}", text=d["rationale"], note=cap[2])
                    _add_rule(d["rules"], cap[1])
                    _add_sources(d["sources"], cap[3])
            if all_provisional and m not in diagnostic:
                d["provisional"] = True
            if hold is not None and m not in diagnostic:
                if d["tier"] < hold[0]:
                    d["tier"] = hold[0]
                d["rationale"] = msg("{label}: {text}", label=hold[2], text=d["rationale"])
                _add_rule(d["rules"], hold[1])
                _add_sources(d["sources"], hold[3])
            ranked.append((d["tier"], MODALITY_ORDER[m], d))  # modalities are unique: d is never compared
        ranked.sort()
        return [build(Option, d) for _tier, _order, d in ranked]

    def build_excluded(self) -> list[Exclusion]:
        if not self.excluded:
            return []
        if len(self.excluded) == 1:
            return [build(Exclusion, e) for e in self.excluded.values()]
        ranked = sorted((MODALITY_ORDER[m], e) for m, e in self.excluded.items())
        return [build(Exclusion, e) for _order, e in ranked]

    def build_warnings(self) -> list[Warning]:
        if not self.warnings:
            return []
        return [build(Warning, w) for w in self.warnings.values()]
