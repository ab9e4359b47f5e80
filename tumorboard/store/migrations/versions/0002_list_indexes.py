"""Indexes that keep the case list, search and worklists fast at 100,000 cases.

Revision ID: 0002_list_indexes
Revises: 0001_initial
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002_list_indexes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_patients_name_key", "patients", ["name_key"]),
    ("ix_cases_site_status", "cases", ["primary_site", "status"]),
    ("ix_cases_status_updated", "cases", ["status", "updated_at"]),
    ("ix_cases_updated", "cases", ["updated_at"]),
    ("ix_meetings_meeting_date", "meetings", ["meeting_date"]),
    ("ix_followups_status_due", "followups", ["status", "due"]),
    ("ix_audit_events_at", "audit_events", ["at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
