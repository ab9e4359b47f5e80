"""Shared helpers: real PDFs parsed with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pypdf
import pytest


def page_texts(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def fonts(pdf: bytes) -> dict[str, dict[str, Any]]:
    """BaseFont name -> its font dictionary, over every page."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, dict[str, Any]] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


@pytest.fixture
def pdf_text() -> Callable[[bytes], list[str]]:
    return page_texts


@pytest.fixture
def pdf_fonts() -> Callable[[bytes], dict[str, dict[str, Any]]]:
    return fonts
