"""The referring clinician and the GP of a hand-typed case: set and corrected through the case services
and `tumorboard cases create|update` (audited, version-checked, refused in words); the letter is
addressed to them, and refused naming the field when the case has neither."""

from __future__ import annotations

import json
import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tumorboard.cli import main
from tumorboard.errors import InvalidInput, StaleEdit

pytestmark = pytest.mark.db


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages))


def decide(ws, case_id: int, **extra):
    meeting = ws.meetings.create({"meeting_date": date(2026, 12, 2), "title": "Liver board"})
    item = ws.meetings.add_case(meeting.id, case_id, "Resect?")
    return ws.decisions.record({"agenda_item_id": item.id, "modalities": ["systemic_chemotherapy"],
                                "intent": "palliative", "informer": "Dr. Chen",
                                "deviation_reason": "Patient prefers to start treatment", **extra})


def test_cli_creates_and_corrects_referrer_and_gp_audited(cli_admin, workspace, db_url, tmp_path, capsys):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"primary_site": "colorectal", "ecog": 1}), encoding="utf-8")
    assert main(["--db", db_url, "cases", "create", "--mrn", "C1", "--name", "Carla 陈", "--birth-date", "1961-03-04",
                 "--facts", str(facts), "--title", "Resectable?", "--referrer", "  Dr. Rita Referrer, Surgery ",
                 "--gp", "Dr. Gus General", "--json"]) == 0
    [made] = json.loads(capsys.readouterr().out)
    case = workspace.cases.get(made["id"])
    assert (case.referrer, case.gp, case.facts.ecog, case.title) == ("Dr. Rita Referrer, Surgery", "Dr. Gus General", 1,
                                                                    "Resectable?")
    assert case.patient.name == "Carla 陈" and case.patient.birth_date == date(1961, 3, 4)

    assert main(["--db", db_url, "cases", "update", str(case.id), "--referrer", "Dr. Rita Referrer, HPB Surgery",
                 "--gp", ""]) == 0
    assert f"case {case.id} saved (version 2" in capsys.readouterr().out
    after = workspace.cases.get(case.id)
    assert (after.referrer, after.gp, after.version, after.facts.ecog) == ("Dr. Rita Referrer, HPB Surgery", None, 2, 1)
    [change] = [e for e in workspace.cases.changes(case.id) if e.entity == "case" and e.action == "update"]
    assert change.before["referrer"] == "Dr. Rita Referrer, Surgery" and change.before["gp"] == "Dr. Gus General"
    assert change.after["referrer"] == "Dr. Rita Referrer, HPB Surgery" and change.after["gp"] is None

    # nothing new: no new version; a stale version or an over-long value is refused and nothing changes
    assert main(["--db", db_url, "cases", "update", str(case.id), "--referrer", "Dr. Rita Referrer, HPB Surgery"]) == 0
    assert "unchanged (version 2" in capsys.readouterr().out
    assert main(["--db", db_url, "cases", "update", str(case.id), "--gp", "X", "--if-version", "1"]) == 2
    assert "changed" in capsys.readouterr().err.lower()
    assert main(["--db", db_url, "cases", "update", str(case.id), "--gp", "G" * 201]) == 2
    err = capsys.readouterr().err
    assert "gp" in err and "200" in err
    assert workspace.cases.get(case.id).version == 2 and workspace.cases.get(case.id).gp is None


def test_cli_create_for_an_existing_patient_and_refusals(cli_admin, workspace, db_url, make_case, capsys):
    known = make_case(mrn="K1", name="Known Person")
    assert main(["--db", db_url, "cases", "create", "--patient-id", str(known.patient.id), "--site", "gastric",
                 "--referrer", "Dr. Who"]) == 0
    assert re.search(r"case \d+ created", capsys.readouterr().out)
    assert [c.referrer for c in (workspace.cases.get(i) for i in workspace.cases.ids({}))].count("Dr. Who") == 1
    count = workspace.cases.count()
    assert main(["--db", db_url, "cases", "create", "--patient-id", str(known.patient.id), "--site", "gastric",
                 "--name", "Someone Else"]) == 2
    assert "--name" in capsys.readouterr().err
    assert main(["--db", db_url, "cases", "create", "--mrn", "N1", "--name", "New", "--referrer", "R" * 201]) == 2
    err = capsys.readouterr().err
    assert "referrer" in err and "200" in err
    assert main(["--db", db_url, "cases", "create", "--mrn", "N2", "--name", "New"]) == 2  # no primary site
    assert "primary_site" in capsys.readouterr().err
    assert workspace.cases.count() == count


def test_a_discussed_case_takes_the_same_versioned_path(workspace, make_case):
    case = make_case(mrn="D1", name="Dora Discussed")
    decide(workspace, case.id)
    discussed = workspace.cases.get(case.id)
    assert discussed.status.value in ("discussed", "follow_up")
    saved = workspace.cases.update(case.id, {"referrer": "Dr. Late Entry", "gp": "Dr. Family"}, discussed.version)
    assert saved.version == discussed.version + 1 and saved.status == discussed.status
    with pytest.raises(StaleEdit):
        workspace.cases.update(case.id, {"gp": "Dr. Other"}, discussed.version)
    with pytest.raises(InvalidInput) as refused:
        workspace.cases.update(case.id, {"referrer": "x" * 201}, saved.version)
    assert refused.value.problems[0].field == "referrer"
    assert workspace.cases.get(case.id).referrer == "Dr. Late Entry"


def test_the_letter_needs_an_addressee_and_says_which_field(cli_admin, workspace, make_case, db_url, tmp_path, capsys):
    case = make_case(mrn="L2", name="Lena Letter")
    d = decide(workspace, case.id)
    with pytest.raises(InvalidInput) as refused:
        workspace.letters.pdf(d.id)
    assert refused.value.problems[0].field == "referrer"
    assert "referring clinician or GP" in refused.value.problems[0].allowed
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "report", "letter", "--decision", str(d.id), "-o", str(out), "--sent"]) == 2
    assert "referring clinician or GP" in capsys.readouterr().err
    assert not out.exists() and not workspace.decisions.get(d.id).referrer_informed

    # the GP alone: the letter goes to the GP
    v = workspace.cases.get(case.id).version
    workspace.cases.update(case.id, {"gp": "Dr. Gina Practice"}, v)
    text = text_of(workspace.letters.pdf(d.id))
    assert "To: Dr. Gina Practice" in text and "Copy to the GP" not in text
    # a referrer typed in the case window: to the referrer, copy to the GP
    workspace.cases.update(case.id, {"referrer": "Dr. Ravi Ref, Oncology"}, v + 1)
    text = text_of(workspace.letters.pdf(d.id))
    assert "To: Dr. Ravi Ref, Oncology" in text and "Copy to the GP: Dr. Gina Practice" in text
    assert workspace.letters.addressees(d.id) == ("Dr. Ravi Ref, Oncology", "Dr. Gina Practice")


def test_the_decisions_named_referrer_is_the_addressee_when_the_case_has_none(workspace, make_case):
    case = make_case(mrn="L3", name="Max Named")
    d = decide(workspace, case.id, referrer="Dr. Named At The Meeting")
    assert "To: Dr. Named At The Meeting" in text_of(workspace.letters.pdf(d.id))
