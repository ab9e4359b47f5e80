"""Windows sized from the screen they open on: a 1366x768 hospital screen holds the main window
and a case window whole (title bar and bottom edge included), and a size or position remembered
on a larger screen is brought back within the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room for the window manager's title bar and frame, which the widget's own geometry leaves out
FRAME_W, FRAME_H = 16, 40


def available(widget: QWidget) -> QRect | None:
    """The screen area windows may use (without task bars), or None on the offscreen test platform."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return None
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or the screen's usable area when smaller, and keep it on screen."""
    area = available(widget)
    if area is None:
        widget.resize(width, height)
        return
    w = min(width, area.width() - FRAME_W)
    h = min(height, area.height() - FRAME_H)
    widget.resize(w, h)
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move (and if need be shrink) a window so that its frame lies within the screen's usable area."""
    area = available(widget)
    if area is None:
        return
    w = min(widget.width(), area.width() - FRAME_W)
    h = min(widget.height(), area.height() - FRAME_H)
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    x = min(max(widget.x(), area.left()), area.right() - w - FRAME_W + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - h - FRAME_H + 1)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)
