"""A detector for English left in a Chinese screen or document: a run of three or more English words
(letters only, hyphenated words count as one) is an English sentence unless it is a deliberate exception:
rule ids, drug and score names, units, codes written the same in Chinese practice, and verbatim quotes
from the sources with their citation (citations stay in their original language), and commands or SQL
to type as they are, written between backticks (`tumorboard users set-role`)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

#: names and abbreviations that a Chinese clinician writes in Latin letters, as whole phrases
ALLOWED = (
    "Child-Pugh", "ALBI", "Fong", "ECOG", "INR", "CEA", "AFP", "ALT", "AST", "PET-CT", "CT", "MRI", "TACE", "HAI",
    "RAS", "KRAS", "NRAS", "BRAF", "MSS", "MSI-H", "V600E", "Couinaud", "Tumorboard", "PDF", "FHIR", "mCODE",
    "µmol/L", "g/L", "ng/mL", "mg/dL", "g/dL", "cm", "H", "L", "tumorboard-liver-metastases",
    "S0", "S1", "S2", "S3", "S4", "5-FU",
    "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY",  # how a date is written, the same in every language
)
WORD = r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*"
RUN = re.compile(rf"{WORD}(?:[ ,;:/()]+{WORD}){{2,}}")


def plain(text: str) -> str:
    """Markup stripped, entities decoded, whitespace collapsed (a PDF's line breaks become spaces)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def english_sentences(text: str, quotes: Iterable[str] = (), allowed: Iterable[str] = ()) -> list[str]:
    """The runs of >= 3 English words in `text`, once `quotes` (verbatim source excerpts, citations)
    and the allowed names are taken out."""
    text = re.sub(r"`[^`\n]*`", " ", plain(text))  # a command to type as it is
    for quote in sorted({plain(q) for q in quotes if q.strip()}, key=len, reverse=True):
        text = text.replace(quote, " ")
    for name in sorted(set(ALLOWED) | set(allowed), key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", " ", text)
    return RUN.findall(text)
