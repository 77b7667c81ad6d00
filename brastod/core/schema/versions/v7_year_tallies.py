"""Version 6 → 7: the lägesbild's yearly tallies (models/tallies.py), filled from the incidents
already stored. A year's draft figures on a million incidents then read some thousand rows
rather than the year's 200 000 incidents. An import notes its batch as pending; the figures
count it."""
import sqlalchemy as sa
from alembic import op

from brastod.core.services.tallies import rebuild

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
    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("tally_pending_batch")
    op.drop_table("tally_year_places")
    op.drop_table("tally_year_moments")
