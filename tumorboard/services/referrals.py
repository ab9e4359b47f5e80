"""Referral list import: a CSV or xlsx of patients and case facts becomes draft cases.

    job = ws.referrals.open(path, mapping=None, encoding=None, date_order="dmy")
    for progress in job.check(): ...        # read, validate, match MRNs: job.rows is the preview
    for progress in job.write(valid_only): ...  # one transaction; closing the generator cancels (rolls back)
    job.write_report(path)                  # the refused rows as a CSV to fix and import again

Patients are matched by MRN. A known patient whose name, sex or birth date differs in the file is
updated through the versioned path (Patients._save: version + 1, audit before -> after), never
overwritten silently; the preview names what changes. New patients and cases are bulk-inserted
(tumorboard.store.bulk) so 100,000 rows take seconds, not minutes.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import class_mapper

from tumorboard.engine.facts import FACT_FIELDS, CaseFacts
from tumorboard.errors import FieldProblem, InvalidInput, allowed_from
from tumorboard.i18n import N_, Verbatim, msg
from tumorboard.interop import referral_file as rf
from tumorboard.store.bulk import insert_rows
from tumorboard.store.idlist import in_id_list
from tumorboard.store.models import Case, Patient
from tumorboard.store.types import text_key

from .base import code_word, get_row
from .database import Database
from .events import record_event
from .patients import save_patient, search_key
from .permissions import requires
from .schemas import PatientIn, Progress, Sex

BATCH = 2000
#: what the GUI offers (the choices of the file reader)
ENCODINGS, DATE_ORDERS = rf.ENCODINGS, rf.DATE_ORDERS
RowStatus = Literal["new", "matched", "refused"]
PATIENT_KEYS = ("mrn", "name", "sex", "birth_date")
CASE_KEYS = ("title", "notes", "referrer", "gp")


@dataclass(slots=True)
class ReferralRow:
    """One row of the preview."""

    row: int
    status: RowStatus
    mrn: str
    #: the known patient (matched); None for a new one
    patient_id: int | None = None
    #: patient fields the file changes (matched rows), e.g. ["name"]
    changes: list[str] = field(default_factory=list)
    problems: list[rf.Cell] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class ImportResult:
    patients_created: int
    patients_updated: int
    cases_created: int
    rows_refused: int
    first_case_id: int | None
    last_case_id: int | None


def _table(model: Any) -> Table:
    table = class_mapper(model).local_table
    assert isinstance(table, Table)
    return table


class Referrals:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires("case.edit")
    def open(self, path: str | os.PathLike[str], *, mapping: str | os.PathLike[str] | None = None,
             encoding: str | None = None, date_order: str = "dmy") -> ReferralImport:
        """Read the file's header (refusing unknown columns); the rows are read by check()."""
        table = rf.read_table(Path(path), encoding)
        found = rf.resolve_headers(table.headers, rf.load_mapping(Path(mapping)) if mapping else None)
        rf.parsers(date_order)  # refuses an unknown date order now
        return ReferralImport(self.db, Path(path), table, found, date_order)


