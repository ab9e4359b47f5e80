"""Referral list import (ws.referrals, `tumorboard import referrals`): preview, all-or-none,
valid rows + report, encodings, xlsx, matching by MRN through the versioned path, cancel."""

from __future__ import annotations

import csv
import random
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.core.conftest import dump_database
from tumorboard.cli import main
from tumorboard.errors import InvalidInput
from tumorboard.interop import referral_file as rf
from tumorboard.resources import read_text
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db

HEADERS = ["MRN", "Name", "Sex", "Date of birth", "Referrer", "Question", "Primary site", "Lesion count",
           "Largest lesion (cm)", "ECOG", "Primary resected", "Confirmed by", "CEA (ng/mL)"]
ZH_HEADERS = ["病历号", "姓名", "性别", "出生日期", "转诊医生", "会诊问题", "原发部位", "病灶数",
              "最大病灶直径(cm)", "ECOG评分", "原发灶已切除", "确诊方式", "癌胚抗原(ng/mL)"]
#: (column index, bad value, the column header the problem must name)
BAD_CELLS = [(6, "kidneyish", "Primary site"), (9, "7", "ECOG"), (3, "31.02.1960", "Date of birth"),
             (10, "perhaps", "Primary resected"), (7, "three", "Lesion count"), (8, "-2", "Largest lesion (cm)"),
             (11, "ct; xray", "Confirmed by"), (1, "", "Name"), (12, "a lot", "CEA (ng/mL)")]


def good_row(i: int, rng: random.Random) -> list[str]:
    name = f"{rng.choice(['王', '李', '张'])}{rng.choice(['芳', '伟', '娜'])}{i}" if i % 3 == 0 else f"Patient Number{i}"
    born = date(1940 + i % 40, 1 + i % 12, 1 + i % 28)
    return [f"R{i:06d}", name, rng.choice(["female", "male"]), born.strftime("%d.%m.%Y") if i % 2 else born.isoformat(),
            f"Dr. Ref {i % 7}", "Resect?", rng.choice(["colorectal", "gastric", "breast"]), str(1 + i % 5),
            f"{1 + i % 6}.5", str(i % 3), rng.choice(["yes", "no"]), "ct; mri", str(i % 50)]


def referral_rows(n: int = 1000, bad: int = 37, seed: int = 5) -> tuple[list[list[str]], dict[int, str]]:
    """n data rows, `bad` of them with one refused cell each; {spreadsheet row: refused column header}."""
    rng = random.Random(seed)
    rows = [good_row(i, rng) for i in range(n)]
    wrong: dict[int, str] = {}
    for k, i in enumerate(sorted(rng.sample(range(n), bad))):
        col, value, header = BAD_CELLS[k % len(BAD_CELLS)]
        rows[i][col] = value
        wrong[i + 2] = header
    return rows, wrong


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(headers)
        w.writerows(rows)
    return path


def test_all_or_nothing_names_every_problem_and_imports_nothing(workspace, tmp_path):
    rows, wrong = referral_rows()
    path = write_csv(tmp_path / "referrals.csv", HEADERS, rows)
    before = dump_database(workspace)
    job = workspace.referrals.open(path)
    list(job.check())
    assert job.counts() == {"new": 963, "matched": 0, "refused": 37}
    problems = job.problems()
    assert {(p.row, p.column) for p in problems} == set(wrong.items())
    assert all(p.allowed for p in problems)
    with pytest.raises(InvalidInput) as exc:
        list(job.write())
    assert len(exc.value.problems) == 37 and "nothing was imported" in str(exc.value)
    assert {p.field for p in exc.value.problems} == {f"row {r}, column {c!r}" for r, c in wrong.items()}
    assert dump_database(workspace) == before


