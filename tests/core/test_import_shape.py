"""The core's import graph has no loops, and no service reaches back into the Workspace facade."""

import sys
from pathlib import Path

import pytest

grimp = pytest.importorskip("grimp")  # installed with import-linter (the test extra)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from check_import_cycles import cycles  # noqa: E402


def test_the_core_has_no_import_loops():
    assert cycles("tumorboard") == []


def test_the_cycle_finder_finds_a_loop(tmp_path, monkeypatch):
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loopy import b\n")
    (package / "b.py").write_text("from loopy import c\n")
    (package / "c.py").write_text("from loopy import a\n")
    (package / "d.py").write_text("from loopy import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert cycles("loopy") == [["loopy.a", "loopy.b", "loopy.c"]]


def test_no_service_imports_the_workspace():
    graph = grimp.build_graph("tumorboard")
    importers = graph.find_modules_that_directly_import("tumorboard.services.workspace")
    assert importers <= {"tumorboard.services"}, importers
