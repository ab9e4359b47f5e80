"""The store commands of the CLI, in-process, on the test database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tumorboard.cli import main

pytestmark = pytest.mark.db


@pytest.fixture
def run(db_url, capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_init_demo_and_listings(run, is_postgres, today):
    code, out, _ = run("init")
    assert code == 0 and ("PostgreSQL" if is_postgres else "SQLite") in out and "0 case(s)" in out
    code, out, _ = run("demo", "--cases", "40", "--seed", "2")
    assert code == 0 and "40 cases" in out

    code, out, _ = run("cases", "list", "--json")
    cases = json.loads(out)
    assert code == 0 and len(cases) == 40 and all(isinstance(c["id"], int) for c in cases)
    names = [c["name"] for c in cases]
    first = cases[0]
    code, out, _ = run("cases", "list", "--search", first["mrn"].lower(), "--json")
    assert [c["id"] for c in json.loads(out)] == [first["id"]]
    code, out, _ = run("cases", "list", "--site", first["primary_site"], "--status", first["status"], "--json")
    assert first["id"] in [c["id"] for c in json.loads(out)]
    assert all(c["primary_site"] == first["primary_site"] for c in json.loads(out))
    code, out, _ = run("cases", "list", "--limit", "3")
    assert code == 0 and names[0] in out and "showing 3 of 40; --limit N or --json for all" in out

    code, out, _ = run("meetings", "list", "--json")
    meetings = json.loads(out)
    assert meetings and all("id" in m and "meeting_date" in m for m in meetings)

    until = (today + timedelta(days=30)).isoformat()
    code, out, _ = run("followups", "due", "--until", until, "--json")
    due = json.loads(out)
    assert code == 0 and all(f["due"] <= until and f["status"] == "open" for f in due)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("demo", "--cases", "0"), "'0' is not allowed; a whole number from 1 to 200,000"),
        (("demo", "--cases", "99999999999"), "from 1 to 200,000"),
        (("cases", "list", "--limit", "abc"), "'abc' is not allowed; a whole number of at least 1"),
        (("followups", "due", "--until", "31.12.2026"), "a date written YYYY-MM-DD, e.g. 2026-12-31"),
        (("followups", "due", "--until", "2026-W52"), "a date written YYYY-MM-DD"),
        (("followups", "due", "--until", "2027-02-30"),
         "'2027-02-30' is not a day of the calendar: February 2027 has 28 days"),
        (("followups", "due", "--until", "2027-13-01"), "there is no month 13"),
        (("cases", "list", "--site", "liver"), "invalid choice: 'liver' (choose from "),  # the sites follow (quoted or not by version)
        (("report", "case", "--case", "DM00000019", "-o", "x.pdf"), "(not an MRN)"),
        (("report", "case", "--case", "99999999999999999999", "-o", "x.pdf"), "an id: the number"),
    ],
)
def test_bad_arguments_exit_2_naming_the_value_and_what_is_allowed(run, capsys, args, said):
    with pytest.raises(SystemExit) as exc:
        run(*args)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and said in err and "Traceback" not in err and "_positive" not in err


def test_empty_listings_say_so_on_stderr_and_print_nothing_to_parse(run):
    run("init")
    assert run("cases", "list") == (0, "", "no cases yet\n")
    assert run("meetings", "list") == (0, "", "no meetings yet\n")
    code, out, err = run("followups", "due", "--until", "2026-01-31")
    assert (code, out, err) == (0, "", "no open follow-ups due up to 2026-01-31\n")


def test_a_missing_or_foreign_database_file_is_refused_and_nothing_is_created(tmp_path, capsys):
    typo = tmp_path / "board.sqlitee"
    for command in (["cases", "list"], ["meetings", "list"], ["followups", "due"], ["reevaluate"],
                    ["backup", "-o", str(tmp_path / "b.sqlite")], ["report", "case", "--case", "1", "-o",
                                                                    str(tmp_path / "c.pdf")]):
        assert main(["--db", str(typo), *command]) == 2, command
        err = capsys.readouterr().err
        assert f"No Tumorboard database at {typo}" in err and "tumorboard init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    for command in (["cases", "list"], ["init"]):
        assert main(["--db", str(text), *command]) == 2
        err = capsys.readouterr().err
        assert "is not a Tumorboard database" in err and "Traceback" not in err
    assert text.read_text() == "not a database"
    assert main(["--db", str(typo), "init"]) == 0 and typo.exists()  # init makes one, as it says


def test_network_path_is_refused_with_exit_2(capsys):
    assert main(["--db", r"\\fileserver\board\tb.sqlite", "init"]) == 2
    assert "network drive" in capsys.readouterr().err


def test_backup_and_restore(run, tmp_path, is_postgres):
    run("demo", "--cases", "10")
    code, out, err = run("backup", "-o", str(tmp_path / "copy.sqlite"))
    if is_postgres:
        assert code == 2 and "pg_dump" in err
        return
    assert code == 0 and (tmp_path / "copy.sqlite").exists()
    run("demo", "--cases", "5", "--seed", "9", "--append")
    code, out, _ = run("restore", str(tmp_path / "copy.sqlite"))
    assert code == 0 and "10 case(s)" in out and "kept as" in out
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    code, _, err = run("restore", str(bad))
    assert code == 2 and "not a SQLite database" in err


def test_report_export_and_backup_never_overwrite_the_database(run, db_url, is_postgres):
    if is_postgres:
        pytest.skip("the database is a server, not a file")
    run("demo", "--cases", "3")
    _, listed, _ = run("cases", "list")
    for args in (("report", "case", "--case", "1"), ("export", "ics", "--case", "1"), ("backup",)):
        code, out, err = run(*args, "-o", db_url)
        assert code == 2 and "the Tumorboard database itself" in err and "Traceback" not in err, (args, err)
    with open(db_url, "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    assert run("cases", "list") == (0, listed, "")


def test_reevaluate_stores_the_first_choice_for_every_open_case(run, db_url):
    from sqlalchemy import select, update
    from sqlmodel import col

    from tumorboard.services import Workspace
    from tumorboard.store.models import Case

    run("init")
    code, out, _ = run("reevaluate")
    assert code == 0 and "no open cases" in out
    run("demo", "--cases", "12", "--seed", "4")
    code, out, err = run("reevaluate")
    with Workspace.open(db_url) as ws:
        rows = ws.fetch(select(Case.status, Case.evaluated_rule_set, Case.evaluated_tier1, Case.evaluated_at))
    open_rows = [r for r in rows if r.status != "closed"]
    assert code == 0 and f"{len(open_rows)} open case(s) re-evaluated" in out
    assert f"re-evaluated {len(open_rows)}/{len(open_rows)}" in err  # the progress line
    assert open_rows and all(r.evaluated_rule_set and r.evaluated_at is not None for r in open_rows)
    assert all(r.evaluated_tier1 is None for r in rows if r.status == "closed")
    with Workspace.open(db_url) as ws:  # as if the rules had said something else last time
        with ws.write() as s:
            s.execute(update(Case).where(col(Case.id) == ws.cases.ids({"status": "listed"})[0])
                      .values(evaluated_tier1=["best_supportive_care"]))
    code, out, _ = run("reevaluate")
    assert code == 0 and "1 case(s) with a changed first-choice recommendation" in out


def test_demo_refuses_a_database_with_cases_unless_appending(run):
    assert run("demo", "--cases", "5", "--seed", "1")[0] == 0
    code, out, err = run("demo", "--cases", "5", "--seed", "2")
    assert code == 2 and "already holds 5 case(s)" in err and "--append" in err and out == ""
    code, out, _ = run("cases", "list", "--json")
    assert len(json.loads(out)) == 5  # nothing was added
    code, out, _ = run("demo", "--cases", "5", "--seed", "2", "--append")
    assert code == 0
    assert len(json.loads(run("cases", "list", "--json")[1])) == 10
