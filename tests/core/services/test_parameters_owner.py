"""One owner of the engine's parameters: the hospital's parameter file (given when opening, as the
CLI's --parameters, or chosen in Settings) changes every recommendation the services make: the
handout, readiness, decisions and re-evaluation, not only `tumorboard evaluate`."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pypdf
import pytest
from sqlalchemy import select

from tests.core.conftest import dump_database
from tumorboard.cli import main as cli
from tumorboard.errors import ConfigurationError, InvalidInput
from tumorboard.services import Workspace
from tumorboard.services import reports as rs

pytestmark = pytest.mark.db

#: resectable colorectal metastases with a future liver remnant of 45 %: hepatectomy is the first choice
#: with the shipped minimum of 30 %; a hospital asking for 50 % rules it out
FACTS = {
    "primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct", "mri"],
    "lesion_count": 2, "largest_lesion_cm": 3.2, "primary_resected": True, "liver_resectable": True,
    "future_liver_remnant_pct": 45.0, "extrahepatic_disease": "none", "ecog": 1,
    "fit_for_major_surgery": True, "accepts_surgery": True, "age_years": 62, "bilirubin_umol_l": 12.0,
    "albumin_g_l": 40.0, "inr": 1.0, "ascites": "none", "encephalopathy": "none", "cea_ng_ml": 14.0,
}


@pytest.fixture
def strict_flr(tmp_path):
    path = tmp_path / "hospital-parameters.toml"
    path.write_text('[min_flr_pct]\nvalue = 50\ncitation = "Hospital liver surgery standard 2026"\n', encoding="utf-8")
    return path


def _board(ws):
    case = ws.cases.create({"patient": {"mrn": "P-1", "name": "Anna Berg"}, "facts": FACTS})
    meeting = ws.meetings.create({"meeting_date": ws.today() + timedelta(days=7), "title": "Liver board"})
    ws.meetings.add_case(meeting.id, case.id, "Resection?")
    return case, meeting


def _handout(ws, meeting_id):
    pdf = rs.handout_pdf(ws, meeting_id)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def _tier1(ws, case_id):
    return [o.modality.value for o in ws.cases.evaluate(case_id).tier1()]


def test_the_parameter_file_given_when_opening_changes_the_handout_and_every_evaluation(db_url, strict_flr):
    with Workspace.open(db_url) as ws:
        case, meeting = _board(ws)
        shipped = _handout(ws, meeting.id)
        assert _tier1(ws, case.id) == ["hepatectomy"]
        assert ws.rules.readiness_limits() == (8, 2)  # parameters.toml, not a fallback of its own
    with Workspace.open(db_url, parameters=strict_flr) as ws:
        assert ws.rules.source == strict_flr and ws.rules.parameters.min_flr_pct == 50
        assert "hepatectomy" not in _tier1(ws, case.id)
        hospital = _handout(ws, meeting.id)
        assert hospital != shipped
        # the case's options on paper follow the hospital's rules
        assert "TIER 1 Liver resection (hepatectomy)" in shipped and "is below 30%" not in shipped
        assert "TIER 1 Liver resection (hepatectomy)" not in hospital
        assert "Future liver remnant 45% is below 50%: liver resection is excluded" in hospital
        steps = list(ws.cases.reevaluate_all())
        assert steps[-1].done == 1
        from tumorboard.store.models import Case

        with ws.read() as s:
            tier1 = s.execute(select(Case.evaluated_tier1).where(Case.id == case.id)).scalar_one()
        assert "hepatectomy" not in tier1


def test_the_parameter_file_chosen_in_settings_applies_at_once_and_at_the_next_start(workspace, db_url, strict_flr):
    case, _ = _board(workspace)
    assert _tier1(workspace, case.id) == ["hepatectomy"]
    current = workspace.settings.get()
    stored = workspace.settings.update(current.model_copy(update={"parameters_file": str(strict_flr)}), base=current)
    assert stored.parameters_file == str(strict_flr)
    assert "hepatectomy" not in _tier1(workspace, case.id), "this session follows the new file at once"
    with Workspace.open(db_url) as again:
        assert again.rules.source == strict_flr
        assert "hepatectomy" not in _tier1(again, case.id)


def test_a_bad_parameter_file_is_refused_in_settings_and_nothing_is_written(workspace, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("min_flr_pct = 150\n", encoding="utf-8")
    current = workspace.settings.get()
    before = dump_database(workspace)
    allowed = {}
    for path in (bad, tmp_path / "missing.toml"):
        with pytest.raises(InvalidInput) as err:
            workspace.settings.update(current.model_copy(update={"parameters_file": str(path)}), base=current)
        (problem,) = err.value.problems
        assert problem.field == "parameters_file" and problem.value == str(path)
        allowed[path.name] = problem.allowed
    assert "min_flr_pct" in allowed["bad.toml"] and "<= 100" in allowed["bad.toml"]
    assert "existing" in allowed["missing.toml"]
    assert dump_database(workspace) == before
    assert workspace.rules.source is None


def test_a_parameter_file_that_went_bad_is_refused_when_opening(workspace, db_url, strict_flr):
    current = workspace.settings.get()
    workspace.settings.update(current.model_copy(update={"parameters_file": str(strict_flr)}), base=current)
    strict_flr.write_text("min_flr_pct = -3\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as err:
        Workspace.open(db_url)
    assert str(strict_flr) in str(err.value) and "min_flr_pct" in str(err.value)
    with Workspace.open(db_url, parameters=tmp_good(strict_flr)) as ws:  # --parameters still opens it
        assert ws.rules.parameters.min_flr_pct == 40


def tmp_good(beside):
    good = beside.with_name("good.toml")
    good.write_text("min_flr_pct = 40\n", encoding="utf-8")
    return good


def test_the_cli_parameters_option_reaches_reevaluate_and_evaluate(db_url, strict_flr, tmp_path, capsys):
    if "://" in db_url:
        pytest.skip("the CLI test runs on a SQLite file")
    with Workspace.open(db_url) as ws:
        case, _ = _board(ws)
        list(ws.cases.reevaluate_all())
    assert cli(["--db", db_url, "--parameters", str(strict_flr), "reevaluate"]) == 0
    with Workspace.open(db_url) as ws:
        from tumorboard.store.models import Case

        with ws.read() as s:
            tier1 = s.execute(select(Case.evaluated_tier1).where(Case.id == case.id)).scalar_one()
    assert "hepatectomy" not in tier1
    facts = tmp_path / "facts.json"
    import json

    facts.write_text(json.dumps({**FACTS, "as_of": date.today().isoformat()}), encoding="utf-8")
    capsys.readouterr()
    assert cli(["--parameters", str(strict_flr), "evaluate", str(facts), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["modality"] for o in out["options"] if o["tier"] == 1] != ["hepatectomy"]
    assert cli(["evaluate", str(facts), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["modality"] for o in out["options"] if o["tier"] == 1] == ["hepatectomy"]
