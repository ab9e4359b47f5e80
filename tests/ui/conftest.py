"""Fixtures for the GUI tests: offscreen Qt, a real workspace (SQLite; PostgreSQL too, see below),
the real main window, and a check that no thread or timer outlives its test.

Every GUI test that opens a workspace is marked `db`, so the PostgreSQL pass
(`TUMORBOARD_TEST_POSTGRES_URL=... pytest -m db`) drives the same windows on a server."""

from __future__ import annotations

import contextlib
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere
os.environ["TUMORBOARD_NO_OPEN"] = "1"  # never hand PDFs to a viewer during tests
os.environ["TUMORBOARD_NO_CRASH_DIALOG"] = "1"

from collections.abc import Iterator  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from shiboken6 import isValid  # noqa: E402

READY_FACTS: dict[str, Any] = {
    "primary_site": "colorectal", "liver_mets": "confirmed", "confirmed_by": ["ct", "mri"],
    "lesion_count": 2, "largest_lesion_cm": 3.2, "primary_resected": True, "liver_resectable": True,
    "future_liver_remnant_pct": 45.0, "extrahepatic_disease": "none", "ecog": 1,
    "fit_for_major_surgery": True, "accepts_surgery": True, "age_years": 62, "bilirubin_umol_l": 12.0,
    "albumin_g_l": 40.0, "inr": 1.0, "ascites": "none", "encephalopathy": "none", "cea_ng_ml": 14.0,
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if "workspace" in getattr(item, "fixturenames", ()) and here in item.path.parents:
            item.add_marker(pytest.mark.db)


@pytest.fixture(scope="session", autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window layout and remembered database go to a throw-away folder, not the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    os.environ.setdefault("TUMORBOARD_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(autouse=True)
def _language_and_settings_restored(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that switches the program to Chinese or writes settings leaves English and empty
    settings behind for the next test (order independence)."""
    yield
    if "qapp" not in request.fixturenames and "app" not in request.fixturenames:
        return
    from ui.i18n import reset_language

    reset_language()
    QSettings().clear()


@pytest.fixture
def app(qapp: Any) -> Any:
    from ui.app import make_application

    return make_application()


@pytest.fixture
def workspace(db_url: str, session_clock: Any) -> Iterator[Any]:
    """The GUI's database: a SQLite file, or a fresh PostgreSQL database for tests marked `db`
    when TUMORBOARD_TEST_POSTGRES_URL is set (tests/conftest.py). The GUI acts as "coordinator",
    the account that created the board and so its admin; "dr.colleague" is registered as admin too."""
    from tumorboard.services import Workspace

    ws = Workspace.open(db_url, actor="coordinator")  # creates the board: its admin
    ws.clock = session_clock  # the GUI asks ctx.today(): the same fixed day
    # the colleague on another workstation of the concurrent-edit tests
    ws.users.set_role("dr.colleague", "admin")
    yield ws
    ws.close()


@pytest.fixture
def ctx(app: Any, workspace: Any) -> Iterator[Any]:
    from ui.context import Context

    c = Context(workspace)
    c.open_files = False
    yield c
    c.shutdown()


@contextlib.contextmanager
def shown_main_window(qtbot: Any, ctx: Any, language: str = "en",
                      monkeypatch: pytest.MonkeyPatch | None = None) -> Iterator[Any]:
    """The real main window, shown, in `language` (its translators installed before it is built; the
    language and date locale are put back by `monkeypatch`), closed afterwards without asking."""
    from ui.i18n import DATE_LOCALE, install_translators
    from ui.main_window import MainWindow

    loaded = []
    if language != "en":
        assert monkeypatch is not None, "another language needs monkeypatch to be put back"
        monkeypatch.setenv("TUMORBOARD_LANG", language)
        monkeypatch.setitem(DATE_LOCALE, "locale", DATE_LOCALE["locale"])
        loaded = install_translators(QCoreApplication.instance())
        assert loaded, f"the {language} translation is shipped"
    win = MainWindow(ctx)
    win.cases.load_now()
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        for ed in win.open_editors():
            ed.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        win.close()
        wait_idle(qtbot, ctx)
        win.deleteLater()
        QCoreApplication.processEvents()
        for t in loaded:
            QCoreApplication.removeTranslator(t)


@pytest.fixture
def out_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the program prints and exports into, under the test's tmp_path."""
    from ui import printing

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(printing, "output_folder", lambda: folder)
    return folder


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Iterator[Any]:
    with shown_main_window(qtbot, ctx) as win:
        yield win


@pytest.fixture(autouse=True)
def no_leaked_threads_or_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """napari's habit: a thread or timer left running becomes a crash in a later test."""
    yield
    if "qapp" not in request.fixturenames and "app" not in request.fixturenames:
        return
    from ui.tasks import LIVE_THREADS, LIVE_TIMERS

    QCoreApplication.processEvents()
    running = [t.objectName() for t in list(LIVE_THREADS) if isValid(t) and t.isRunning()]
    assert not running, f"database threads still running after the test: {running}"
    assert QThreadPool.globalInstance().activeThreadCount() == 0, "thread pool work outlived the test"
    active = [t for t in list(LIVE_TIMERS) if isValid(t) and t.isActive()]
    assert not active, f"{len(active)} timer(s) still running after the test"


def error_boxes(widget: Any) -> list[Any]:
    """The error dialogs (ui.errors.show_error) open over `widget`."""
    return [b for b in widget.findChildren(QMessageBox) if b.objectName() == "errorBox" and b.isVisible()]


def wait_idle(qtbot: Any, ctx: Any, timeout: int = 15000) -> None:
    """Wait until the database thread has delivered every result to the GUI."""
    qtbot.waitUntil(ctx.tasks.idle, timeout=timeout)
    QCoreApplication.processEvents()


def make_case(ws: Any, mrn: str = "T-100", name: str = "Test, Patient", facts: dict[str, Any] | None = None,
              ready: bool = True) -> Any:
    """A case through the real services; with fresh imaging and labs so it is ready."""
    from tumorboard.services.schemas import CaseCreate, PatientIn

    detail = ws.cases.create(CaseCreate(patient=PatientIn(mrn=mrn, name=name), facts=facts or READY_FACTS))
    if ready:
        add_fresh_workup(ws, detail.id)
        detail = ws.cases.get(detail.id)
        detail = ws.cases.set_status(detail.id, "ready", expected_version=detail.version)
    return detail


def add_fresh_workup(ws: Any, case_id: int) -> None:
    from tumorboard.services.schemas import ImagingIn, LabIn

    today = ws.today()
    ws.cases.add_imaging(case_id, ImagingIn(study_date=today - timedelta(days=5), modality="mri", findings="2 lesions"))
    for test, value in (("bilirubin", 12), ("albumin", 40), ("inr", 1.0)):
        ws.cases.add_lab(case_id, LabIn(taken_on=today - timedelta(days=2), test=test, value=value))
