"""The parts of a case the handout and the case summary both print: key facts,
liver function and scores, imaging, the engine's tiered options with their
rule ids and source excerpts, warnings and missing data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tumorboard.engine.fact_catalogue import BY_NAME as FACTS_BY_NAME
from tumorboard.engine.facts import CaseFacts
from tumorboard.engine.recommendation import FongScore, Option, Recommendation
from tumorboard.engine.sources import citation
from tumorboard.i18n import N_, _, language_now, localize

from .data import CaseSheet, ImagingStudyData, LabResultData
from .fonts import markup
from .labs import source as lab_ranges_source
from .parts import TierBadge, callout, fact_table, fmt_date, grid, label, para, rich, table_style, yes_no
from .styles import RULE, TIER_LABELS

EXCERPT_CHARS = 220
RULES_LABEL, MISSING_DATA, PROVISIONAL = N_("Rules:"), N_("Missing data:"), N_("provisional")

#: facts in reading order for the "key facts" table; labels and units from the catalogue of case facts
KEY_FACTS: tuple[tuple[str, str], ...] = tuple((name, FACTS_BY_NAME[name].paper_label) for name in (
    "age_years", "ecog", "primary_site", "primary_diagnosed_on", "primary_resected", "primary_resectable",
    "node_positive_primary", "emergency_primary_surgery", "liver_mets", "liver_mets_detected_on", "timing",
    "confirmed_by", "lesion_count", "largest_lesion_cm", "liver_segments", "major_vessels",
    "adjacent_to_hollow_structure", "liver_resectable",
    "future_liver_remnant_pct", "extrahepatic_disease", "prior_systemic_therapy", "response_to_systemic_therapy",
    "recurrence_after_hepatectomy", "disease_free_interval_months", "fit_for_major_surgery", "accepts_surgery",
    "cea_ng_ml", "afp_ng_ml",
))

#: pathology, molecular markers and comorbidities: printed as recorded (no rule reads them)
PATHOLOGY_FACTS: tuple[tuple[str, str], ...] = tuple((name, FACTS_BY_NAME[name].paper_label) for name in (
    "histology", "ras_status", "braf_status", "msi_status", "comorbidities",
))
TEXT_FACTS = frozenset(name for name, _ in PATHOLOGY_FACTS if FACTS_BY_NAME[name].kind == "text")

LIVER_FACTS: tuple[tuple[str, str], ...] = tuple((name, FACTS_BY_NAME[name].paper_label) for name in (
    "bilirubin_umol_l", "albumin_g_l", "inr", "ascites", "encephalopathy", "cirrhosis", "hbv_or_hcv_positive",
))

UNITS = {f.name: f" {f.unit}" for f in FACTS_BY_NAME.values() if f.unit and f.unit_on_paper}


SCORE_LABELS = {"child_pugh": "Child-Pugh", "albi": "ALBI", "fong_crs": N_("Fong clinical risk"),
                "tumor_burden_score": N_("Tumour burden score")}
FIELD_LABELS = {**dict(KEY_FACTS), **dict(LIVER_FACTS), **dict(PATHOLOGY_FACTS),
                "transaminases": N_("Transaminases (ALT / AST)"), **SCORE_LABELS}


def field_label(name: str) -> str:
    """A fact or score name as the board says it ("bilirubin_umol_l" -> "Bilirubin"), in the document's language."""
    found = FIELD_LABELS.get(name)
    return _(found) if found else label(name)


def _list(items: Sequence[str]) -> str:
    return ("、" if language_now() == "zh_CN" else ", ").join(items)


