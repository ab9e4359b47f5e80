"""A case's facts as readable lines (for the review screen), known facts first, missing named."""

from __future__ import annotations

import html
from typing import Any

from ui.fact_fields import FIELDS
from ui.i18n import label, translate
from ui.labels import sex_label
from ui.style import MUTED

#: fact names: dark enough to read from the back of the room, lighter than the values
LABEL = "#3b4754"


def fact_text(spec: Any, value: Any) -> str:
    if spec.kind == "bool":
        return translate("CaseFacts", "Yes") if value else translate("CaseFacts", "No")
    if spec.kind == "code":
        return label(value)
    if spec.kind == "codes":
        return ", ".join(label(v) for v in value)
    if spec.kind == "float":
        text = f"{float(value):g}"
    else:
        text = str(value)
    return f"{text} {translate('CaseFacts', spec.unit)}".strip() if spec.unit else text


def _plain(text: str | None) -> str:
    return " ".join((text or "").split()).rstrip("?.:").casefold()


def summary_html(detail: Any, question: str = "") -> str:
    p = detail.patient
    facts = detail.facts.to_json_dict()
    who = [p.mrn, sex_label(p.sex)]
    if facts.get("age_years") is not None:
        who.append(translate("Review", "{n} years").format(n=facts["age_years"]))
    out = [f"<div style='font-size:150%; font-weight:bold'>{html.escape(p.name)}</div>",
           f"<div style='color:{MUTED}'>{html.escape('  ·  '.join(who))}</div>"]
    if detail.title and _plain(detail.title) != _plain(question):  # the same words twice read as a glitch
        out.append(f"<div><i>{html.escape(detail.title)}</i></div>")
    if question:
        out.append(f"<p style='background:#eef5fc; padding:6px'><b>{html.escape(translate('Review', 'Question for the board'))}:"
                   f"</b> {html.escape(question)}</p>")
    rows = []
    missing = []
    for spec in FIELDS:
        if spec.name == "age_years":
            continue
        value = facts.get(spec.name)
        if value is None or value == []:
            missing.append(translate("CaseFacts", spec.label))
            continue
        rows.append(f"<tr><td style='color:{LABEL}; padding-right:14px'>{html.escape(translate('CaseFacts', spec.label))}</td>"
                    f"<td><b>{html.escape(fact_text(spec, value))}</b></td></tr>")
    out.append(f"<table cellspacing='1'>{''.join(rows)}</table>")
    if detail.imaging:
        studies = "; ".join(f"{s.study_date.isoformat()} {label(s.modality)}" + (f": {s.findings}" if s.findings else "")
                            for s in sorted(detail.imaging, key=lambda s: s.study_date, reverse=True)[:3])
        out.append(f"<p><b>{html.escape(translate('Review', 'Imaging'))}:</b> {html.escape(studies)}</p>")
    if detail.notes:
        out.append(f"<p><b>{html.escape(translate('Review', 'Notes'))}:</b> {html.escape(detail.notes)}</p>")
    if missing:
        out.append(f"<p style='color:{MUTED}'>{html.escape(translate('Review', 'Not known'))}: "
                   f"{html.escape(', '.join(missing))}</p>")
    return "".join(out)
