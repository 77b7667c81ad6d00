"""Version 4 → 5: survey results (issue 20). A key-figure measurement may belong to an area
(NULL: the whole municipality), unique per indicator, year, day and area through an index on
the values with NULL read as a sentinel (a UNIQUE constraint would let the municipality's figure
in twice); and each imported survey is recorded with its counts per area, never its rows."""
import sqlalchemy as sa
from alembic import op

revision = "5"
down_revision = "4"
branch_labels = None
depends_on = None

_KEY = ("CREATE UNIQUE INDEX ux_measurement_key ON measurement (indicator_id, year, "
        "coalesce(measured_on, '1000-01-01'), coalesce(area_id, 0))")


def upgrade() -> None:
    connection = op.get_bind()
    # Version 4 let the same year in twice when its day was NULL; the later value is the one
    # the program showed last.
    connection.exec_driver_sql(
        "DELETE FROM measurement WHERE id NOT IN (SELECT max(id) FROM measurement GROUP BY "
        "indicator_id, year, coalesce(measured_on, '1000-01-01'))")
    if connection.dialect.name == "sqlite":
        _rebuild_sqlite(connection)
    else:
        connection.exec_driver_sql("ALTER TABLE measurement ADD COLUMN area_id INTEGER "
                                   "REFERENCES area (id) ON DELETE CASCADE")
        for constraint in sa.inspect(connection).get_unique_constraints("measurement"):
            if constraint["column_names"] == ["indicator_id", "year", "measured_on"]:
                connection.exec_driver_sql(
                    f'ALTER TABLE measurement DROP CONSTRAINT "{constraint["name"]}"')
    connection.exec_driver_sql("CREATE INDEX ix_measurement_area_id ON measurement (area_id)")
    connection.exec_driver_sql(_KEY)
    op.create_table(
        "survey_import",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_id", sa.Integer,
                  sa.ForeignKey("indicator.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("file_hash", sa.String, nullable=False),
        sa.Column("file_size", sa.Integer, nullable=False),
        sa.Column("question", sa.String, nullable=False),
        sa.Column("rule_json", sa.String, nullable=False),
        sa.Column("respondents", sa.Integer, nullable=False),
        sa.Column("counted", sa.Integer, nullable=False),
        sa.Column("unsafe", sa.Integer, nullable=False),
        sa.Column("remarks", sa.String),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("indicator_id", "year"),
    )
    op.create_table(
        "survey_area",
        sa.Column("survey_id", sa.Integer,
                  sa.ForeignKey("survey_import.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("area.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("counted", sa.Integer, nullable=False),
        sa.Column("suppressed", sa.Boolean, nullable=False),
        sa.Column("remarks", sa.String),
    )


def _rebuild_sqlite(connection) -> None:
    """SQLite drops a table's UNIQUE constraint only by building the table again."""
    for sql in (
        "CREATE TABLE measurement_v5 (id INTEGER NOT NULL, indicator_id INTEGER NOT NULL, "
        "year INTEGER NOT NULL, measured_on DATE, value FLOAT NOT NULL, population INTEGER, "
        "source VARCHAR, area_id INTEGER, PRIMARY KEY (id), "
        "FOREIGN KEY(indicator_id) REFERENCES indicator (id) ON DELETE CASCADE, "
        "FOREIGN KEY(area_id) REFERENCES area (id) ON DELETE CASCADE)",
        "INSERT INTO measurement_v5 (id, indicator_id, year, measured_on, value, population, "
        "source) SELECT id, indicator_id, year, measured_on, value, population, source "
        "FROM measurement",
        "DROP TABLE measurement",
        "ALTER TABLE measurement_v5 RENAME TO measurement",
        "CREATE INDEX ix_measurement_indicator_id ON measurement (indicator_id)",
    ):
        connection.exec_driver_sql(sql)


def downgrade() -> None:
    """Back to version 4 on PostgreSQL, for tests that make an older server database; the
    figures per area are lost. A file is never taken back (SQLite cannot drop the column)."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        raise NotImplementedError("Version 5 keeps key figures per area; version 4 cannot "
                                  "hold them.")
    op.drop_table("survey_area")
    op.drop_table("survey_import")
    for sql in ("DELETE FROM measurement WHERE area_id IS NOT NULL",
                "DROP INDEX ux_measurement_key",
                "ALTER TABLE measurement DROP COLUMN area_id",
                "ALTER TABLE measurement ADD UNIQUE (indicator_id, year, measured_on)"):
        connection.exec_driver_sql(sql)
