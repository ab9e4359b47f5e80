"""The case's codes the case list shows and sorts by: sex, status (with the status words), the list's sort keys.

Plain enums, no pydantic: the GUI's first window shows the case list before the services' schemas are
imported (start-up time, issue 17). tumorboard.services.schemas gives the same names.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class Sex(StrEnum):
    female = "female"
    male = "male"
    other = "other"
    unknown = "unknown"


class CaseStatus(StrEnum):
    """draft -> ready -> listed -> discussed -> follow_up -> closed."""

    draft = "draft"
    ready = "ready"
    listed = "listed"
    discussed = "discussed"
    follow_up = "follow_up"
    closed = "closed"


#: each status as the board says it (the GUI translates these under the context "Status")
CASE_STATUS_LABELS: dict[str, str] = {
    "draft": "Draft (incomplete)",
    "ready": "Ready for the board",
    "listed": "Listed on a meeting",
    "discussed": "Discussed",
    "follow_up": "In follow-up",
    "closed": "Closed",
}
#: statuses after the board's decision: the readiness checklist no longer applies
DECIDED_STATUSES = frozenset({"discussed", "follow_up", "closed"})

CaseSort = Literal["name", "mrn", "site", "status", "updated", "age"]
