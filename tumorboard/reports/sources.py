"""Readable titles for the shipped clinical source texts: a file name means nothing on paper."""

from __future__ import annotations

import json
from functools import cache

from tumorboard.resources import read_text

TITLE_CHARS = 70  # a citation stays on one line of an excerpt


@cache
def source_title(document: str) -> str:
    """The source's title (its JSON "title" or its first line), shortened; the file name if unreadable."""
    try:
        text = read_text("sources", document)
    except (FileNotFoundError, OSError):
        return document
    title = ""
    if text.lstrip().startswith("{"):
        try:
            title = str(json.loads(text).get("title") or "")
        except ValueError:
            title = ""
    if not title:
        title = text.strip().splitlines()[0] if text.strip() else document
    title = " ".join(title.split())
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    return title
