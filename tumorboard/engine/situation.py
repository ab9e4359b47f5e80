"""What the rules read: the case facts plus the judgements derived from them.

Derived judgements are three-valued: True, False, or None when a fact they
need is unknown. A None carries the names of the facts that would settle it,
so the engine lists them as missing instead of guessing.
"""

from __future__ import annotations

from .facts import CaseFacts
from .followup import add_months
from .parameters import Parameters
from .recommendation import Scores
from .scores import compute_scores
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
    return (
        Timing.synchronous
        if detected <= add_months(diagnosed, p.synchronous_window_months)
        else Timing.metachronous
    )


_UNKNOWN: Tri = (None, ())


class lazy:  # noqa: N801 - reads like functools.cached_property, without its lock
    """Computed on first read, then stored on the instance."""

    def __init__(self, fn):  # type: ignore[no-untyped-def]
        self.fn, self.name = fn, fn.__name__

    def __get__(self, obj, cls=None):  # type: ignore[no-untyped-def]
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Situation:
    """One case as the rules see it. Built once per evaluation.

    Treatment judgements are only derived when there is a liver lesion (the sections that read them
    run only then); the class defaults keep every attribute readable either way."""

    needs_confirmation = unclear_after_imaging = imaged = False
    liver_fails = liver_weak = False
    path: str | None = None
    extensive = small = few = large = flr_ok = liver_resectable = operable = primary_ok = _UNKNOWN
    resection = ablation = local = _UNKNOWN

    def __init__(self, facts: CaseFacts, params: Parameters) -> None:
        f, p = facts, params
        self.f, self.p, self.site, self.as_of = f, p, f.primary_site, f.as_of
        self.timing = timing = f.timing if f.timing is not None else derive_timing(f, p)
        self.scores: Scores = compute_scores(f, p, timing)
        lm = f.liver_mets
        self.lesion = lm is LiverMets.suspected or lm is LiverMets.confirmed
        if not self.lesion:
            return
        seen = f.confirmed_by or ()
        self.imaged = imaged = not _SETTLING_IMAGING.isdisjoint(seen)
        # DX-1: suspected but not yet seen on contrast CT/MRI (or "confirmed" on ultrasound alone)
        self.needs_confirmation = not imaged and (lm is LiverMets.suspected or f.confirmed_by is not None)
        # DX-5: still only suspected although contrast imaging was done
        self.unclear_after_imaging = lm is LiverMets.suspected and imaged and Imaging.biopsy not in seen
        if f.primary_resected or timing is Timing.metachronous:
            self.path = "metachronous"  # the primary is out: liver-directed plan (section D)
        elif timing is Timing.synchronous:
            self.path = "synchronous"  # primary still in place (section C)

        # Written out rather than through all_of/any_of: this runs on every keystroke in the GUI.
        ext = f.extrahepatic_disease
        if ext is None:
            self.extensive = (None, ("extrahepatic_disease",))
            not_extensive: Tri = (None, ("extrahepatic_disease",))
        else:
            self.extensive = (ext is ExtrahepaticDisease.extensive, ())
            not_extensive = (ext is not ExtrahepaticDisease.extensive, ())
        largest, count = f.largest_lesion_cm, f.lesion_count
        small: Tri
        if largest is None:
            self.small = self.large = small = (None, ("largest_lesion_cm",))
        else:
            self.small = small = (largest <= p.small_lesion_cm, ())
            self.large = (largest >= p.large_lesion_cm, ())
        few: Tri = (None, ("lesion_count",)) if count is None else (count <= p.max_lesions_for_ablation, ())
        self.few = few
        if f.primary_site is PrimarySite.colorectal:  # CRC-1: enough liver must remain
            self.flr_ok = _at_least("future_liver_remnant_pct", f.future_liver_remnant_pct, p.min_flr_pct)
        else:
            self.flr_ok = (True, ())
        # LIVER-1: a failing liver (Child-Pugh class at or beyond the parameter) rules out liver surgery
        # and ablation; Child-Pugh B, or ALBI grade 3 where Child-Pugh cannot be scored, keeps them out of tier 1.
        cp, albi = self.scores.child_pugh, self.scores.albi
        self.liver_fails = fails = cp is not None and cp.class_ >= p.liver_fn_exclude_child_pugh
        self.liver_weak = not fails and (
            (cp is not None and cp.class_ == "B") or (cp is None and albi is not None and albi.grade == 3)
        )
        liver_ok: Tri = (not fails, ())
        self.liver_resectable = all_of(
            fact("liver_resectable", f.liver_resectable), self.flr_ok, not_extensive, liver_ok
        )
        self.operable = all_of(
            fact("fit_for_major_surgery", f.fit_for_major_surgery), fact("accepts_surgery", f.accepts_surgery)
        )
        if self.path == "metachronous" or f.emergency_primary_surgery:
            self.primary_ok = (True, ())
        else:
            self.primary_ok = fact("primary_resectable", f.primary_resectable)
        self.resection = all_of(self.liver_resectable, self.operable, self.primary_ok)
        self.ablation = all_of(small, few, not_extensive, self.primary_ok, liver_ok)
        self.local = any_of(self.resection, self.ablation)

    # Read by few rules: derived on first use.
    @lazy
    def frail(self) -> Tri:
        """SYNC-4: old, in poor general condition, or unwilling to have liver surgery."""
        f, p = self.f, self.p
        return any_of(
            _at_least("age_years", f.age_years, p.elderly_age),
            _at_least("ecog", f.ecog, p.poor_ecog),
            negate(fact("fit_for_major_surgery", f.fit_for_major_surgery)),
            negate(fact("accepts_surgery", f.accepts_surgery)),
        )

    @lazy
    def ablation_well_placed(self) -> Tri:
        """META-3, SYNC-5: ablation possible and no lesion next to the gallbladder or a major bile duct."""
        adjacent = fact("adjacent_to_hollow_structure", self.f.adjacent_to_hollow_structure)
        return all_of(self.ablation, negate(adjacent))

    @lazy
    def liver_function_good(self) -> Tri:
        """Child-Pugh A; when it cannot be computed, ALBI grade 1."""
        cp, albi = self.scores.child_pugh, self.scores.albi
        if cp is not None:
            return cp.class_ == "A", ()
        if albi is not None:
            return albi.grade == 1, ()
        return None, tuple(self.scores.missing["child_pugh"])

    @lazy
    def liver_function_rt(self) -> Tri:
        """RT-1: Child-Pugh A or ALBI grade 1-2."""
        cp, albi = self.scores.child_pugh, self.scores.albi
        return any_of(
            (None, tuple(self.scores.missing["child_pugh"])) if cp is None else (cp.class_ == "A", ()),
            (None, ("bilirubin_umol_l", "albumin_g_l")) if albi is None else (albi.grade <= 2, ()),
        )

    @lazy
    def rt_size_ok(self) -> Tri:
        f, p = self.f, self.p
        return all_of(
            _at_most("lesion_count", f.lesion_count, p.rt_max_lesions),
            _at_most("largest_lesion_cm", f.largest_lesion_cm, p.rt_max_lesion_cm),
        )