class ReferralImport:
    def __init__(self, db: Database, path: Path, table: rf.Table, found: dict[int, rf.Column], date_order: str) -> None:
        self.db, self.path, self.table, self.found, self.date_order = db, path, table, found, date_order
        self.rows: list[ReferralRow] = []
        self.result: ImportResult | None = None
        self._headers = {c.key: table.headers[i] for i, c in found.items()}

    @property
    def encoding(self) -> str:
        return self.table.encoding

    @property
    def total(self) -> int:
        return len(self.table.rows)

    @requires("case.edit")
    def counts(self) -> dict[str, int]:
        out = {"new": 0, "matched": 0, "refused": 0}
        for r in self.rows:
            out[r.status] += 1
        return out

    @requires("case.edit")
    def problems(self) -> list[rf.Cell]:
        return [p for r in self.rows for p in r.problems]

    # --- the preview -----------------------------------------------------------

    @requires("case.edit")
    def check(self) -> Iterator[Progress]:
        """Read and validate every row and match MRNs against the board; fills self.rows."""
        total = self.total
        yield Progress(done=0, total=total, message="reading the referral list")
        known = self._known_patients()
        first_in_file: dict[str, ReferralRow] = {}
        today = self.db.today()
        self.rows = []
        for count, (n, values, problems) in enumerate(rf.read_rows(self.table, self.found, self.date_order), start=1):
            row = ReferralRow(row=n, status="refused", mrn=str(values.get("mrn", "")), problems=problems, values=values)
            self._check_row(row, known, first_in_file, today)
            self.rows.append(row)
            if count % 5000 == 0:
                yield Progress(done=min(n - 1, total), total=total, message=f"{count} rows checked")
        c = self.counts()
        yield Progress(done=total, total=total,
                       message=f"{c['new']} new, {c['matched']} matched, {c['refused']} refused")

    def _cell(self, row: ReferralRow, key: str, value: Any, allowed: str) -> None:
        row.problems.append(rf.Cell(row.row, self._headers.get(key, key), rf.as_text(value), allowed))

    def _check_row(self, row: ReferralRow, known: dict[str, tuple[int, str, str, date | None]],
                   first_in_file: dict[str, ReferralRow], today: date) -> None:
        v = row.values
        if not row.mrn and not any(p.column == self._headers.get("mrn") for p in row.problems):
            self._cell(row, "mrn", "", N_("the patient's MRN (required)"))
        birth = v.get("birth_date")
        if birth is not None and birth > today:
            self._cell(row, "birth_date", birth, msg("a day up to today ({today})", today=today.isoformat()))
        facts = {k: v[k] for k in FACT_FIELDS if k in v}
        try:
            CaseFacts.model_validate(facts)
        except ValidationError as exc:
            bad = {p.column for p in row.problems}
            for err in exc.errors(include_url=False):
                key = str(err["loc"][0]) if err.get("loc") else "primary_site"
                if self._headers.get(key) in bad:
                    continue  # the cell itself was already refused
                allowed = (msg("required: one of {codes}", codes=[code_word(c) for c in rf.CODE_LISTS["primary_site"]])
                           if err.get("type") == "missing" else allowed_from(dict(err)))
                self._cell(row, key, v.get(key, ""), allowed)
        if row.mrn:
            self._match(row, known, first_in_file)
        if not row.problems and row.status == "refused":
            row.status = "new"
        if row.problems:
            row.status = "refused"

    def _match(self, row: ReferralRow, known: dict[str, tuple[int, str, str, date | None]],
               first_in_file: dict[str, ReferralRow]) -> None:
        v = row.values
        earlier = first_in_file.get(row.mrn)
        if earlier is not None:  # the same patient again in this file: the details must agree
            for key in ("name", "sex", "birth_date"):
                if key in v and key in earlier.values and v[key] != earlier.values[key]:
                    self._cell(row, key, v[key], msg("the same value as row {row} of this file ({value!r}), which has "
                                                     "the same MRN", row=earlier.row,
                                                     value=Verbatim(rf.as_text(earlier.values[key]))))
            row.status = earlier.status if earlier.status != "refused" else "new"
            row.patient_id = earlier.patient_id
            return
        first_in_file[row.mrn] = row
        have = known.get(row.mrn)
        if have is None:
            if not v.get("name"):
                self._cell(row, "name", "", N_("the patient's name (required for an MRN the board does not know)"))
            row.status = "new"
            return
        pid, name, sex, birth = have
        row.status, row.patient_id = "matched", pid
        if v.get("name") and v["name"] != name:
            row.changes.append("name")
        if v.get("sex") not in (None, "unknown") and v["sex"] != sex:
            row.changes.append("sex")
        if v.get("birth_date") is not None and v["birth_date"] != birth:
            row.changes.append("birth_date")

    def _known_patients(self) -> dict[str, tuple[int, str, str, date | None]]:
        p = _table(Patient)
        rows = self.db.fetch(select(p.c.mrn, p.c.id, p.c.name, p.c.sex, p.c.birth_date))
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    # --- writing ---------------------------------------------------------------

    @requires("case.edit")
    def write(self, valid_only: bool = False) -> Iterator[Progress]:
        """Import: all rows or none (refused rows refuse the whole file, naming every problem), or with
        valid_only the rows without problems. One transaction; closing the generator rolls it back."""
        if not self.rows:
            for _ in self.check():
                pass
        problems = self.problems()
        if problems and not valid_only:
            raise InvalidInput([FieldProblem(f"row {p.row}, column {p.column!r}", p.value, p.allowed) for p in problems],
                               f"referral list ({len(problems)} problem(s) in "
                               f"{self.counts()['refused']} row(s); nothing was imported)")
        good = [r for r in self.rows if r.status != "refused"]
        total = len(good)
        yield Progress(done=0, total=total, message="importing")
        db = self.db
        now, actor, today = db.now(), db.actor, db.today()
        stamp = {"version": 1, "created_at": now, "created_by": actor, "updated_at": now, "updated_by": actor}
        no_facts = dict.fromkeys(FACT_FIELDS)
        patients_t, cases_t = _table(Patient), _table(Case)
        created = updated = 0
        first_case = last_case = None
        with db.write() as s:
            conn = s.connection()
            if conn.dialect.name == "postgresql":  # explicit ids below: no other writer may take them meanwhile
                conn.execute(text("LOCK TABLE patients, cases IN SHARE ROW EXCLUSIVE MODE"))
            next_pid = (conn.execute(select(func.max(patients_t.c.id))).scalar() or 0) + 1
            next_cid = (conn.execute(select(func.max(cases_t.c.id))).scalar() or 0) + 1
            new_pids: dict[str, int] = {}
            for start in range(0, total, BATCH):
                chunk = good[start : start + BATCH]
                prow, crow = [], []
                for r in chunk:
                    v = r.values
                    pid = r.patient_id or new_pids.get(r.mrn)
                    if pid is None:
                        pid = new_pids[r.mrn] = next_pid
                        next_pid += 1
                        name = v["name"]
                        prow.append({"id": pid, "mrn": r.mrn, "name": name, "sex": v.get("sex", "unknown"),
                                     "birth_date": v.get("birth_date"), "name_key": text_key(name),
                                     "search_key": search_key(name, r.mrn), **stamp})
                    elif r.changes:
                        updated += self._update_patient(s, pid, v)
                    facts = {**no_facts, **{k: v[k] for k in FACT_FIELDS if k in v}}
                    crow.append({**facts, "id": next_cid, "patient_id": pid, "status": "draft",
                                 "title": v.get("title", ""), "notes": v.get("notes", ""),
                                 "referrer": v.get("referrer"), "gp": v.get("gp"),
                                 # no imaging or labs yet: the case cannot be ready (readiness_stored)
                                 "ready_facts": False, "ready_imaging_on": None, "ready_labs_on": None, **stamp})
                    first_case = first_case or next_cid
                    last_case = next_cid
                    next_cid += 1
                # each case carries its patient's name_key (Case.name_key), as it is after the updates above
                keys = {r["id"]: r["name_key"] for r in prow}
                known = {c["patient_id"] for c in crow} - keys.keys()
                if known:
                    found = conn.execute(select(patients_t.c.id, patients_t.c.name_key).where(
                        in_id_list(patients_t.c.id, "ids")), {"ids": sorted(known)})
                    keys.update({pid: key for pid, key in found})
                for c in crow:
                    c["name_key"] = keys[c["patient_id"]]
                insert_rows(conn, patients_t, prow)
                insert_rows(conn, cases_t, crow)
                created += len(prow)
                yield Progress(done=start + len(chunk), total=total, message=f"{start + len(chunk)} of {total} rows")
            if conn.dialect.name == "postgresql":
                for name in ("patients", "cases"):
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                      f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"))
            result = ImportResult(created, updated, total, len(self.rows) - total, first_case, last_case)
            record_event(s, at=now, actor=actor, entity="referral_import", entity_id=None, action="import",
                         after={"file": self.path.name, "encoding": self.encoding, "day": today.isoformat(),
                                      "patients_created": created, "patients_updated": updated,
                                      "cases_created": total, "rows_refused": result.rows_refused,
                                      "first_case_id": first_case, "last_case_id": last_case})
        self.result = result
        yield Progress(done=total, total=total, message=f"imported {total} case(s): {created} new patient(s), "
                       f"{updated} updated; {result.rows_refused} row(s) refused")

    def _update_patient(self, s: Any, pid: int, v: dict[str, Any]) -> int:
        row = get_row(s, Patient, pid, "patient", lock=True)
        data = PatientIn(mrn=row.mrn, name=v.get("name") or row.name,
                         sex=Sex(v["sex"]) if v.get("sex") not in (None, "unknown") else Sex(row.sex),
                         birth_date=v.get("birth_date") or row.birth_date)
        return int(save_patient(s, self.db, row, data))

    @requires("print")
    def write_report(self, path: str | os.PathLike[str]) -> int:
        """The refused rows as they were in the file plus a column naming their problems (UTF-8 with BOM,
        which Excel opens correctly; owner-only). Returns how many rows it holds."""
        refused = {r.row: r for r in self.rows if r.status == "refused"}
        target = Path(path)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8-sig", newline="") as out:
            w = csv.writer(out)
            w.writerow([*self.table.headers, rf.PROBLEMS_COLUMN])
            width = len(self.table.headers)
            for n, cells in enumerate(self.table.rows, start=2):
                r = refused.get(n)
                if r is None:
                    continue
                padded = [rf.as_text(c) for c in cells[:width]] + [""] * (width - len(cells))
                w.writerow([*padded, "; ".join(f"{p.column}: {p.value!r} - {p.allowed}" for p in r.problems)])
        return len(refused)