def fact_value(facts: CaseFacts, field: str) -> str:
    value: Any = getattr(facts, field)
    if value is None:
        return _("unknown")
    if field in TEXT_FACTS:
        return str(value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return _list([label(v) for v in value]) or "-"
    if isinstance(value, float):
        text = f"{value:g}"
    elif hasattr(value, "isoformat"):
        text = value.isoformat()
    elif isinstance(value, int):
        text = str(value)
    else:
        text = label(value)
    return text + UNITS.get(field, "")


def key_facts(facts: CaseFacts, width: float) -> list[Flowable]:
    """Every key fact in the same place on every case (the board turns pages and looks for ECOG at
    the same spot); a fact not recorded says so, in grey."""
    return [fact_table([(name, fact_cell(facts, f)) for f, name in KEY_FACTS], width, columns=2)]


def fact_cell(facts: CaseFacts, field: str) -> str | Flowable:
    """The value as fact_value writes it; a fact not recorded says so, in grey."""
    return para(_("not recorded"), "MutedCell") if getattr(facts, field) is None else fact_value(facts, field)


def fong_text(fong: FongScore) -> str:
    """"2 of 5", or while criteria are unknown the range it can still take: "2-3 of 5 (CEA unknown)"."""
    if not fong.missing:
        return _("{points} of {of}", points=fong.points, of=fong.of)
    unknown = _list([field_label(n) for n in fong.missing])
    return _("{points}\u2013{most} of {of} ({unknown} unknown)", points=fong.points, most=fong.most, of=fong.of,
             unknown=unknown)


def liver_and_scores(facts: CaseFacts, rec: Recommendation | None, width: float) -> Table:
    pairs: list[tuple[str, str | Flowable]] = [(name, fact_cell(facts, f)) for f, name in LIVER_FACTS]
    if rec is not None:
        s = rec.scores
        pairs += [
            ("Child-Pugh", _("{points} points, class {cls}", points=s.child_pugh.points, cls=s.child_pugh.class_)
             if s.child_pugh else _("not computable")),
            ("ALBI", _("{score}, grade {grade}", score=f"{s.albi.score:.2f}", grade=s.albi.grade) if s.albi
             else _("not computable")),
            # always computed for a colorectal primary (a range while criteria are unknown)
            (N_("Fong clinical risk"), fong_text(s.fong_crs) if s.fong_crs else _("colorectal primaries only")),
            (N_("Tumour burden score"), f"{s.tumor_burden_score:.2f}" if s.tumor_burden_score is not None
             else _("not computable")),
        ]
        for score, needs in s.missing.items():
            if needs:
                pairs.append((_("Missing for {score}", score=field_label(score)), _list([field_label(n) for n in needs])))
    return fact_table(pairs, width, columns=2)


def imaging_table(studies: Sequence[ImagingStudyData], labs: Sequence[LabResultData], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if studies:
        rows = [[fmt_date(s.performed_on), label(s.modality), s.finding or "-"] for s in studies]
        out.append(grid([N_("Date"), N_("Study"), N_("Finding")], rows, [26 * mm, 34 * mm, width - 60 * mm]))
    else:
        out.append(para(_("No imaging studies recorded."), "Muted"))
    if labs:
        out.append(Spacer(1, 3))
        out.append(grid([N_("Date"), N_("Laboratory test"), N_("Result"), N_("Reference"), ""], [lab_row(lab) for lab in labs],
                        [26 * mm, 34 * mm, 38 * mm, 30 * mm, width - 128 * mm]))
        flagged = any(lab.flag for lab in labs)
        out.append(para((_("H / L: above / below the reference interval.") + " " if flagged else "")
                        + _(lab_ranges_source()), "Small"))
    return out


FLAG_WORDS = {"H": N_("H \u25b2 high"), "L": N_("L \u25bc low")}


def lab_row(lab: LabResultData) -> list[str | Flowable]:
    """A result with its interval; one outside it in bold with H or L (read without colour too)."""
    result = f"{lab.value} {lab.unit}".strip()
    when = fmt_date(lab.taken_on) if lab.taken_on else _("undated ({source})", source=lab.source) if lab.source else "-"
    if not lab.flag:
        return [when, _(lab.name), result, lab.reference or "-", ""]
    return [when, _(lab.name), rich(f"<b>{markup(result)}</b>", "Cell"), lab.reference,
            rich(f'<font color="#8a4b00"><b>{markup(_(FLAG_WORDS.get(lab.flag, lab.flag)))}</b></font>', "Cell")]


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def option_rows(option: Option, width: float, max_sources: int | None = None) -> list[Flowable]:
    head = f"<b>{markup(label(option.modality))}</b>"
    extra = [label(option.intent)] + ([label(option.timing)] if option.timing else [])
    head += f'  <font color="#3f444a">{markup(" · ".join(extra))}</font>'
    body: list[Flowable] = [rich(head, "Option"), para(localize(option.rationale, language_now()), "Cell")]
    rules = ", ".join(option.rules)
    body.append(rich(f"<b>{markup(_(RULES_LABEL))}</b> {markup(rules)}", "Small"))
    shown = option.sources[:max_sources] if max_sources else option.sources
    for src in shown:
        body.append(rich(
            f"“{markup(_excerpt(src.excerpt))}” <i>({markup(citation(src))})</i>",
            "Excerpt",
        ))
    if len(shown) < len(option.sources):
        more = len(option.sources) - len(shown)
        body.append(para(_("+ {n} more sources in the case summary", n=more) if more > 1
                         else _("+ 1 more source in the case summary"), "Excerpt"))
    return body


def option_card(option: Option, width: float, max_sources: int | None = None, last: bool = False) -> Flowable:
    """One option, kept on one page (a heading on one page and its sources on the next misleads);
    an option longer than a page still splits."""
    badge_w = 21 * mm
    table = Table([[TierBadge(option.tier, option.provisional), option_rows(option, width - badge_w, max_sources)]],
                  colWidths=[badge_w, width - badge_w], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *([] if last else [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return KeepTogether([table])


def options_block(rec: Recommendation | None, problem: str, width: float,
                  max_sources: int | None = None) -> list[Flowable]:
    if rec is None:
        return [callout([para(_("No recommendation: {problem}", problem=problem or _("the case facts could not be evaluated.")),
                              "Warning")], width)]
    if not rec.options:
        return [para(_("The engine proposes no option for these facts."), "Muted")]
    options = sorted(rec.options, key=lambda o: o.tier)
    out: list[Flowable] = [option_card(o, width, max_sources, last=n == len(options) - 1)
                           for n, o in enumerate(options)]
    if rec.excluded:
        lines = [
            rich(f"<b>{markup(label(e.modality))}</b>: {markup(localize(e.reason, language_now()))} "
                 f'<font color="#3f444a">({markup(", ".join(e.rules))})</font>', "Cell")
            for e in rec.excluded
        ]
        out += [Spacer(1, 3), para(_("Not offered"), "Label"), *lines]
    if rec.follow_up:
        out += [Spacer(1, 3), para(_("Follow-up if the board accepts tier 1"), "Label"), *follow_up_preview(rec)]
    return out


#: follow-up visits printed with the options (the schedule itself is made from the board's decision)
FOLLOW_UP_PRINTED = 4


def follow_up_preview(rec: Recommendation) -> list[Flowable]:
    """The first visits of the engine's preview; those only a provisional tier-1 option needs say so."""
    shown = rec.follow_up[:FOLLOW_UP_PRINTED]
    parts = [f"{fmt_date(f.due)} {markup(label(f.test))} ({markup(f.rule)})"
             + (f" <b>{markup(_(PROVISIONAL))}</b>" if f.provisional else "") for f in shown]
    more = len(rec.follow_up) - len(shown)
    text = "; ".join(parts) + ("; " + markup(_("{n} more", n=more)) if more > 0 else "")
    out: list[Flowable] = [rich(text, "Cell")]
    if any(f.provisional for f in rec.follow_up):
        out.append(para(_("Provisional: only if the board confirms a provisional first choice."), "Muted"))
    return out


def warnings_block(rec: Recommendation | None, width: float) -> list[Flowable]:
    if rec is None or not (rec.warnings or rec.missing):
        return []
    lines: list[Flowable] = []
    if rec.missing:
        missing = _list([field_label(m) for m in rec.missing])
        lines.append(rich(f"<b>{markup(_(MISSING_DATA))}</b> {markup(missing)}", "Warning"))
    for w in rec.warnings:
        lines.append(rich(f"{markup(localize(w.message, language_now()))} <b>({markup(', '.join(w.rules))})</b>",
                          "Warning"))
    return [callout(lines, width)]


def diagnosis_summary(facts: CaseFacts) -> str:
    """Primary, liver disease, extrahepatic disease and ECOG in one line (the minutes' diagnosis)."""
    primary = (_("{site} primary", site=label(facts.primary_site)) if facts.primary_site
               else _("Primary site not recorded"))
    if facts.primary_resected is not None:
        primary += _(" (resected)") if facts.primary_resected else _(" (in place)")
    liver = [_lower(label(facts.liver_mets))] if facts.liver_mets else []
    if facts.timing:
        liver.append(_lower(label(facts.timing)))
    if facts.lesion_count is not None:
        liver.append(_("{n} lesion", n=1) if facts.lesion_count == 1 else _("{n} lesions", n=facts.lesion_count))
    if facts.largest_lesion_cm is not None:
        liver.append(_("largest {size} cm", size=f"{facts.largest_lesion_cm:g}"))
    if facts.liver_resectable is not None:
        liver.append(_("resectable") if facts.liver_resectable else _("not resectable"))
    parts = [primary, _("liver: {what}", what=_list(liver) or _("not recorded")),
             _("extrahepatic: {what}", what=_lower(label(facts.extrahepatic_disease)) if facts.extrahepatic_disease
               else _("not recorded")),
             f"ECOG {facts.ecog}" if facts.ecog is not None else _("ECOG not recorded")]
    return " · ".join(parts)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text  # keeps "CT", "MRI"


def tier_legend() -> str:
    return " · ".join(_(t) for t in TIER_LABELS.values())


def readiness_text(sheet: CaseSheet) -> str:
    if sheet.decided:
        return _("Not applicable: the board has decided")
    if sheet.ready:
        return _("Ready")
    open_items = [i.label for i in sheet.readiness if not i.ok]
    return _("Not ready: {items}", items=_list(open_items) if open_items else _("incomplete"))


def case_notes(notes: str, width: float) -> list[Flowable]:
    """The case's free-text "Pathology and notes" (the case window's box: pathology report, RAS/BRAF,
    MSI ...) as written, its line breaks kept; long notes flow on over the page."""
    lines = [line.rstrip() for line in notes.strip().splitlines()]
    if not any(lines):
        return []
    return [fact_table([(N_("Pathology and notes"), rich("<br/>".join(markup(line) for line in lines), "Cell"))],
                       width, columns=1)]


def case_body(sheet: CaseSheet, width: float, max_sources: int | None = None) -> list[Flowable]:
    """Facts, liver, imaging, options, warnings: the core of a case section."""
    rec = sheet.recommendation
    options = options_block(rec, sheet.evaluation_problem, width, max_sources)
    return [
        para(_("Key facts"), "H2"),
        *key_facts(sheet.facts, width),
        KeepTogether([para(_("Pathology, markers and referral"), "H2"),
                      fact_table([(name, fact_cell(sheet.facts, f)) for f, name in PATHOLOGY_FACTS]
                                 + [(N_("Referring clinician"), sheet.referrer or para(_("not recorded"), "MutedCell")),
                                    (N_("GP"), sheet.gp or para(_("not recorded"), "MutedCell"))], width, columns=2)]),
        *case_notes(sheet.notes, width),
        KeepTogether([para(_("Liver function and scores"), "H2"), liver_and_scores(sheet.facts, rec, width)]),
        para(_("Imaging and laboratory"), "H2"),
        *imaging_table(sheet.imaging, sheet.labs, width),
        # the heading, its warnings and the first option start on the same page
        KeepTogether([para(_("Options (decision support)"), "H2"), *warnings_block(rec, width), Spacer(1, 3),
                      *options[:1]]),
        *options[1:],
    ]
