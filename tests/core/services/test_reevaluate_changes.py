"""reevaluate_all after a rule-set change: which open cases changed tier 1, for the coordinator to act on;
decisions keep the recommendation snapshot (and rule-set version) they were made with."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update
from sqlmodel import col

from tumorboard.cli import main
from tumorboard.engine.rules import RULE_SET_VERSION
from tumorboard.store.models import Case, Decision

pytestmark = pytest.mark.db

LUNG = {"primary_site": "lung", "primary_resected": True, "timing": "metachronous", "liver_mets": "confirmed",
        "confirmed_by": ["ct"], "lesion_count": 1, "largest_lesion_cm": 2.0, "adjacent_to_hollow_structure": False,
        "liver_resectable": True, "extrahepatic_disease": "none", "fit_for_major_surgery": True,
        "accepts_surgery": True, "bilirubin_umol_l": 10, "albumin_g_l": 42, "inr": 1.0, "ascites": "none",
        "encephalopathy": "none", "as_of": "2026-12-01"}
SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none"}


def _as_if_old_rules(ws, case_id: int, tier1: list[str]) -> None:
    """What the 1.1.0 rules stored: for the lung case ablation stood in tier 1 beside chemotherapy (ORDER-1)."""
    with ws.write() as s:
        s.execute(update(Case).where(col(Case.id) == case_id).values(evaluated_tier1=tier1, evaluated_rule_set="1.1.0"))


def test_changed_cases_are_listed_with_mrn_old_and_new_tier1_and_rules(workspace, make_case):
    lung = make_case(mrn="L-1", name="Lung Case", **LUNG)
    same = make_case(mrn="S-1", name="Same Case", **SURVEILLANCE)
    list(workspace.cases.reevaluate_all())  # stores today's tier 1 for both
    _as_if_old_rules(workspace, lung.id, ["ablation", "systemic_chemotherapy"])
    steps = list(workspace.cases.reevaluate_all())
    last = steps[-1]
    assert last.changed == 1 and [c.case_id for c in last.changes] == [lung.id]
    change = last.changes[0]
    assert change.mrn == "L-1" and change.old_tier1 == ["ablation", "systemic_chemotherapy"]
    assert change.new_tier1 == ["systemic_chemotherapy"]
    assert "LUNG-1" in change.rules and change.old_rule_set == "1.1.0" and change.new_rule_set == RULE_SET_VERSION
    assert all(not s.changes for s in steps[:-1])  # only the last report carries the list
    assert same.id not in {c.case_id for c in last.changes}


def test_decision_snapshots_keep_their_rule_set_version(workspace, make_case):
    case = make_case(**SURVEILLANCE)
    meeting = workspace.meetings.create({"meeting_date": date(2026, 12, 2)})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance",
                                "informer": "Dr. Chen", "inform_patient_by": "2026-12-09"})
    with workspace.write() as s:  # a decision made under the earlier rule set
        d = s.execute(select(Decision)).scalars().one()
        snap = dict(d.recommendation)
        snap["rule_set"] = {**snap["rule_set"], "version": "1.1.0"}
        s.execute(update(Decision).where(col(Decision.id) == d.id).values(rule_set_version="1.1.0", recommendation=snap))
    list(workspace.cases.reevaluate_all())
    with workspace.read() as s:
        d = s.execute(select(Decision)).scalars().one()
        assert d.rule_set_version == "1.1.0" and d.recommendation["rule_set"]["version"] == "1.1.0"
        assert s.execute(select(Case.evaluated_rule_set).where(col(Case.id) == case.id)).scalar_one() == RULE_SET_VERSION


def test_stored_contradicting_facts_are_listed_not_a_crash(workspace, make_case):
    case = make_case(**LUNG)
    with workspace.write() as s:  # saved before contradicting facts were refused
        s.execute(update(Case).where(col(Case.id) == case.id).values(lesion_count=0))
    last = list(workspace.cases.reevaluate_all())[-1]
    (entry,) = last.changes
    assert entry.case_id == case.id and "lesion_count" in entry.problem and "largest_lesion_cm" in entry.problem
    detail = workspace.cases.get(case.id)  # still opens in the editor, to be corrected
    assert detail.facts.lesion_count == 0 and detail.facts.largest_lesion_cm == 2.0


def test_cli_reevaluate_json_and_text(db_url, capsys):
    from tumorboard.services import Workspace

    assert main(["--db", db_url, "init"]) == 0
    with Workspace.open(db_url) as ws:
        lung = ws.cases.create({"patient": {"mrn": "CLI-7", "name": "Wang Fang"}, "facts": LUNG})
        list(ws.cases.reevaluate_all())
        _as_if_old_rules(ws, lung.id, ["hepatectomy", "ablation", "systemic_chemotherapy"])
    capsys.readouterr()
    assert main(["--db", db_url, "reevaluate", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (case,) = out
    assert case["id"] == lung.id and case["mrn"] == "CLI-7"
    assert case["old_tier1"] == ["hepatectomy", "ablation", "systemic_chemotherapy"]
    assert case["new_tier1"] == ["systemic_chemotherapy"] and "LUNG-1" in case["rules"]
    with Workspace.open(db_url) as ws:
        _as_if_old_rules(ws, lung.id, ["hepatectomy", "ablation", "systemic_chemotherapy"])
    assert main(["--db", db_url, "reevaluate"]) == 0
    text = capsys.readouterr().out
    assert f"case {lung.id}  MRN CLI-7" in text
    assert "tier 1 before (1.1.0): Liver resection (hepatectomy), Ablation (RFA / microwave / cryo)," in text
    assert f"tier 1 now ({RULE_SET_VERSION}):" in text and "LUNG-1" in text