def test_what_a_refused_cell_allows_is_said_in_chinese(workspace, tmp_path):
    """Each kind of refused cell says what is allowed in the user's language (the import screen shows it)."""
    from tests.english import english_sentences
    from tumorboard.i18n import localize

    rows, _wrong = referral_rows(n=60, bad=len(BAD_CELLS))
    job = workspace.referrals.open(write_csv(tmp_path / "referrals.csv", HEADERS, rows))
    list(job.check())
    problems = job.problems()
    assert len(problems) == len(BAD_CELLS)
    for p in problems:
        chinese = localize(p.allowed, "zh_CN")
        assert chinese != str(p.allowed) and english_sentences(chinese) == [], (p.allowed, chinese)


def test_valid_rows_import_and_report_the_rest(cli_admin, workspace, tmp_path, db_url, capsys):
    rows, wrong = referral_rows()
    path = write_csv(tmp_path / "referrals.csv", HEADERS, rows, "utf-8-sig")
    report = tmp_path / "refused.csv"
    code = main(["--db", db_url, "import", "referrals", str(path), "--valid-rows", "--report", str(report)])
    out = capsys.readouterr().out
    assert code == 0 and "963 new" in out and "37 refused" in out
    assert workspace.cases.count() == 963
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    with report.open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    assert back[0] == [*HEADERS, rf.PROBLEMS_COLUMN]
    assert {r[0] for r in back[1:]} == {rows[n - 2][0] for n in wrong}
    assert all(wrong[int(next(n for n in wrong if rows[n - 2][0] == r[0]))] in r[-1] for r in back[1:])
    # imported cases are drafts with the file's facts and referrer
    some = workspace.cases.query({"search": "R000001"})[0]
    detail = workspace.cases.get(some.id)
    assert detail.status == "draft"
    with workspace.read() as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.entity == "referral_import")).scalars().all()
    assert len(events) == 1 and events[0].after["cases_created"] == 963


