"""Gallring: old incidents go, with their free text; adopted lägesbilder keep their figures and
pins; drafts lose the pins of what was purged; the purge command asks unless told --yes."""
import shutil
import subprocess
import sys
from datetime import date

import pytest
from sqlmodel import func, select

from brastod.cli import main
from brastod.core import backups
from brastod.core.db import open_database
from brastod.core.errors import ValidationError
from brastod.core.models import Incident, PinnedIncident
from brastod.core.services import incidents, retention
from brastod.core.settings import RETENTION_MONTHS, set_int
from brastod.core.services import situation_reports as reports
from tests.conftest import DEMO_TODAY
from tests.core.on_file import BACKUPS, FILE


def _count(db, *where) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(Incident).where(*where)).one()


def test_a_purge_keeps_the_adopted_reports_as_they_were(demo_db):
    adopted = next(r for r in reports.list_situation_reports(demo_db) if r.status == "adopted"
                   and r.kind == "operational")
    before = reports.report_figures(demo_db, adopted.id)
    # The example's adopted operational report covers Aug–Sep 2026: keep only 2 months.
    plan = retention.plan_purge(demo_db, 2, DEMO_TODAY)
    assert plan.cutoff == date(2026, 9, 22)
    assert plan.incidents == _count(demo_db, Incident.occurred_on < plan.cutoff) > 1000
    removed = retention.purge(demo_db, 2, DEMO_TODAY)
    assert removed == plan.incidents
    assert _count(demo_db, Incident.occurred_on < plan.cutoff) == 0
    assert _count(demo_db) > 0                                   # the last two months stay
    after = reports.report_figures(demo_db, adopted.id)
    assert after.to_json() == before.to_json()                   # frozen, not recounted
    assert after.matrix.total()[0] > 0


def test_pins_of_purged_incidents_leave_drafts(demo_db):
    draft = next(r for r in reports.list_situation_reports(demo_db) if r.status == "draft")
    with demo_db.session() as session:
        old = session.exec(select(Incident.id).where(Incident.occurred_on < date(2025, 1, 1))
                           ).first()
    reports.pin_incident(demo_db, draft.id, old)
    assert retention.plan_purge(demo_db, 12, DEMO_TODAY).pinned_in_drafts == 1
    retention.purge(demo_db, 12, DEMO_TODAY)
    with demo_db.session() as session:
        assert session.exec(select(PinnedIncident).where(
            PinnedIncident.incident_id == old)).first() is None


def test_a_purge_must_keep_at_least_a_month(demo_db):
    with pytest.raises(ValidationError, match="minst en månad"):
        retention.purge(demo_db, 0, DEMO_TODAY)


def test_the_purge_command_shows_first_and_purges_with_yes(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    assert main(["--db", str(path), "purge", "--older-than", "1200"]) == 0
    assert "0 händelser" in capsys.readouterr().out
    assert main(["--db", str(path), "purge", "--older-than", "12"]) == 0
    shown = capsys.readouterr().out
    assert "skulle tas bort" in shown and "--yes" in shown
    assert main(["--db", str(path), "purge", "--older-than", "12", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "är gallrade" in out and "säkerhetskopiorna i högst 35 dagar" in out
    assert main(["--db", str(path), "purge", "--older-than", "0", "--yes"]) == 1
    assert "minst en månad" in capsys.readouterr().err


# ---- the purged text is gone from the file, and a restore does not bring it back ----

PLANTED = "Gallringsprov kvarglömd cykel vid Xylofonvägen 17"
NOTE = "Anteckning om Zebrastigen"


def _plant(db) -> int:
    """An old incident with a text found nowhere else, pinned with a note into a draft."""
    incident_id, _ = incidents.save_incident(db, None, incidents.IncidentInput(
        occurred_on=date(2024, 12, 24), place="Xylofonvägen", description=PLANTED), DEMO_TODAY)
    draft = next(r for r in reports.list_situation_reports(db) if r.status == "draft")
    reports.pin_incident(db, draft.id, incident_id, NOTE)
    return incident_id


def _raw(path) -> bytes:
    """The database file and its write-ahead log, byte for byte."""
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


@FILE
def test_purged_text_is_gone_from_the_file_and_its_log(demo_db):
    _plant(demo_db)
    assert PLANTED.encode() in _raw(demo_db.path)
    assert retention.purge(demo_db, 12, DEMO_TODAY) > 1000
    while_open = _raw(demo_db.path)
    demo_db.close()
    for text in (PLANTED, NOTE, "Xylofonvägen"):
        assert text.encode() not in while_open, text
        assert text.encode() not in _raw(demo_db.path), text


def _restore(path, backup):
    assert main(["--db", str(path), "restore", str(backup)]) == 0


@BACKUPS
def test_a_restored_older_backup_is_purged_again_and_keeps_the_setting(demo_db, capsys):
    planted = _plant(demo_db)
    older = backups.take(demo_db.path, "manuell")      # before the purge: 36 months, all there
    removed = retention.purge(demo_db, 12, DEMO_TODAY)
    cutoff = retention.cutoff_for(12, DEMO_TODAY)
    demo_db.close()
    _restore(demo_db.path, older)
    out = capsys.readouterr().out
    assert (f"{removed} händelser som hade gallrats togs bort igen; gallringsinställningen "
            "behölls: 12 månader.") in out
    db = open_database(demo_db.path)
    try:
        assert _count(db, Incident.occurred_on < cutoff) == 0
        assert retention.purge_state(db) == retention.PurgeState(12, cutoff)
        with db.session() as session:
            assert session.get(Incident, planted) is None
    finally:
        db.close()
    assert PLANTED.encode() not in _raw(demo_db.path)
    # A later purge with a shorter period, then the same backup again: the later cutoff holds.
    db = open_database(demo_db.path)
    retention.purge(db, 6, DEMO_TODAY)
    db.close()
    _restore(demo_db.path, older)
    assert "gallringsinställningen behölls: 6 månader" in capsys.readouterr().out
    db = open_database(demo_db.path)
    try:
        assert _count(db, Incident.occurred_on < retention.cutoff_for(6, DEMO_TODAY)) == 0
    finally:
        db.close()


@BACKUPS
def test_a_backup_from_after_a_purge_keeps_the_setting_of_the_database_it_replaces(demo_db):
    retention.purge(demo_db, 24, DEMO_TODAY)
    newer = backups.take(demo_db.path, "manuell")
    with demo_db.session() as session:                  # the setting changed since the copy
        set_int(session, RETENTION_MONTHS, 30)
    demo_db.close()
    restored = retention.restore(demo_db.path, newer)
    assert restored.removed == 0 and restored.state.months == 30
    assert restored.message() == "Gallringsinställningen behölls: 30 månader."
    db = open_database(demo_db.path)
    try:
        assert retention.retention_months(db) == 30
    finally:
        db.close()


@BACKUPS
def test_restoring_in_place_of_an_unreadable_file_restores_without_gallring(db, tmp_path):
    copy = backups.take(db.path, "manuell")
    db.close()
    db.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    restored = retention.restore(db.path, copy)
    assert restored.state is None and restored.message() == ""
    assert "skadad" in restored.saved.name


@pytest.mark.parametrize("months", ["0", "-5", "1201", "30000", str(10 ** 30)])
def test_absurd_months_give_a_swedish_message(demo_file, tmp_path, months):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    before = path.read_bytes()
    for yes in ([], ["--yes"]):
        done = subprocess.run([sys.executable, "-m", "brastod", "--db", str(path), "purge",
                               "--older-than", months, *yes], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith("brastod: Gallringen ") and done.stderr.count("\n") == 1
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == before
