"""Users and roles, enforced in the services: who may do what, and who the program says you are.

On SQLite (and on PostgreSQL when TUMORBOARD_TEST_POSTGRES_URL is set) through the services;
the CLI and the identity tests run on SQLite files. The server's own enforcement is in
test_server_roles.py.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput, NotFound, PermissionDenied, StorageError
from tumorboard.services import Workspace
from tumorboard.services.identity import os_account
from tumorboard.services.permissions import ACTION_ATTRIBUTE, ACTIONS, allows
from tumorboard.store.models import AuditEvent

pytestmark = pytest.mark.db

SURVEILLANCE = {"primary_site": "colorectal", "primary_resected": True, "liver_mets": "none", "age_years": 63, "ecog": 0}


def _case(ws, mrn="R-1"):
    return ws.cases.create({"patient": {"mrn": mrn, "name": "Role Patient"}, "facts": SURVEILLANCE})


def _listed(ws):
    case = _case(ws)
    meeting = ws.meetings.create({"meeting_date": date(2026, 12, 2)})
    return case, ws.meetings.add_case(meeting.id, case.id, "Surveillance?")


def _decision(item):
    return {"agenda_item_id": item.id, "modalities": ["surveillance"], "intent": "surveillance"}


def test_the_account_that_creates_the_board_is_its_admin(open_workspace):
    ws = open_workspace("creator")
    assert ws.user.role == "admin" and ws.user.registered
    [user] = ws.users.list()
    assert (user.identity, user.role, user.active) == ("creator", "admin", True)
    with ws.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.entity == "user")).scalar_one()
    assert event.actor == "creator" and event.action == "create" and event.after["role"] == "admin"


def test_an_unknown_identity_is_a_viewer_who_reads_but_cannot_write(open_workspace):
    admin = open_workspace("creator")
    case = _case(admin)
    viewer = Workspace.open(admin.url.render_as_string(hide_password=False), actor="stranger")
    try:
        assert viewer.user.role == "viewer" and not viewer.user.registered
        assert viewer.cases.get(case.id).patient.mrn == "R-1"  # reads
        assert viewer.may("print") and not viewer.may("case.edit")
        assert viewer.why_not("case.edit") == (
            "Creating or editing a case (facts, status, imaging, labs) needs the role coordinator.")
        before = dump_database(admin)
        refusals = [
            lambda: viewer.cases.create({"patient": {"mrn": "R-2", "name": "X"}, "facts": SURVEILLANCE}),
            lambda: viewer.cases.update(case.id, {"title": "changed"}, expected_version=case.version),
            lambda: viewer.cases.add_lab(case.id, {"taken_on": date.today(), "test": "albumin", "value": 40}),
            lambda: viewer.patients.update(case.patient.id, {"mrn": "R-1", "name": "Y"}, expected_version=1),
            lambda: viewer.meetings.create({"meeting_date": date(2026, 12, 9)}),
            lambda: viewer.followups.add(case.id, date(2027, 1, 1), "ct_chest_abdomen_pelvis"),
            lambda: viewer.settings.update({"hospital_name": "Forged"}),
            lambda: viewer.users.set_role("stranger", "admin"),
            lambda: list(viewer.cases.reevaluate_all()),
        ]
        for attempt in refusals:
            with pytest.raises(PermissionDenied) as err:
                attempt()
            assert err.value.role == "viewer" and err.value.identity == "stranger"
            assert f"needs the role {err.value.needed}" in str(err.value) and err.value.action in str(err.value)
        assert dump_database(admin) == before  # nothing written, not even an audit event
    finally:
        viewer.close()


def test_a_coordinator_prepares_but_only_a_clinician_records_a_decision(open_workspace):
    admin = open_workspace("creator")
    coordinator = open_workspace("coord", role="coordinator")
    clinician = open_workspace("doc", role="clinician")
    case, item = _listed(coordinator)  # patients, cases, meetings, agenda: the coordinator's work
    before = dump_database(admin)
    with pytest.raises(PermissionDenied) as err:
        coordinator.decisions.record(_decision(item))
    assert (err.value.action, err.value.needed, err.value.role) == ("decision.record", "clinician", "coordinator")
    assert "recording a decision (decision.record) needs the role clinician" in str(err.value)
    assert dump_database(admin) == before
    d = clinician.decisions.record(_decision(item))
    assert (d.recorded_by, d.recorded_role) == ("doc", "clinician")
    with pytest.raises(PermissionDenied):
        coordinator.decisions.amend(d.id, _decision(item), "typo")
    amended = admin.decisions.amend(d.id, {**_decision(item), "notes": "x"}, "typo")
    assert (amended.amended_by, amended.amended_role) == ("creator", "admin")
    # communicating the decision is the coordinator's job
    assert coordinator.decisions.mark_communicated(d.id, patient=True, referrer=False).patient_informed
    with pytest.raises(PermissionDenied):
        coordinator.settings.update({"hospital_name": "Coordinated"})


def test_admin_manages_users_and_a_change_counts_at_once(open_workspace):
    admin = open_workspace("creator")
    other = open_workspace("bob", role="viewer")
    with pytest.raises(PermissionDenied):
        other.meetings.create({"meeting_date": date(2026, 12, 9)})
    assert admin.users.set_role("bob", "coordinator").role == "coordinator"
    assert other.meetings.create({"meeting_date": date(2026, 12, 9)}).id  # the open workspace, no reopen
    added = admin.users.add("carol", "clinician", "Dr. Carol Lee")
    assert (added.display_name, added.role) == ("Dr. Carol Lee", "clinician")
    with pytest.raises(InvalidInput, match="not yet listed"):
        admin.users.add("carol", "viewer")
    with pytest.raises(InvalidInput, match="one of viewer, coordinator, clinician, admin"):
        admin.users.set_role("carol", "superuser")
    with pytest.raises(NotFound):
        admin.users.disable("nobody-here")
    admin.users.disable("bob")
    with pytest.raises(PermissionDenied, match="disabled"):
        other.meetings.create({"meeting_date": date(2026, 12, 16)})
    reopened = Workspace.open(admin.url.render_as_string(hide_password=False), actor="bob")
    try:
        assert reopened.user.role is None
        with pytest.raises(PermissionDenied, match="disabled"):
            reopened.cases.count()  # a disabled account may not even read
    finally:
        reopened.close()
    # the board keeps an admin: the last one cannot leave
    with pytest.raises(InvalidInput, match="only active admin"):
        admin.users.set_role("creator", "clinician")
    with pytest.raises(InvalidInput, match="only active admin"):
        admin.users.disable("creator")
    admin.users.set_role("carol", "admin")
    admin.users.set_role("creator", "viewer")
    with pytest.raises(PermissionDenied):
        admin.users.list()
    assert [u.identity for u in open_workspace("carol", role=None).users.list()] == ["bob", "carol", "creator"]


def test_every_public_service_method_declares_its_action(workspace):
    """One mechanism: a new service method without @requires fails here."""
    from tumorboard.services.referrals import ReferralImport

    services = [workspace.patients, workspace.cases, workspace.records, workspace.meetings, workspace.decisions,
                workspace.followups, workspace.settings, workspace.users, workspace.referrals, workspace.fhir,
                workspace.letters, workspace.stats, ReferralImport]
    undeclared = []
    for service in services:
        kind = service if isinstance(service, type) else type(service)
        for name, method in inspect.getmembers(kind, inspect.isfunction):
            if name.startswith("_") or isinstance(inspect.getattr_static(kind, name), staticmethod):
                continue
            action = getattr(method, ACTION_ATTRIBUTE, None)
            if action not in ACTIONS:
                undeclared.append(f"{kind.__name__}.{name}")
    assert undeclared == []


def test_the_roles_include_each_other():
    assert allows("admin", "decision.record") and allows("clinician", "case.edit")
    assert not allows("coordinator", "decision.record") and not allows("clinician", "settings.edit")
    assert allows("viewer", "print") and not allows("viewer", "case.edit") and not allows(None, "read")


# --- identity: the OS account, never the environment --------------------------------------


def test_without_an_actor_the_os_account_acts_whatever_the_environment_says(tmp_path, monkeypatch):
    for name in ("LOGNAME", "USER", "USERNAME", "TUMORBOARD_USER"):
        monkeypatch.setenv(name, "Dr. Nobody")
    with Workspace.open(tmp_path / "b.sqlite") as ws:
        assert ws.actor == os_account() != "Dr. Nobody"
        assert ws.user.role == "admin"


def _cli(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tumorboard", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


def test_cli_a_forged_login_name_is_ignored(tmp_path):
    db = tmp_path / "forged.sqlite"
    forged = {"LOGNAME": "Dr. Nobody", "USER": "Dr. Nobody", "USERNAME": "Dr. Nobody", "TUMORBOARD_USER": "Dr. Nobody"}
    assert _cli(db, "init", env=forged).returncode == 0
    done = _cli(db, "users", "set-role", "bob", "viewer", env=forged)
    assert done.returncode == 0, done.stderr
    me = _cli(db, "users", "me", env=forged)
    assert me.stdout.startswith(f"{os_account()}: admin")
    with Workspace.open(db, actor=os_account()) as ws, ws.read() as s:
        actors = set(s.execute(select(AuditEvent.actor)).scalars())
        assert actors == {os_account()}
        assert [u.identity for u in ws.users.list()] == sorted(["bob", os_account()])


def test_cli_users_commands_and_refusals(tmp_path):
    db = tmp_path / "roles.sqlite"
    me = os_account()
    with Workspace.open(db, actor="head.of.board") as ws:  # someone else created the board: its admin
        _listed(ws)
    refused = _cli(db, "users", "list")
    assert refused.returncode == 2
    assert "managing users and roles (users.manage) needs the role admin" in refused.stderr
    assert f"{me!r} has the role viewer" in refused.stderr and "Traceback" not in refused.stderr
    shown = _cli(db, "users", "me")
    assert shown.returncode == 0 and f"{me}: viewer (not listed" in shown.stdout
    assert _cli(db, "cases", "list").returncode == 0  # a viewer reads
    for args in (["reevaluate"], ["demo", "--cases", "1", "--append"], ["users", "set-role", me, "admin"]):
        run = _cli(db, *args)
        assert run.returncode == 2 and "Not allowed" in run.stderr, (args, run.stderr)
    with Workspace.open(db, actor="head.of.board") as ws:
        ws.users.set_role(me, "coordinator")
    assert _cli(db, "reevaluate").returncode == 0
    assert _cli(db, "users", "disable", "head.of.board").returncode == 2
    with Workspace.open(db, actor="head.of.board") as ws:
        ws.users.set_role(me, "admin")
    listed = _cli(db, "users", "list", "--json")
    assert listed.returncode == 0
    assert {u["identity"]: u["role"] for u in json.loads(listed.stdout)} == {"head.of.board": "admin", me: "admin"}
    assert _cli(db, "users", "add", "nurse.kim", "--role", "coordinator", "--name", "Kim").returncode == 0
    assert _cli(db, "users", "disable", "nurse.kim").returncode == 0
    bad = _cli(db, "users", "set-role", "nurse.kim", "boss")
    assert bad.returncode == 2 and "'boss' is not allowed; one of viewer, coordinator, clinician, admin" in bad.stderr
    assert "nurse.kim" in _cli(db, "users", "list").stdout and "disabled" in _cli(db, "users", "list").stdout


def test_only_an_admin_restores_and_only_a_coordinator_backs_up(tmp_path):
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="admin.one") as ws:
        _case(ws)
        ws.users.set_role("coord", "coordinator")
    with Workspace.open(db, actor="coord") as ws:
        backup = ws.backup(tmp_path / "copy.sqlite")
    with Workspace.open(db, actor="someone") as ws, pytest.raises(PermissionDenied):
        ws.backup(tmp_path / "copy2.sqlite")
    for who in ("coord", "someone"):
        with pytest.raises(PermissionDenied, match="needs the role admin"):
            Workspace.restore(db, backup, actor=who)
    assert not list(tmp_path.glob("*.replaced-*")) and not (tmp_path / "copy2.sqlite").exists()
    assert Workspace.restore(db, backup, actor="admin.one") is not None


def test_a_board_made_before_users_existed_gets_the_account_that_upgrades_it_as_admin(tmp_path):
    from sqlalchemy import text

    from tumorboard.store.database import make_engine, resolve_url
    from tumorboard.store.migrate import upgrade_to

    db = tmp_path / "old.sqlite"
    engine = make_engine(resolve_url(db))
    upgrade_to(engine, "0004_readiness_columns")  # a board of the schema before users and roles
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_events (at, actor, entity, action) VALUES "
                          "('2026-11-01 10:00:00', 'somebody', 'workspace', 'old event')"))
    engine.dispose()
    with Workspace.open(db, actor="upgrader") as ws:
        assert ws.user.role == "admin" and [u.identity for u in ws.users.list()] == ["upgrader"]
    with Workspace.open(db, actor="second") as ws:
        assert ws.user.role == "viewer" and not ws.user.registered


def test_the_open_board_restores_a_backup_in_one_call_and_refuses_before_closing(tmp_path):
    """Settings > Restore is ws.restore_from(file): the admin check and the backup check come first, so a
    refused restore leaves the board open and unchanged; a done one closes it on the restored data."""
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="admin.one") as ws:
        _case(ws)
        ws.users.set_role("coord", "coordinator")
        backup = ws.backup(tmp_path / "copy.sqlite")
        _case(ws, "R-2")  # after the backup: gone once it is restored
        assert ws.cases.count() == 2
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_bytes(b"not a database")
    with Workspace.open(db, actor="coord") as ws:
        with pytest.raises(PermissionDenied, match="needs the role admin"):
            ws.restore_from(backup)
        assert ws.cases.count() == 2, "still open, nothing replaced"
    with Workspace.open(db, actor="admin.one") as ws:
        for bad in (not_a_backup, tmp_path / "missing.sqlite"):
            with pytest.raises(StorageError, match="nothing was restored|No backup file"):
                ws.restore_from(bad)
            assert ws.cases.count() == 2, "a bad backup is refused with the board still open"
        assert not list(tmp_path.glob("*.replaced-*"))
        kept = ws.restore_from(backup)
    assert kept is not None and kept.exists()
    with Workspace.open(db, actor="admin.one") as ws:
        assert ws.cases.count() == 1


def test_a_backup_and_a_restore_are_in_the_boards_audit_trail_and_the_chain_holds(tmp_path):
    """Who copied the board's patients, and who replaced its days with an older copy, is on the record:
    the backup event on the board it was taken from, the restore event on the restored board (whose own trail
    otherwise ends at the backup, as if nothing had happened since)."""
    db = tmp_path / "board.sqlite"
    with Workspace.open(db, actor="admin.one") as ws:
        _case(ws)
        backup = ws.backup(tmp_path / "copy.sqlite")
        taken = [e for e in ws.audit.events() if e.entity == "database"]
        assert [(e.action, e.actor) for e in taken] == [("backup", "admin.one")]
        assert {c.field: c.after for c in taken[0].changes} == {"written to": str(backup)}
        _case(ws, "R-2")
    kept = Workspace.restore(db, backup, actor="admin.one")
    with Workspace.open(db, actor="admin.one") as ws:
        events = [e for e in ws.audit.events() if e.entity == "database"]
        assert [(e.action, e.actor) for e in events] == [("restore", "admin.one")], \
            "the backup's own trail ends before its backup event; the restore is recorded after it"
        after = {c.field: c.after for c in events[0].changes}
        assert after == {"restored from": str(backup.resolve()), "replaced file kept as": str(kept)}
        assert ws.audit.verify().ok
        kept_again = ws.restore_from(backup)  # the open board's Settings > Restore records the same
    with Workspace.open(db, actor="admin.one") as ws:
        events = [e for e in ws.audit.events() if e.entity == "database"]
        assert [e.action for e in events] == ["restore"]
        assert {c.field: c.after for c in events[0].changes}["replaced file kept as"] == str(kept_again)
        assert ws.audit.verify().ok
