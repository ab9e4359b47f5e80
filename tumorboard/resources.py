"""Access to the files shipped in `resources/` (installed as the package
`tumorboard_resources`). Always through importlib.resources, so the same code
works from a checkout, an installed wheel and a frozen one-folder bundle."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "tumorboard_resources"


def resource(*parts: str) -> Traversable:
    """A shipped file, e.g. resource("sources", "000_097d1b63dcffeaa5.txt")."""
    node = files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def real_path(*parts: str) -> Path:
    """A filesystem path for libraries that need one (fonts for reportlab/Qt).

    Installed and bundled resources are plain files, so as_file returns the
    file itself and no temporary copy outlives this call."""
    with as_file(resource(*parts)) as path:
        return Path(path)
