"""Version 11 → 12: what a trygghetsvandring can observe (``observation_kind``) gets a version,
who changed it and when, as version 11 gave other tables (core.versions): renaming or removing
a kind no longer compares names. And a survey area with fewer than five counted answers keeps
only that it had too few: since version 11's program its counts are stored as 0
(services.surveys), and the rows saved before are made the same, so a läsare with psql reads
no count below the threshold. A survey too small for the whole municipality likewise."""
import sqlalchemy as sa
from alembic import op

revision = "12"
down_revision = "11"
branch_labels = None
depends_on = None

MIN_COUNTED = 5         # services.surveys.MIN_COUNTED: a revision imports no program code


def upgrade() -> None:
    op.add_column("observation_kind", sa.Column("version", sa.Integer, nullable=False,
                                                server_default="1"))
    op.add_column("observation_kind", sa.Column("changed_by", sa.String))
    op.add_column("observation_kind", sa.Column("changed_at", sa.DateTime(timezone=True)))
    op.execute(sa.text("UPDATE survey_area SET counted = 0 WHERE counted < :least")
               .bindparams(least=MIN_COUNTED))
    op.execute(sa.text("UPDATE survey_import SET counted = 0, unsafe = 0 WHERE counted < :least")
               .bindparams(least=MIN_COUNTED))


def downgrade() -> None:
    """The counts set to 0 stay 0: they were not to be kept."""
    for column in ("changed_at", "changed_by", "version"):
        op.drop_column("observation_kind", column)
