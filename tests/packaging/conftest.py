"""Fixtures for the packaging tests: the repository root, packaging/bundle_contents.py
(shared with the PyInstaller spec) and the built bundle when there is one."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "TUMORBOARD_TEST_BUNDLE"


@pytest.fixture(scope="session")
def bundle_contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_contents", ROOT / "packaging" / "bundle_contents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_dir(bundle_contents: ModuleType) -> Path:
    """The built one-folder bundle: $TUMORBOARD_TEST_BUNDLE (CI sets it after building; then it
    must exist), else dist/tumorboard when it is at least as new as the resources it must carry."""
    forced = os.environ.get(BUNDLE_ENV)
    if forced:
        path = Path(forced).resolve()
        assert (path / "_internal").is_dir(), f"{BUNDLE_ENV}={forced} is not a built bundle"
        return path
    path = ROOT / "dist" / "tumorboard"
    if not (path / "_internal").is_dir():
        pytest.skip("no built bundle: run `bash packaging/build.sh` (CI builds it and sets TUMORBOARD_TEST_BUNDLE)")
    built = (path / "_internal").stat().st_mtime
    newer = [f for f in _source_files(bundle_contents) if f.stat().st_mtime > built]
    if newer:
        pytest.skip(f"dist/tumorboard is older than {newer[0].relative_to(ROOT)}: rebuild with packaging/build.sh")
    return path


def _source_files(bundle_contents: ModuleType) -> list[Path]:
    return [f for tree in bundle_contents.RESOURCE_TREES for f in (ROOT / tree).rglob("*") if f.is_file()]
