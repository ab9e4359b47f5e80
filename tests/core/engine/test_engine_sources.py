"""Citations cannot drift: every excerpt is verbatim in its source; every catalogue rule is coded and tested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tumorboard.engine import sources
from tumorboard.engine.rules import CATALOGUE_IDS, REGISTRY
from tumorboard.resources import read_text


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize("name", sorted(sources.ALL))
def test_excerpt_is_verbatim_in_its_source(name: str) -> None:
    ref = sources.ALL[name]
    assert ref.document in sources.DOCUMENTS
    assert len(squash(ref.excerpt)) >= 12
    assert squash(ref.excerpt) in squash(read_text("sources", ref.document)), name


def test_a_changed_excerpt_would_be_caught() -> None:
    text = squash(read_text("sources", sources.S0))
    assert squash(sources.S0_SURVEILLANCE.excerpt.replace("3 months", "6 months")) not in text


@pytest.mark.parametrize("document", sources.DOCUMENTS)
def test_each_source_is_cited_by_its_catalogue_code_and_its_own_title(document: str) -> None:
    title = sources.TITLES[document]
    assert title in read_text("sources", document)[:400], "the title as it opens the document"
    row = next(
        line for line in read_text("rules", "catalogue.md").splitlines() if line.startswith(f"| `{document}`")
    )
    code = sources.cited_as(document)
    assert f"| {code}" in row and f'"{title}' in row, "named as in the catalogue's table of sources"
    ref = sources.SourceRef(document=document, section="§2", excerpt="x")
    assert sources.citation(ref) == f"{code} §2 · {title}"


def test_a_source_no_longer_shipped_is_cited_by_its_file_name() -> None:
    ref = sources.SourceRef(document="old_guideline.txt", section="§4", excerpt="x")
    assert sources.cited_as("old_guideline.txt") == "old_guideline.txt"
    assert sources.citation(ref) == "old_guideline.txt §4"


def catalogue_ids() -> list[str]:
    text = read_text("rules", "catalogue.md")
    return re.findall(r"^\| ([A-Z]+-\d) \|", text, flags=re.MULTILINE)


def test_every_catalogue_rule_is_coded_and_only_those() -> None:
    ids = catalogue_ids()
    assert len(ids) == 42
    assert list(REGISTRY) == ids == list(CATALOGUE_IDS)


def test_every_rule_cites_registered_excerpts() -> None:
    known = {id(ref) for ref in sources.ALL.values()}
    for info in REGISTRY.values():
        assert all(id(ref) in known for ref in info.sources), info.id
        if info.section != "followup":
            assert info.sources, f"{info.id} cites no source"


def test_every_rule_id_has_a_test() -> None:
    here = Path(__file__).parent
    names = " ".join(p.read_text(encoding="utf-8") for p in here.glob("test_engine_*.py"))
    untested = [rid for rid in REGISTRY if f"test_{rid.replace('-', '_')}_" not in names]
    assert untested == []