def test_all_or_nothing_cli_exits_2_and_dry_run_writes_nothing(cli_admin, workspace, tmp_path, db_url, capsys):
    rows, wrong = referral_rows(100, 3)
    path = write_csv(tmp_path / "r.csv", HEADERS, rows)
    assert main(["--db", db_url, "import", "referrals", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "97 new" in out and "dry run" in out and all(f"row {n}" in out for n in wrong)
    assert main(["--db", db_url, "import", "referrals", str(path)]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    assert workspace.cases.count() == 0


def _patients(ws) -> set[tuple]:
    out = set()
    for row in ws.cases.query({}):
        d = ws.cases.get(row.id)
        out.add((d.patient.mrn, d.patient.name, d.patient.sex, d.patient.birth_date,
                 tuple(sorted((k, str(v)) for k, v in d.facts.to_json_dict().items()))))
    return out


def test_gb18030_csv_and_xlsx_import_the_same_patients(open_workspace, tmp_path):
    from openpyxl import Workbook

    rows, _ = referral_rows(60, 0, seed=9)
    gb = write_csv(tmp_path / "zh.csv", ZH_HEADERS, rows, "gb18030")
    assert rf.detect_encoding(gb.read_bytes()) == "gb18030"
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for r in rows:  # numbers and dates as Excel stores them
        cells: list[object] = list(r)
        cells[3] = date.fromisoformat(r[3]) if "-" in r[3] else r[3]
        cells[7], cells[8], cells[9] = int(r[7]), float(r[8]), int(r[9])
        sheet.append(cells)
    xlsx = tmp_path / "list.xlsx"
    book.save(xlsx)

    ws1 = open_workspace()
    job = ws1.referrals.open(gb)
    assert job.encoding == "gb18030"
    list(job.write())
    # a second, empty board for the workbook
    from tumorboard.services import Workspace

    ws2 = Workspace.open(tmp_path / "other.sqlite", actor="tester")
    try:
        list(ws2.referrals.open(xlsx).write())
        assert _patients(ws1) == _patients(ws2) and len(_patients(ws1)) == 60
    finally:
        ws2.close()


def test_windows_1252_detected(workspace, tmp_path):
    path = write_csv(tmp_path / "w.csv", HEADERS, [["W1", "Zoë Müller-Brontë", "f", "1960-01-02", "", "", "colorectal",
                                                     "", "", "", "", "", ""]], "cp1252")
    job = workspace.referrals.open(path)
    assert job.encoding == "windows-1252"
    list(job.write())
    assert workspace.patients.by_mrn("W1").name == "Zoë Müller-Brontë"
    with pytest.raises(InvalidInput, match="encoding"):
        workspace.referrals.open(path, encoding="utf-8")


def test_known_mrn_is_updated_through_the_versioned_path(workspace, make_case, tmp_path):
    known = make_case(mrn="K1", name="Old Name")
    path = write_csv(tmp_path / "k.csv", ["MRN", "Name", "Primary site", "Question"],
                     [["K1", "New Name", "gastric", "Second opinion"], ["K1", "New Name", "gastric", "Again"]])
    job = workspace.referrals.open(path)
    list(job.check())
    assert [r.status for r in job.rows] == ["matched", "matched"] and job.rows[0].changes == ["name"]
    list(job.write())
    patient = workspace.patients.get(known.patient.id)
    assert patient.name == "New Name" and patient.version == known.patient.version + 1
    assert workspace.cases.count() == 3
    with workspace.read() as s:
        updates = s.execute(select(AuditEvent).where(AuditEvent.entity == "patient", AuditEvent.action == "update")).scalars().all()
    assert [(e.before["name"], e.after["name"]) for e in updates] == [("Old Name", "New Name")]


def test_same_mrn_twice_with_different_names_is_refused(workspace, tmp_path):
    path = write_csv(tmp_path / "d.csv", ["MRN", "Name", "Primary site"],
                     [["D1", "Ann", "gastric"], ["D1", "Anne", "gastric"]])
    job = workspace.referrals.open(path)
    list(job.check())
    assert [r.status for r in job.rows] == ["new", "refused"]
    assert "row 2" in job.problems()[0].allowed


def test_unknown_column_and_mapping(workspace, tmp_path):
    path = write_csv(tmp_path / "h.csv", ["Hospital number", "Patient name", "Primary tumour", "Max lesion size cm"],
                     [["H9", "Li Lei", "colorectal", "3,5"]])
    with pytest.raises(InvalidInput) as exc:
        workspace.referrals.open(path)
    assert "Hospital number" in str(exc.value) and "required" in str(exc.value)
    mapping = Path(__file__).parents[3] / "resources" / "referrals" / "mapping-example.toml"
    list(workspace.referrals.open(path, mapping=mapping).write())
    case = workspace.cases.get(workspace.cases.ids({})[0])
    assert case.patient.name == "Li Lei" and case.facts.largest_lesion_cm == 3.5


def test_closing_the_write_cancels_everything(workspace, tmp_path):
    rows, _ = referral_rows(5000, 0)
    path = write_csv(tmp_path / "big.csv", HEADERS, rows)
    job = workspace.referrals.open(path)
    steps = job.write()
    next(steps), next(steps)  # the first batch is written ...
    steps.close()  # ... then the user presses Cancel
    assert workspace.cases.count() == 0 and workspace.patients.by_mrn("R000000") is None


def test_dates_in_each_accepted_form():
    read = rf.parsers("dmy")["birth_date"]
    assert read("2001-02-03") == read("03.02.2001") == read("3/2/2001") == read("2001年2月3日") == date(2001, 2, 3)
    assert rf.parsers("mdy")["birth_date"]("2/3/2001") == date(2001, 2, 3)
    with pytest.raises(rf.Refused, match="YYYY-MM-DD"):
        read("Feb 3")


def test_template_and_documentation_name_every_column():
    doc = read_text("referrals", "README.md")
    for c in rf.columns():
        assert f"`{c.key}`" in doc and c.en in doc and c.zh in doc
    for name in ("template.csv", "template-zh.csv"):
        headers = read_text("referrals", name).splitlines()[0].split(",")
        rf.resolve_headers(headers)  # every header is known
