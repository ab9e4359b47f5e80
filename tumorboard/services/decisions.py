from __future__ import annotations


class Decisions:
    def __init__(self, ws):
        self.ws = ws
