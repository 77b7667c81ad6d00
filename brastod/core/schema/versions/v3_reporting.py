"""Version 2 → 3: reporting upward and outward (issue 17). Verksamhetsberättelser with their
sections, the log of återkopplingar made from a lägesbild, and the national reference figures,
filled with the list that ships with the program."""
import sqlalchemy as sa
from alembic import op

from brastod.core.services.setup import national_references

revision = "3"
down_revision = "2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "annual_report",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("period_start", sa.Date, nullable=False, index=True),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("adopted_on", sa.Date),
        sa.Column("adopted_by", sa.String),
        sa.Column("adopted_meeting_id", sa.Integer,
                  sa.ForeignKey("meeting.id", ondelete="SET NULL")),
        sa.Column("frozen_figures_json", sa.String),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'adopted')"),
        sa.CheckConstraint("period_end >= period_start"),
    )
    op.create_table(
        "annual_report_section",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer,
                  sa.ForeignKey("annual_report.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("body", sa.String, nullable=False),
    )
    op.create_table(
        "feedback_dispatch",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer,
                  sa.ForeignKey("situation_report.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("as_email", sa.Boolean, nullable=False),
        sa.Column("partners_json", sa.String, nullable=False),
        sa.Column("address_count", sa.Integer, nullable=False),
    )
    references = op.create_table(
        "national_reference",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator", sa.String, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.String, nullable=False),
        sa.Column("per_100k", sa.Boolean, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("published_on", sa.Date),
        sa.UniqueConstraint("indicator", "year"),
    )
    op.bulk_insert(references, [{"published_on": None, **row} for row in national_references()])


def downgrade() -> None:
    for table in ("national_reference", "feedback_dispatch", "annual_report_section",
                  "annual_report"):
        op.drop_table(table)
