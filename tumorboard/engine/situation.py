"""What the rules read: the case facts plus the judgements derived from them.

Derived judgements are three-valued: True, False, or None when a fact they
need is unknown. A None carries the names of the facts that would settle it,
so the engine lists them as missing instead of guessing.
"""

from __future__ import annotations

from datetime import date

from .facts import CaseFacts
from .followup import add_months
from .parameters import Parameters
from .recommendation import Scores
from .scores import CHILD_PUGH_INPUTS, compute_scores
from .vocabulary import ExtrahepaticDisease, Imaging, LiverMets, PrimarySite, Timing

#: (value, facts that would settle it when value is None)
Tri = tuple[bool | None, tuple[str, ...]]

_SETTLING_IMAGING = frozenset({Imaging.ct, Imaging.mri, Imaging.biopsy})

#: High-risk primaries for liver spread (S0 §1, S1, S2 etiology)
HIGH_RISK = frozenset(PrimarySite) - {PrimarySite.other, PrimarySite.unknown, PrimarySite.hepatocellular}
#: Digestive-tract primaries (S1 on interventional therapy, VASC-2)
DIGESTIVE = frozenset(
    {
        PrimarySite.colorectal,
        PrimarySite.gastric,
        PrimarySite.small_bowel,
        PrimarySite.esophageal,
        PrimarySite.pancreatic,
        PrimarySite.biliary,
    }
)


def fact(name: str, value: bool | None) -> Tri:
    return (value, (name,)) if value is None else (value, ())


def all_of(*parts: Tri) -> Tri:
    """False if any part is False; else None (with what is missing) if any is None; else True."""
    missing: tuple[str, ...] = ()
    for value, need in parts:
        if value is False:
            return False, ()
        if value is None:
            missing += need
    return (None, missing) if missing else (True, ())


def any_of(*parts: Tri) -> Tri:
    """True if any part is True; else None (with what is missing) if any is None; else False."""
    missing: tuple[str, ...] = ()
    for value, need in parts:
        if value is True:
            return True, ()
        if value is None:
            missing += need
    return (None, missing) if missing else (False, ())


def negate(t: Tri) -> Tri:
    return (None if t[0] is None else not t[0]), t[1]


def _at_most(name: str, value: float | None, limit: float) -> Tri:
    return (None, (name,)) if value is None else (value <= limit, ())


def _at_least(name: str, value: float | None, limit: float) -> Tri:
    return (None, (name,)) if value is None else (value >= limit, ())


def derive_timing(facts: CaseFacts, p: Parameters) -> Timing | None:
    """The stated timing, else from the dates: detected within the window of primary diagnosis = synchronous."""
    if facts.timing is not None:
        return facts.timing
    diagnosed, detected = facts.primary_diagnosed_on, facts.liver_mets_detected_on
    if diagnosed is None or detected is None:
        return None
    return Timing.synchronous if detected <= add_months(diagnosed, p.synchronous_window_months) else Timing.metachronous


class Situation:
    """One case as the rules see it. Built once per evaluation."""

    __slots__ = (
        "f", "p", "site", "scores", "lesion", "imaged", "needs_confirmation", "unclear_after_imaging",
        "timing", "path", "extensive", "small", "few", "large", "flr_ok", "liver_resectable",
        "operable", "primary_ok", "resection", "ablation", "local", "frail", "liver_function_good",
        "liver_function_rt", "rt_size_ok", "as_of",
    )

    def __init__(self, facts: CaseFacts, params: Parameters) -> None:
        f, p = facts, params
        self.f, self.p, self.site, self.as_of = f, p, f.primary_site, f.as_of
        self.timing = derive_timing(f, p)
        self.scores: Scores = compute_scores(f, p, self.timing)
        self.lesion = f.liver_mets is LiverMets.suspected or f.liver_mets is LiverMets.confirmed
        seen = f.confirmed_by or ()
        self.imaged = any(m in _SETTLING_IMAGING for m in seen)
        # DX-1: suspected but not yet seen on contrast CT/MRI (or "confirmed" on ultrasound alone)
        self.needs_confirmation = self.lesion and not self.imaged and (
            f.liver_mets is LiverMets.suspected or f.confirmed_by is not None
        )
        # DX-5: still only suspected although contrast imaging was done
        self.unclear_after_imaging = (
            f.liver_mets is LiverMets.suspected and self.imaged and Imaging.biopsy not in seen
        )
        if f.primary_resected or self.timing is Timing.metachronous:
            self.path = "metachronous"  # the primary is out: liver-directed plan (section D)
        elif self.timing is Timing.synchronous:
            self.path = "synchronous"  # primary still in place (section C)
        else:
            self.path = None

        ext = f.extrahepatic_disease
        self.extensive: Tri = fact("extrahepatic_disease", None if ext is None else ext is ExtrahepaticDisease.extensive)
        self.small = _at_most("largest_lesion_cm", f.largest_lesion_cm, p.small_lesion_cm)
        self.few = _at_most("lesion_count", f.lesion_count, p.max_lesions_for_ablation)
        self.large = _at_least("largest_lesion_cm", f.largest_lesion_cm, p.large_lesion_cm)
        if f.primary_site is PrimarySite.colorectal:  # CRC-1: enough liver must remain
            self.flr_ok = _at_least("future_liver_remnant_pct", f.future_liver_remnant_pct, p.min_flr_pct)
        else:
            self.flr_ok = (True, ())
        self.liver_resectable = all_of(fact("liver_resectable", f.liver_resectable), self.flr_ok, negate(self.extensive))
        self.operable = all_of(
            fact("fit_for_major_surgery", f.fit_for_major_surgery), fact("accepts_surgery", f.accepts_surgery)
        )
        if self.path == "metachronous" or f.emergency_primary_surgery:
            self.primary_ok: Tri = (True, ())
        else:
            self.primary_ok = fact("primary_resectable", f.primary_resectable)
        self.resection = all_of(self.liver_resectable, self.operable, self.primary_ok)
        self.ablation = all_of(self.small, self.few, negate(self.extensive), self.primary_ok)
        self.local = any_of(self.resection, self.ablation)
        # SYNC-4: old, in poor general condition, or unwilling to have liver surgery
        self.frail = any_of(
            _at_least("age_years", f.age_years, p.elderly_age),
            _at_least("ecog", f.ecog, p.poor_ecog),
            negate(fact("fit_for_major_surgery", f.fit_for_major_surgery)),
            negate(fact("accepts_surgery", f.accepts_surgery)),
        )
        cp, albi = self.scores.child_pugh, self.scores.albi
        cp_missing = tuple(n for n in CHILD_PUGH_INPUTS if getattr(f, n) is None)
        if cp is not None:
            self.liver_function_good: Tri = (cp.class_ == "A", ())
        elif albi is not None:
            self.liver_function_good = (albi.grade == 1, ())
        else:
            self.liver_function_good = (None, cp_missing)
        # RT-1: Child-Pugh A or ALBI grade 1-2
        self.liver_function_rt = any_of(
            (None, cp_missing) if cp is None else (cp.class_ == "A", ()),
            (None, ("bilirubin_umol_l", "albumin_g_l")) if albi is None else (albi.grade <= 2, ()),
        )
        self.rt_size_ok = all_of(
            _at_most("lesion_count", f.lesion_count, p.rt_max_lesions),
            _at_most("largest_lesion_cm", f.largest_lesion_cm, p.rt_max_lesion_cm),
        )

    @property
    def start(self) -> date | None:
        return self.as_of
