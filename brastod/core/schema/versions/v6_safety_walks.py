"""Version 5 → 6: trygghetsvandringar (issue 20). A walk, the organisations that took part,
the points observed (each may become an action in a plan), and the list of what a walk can
observe, filled with the kinds that ship with the program."""
import sqlalchemy as sa
from alembic import op

# The kinds as they were at version 6 (services/walks.py may change its own list later).
OBSERVATION_KINDS = ("Belysning", "Vegetation", "Klotter", "Nedskräpning", "Skadegörelse",
                     "Öde plats", "Trafik", "Övrigt")

revision = "6"
down_revision = "5"
branch_labels = None
depends_on = None


def upgrade() -> None:
    kinds = op.create_table(
        "observation_kind",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.create_table(
        "safety_walk",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("walk_date", sa.Date, nullable=False, index=True),
        sa.Column("start_time", sa.Time),
        sa.Column("end_time", sa.Time),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("area.id", ondelete="SET NULL")),
        sa.Column("route", sa.String, nullable=False),
        sa.Column("meeting_place", sa.String),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.CheckConstraint("status IN ('planned', 'held')"),
        sa.CheckConstraint("end_time IS NULL OR start_time IS NULL OR end_time > start_time"),
    )
    op.create_table(
        "walk_participant",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("walk_id", sa.Integer, sa.ForeignKey("safety_walk.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("partner_id", sa.Integer, sa.ForeignKey("partner.id", ondelete="CASCADE")),
        sa.Column("organisation", sa.String),
        sa.Column("headcount", sa.Integer, nullable=False),
        sa.CheckConstraint("headcount >= 1"),
    )
    op.create_table(
        "walk_point",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("walk_id", sa.Integer, sa.ForeignKey("safety_walk.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("place", sa.String, nullable=False),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("area.id", ondelete="SET NULL")),
        sa.Column("place_id", sa.Integer, sa.ForeignKey("place.id", ondelete="SET NULL")),
        sa.Column("kind_id", sa.Integer,
                  sa.ForeignKey("observation_kind.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id", ondelete="SET NULL"),
                  index=True),
    )
    op.bulk_insert(kinds, [{"name": name, "sort_order": position}
                           for position, name in enumerate(OBSERVATION_KINDS)])


def downgrade() -> None:
    for table in ("walk_point", "walk_participant", "safety_walk", "observation_kind"):
        op.drop_table(table)
