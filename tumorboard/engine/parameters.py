"""The engine's parameters: thresholds and intervals with unit and citation.

The values live in resources/rules/parameters.toml (reviewed, versioned with
the code); a hospital may supply an override file. Both are validated here:
an unknown name or a value out of range is refused with a message naming the
parameter, the value and what is allowed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from tumorboard.errors import ConfigurationError, FieldProblem
from tumorboard.i18n import N_, localize, msg
from tumorboard.resources import read_text

SHIPPED = ("rules", "parameters.toml")

Months = Annotated[int, Field(ge=1, le=120)]
Years = Annotated[int, Field(ge=1, le=30)]
Weeks = Annotated[int, Field(ge=1, le=104)]
Cm = Annotated[float, Field(gt=0, le=50)]
Lesions = Annotated[int, Field(ge=1, le=100)]


@dataclass(frozen=True)
class ParameterMeta:
    unit: str
    citation: str
    description: str
    default: Any


#: units that name a scale: written before the value
SCALE_UNITS = frozenset({"ECOG", "INR", "ALBI score", "Child-Pugh class"})


@dataclass(frozen=True)
class ParameterInfo:
    """One parameter as the Settings page shows it."""

    name: str
    value: Any
    default: Any
    unit: str
    citation: str
    description: str

    @property
    def changed(self) -> bool:
        return bool(self.value != self.default)

    @property
    def value_text(self) -> str:
        """The value with its unit as a clinician writes it: "30 %", "7 cm", but "ECOG 2", "INR 1.7"."""
        value = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        if self.unit in SCALE_UNITS:
            return f"{self.unit} {value}"
        return f"{value} {self.unit}".strip()

    def value_text_in(self, language: str | None) -> str:
        """value_text with the unit in `language` ("3 months", "3 个月"); a score's name stays as it is."""
        if self.unit in SCALE_UNITS or not self.unit:
            return self.value_text
        value = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        unit = self.unit
        if unit == "years" and not self.name.endswith("_age"):  # a length of time ("5 年"), not an age ("75 岁")
            unit = N_("years, as a length of time")
        return f"{value} {localize(unit, language)}"


