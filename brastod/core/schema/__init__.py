"""Schema migrations with Alembic, for SQLite today and PostgreSQL later.

Each revision in ``versions/`` is one schema version: its id is the version's number ("2") and
its upgrade takes a database from the version before to it, in a transaction of its own. The
portable ``schema_version`` table keeps the number too, so that an older Brastöd, which reads
only that table, still refuses a newer file. A file from before Alembic (version 1, or one that
has no ``alembic_version`` table) is stamped at the revision of its number before upgrading.

Alembic is imported only here, and this module only when a file is created or must be
upgraded: opening a file at today's version reads one row and needs none of it (start-up).
To add a step: write ``versions/vN_what.py`` with ``revision = "N"`` and
``down_revision = "N-1"`` and raise ``db.SCHEMA_VERSION`` to N (a test checks they agree).
"""
import logging
from pathlib import Path

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

log = logging.getLogger(__name__)
FOLDER = Path(__file__).parent


def scripts() -> ScriptDirectory:
    return ScriptDirectory(str(FOLDER), version_locations=[str(FOLDER / "versions")])


def head() -> int:
    return int(scripts().get_current_head())


def stamp_head(connection: Connection) -> None:
    """A file just created at today's schema: mark it as at the newest revision."""
    MigrationContext.configure(connection).stamp(scripts(), "head")


def upgrade(connection: Connection, stored: int) -> None:
    """Every revision after the file's ``stored`` version, each in its own transaction that
    also sets ``schema_version``. ``connection`` must not be in a transaction."""
    script = scripts()
    with connection.begin():
        context = MigrationContext.configure(connection)
        if context.get_current_revision() is None and stored >= 2:
            context.stamp(script, str(stored))  # a file from before Alembic, at ``stored``

    def steps(revision, _context):
        return script._upgrade_revs("head", revision)

    def applied(ctx, step, heads, run_args) -> None:
        version = int(step.up_revision_id)
        ctx.connection.execute(text("UPDATE schema_version SET version = :v"), {"v": version})
        log.info("Databasen migrerad till schemaversion %d", version)

    with EnvironmentContext(Config(), script, fn=steps, destination_rev="head") as environment:
        environment.configure(connection=connection, transaction_per_migration=True,
                              on_version_apply=applied, render_as_batch=True)
        with environment.begin_transaction():
            environment.run_migrations()
