"""CaseFacts: the input of the decision engine, exactly the fields of
shared/contract/evaluate.md (kept in resources/contract/evaluate.md).

Unknown fields are refused (a typo must not be silently ignored); unknown
values are None and the engine lists them as missing instead of guessing.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tumorboard.errors import FieldProblem, InvalidInput
from tumorboard.i18n import N_, msg

from .vocabulary import (
    Ascites,
    BrafStatus,
    Encephalopathy,
    ExtrahepaticDisease,
    Imaging,
    LiverMets,
    LiverSegment,
    MajorVessel,
    MsiStatus,
    PrimarySite,
    RasStatus,
    Response,
    Timing,
)

# The contract's types are JSON's: a bool is true/false (not "yes" or 1), an int is not true, and a
# number is not a string. Strict fields refuse what lax coercion would quietly turn into a value;
# numbers must be finite (Infinity would reach the scores and make --json output invalid JSON).
Bool = Annotated[bool, Strict()]
Text = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Positive = Annotated[float, Strict(), Field(gt=0, allow_inf_nan=False)]
NonNegative = Annotated[float, Strict(), Field(ge=0, allow_inf_nan=False)]


class CaseFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False, defer_build=True)

    as_of: date | None = Field(None, description="the day the follow-up schedule starts from")
    age_years: Annotated[int, Strict(), Field(ge=0, le=120)] | None = None
    ecog: Annotated[int, Strict(), Field(ge=0, le=4)] | None = Field(
        None, description="ECOG performance status 0-4"
    )
    fit_for_major_surgery: Bool | None = None
    accepts_surgery: Bool | None = None
    primary_site: PrimarySite
    primary_resected: Bool | None = None
    primary_resectable: Bool | None = None
    primary_diagnosed_on: date | None = None
    emergency_primary_surgery: Bool | None = None
    node_positive_primary: Bool | None = None
    liver_mets: LiverMets | None = None
    liver_mets_detected_on: date | None = None
    timing: Timing | None = None
    confirmed_by: list[Imaging] | None = None
    lesion_count: Annotated[int, Strict(), Field(ge=0)] | None = None
    largest_lesion_cm: Positive | None = None
    liver_segments: list[LiverSegment] | None = Field(None, description="Couinaud segments with lesions, or bilobar")
    major_vessels: list[MajorVessel] | None = Field(None, description="major vessels a lesion abuts or invades")
    adjacent_to_hollow_structure: Bool | None = None
    liver_resectable: Bool | None = None
    future_liver_remnant_pct: Annotated[float, Strict(), Field(ge=0, le=100, allow_inf_nan=False)] | None = (
        None
    )
    extrahepatic_disease: ExtrahepaticDisease | None = None
    prior_systemic_therapy: Bool | None = None
    response_to_systemic_therapy: Response | None = None
    recurrence_after_hepatectomy: Bool | None = None
    bilirubin_umol_l: Positive | None = None
    albumin_g_l: Positive | None = None
    inr: Positive | None = None
    ascites: Ascites | None = None
    encephalopathy: Encephalopathy | None = None
    cirrhosis: Bool | None = None
    hbv_or_hcv_positive: Bool | None = None
    afp_ng_ml: NonNegative | None = None
    cea_ng_ml: NonNegative | None = None
    disease_free_interval_months: NonNegative | None = None
    # recorded for the board and the printed case page; no rule reads them
    histology: Text | None = None
    ras_status: RasStatus | None = None
    braf_status: BrafStatus | None = None
    msi_status: MsiStatus | None = None
    comorbidities: LongText | None = None

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> CaseFacts:
        """Facts that contradict each other are refused, naming both fields (the contract's cross-field rules).

        Context {"stored": True} lets facts saved before this rule be read back for showing and correcting
        (never for evaluation)."""
        if info.context and info.context.get("stored"):
            return self
        problems = contradictions(self)
        if problems:
            raise PydanticCustomError(
                CONTRADICTION,
                "{summary}",
                {
                    "summary": "; ".join(str(p) for p in problems),
                    "problems": [(p.field, p.value, p.allowed) for p in problems],
                },
            )
        return self

    @classmethod
    def parse(cls, data: Any) -> CaseFacts:
        """Validate a mapping; raise InvalidInput naming every bad field."""
        if not isinstance(data, dict):
            raise InvalidInput([FieldProblem("(input)", data, N_("a JSON object of case facts"))], "case facts")
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc, "case facts") from None

    def to_json_dict(self) -> dict[str, Any]:
        """The facts as JSON-ready values, unknowns left out."""
        return self.model_dump(mode="json", exclude_none=True)


FACT_FIELDS: tuple[str, ...] = tuple(CaseFacts.model_fields)

#: pydantic error type of contradicting facts; tumorboard.errors.InvalidInput turns it into one problem per field
CONTRADICTION = "contradicting_facts"


def contradictions(f: CaseFacts) -> list[FieldProblem]:
    """Pairs of facts that cannot both be true (shared/contract/evaluate.md), each field named with its value
    and what would be allowed beside the other. The one place these rules live: the CLI, the services and the
    case editor all reach them through CaseFacts validation."""
    out: list[FieldProblem] = []
    count, size, mets = f.lesion_count, f.largest_lesion_cm, f.liver_mets

    def pair(a: str, b: str, a_allowed: str, b_allowed: str) -> None:
        va, vb = _shown(getattr(f, a)), _shown(getattr(f, b))
        out.append(FieldProblem(a, va, msg("contradicts {other} = {value}: {allowed}", other=b, value=vb, allowed=a_allowed)))
        out.append(FieldProblem(b, vb, msg("contradicts {other} = {value}: {allowed}", other=a, value=va, allowed=b_allowed)))

    if mets is LiverMets.none:
        if count is not None and count > 0:
            pair(
                "liver_mets",
                "lesion_count",
                N_("with liver lesions, liver metastases are suspected or confirmed"),
                N_("with no liver metastases the number of lesions is 0 or left empty"),
            )
        if size is not None:
            pair(
                "liver_mets",
                "largest_lesion_cm",
                N_("with a measured liver lesion, liver metastases are suspected or confirmed"),
                N_("with no liver metastases there is no lesion size; leave it empty"),
            )
    elif count == 0 and size is not None:
        pair(
            "lesion_count",
            "largest_lesion_cm",
            N_("a lesion size needs at least 1 lesion"),
            N_("with 0 lesions there is no lesion size; leave it empty"),
        )
    if mets is LiverMets.confirmed and count == 0:
        pair(
            "liver_mets",
            "lesion_count",
            N_("confirmed liver metastases need at least 1 lesion; choose none or suspected"),
            N_("confirmed liver metastases mean at least 1 lesion (or leave it empty if not yet counted)"),
        )
    return out


def _shown(value: Any) -> Any:
    return value.value if isinstance(value, LiverMets) else value
