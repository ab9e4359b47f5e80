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


def test_bold_chinese_inside_paragraphs_prints_bold_and_regular_stays_regular(pdf_render_modes):
    """<b> around CJK (and CJK in a bold style) is drawn filled and stroked; the same name in a
    regular paragraph is filled only. Both still extract as the characters themselves."""
    from tumorboard.reports import specimen
    from tumorboard.reports.base import Renderer
    from tumorboard.reports.parts import para, rich

    class Sample(Renderer):
        def story(self):
            return [rich(f"Patient <b>{markup('王丽')}</b> MRN 1", "Body"), para("张伟", "CellBold"),
                    para("陈静 regular", "Body"), rich(f"<b>Dr.</b> {markup('李秀英')}", "Body")]

    modes = dict(pdf_render_modes(Sample(specimen.letterhead()).render()))
    assert modes["王丽"] == 2 and modes["张伟"] == 2
    assert modes["陈静"] == 0 and modes["李秀英"] == 0
    assert modes["Patient"] == 0  # Latin keeps DejaVu's real bold face, never the stroke


def test_embolden_cjk_follows_the_b_nesting():
    from tumorboard.reports.fonts import CJK_BOLD, embolden_cjk

    cjk = markup("王")
    assert embolden_cjk(f"<b>{cjk}</b> {cjk}") == f'<b><font name="{CJK_BOLD}">王</font></b> {cjk}'
    assert embolden_cjk(cjk, bold=True) == f'<font name="{CJK_BOLD}">王</font>'
    assert embolden_cjk("<b>plain</b>") == "<b>plain</b>"
