from sqlmodel import Field, SQLModel


class SchemaVersion(SQLModel, table=True):
    """One row: the schema version this database file is at (see core.db)."""

    __tablename__ = "schema_version"
    id: int = Field(default=1, primary_key=True)
    version: int
