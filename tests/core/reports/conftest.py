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


def text_render_modes(pdf: bytes) -> list[tuple[str, int]]:
    """(text, render mode) of every run shown, over every page: mode 2 (fill, then stroke)
    is the synthetic bold the CJK font gets; 0 is plain filled text."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    runs: list[tuple[str, int]] = []
    for page in reader.pages:
        state: dict[str, Any] = {"tr": 0, "saved": [], "shown": 0}

        def before(op: bytes, args: Any, _cm: Any, _tm: Any, state: dict[str, Any] = state) -> None:
            if op == b"Tr":
                state["tr"] = int(args[0])
            elif op == b"q":
                state["saved"].append(state["tr"])
            elif op == b"Q":
                state["tr"] = state["saved"].pop()
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                state["shown"] = state["tr"]  # pypdf hands the text over later, at the next font change

        def seen(text: str, _cm: Any, _tm: Any, _font: Any, _size: Any, state: dict[str, Any] = state) -> None:
            if text.strip():
                runs.append((text.strip(), state["shown"]))

        page.extract_text(visitor_operand_before=before, visitor_text=seen)
    return runs


@pytest.fixture
def pdf_render_modes() -> Callable[[bytes], list[tuple[str, int]]]:
    return text_render_modes
