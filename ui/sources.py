"""Readable titles for the shipped clinical source texts (file names mean nothing to a clinician)."""

from __future__ import annotations

import json
from functools import cache

from tumorboard.resources import read_text


@cache
def source_title(document: str) -> str:
    try:
        text = read_text("sources", document)
    except (FileNotFoundError, OSError):
        return document
    if text.lstrip().startswith("{"):
        try:
            return str(json.loads(text).get("title") or document)
        except ValueError:
            pass
    first = text.strip().splitlines()[0] if text.strip() else document
    if len(first) > 90:
        first = first[:90].rsplit(" ", 1)[0] + " …"
    return first
