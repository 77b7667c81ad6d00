"""Version 7 → 8: several people at once (issue 18). Every record edited in place gets a
version, counted up on each change, and who changed it last and when; an editor's save names the
version it loaded and meets a newer one as a conflict instead of overwriting it
(core.versions)."""
import sqlalchemy as sa
from alembic import op

revision = "8"
down_revision = "7"
branch_labels = None
depends_on = None

TABLES = ("situation_report", "report_section", "area_assessment", "priority_problem", "cause",
          "annual_report", "annual_report_section", "action_plan", "goal", "action",
          "follow_up", "meeting_series", "meeting", "attendee", "agenda_item", "decision",
          "area", "partner", "contact", "category", "safety_walk", "walk_participant",
          "walk_point")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False,
                                       server_default="1"))
        op.add_column(table, sa.Column("changed_by", sa.String))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    for table in TABLES:
        for column in ("changed_at", "changed_by", "version"):
            op.drop_column(table, column)
