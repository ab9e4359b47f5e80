"""Settings the service refuses in words: a blank letterhead, a logo that is not a file, a
specialty listed twice. Nothing is written when any is refused."""

from __future__ import annotations

import pytest

from tests.core.conftest import dump_database
from tumorboard.errors import InvalidInput

pytestmark = pytest.mark.db


def test_blank_name_missing_logo_and_a_repeated_specialty_are_refused_together(workspace, tmp_path):
    current = workspace.settings.get()
    before = dump_database(workspace)
    bad = current.model_copy(update={
        "hospital_name": "  ", "logo_path": str(tmp_path / "nowhere.png"),
        "core_specialties": ["radiology", "Pathology", "pathology"],
    })
    with pytest.raises(InvalidInput) as err:
        workspace.settings.update(bad, base=current)
    problems = {p.field: p for p in err.value.problems}
    assert set(problems) == {"hospital_name", "logo_path", "core_specialties"}
    assert "required" in problems["hospital_name"].allowed
    assert problems["logo_path"].value.endswith("nowhere.png") and "existing" in problems["logo_path"].allowed
    assert problems["core_specialties"].value == "pathology" and "once" in problems["core_specialties"].allowed
    assert dump_database(workspace) == before


def test_an_existing_logo_file_is_accepted(workspace, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    saved = workspace.settings.update(workspace.settings.get().model_copy(update={"logo_path": str(logo)}))
    assert saved.logo_path == str(logo)
