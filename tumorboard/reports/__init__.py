"""Printed documents (reportlab): pure rendering from the models in data.py to
PDF bytes. No database, no clock: tumorboard/services/reports.py gathers the
data from a Workspace and writes the file.

    data.py          input models (MeetingHandoutData, MinutesData, CaseSummaryData, ScheduleData)
    fonts.py         embedded TrueType fonts, fallback to the CJK font by glyph coverage
    styles.py        the named stylesheet and colours
    base.py          Renderer: page template, header (hospital, logo, title, date),
                     footer (confidentiality, generated at, rule set, "Page X of Y")
    parts.py         paragraphs, fact tables, grids, tier badges, call-outs, note lines
    casesheet.py     a case's facts, liver function and scores, imaging, options, warnings
    decisions.py     a recorded decision and its follow-ups
    handout.py       render_handout(data, progress=None)
    minutes.py       render_minutes(data, progress=None)
    case_summary.py  render_case_summary(data, progress=None)
    schedule.py      render_schedule(data, progress=None)
    specimen.py      invented data: printer/logo checks, tests, bench/reports.py

progress(done, total, message) is called per case while the document is
prepared and laid out; raising from it stops the rendering.
"""
