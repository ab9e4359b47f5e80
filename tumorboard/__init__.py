"""Tumorboard core: cases, decision engine, storage, services and reports.

This package never imports Qt; the GUI lives in the separate `ui` package.
"""

__version__ = "0.1.0"
