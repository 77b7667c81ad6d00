"""Every released schema version's database opens with today's code: migrated (after a backup)
when older, sound, and usable by the services and the exports."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from brastod.core.backups import integrity_problems, list_backups
from brastod.core.db import SCHEMA_VERSION, open_database
from brastod.core.exports.situation_report import export_situation_report
from brastod.core.services import action_plans, meetings, situation_reports
from brastod.core.services.stats import counts

KEPT = sorted((Path(__file__).parents[1] / "data" / "schema").glob("v*.sqlite3"))


def test_a_file_is_kept_for_every_version_before_this_one():
    versions = {int(path.stem[1:]) for path in KEPT}
    assert 1 in versions
    assert set(range(1, SCHEMA_VERSION)) <= versions, "keep the file of every older version"


@pytest.mark.parametrize("kept", KEPT, ids=[path.stem for path in KEPT])
def test_a_kept_database_opens_migrated_and_works(kept, tmp_path):
    path = tmp_path / kept.name
    shutil.copy(kept, path)
    version = int(kept.stem[1:])
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT version FROM schema_version").scalar()
        assert stored == SCHEMA_VERSION
        assert counts(db)["incidents"] > 1000
        assert action_plans.list_plans(db) and meetings.list_meetings(db)
        report = situation_reports.list_situation_reports(db)[0]
        export_situation_report(db, report.id, pdf=tmp_path / "l.pdf", allow_personal_data=True)
    finally:
        db.close()
    assert integrity_problems(path) == []
    migrated = version < SCHEMA_VERSION
    assert any(b.kind.startswith("fore-v") for b in list_backups(path)) == migrated


def test_the_revisions_are_the_versions_in_one_line_up_to_the_one_the_program_opens():
    """Revision "N" takes version N-1 to N; version 1, the first release, is the base."""
    from brastod.core import schema
    assert schema.head() == SCHEMA_VERSION
    chain = {int(r.revision): r.down_revision for r in schema.scripts().walk_revisions()}
    assert sorted(chain) == list(range(2, SCHEMA_VERSION + 1))
    assert all(down == (None if n == 2 else str(n - 1)) for n, down in chain.items())


def test_a_new_file_is_stamped_and_a_current_one_opens_without_loading_alembic(tmp_path):
    """Start-up: opening a file at today's version reads one row; Alembic (a third of a second
    to import) is loaded only to create or upgrade a file."""
    import subprocess
    import sys
    path = tmp_path / "ny.sqlite3"
    open_database(path, create=True).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == str(SCHEMA_VERSION)
    connection.close()
    probe = ("import sys; from brastod.core.db import open_database; "
             f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "False"


def test_a_file_from_before_alembic_is_stamped_at_its_version_then_upgraded(tmp_path):
    kept = next(path for path in KEPT if path.stem == "v1")
    path = tmp_path / "v1.sqlite3"
    shutil.copy(kept, path)
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (str(SCHEMA_VERSION),)]
        assert connection.execute("SELECT version FROM schema_version").fetchone()[0] \
            == SCHEMA_VERSION
    connection.close()
