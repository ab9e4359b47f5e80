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


def test_privacy_initials_never_reveal_the_name():
    from tumorboard.reports.data import PatientRef

    def initials(name: str) -> str:
        return PatientRef(name=name, mrn="1").initials()

    assert initials("John O'Brien") == "J.O."
    assert initials("Ольга Иванова") == "О.И."
    assert initials("张伟") == "张*"
    assert initials("李秀英 (Li Xiuying)") == "李*"  # the romanisation would give the name away


def test_runs_cover_any_text_exactly_and_only_switch_for_glyphs_the_main_font_lacks():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from reportlab.pdfbase import pdfmetrics

    main = pdfmetrics.getFont(SANS).face.charToGlyph

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x9FFF), max_size=40))
    def check(text: str) -> None:
        parts = list(runs(text))
        assert "".join(chunk for _font, chunk in parts) == text
        assert all(chunk for _font, chunk in parts)
        for font, chunk in parts:
            if font == CJK:
                assert all(ord(c) not in main for c in chunk)

    check()
