"""Initial tables: patients, cases, meetings, decisions, follow-ups, audit.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_events_entity", "audit_events", ["entity", "entity_id"])

    op.create_table(
        "meetings",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalised_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "patients",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mrn", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("search_key", sa.String(length=260), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mrn"),
    )
    op.create_table(
        "settings",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "attendances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attendances_meeting_id", "attendances", ["meeting_id"])

    op.create_table(
        "cases",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("age_years", sa.Integer(), nullable=True),
        sa.Column("ecog", sa.Integer(), nullable=True),
        sa.Column("fit_for_major_surgery", sa.Boolean(), nullable=True),
        sa.Column("accepts_surgery", sa.Boolean(), nullable=True),
        sa.Column("primary_site", sa.String(length=30), nullable=False),
        sa.Column("primary_resected", sa.Boolean(), nullable=True),
        sa.Column("primary_resectable", sa.Boolean(), nullable=True),
        sa.Column("primary_diagnosed_on", sa.Date(), nullable=True),
        sa.Column("emergency_primary_surgery", sa.Boolean(), nullable=True),
        sa.Column("node_positive_primary", sa.Boolean(), nullable=True),
        sa.Column("liver_mets", sa.String(length=20), nullable=True),
        sa.Column("liver_mets_detected_on", sa.Date(), nullable=True),
        sa.Column("timing", sa.String(length=20), nullable=True),
        sa.Column("confirmed_by", sa.JSON(), nullable=True),
        sa.Column("lesion_count", sa.Integer(), nullable=True),
        sa.Column("largest_lesion_cm", sa.Float(), nullable=True),
        sa.Column("adjacent_to_hollow_structure", sa.Boolean(), nullable=True),
        sa.Column("liver_resectable", sa.Boolean(), nullable=True),
        sa.Column("future_liver_remnant_pct", sa.Float(), nullable=True),
        sa.Column("extrahepatic_disease", sa.String(length=20), nullable=True),
        sa.Column("prior_systemic_therapy", sa.Boolean(), nullable=True),
        sa.Column("response_to_systemic_therapy", sa.String(length=20), nullable=True),
        sa.Column("recurrence_after_hepatectomy", sa.Boolean(), nullable=True),
        sa.Column("bilirubin_umol_l", sa.Float(), nullable=True),
        sa.Column("albumin_g_l", sa.Float(), nullable=True),
        sa.Column("inr", sa.Float(), nullable=True),
        sa.Column("ascites", sa.String(length=20), nullable=True),
        sa.Column("encephalopathy", sa.String(length=20), nullable=True),
        sa.Column("cirrhosis", sa.Boolean(), nullable=True),
        sa.Column("hbv_or_hcv_positive", sa.Boolean(), nullable=True),
        sa.Column("afp_ng_ml", sa.Float(), nullable=True),
        sa.Column("cea_ng_ml", sa.Float(), nullable=True),
        sa.Column("disease_free_interval_months", sa.Float(), nullable=True),
        sa.Column("evaluated_rule_set", sa.String(length=60), nullable=True),
        sa.Column("evaluated_tier1", sa.JSON(), nullable=True),
        sa.Column("evaluated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cases_patient_id", "cases", ["patient_id"])

    op.create_table(
        "agenda_items",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("deferred_reason", sa.Text(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("time_spent_seconds", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["agenda_items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "case_id", name="uq_agenda_items_meeting_case"),
    )
    op.create_index("ix_agenda_items_case_id", "agenda_items", ["case_id"])
    op.create_index("ix_agenda_items_meeting_position", "agenda_items", ["meeting_id", "position"])

    op.create_table(
        "imaging_studies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("study_date", sa.Date(), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_imaging_studies_case_id", "imaging_studies", ["case_id"])

    op.create_table(
        "lab_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_lab_results_case_id", "lab_results", ["case_id"])

    op.create_table(
        "decisions",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("modalities", sa.JSON(), nullable=False),
        sa.Column("intent", sa.String(length=20), nullable=False),
        sa.Column("timing", sa.String(length=20), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("patient_preference", sa.Text(), nullable=False),
        sa.Column("trial_considered", sa.Boolean(), nullable=False),
        sa.Column("deviation", sa.Boolean(), nullable=False),
        sa.Column("deviation_reason", sa.Text(), nullable=True),
        sa.Column("informer", sa.String(length=200), nullable=False),
        sa.Column("inform_patient_by", sa.Date(), nullable=True),
        sa.Column("inform_referrer_by", sa.Date(), nullable=True),
        sa.Column("patient_informed", sa.Boolean(), nullable=False),
        sa.Column("patient_informed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("referrer_informed", sa.Boolean(), nullable=False),
        sa.Column("referrer_informed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("time_spent_seconds", sa.Integer(), nullable=True),
        sa.Column("treatment_date", sa.Date(), nullable=True),
        sa.Column("recommendation", sa.JSON(), nullable=True),
        sa.Column("rule_set_name", sa.String(length=60), nullable=False),
        sa.Column("rule_set_version", sa.String(length=60), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amended_reason", sa.Text(), nullable=True),
        sa.Column("amended_by", sa.String(length=100), nullable=True),
        sa.Column("amended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_decisions_agenda_item_id", "decisions", ["agenda_item_id"])
    op.create_index("ix_decisions_case_id", "decisions", ["case_id"])
    op.create_index("ix_decisions_meeting_id", "decisions", ["meeting_id"])

    op.create_table(
        "followups",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("result", sa.String(length=30), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_followups_case_id", "followups", ["case_id"])
    op.create_index("ix_followups_decision_id", "followups", ["decision_id"])


def downgrade() -> None:
    op.drop_table("followups")
    op.drop_table("decisions")
    op.drop_table("lab_results")
    op.drop_table("imaging_studies")
    op.drop_table("agenda_items")
    op.drop_table("cases")
    op.drop_table("attendances")
    op.drop_table("settings")
    op.drop_table("patients")
    op.drop_table("meetings")
    op.drop_table("audit_events")
