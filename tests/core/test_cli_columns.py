"""The CLI's text tables stay aligned when names are in Chinese (two cells per character)."""

import unicodedata

from tumorboard.cli.common import pad


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_chinese_and_latin_names_fill_the_same_width() -> None:
    for name in ("张军", "Brown, Björn", "欧阳 Smith", ""):
        assert cells(pad(name, 28)) == 28


def test_a_name_wider_than_the_column_is_not_cut() -> None:
    assert pad("张" * 20, 28) == "张" * 20
