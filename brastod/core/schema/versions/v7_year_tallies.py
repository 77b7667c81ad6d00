"""Version 6 → 7: the lägesbild's yearly tallies (models/tallies.py), filled from the incidents
already stored. A year's draft figures on a million incidents then read some thousand rows
rather than the year's 200 000 incidents. An import notes its batch as pending; the figures
count it.

The counting is this revision's own, over the incidents as they were at version 7, so that a
later change to services/tallies.py does not change what this step does."""
import sqlalchemy as sa
from alembic import op

revision = "7"
down_revision = "6"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tally_year_moments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False))
    op.create_index("ix_tally_year_moments_year_batch", "tally_year_moments",
                    ["year", "batch_id"])
    op.create_table(
        "tally_year_places",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("place_text", sa.String(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_on", sa.Date(), nullable=False))
    op.create_index("ix_tally_year_places_year_batch", "tally_year_places", ["year", "batch_id"])
    op.create_table(
        "tally_pending_batch",
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
                  primary_key=True, autoincrement=False))
    count(op.get_bind())


UNKNOWN_BAND = 4    # the incidents without a time; the others by hour // 6
_incident = sa.table("incident", sa.column("batch_id", sa.Integer),
                     sa.column("area_id", sa.Integer), sa.column("partner_id", sa.Integer),
                     sa.column("occurred_on", sa.Date), sa.column("occurred_time", sa.Time),
                     sa.column("place_text", sa.String), sa.column("count", sa.Integer))


def _number(field: str, column) -> sa.ColumnElement:
    return sa.cast(sa.extract(field, column), sa.Integer)


def count(connection) -> None:
    """Every stored incident counted into the (empty) tallies."""
    day, clock = _incident.c.occurred_on, _incident.c.occurred_time
    year = _number("year", day)
    weekday = (_number("dow", day) + 6) % 7      # Monday 0 (dow: Sunday 0, on both databases)
    band = sa.case((clock.is_(None), UNKNOWN_BAND), else_=_number("hour", clock) // 6)
    moments = [_incident.c.batch_id, year, _incident.c.area_id, _incident.c.partner_id, weekday,
               band]
    connection.execute(sa.table(
        "tally_year_moments", *(sa.column(name) for name in (
            "batch_id", "year", "area_id", "partner_id", "weekday", "band", "count"))).insert()
        .from_select(["batch_id", "year", "area_id", "partner_id", "weekday", "band", "count"],
                     sa.select(*moments, sa.func.sum(_incident.c.count)).group_by(*moments)))
    places = [_incident.c.batch_id, year, _incident.c.area_id, _incident.c.place_text]
    connection.execute(sa.table(
        "tally_year_places", *(sa.column(name) for name in (
            "batch_id", "year", "area_id", "place_text", "count", "first_on"))).insert()
        .from_select(["batch_id", "year", "area_id", "place_text", "count", "first_on"],
                     sa.select(*places, sa.func.sum(_incident.c.count), sa.func.min(day))
                     .group_by(*places)))


def downgrade() -> None:
    op.drop_table("tally_pending_batch")
    op.drop_table("tally_year_places")
    op.drop_table("tally_year_moments")
