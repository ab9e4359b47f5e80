from __future__ import annotations


class Meetings:
    def __init__(self, ws):
        self.ws = ws
