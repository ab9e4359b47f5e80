"""The Qt desktop application over the tumorboard core (PySide6).

Importing this package does not import Qt; ui.app does."""
