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
