from __future__ import annotations


class FollowUps:
    def __init__(self, ws):
        self.ws = ws
