"""A further schema step for tests: a real Alembic revision written beside copies of the real
ones, so that a test can see what a future version's migration does to a file."""
import shutil
import textwrap
from pathlib import Path

from brastod.core import db as dbmodule
from brastod.core import schema


def add_step(folder: Path, monkeypatch, upgrade_body: str) -> int:
    """Revision SCHEMA_VERSION + 1 whose ``upgrade(connection)`` runs ``upgrade_body``; the
    program then believes that version is its newest. Returns the new version."""
    version = dbmodule.SCHEMA_VERSION + 1
    versions = folder / "schema" / "versions"
    versions.mkdir(parents=True)
    for revision in (schema.FOLDER / "versions").glob("v*.py"):
        shutil.copy(revision, versions)
    (versions / f"v{version}_test.py").write_text(
        f"from alembic import op\nfrom sqlalchemy import text\n\n"
        f"revision = {str(version)!r}\ndown_revision = {str(version - 1)!r}\n\n\n"
        f"def upgrade():\n    connection = op.get_bind()\n"
        + textwrap.indent(textwrap.dedent(upgrade_body), "    "), encoding="utf-8")
    monkeypatch.setattr(schema, "FOLDER", folder / "schema")
    monkeypatch.setattr(dbmodule, "SCHEMA_VERSION", version)
    return version


def rewind_server(connection, version: int) -> None:
    """A PostgreSQL database made at today's version put back to ``version`` by the later
    revisions' own downgrades, for tests of what an older server database becomes."""
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext
    script = schema.scripts()
    target = str(version)
    with EnvironmentContext(Config(), script, destination_rev=target,
                            fn=lambda current, _context: script._downgrade_revs(
                                target, current)) as environment:
        environment.configure(connection=connection)
        with environment.begin_transaction():
            environment.run_migrations()
    connection.exec_driver_sql(f"UPDATE schema_version SET version = {version:d}")
