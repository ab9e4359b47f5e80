"""Any input is refused in words naming the field, never a traceback: out-of-range integers in
the services, absurd search texts and file names on the command line, a closed stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.store.integrity import marker_path

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def test_services_refuse_integers_no_column_can_hold_naming_the_field(workspace, make_case):
    with pytest.raises(InvalidInput) as err:
        make_case(mrn="BIG", lesion_count=2**63)
    assert [p.field for p in err.value.problems] == ["facts.lesion_count"]
    assert "at most 9,223,372,036,854,775,807" in str(err.value)
    with pytest.raises(InvalidInput) as err:  # 4,300 digits: even its text is too long for Python to print
        make_case(mrn="HUGE", age_years=10**4300)
    assert "digits" in str(err.value)
    assert workspace.cases.count() == 0
    case = make_case(**SURVEILLANCE)
    meeting = workspace.meetings.create({"meeting_date": date(2026, 12, 2)})
    item = workspace.meetings.add_case(meeting.id, case.id, "Surveillance?")
    for bad in (2**63, 86_401, -1):
        with pytest.raises(InvalidInput) as err:
            workspace.decisions.record({"agenda_item_id": item.id, "modalities": ["surveillance"],
                                        "intent": "surveillance", "time_spent_seconds": bad})
        assert err.value.problems[0].field == "time_spent_seconds"
        with pytest.raises(InvalidInput) as err:
            workspace.meetings.set_time_spent(item.id, bad)
        assert err.value.problems[0].field == "time_spent_seconds" and "86,400" in str(err.value)
    assert workspace.meetings.get(meeting.id).agenda[0].time_spent_seconds is None


def test_absurd_search_texts_are_refused_in_words(db_url, workspace, make_case, capsys):
    make_case(mrn="S-1", name="Searched Person")
    for text, words in (("a" * 50_000, "at most 200 characters"), ("\udcff\udcfe", "these are bytes that are not UTF-8")):
        assert main(["--db", db_url, "cases", "list", "--search", text]) == 2
        err = capsys.readouterr().err
        assert "search" in err and words in err and "Traceback" not in err
    with pytest.raises(InvalidInput):
        workspace.cases.query({"search": "x" * 50_000})


@pytest.mark.parametrize("argv", [
    ["report", "case", "--case", "1", "-o", "x" * 300 + ".pdf"],
    ["report", "case", "--case", "1", "-o", "~nosuchuser/x.pdf"],
    ["export", "ics", "--case", "1", "-o", "afile/x.ics"],
    ["backup", "-o", "afile/x.sqlite"],
    ["backup", "-o", "~nosuchuser/x.sqlite"],
    ["backup", "-o", "y" * 300 + ".sqlite"],
    ["restore", "z" * 300],
])
def test_unusable_file_names_are_exit_2_in_words(tmp_path, monkeypatch, capsys, argv):
    from tumorboard.services import Workspace

    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("a file, not a folder")
    db = tmp_path / "board.sqlite"
    with Workspace.open(db) as ws:
        ws.cases.create({"patient": {"mrn": "P-1", "name": "Path Test"}, "facts": SURVEILLANCE})
    assert main(["--db", str(db), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tumorboard: ") and "Traceback" not in err and "internal error" not in err
    assert any(w in err for w in ("at most 255", "no user 'nosuchuser'", "is a file, not a folder"))
    clean_close = marker_path(db).name  # beside the file after a clean close (store/integrity.py)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != clean_close) == ["afile", "board.sqlite"]


def test_a_closed_stdout_is_not_a_traceback_for_any_command(tmp_path):
    from tumorboard.services import Workspace
    from tumorboard.services.demo import populate

    db = str(tmp_path / "board.sqlite")
    with Workspace.open(db) as ws:
        list(populate(ws.db, 30, 3))
    commands = [["cases", "list"], ["cases", "list", "--json"], ["meetings", "list"], ["meetings", "list", "--json"],
                ["followups", "due", "--json"], ["audit", "list"], ["audit", "list", "--json"], ["audit", "verify"],
                ["reevaluate"], ["init"], ["--version"], ["evaluate", "-", "--json"], ["evaluate", "-"]]
    started = []
    for argv in commands:  # all at once: 13 interpreter start-ups one after the other took 26 s
        proc = subprocess.Popen([sys.executable, "-m", "tumorboard", "--db", db, *argv], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
        assert proc.stdout is not None and proc.stdin is not None
        proc.stdout.close()  # the reader is gone before the first line (`| head -0`)
        started.append((argv, proc))
    for argv, proc in started:
        _, err = proc.communicate(b'{"primary_site": "colorectal", "primary_resected": true}', timeout=120)
        text = err.decode()
        assert "Traceback" not in text and "Exception ignored" not in text and "Broken pipe" not in text, (argv, text)
        assert proc.returncode == 0, (argv, text)
