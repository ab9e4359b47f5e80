"""Fallback by glyph coverage: Latin stays in DejaVu, CJK goes to Droid Sans Fallback."""

from __future__ import annotations

from tumorboard.reports.fonts import CJK, SANS, SANS_BOLD, markup, runs


def test_mixed_text_splits_into_runs_by_coverage():
    assert list(runs("Dr. 陈静 (oncology)")) == [(SANS, "Dr. "), (CJK, "陈静"), (SANS, " (oncology)")]
    assert list(runs("Müller Ольга")) == [(SANS, "Müller Ольга")]
    assert list(runs("张伟", SANS_BOLD)) == [(CJK, "张伟")]


def test_markup_escapes_and_wraps_cjk_runs():
    assert markup("a < b & 张") == 'a &lt; b &amp; <font name="TB-CJK">张</font>'
    assert markup(None) == ""