class Parameters(BaseModel):
    """Validated parameter values. Build with load_parameters(), change with with_values()."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    surveillance_us_months: Months
    surveillance_years: Years
    min_flr_pct: Annotated[float, Field(ge=0, le=100)]
    large_lesion_cm: Cm
    small_lesion_cm: Cm
    max_lesions_for_ablation: Lesions
    elderly_age: Annotated[int, Field(ge=0, le=120)]
    poor_ecog: Annotated[int, Field(ge=0, le=4)]
    rt_max_lesions: Lesions
    rt_max_lesion_cm: Cm
    liver_fn_exclude_child_pugh: Literal["B", "C"]
    afp_marked_ng_ml: Annotated[float, Field(gt=0)]
    synchronous_window_months: Months
    post_resection_months: Months
    intensive_years: Years
    later_months: Months
    total_years: Years
    post_ablation_first_months: Months
    post_ablation_months: Months
    post_ablation_years: Years
    on_treatment_months: Months
    on_treatment_plan_months: Months
    followup_merge_months: Annotated[int, Field(ge=0, le=6)]
    readiness_imaging_max_weeks: Weeks
    readiness_labs_max_weeks: Weeks
    cp_bilirubin_low_umol_l: Annotated[float, Field(gt=0)]
    cp_bilirubin_high_umol_l: Annotated[float, Field(gt=0)]
    cp_albumin_high_g_l: Annotated[float, Field(gt=0)]
    cp_albumin_low_g_l: Annotated[float, Field(gt=0)]
    cp_inr_low: Annotated[float, Field(gt=0)]
    cp_inr_high: Annotated[float, Field(gt=0)]
    albi_grade1_max: Annotated[float, Field(ge=-10, le=10)]
    albi_grade2_max: Annotated[float, Field(ge=-10, le=10)]
    fong_dfi_months: Annotated[float, Field(gt=0)]
    fong_cea_ng_ml: Annotated[float, Field(gt=0)]
    fong_largest_cm: Cm

    # unit, citation and description of each value (not part of equality or hashing)
    _meta: dict[str, ParameterMeta] = PrivateAttr(default_factory=dict)
    _echo: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _ordered(self) -> Parameters:
        pairs = (
            ("small_lesion_cm", "large_lesion_cm"),
            ("cp_bilirubin_low_umol_l", "cp_bilirubin_high_umol_l"),
            ("cp_albumin_low_g_l", "cp_albumin_high_g_l"),
            ("cp_inr_low", "cp_inr_high"),
            ("albi_grade1_max", "albi_grade2_max"),
            ("intensive_years", "total_years"),
        )
        for low, high in pairs:
            if getattr(self, low) >= getattr(self, high):
                raise PydanticCustomError(
                    "parameter_order",
                    "{low} must be smaller than {high} ({low_value} >= {high_value})",
                    {"low": low, "high": high, "low_value": getattr(self, low), "high_value": getattr(self, high)},
                )
        return self

    def model_post_init(self, __context: Any) -> None:
        self._echo = self.model_dump()

    def echo(self) -> dict[str, Any]:
        """The values as recorded in every recommendation (a fresh copy)."""
        return dict(self._echo)

    def with_values(self, **changes: Any) -> Parameters:
        """A validated copy with some values changed (citations kept, marked as changed)."""
        return _build({**self.model_dump(), **changes}, dict(self._meta), origin="override")


NAMES: tuple[str, ...] = tuple(Parameters.model_fields)


def describe_parameters(params: Parameters) -> list[ParameterInfo]:
    """Name, value, default, unit, citation and description of every parameter, in file order."""
    meta = params._meta or _shipped_meta()
    return [
        ParameterInfo(name, getattr(params, name), m.default, m.unit, m.citation, m.description)
        for name, m in meta.items()
    ]


def load_parameters(path: str | Path | None = None) -> Parameters:
    """The shipped parameters, with the values of an override file applied if given.

    Raises ConfigurationError naming every bad parameter, its value and what is allowed."""
    if path is None:
        return _default()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(msg("Cannot read the parameter file {path}: {reason}", path=path, reason=exc.strerror or exc)) from None
    override = _parse(text, str(path))
    meta = dict(_shipped_meta())
    values = {name: m.default for name, m in meta.items()}
    problems: list[FieldProblem] = []
    for name, entry in override.items():
        if name not in meta:
            problems.append(FieldProblem(name, entry, msg("unknown parameter; known: {names}", names=", ".join(NAMES))))
            continue
        if isinstance(entry, dict):
            unknown = set(entry) - {"value", "citation", "description"}
            if "value" not in entry or unknown:
                problems.append(
                    FieldProblem(
                        name,
                        entry,
                        N_("a table with `value` and optionally `citation`, `description` (units are fixed)"),
                    )
                )
                continue
            values[name] = entry["value"]
            citation = (
                entry.get("citation")
                or f"Local override ({path.name}); shipped default cited: {meta[name].citation}"
            )
            meta[name] = ParameterMeta(
                meta[name].unit,
                citation,
                entry.get("description", meta[name].description),
                meta[name].default,
            )
        else:
            values[name] = entry
            meta[name] = ParameterMeta(
                meta[name].unit, f"Local override ({path.name})", meta[name].description, meta[name].default
            )
    if problems:
        raise ParameterFileError(problems, str(path))
    return _build(values, meta, origin=str(path))


class ParameterFileError(ConfigurationError):
    """A parameter file that cannot be used; `problems` names each bad entry."""

    def __init__(self, problems: list[FieldProblem], where: str) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Invalid parameters in {where}:\n{lines}")


def _build(values: dict[str, Any], meta: dict[str, ParameterMeta], origin: str) -> Parameters:
    try:
        params = Parameters.model_validate(values)
    except ValidationError as exc:
        raise ParameterFileError(_problems(exc, values), origin) from None
    params._meta = meta
    return params


def _problems(exc: ValidationError, values: dict[str, Any]) -> list[FieldProblem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err.get("loc", ()))
        if err.get("type") == "missing":
            problems.append(FieldProblem(loc, None, N_("required: every parameter needs a value")))
        elif err.get("type") == "parameter_order":  # a pair of cut-offs in the wrong order
            ctx = err.get("ctx") or {}
            problems.append(
                FieldProblem(
                    str(ctx.get("low")),
                    ctx.get("low_value"),
                    msg("a value smaller than {high} ({high_value}): the two are the lower and upper cut-off "
                        "of one scale", high=ctx.get("high"), high_value=ctx.get("high_value")),
                )
            )
        elif loc:
            problems.append(FieldProblem(loc, err.get("input"), _allowed(err)))
        else:  # another cross-field check
            problems.append(FieldProblem("(parameters)", values, str(err.get("msg", ""))))
    return problems


def _allowed(err: Any) -> str:
    ctx = err.get("ctx") or {}
    bounds = [
        f"{word} {ctx[key]}"
        for key, word in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<"))
        if key in ctx
    ]
    if bounds:
        return "allowed: a number " + " and ".join(bounds)
    if str(err.get("type", "")).startswith("int_"):
        return "allowed: a whole number, written without quotes (e.g. 3)"
    if str(err.get("type", "")).startswith("float_"):
        return "allowed: a number, written without quotes (e.g. 30 or 2.5)"
    return "allowed: " + str(err.get("msg", "a valid value"))


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(msg("The parameter file {where} is not valid TOML: {error}", where=where, error=exc)) from None


@lru_cache(maxsize=1)
def _shipped_meta() -> dict[str, ParameterMeta]:
    raw = _parse(read_text(*SHIPPED), "resources/rules/parameters.toml")
    meta = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not {"value", "unit", "citation", "description"} <= set(entry):
            raise ConfigurationError(
                msg("Shipped parameter {name!r} needs value, unit, citation and description", name=name)
            )
        meta[name] = ParameterMeta(entry["unit"], entry["citation"], entry["description"], entry["value"])
    return meta


@lru_cache(maxsize=1)
def _default() -> Parameters:
    # Read and validated once per process: the GUI evaluates on every keystroke.
    meta = _shipped_meta()
    return _build(
        {name: m.default for name, m in meta.items()}, dict(meta), origin="resources/rules/parameters.toml"
    )
