"""Version 10 → 11: the records still saved "last save wins" get a version too (issue 18):
an incident, a pinned incident's note, a key figure's measurement, a national reference, the
municipality's name, code and county, and its population of a year.
A constant default makes the new columns instant on a server and on a file alike: neither
rewrites the million-row incident table (core.versions, models.versioned)."""
import sqlalchemy as sa
from alembic import op

revision = "11"
down_revision = "10"
branch_labels = None
depends_on = None

TABLES = ("incident", "pinned_incident", "measurement", "national_reference", "municipality",
          "population_figure")


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
