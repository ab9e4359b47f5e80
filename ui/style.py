"""The look: one palette of calm colours, tier badges, and the application stylesheet."""

from __future__ import annotations

TIER_COLOURS = {1: ("#1b5e20", "#e8f5e9"), 2: ("#8a5a00", "#fff4dc"), 3: ("#455a64", "#eceff1")}
ACCENT = "#1f5f99"
WARN_BG, WARN_FG = "#fff4dc", "#6b4500"
BAD_FG = "#b3261e"
OK_FG = "#1b5e20"
MUTED = "#5f6b76"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}
QListWidget#navigation {{ background: #1d2b3a; color: #dfe6ee; border: none; font-size: 11pt; padding-top: 8px; }}
QListWidget#navigation::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{ background: #2b3f55; color: white; border-left: 4px solid #6fb1ff; }}
QGroupBox {{ font-weight: bold; border: 1px solid #d5dae0; border-radius: 6px; margin-top: 14px;
             background: white; padding: 10px 8px 6px 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: bold; color: #1d2b3a; }}
QLabel#muted, QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {BAD_FG}; }}
QLabel#fieldError[question="true"] {{ color: {WARN_FG}; background: {WARN_BG}; }}
QLabel#emptyState {{ color: {MUTED}; font-size: 13pt; background: white; border: 1px solid #d5dae0; }}
QLineEdit[invalid="true"] {{ border: 2px solid {BAD_FG}; background: #fdecea; }}
QLineEdit[missing="true"], QComboBox[missing="true"] {{ background: #fffbea; }}
QComboBox QAbstractItemView {{ background: white; color: black; selection-background-color: #cfe3f7;
                               selection-color: black; }}
QFrame#card {{ background: white; border: 1px solid #d5dae0; border-radius: 6px; }}
QFrame#warning {{ background: {WARN_BG}; border: 1px solid #e8c77a; border-radius: 6px; }}
QTableView {{ background: white; alternate-background-color: #f3f6f9; gridline-color: #e3e7ec;
              selection-background-color: #cfe3f7; selection-color: black; }}
QHeaderView::section {{ background: #eef1f4; padding: 4px 6px; border: none; border-right: 1px solid #d5dae0;
                        font-weight: bold; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #174a78; border-radius: 4px; }}
QPushButton#primary:disabled {{ background: #9db3c8; }}
QStatusBar {{ background: #eef1f4; color: #33414e; }}
"""


def tier_badge_html(tier: int, text: str) -> str:
    fg, bg = TIER_COLOURS.get(tier, TIER_COLOURS[3])
    return (f'<span style="background:{bg}; color:{fg}; border:1px solid {fg}; '
            f'font-weight:bold;">&nbsp;{text}&nbsp;</span>')
