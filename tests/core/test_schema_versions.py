"""Every released schema version's database opens with today's code: migrated (after a backup)
when older, sound, and usable by the services and the exports."""
import shutil
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
