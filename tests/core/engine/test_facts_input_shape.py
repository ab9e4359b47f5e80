"""Case facts that are not a JSON object are refused with a message saying what is expected."""

import json
import subprocess
import sys

import pytest

from tumorboard.engine import CaseFacts
from tumorboard.errors import InvalidInput


@pytest.mark.parametrize("data", [[1, 2], "colorectal", 3, None])
def test_non_object_input_is_refused_naming_what_is_allowed(data: object) -> None:
    with pytest.raises(InvalidInput) as err:
        CaseFacts.parse(data)
    assert "a JSON object of case facts" in str(err.value)


def test_cli_exits_2_for_a_json_list() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tumorboard", "evaluate", "-", "--json"],
        input=json.dumps([{"primary_site": "colorectal"}]),
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "JSON object" in proc.stderr
