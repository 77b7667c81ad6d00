"""Restoring into a database that stays open: the content is replaced in place (one
transaction), so connections that are open see the restored database and write into it; a
backup from an older schema version is migrated on a private copy first (the backup itself is
never changed); one from a newer version is refused with nothing changed."""
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import text

from brastod.core import backups
from brastod.core.db import SCHEMA_VERSION, open_database
from brastod.core.errors import BrastodError
from brastod.core.services import registers
from tests.core.schema_steps import add_step
from tests.core.on_file import BACKUPS

pytestmark = BACKUPS

NOW = datetime(2026, 11, 22, 12, 0)


def _partners(path):
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM partner")}
    finally:
        connection.close()


def test_an_open_database_sees_the_restored_content_and_writes_into_it(db):
    registers.add_partner(db, "Före kopian", "housing")
    copy = backups.take(db.path, "manuell", NOW)
    registers.add_partner(db, "Efter kopian", "housing")
    kept = backups.restore(db.path, copy, NOW)             # db stays open all along
    names = {p.name for p in registers.list_partners(db)}
    assert "Före kopian" in names and "Efter kopian" not in names
    registers.add_partner(db, "Efter återställningen", "other")
    assert "Efter återställningen" in _partners(db.path)
    assert {"Före kopian", "Efter kopian"} <= _partners(kept)
    assert "Efter återställningen" not in _partners(kept)
    assert not list(db.path.parent.glob(".*.tmp"))   # the private copy is gone


def test_a_backup_from_an_older_version_is_migrated_on_a_copy(db, monkeypatch, tmp_path):
    registers.add_partner(db, "I kopian", "housing")
    copy = backups.take(db.path, "manuell", NOW)
    db.close()
    original = copy.read_bytes()
    add_step(tmp_path, monkeypatch, 'connection.execute(text("CREATE TABLE tillagd '
                                    '(id INTEGER PRIMARY KEY)"))\n')
    live = open_database(db.path)                          # migrated to the new version
    registers.add_partner(live, "Efter kopian", "housing")
    kept = backups.restore(db.path, copy, NOW)
    with live.engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM schema_version")).scalar() \
            == SCHEMA_VERSION + 1
        connection.execute(text("SELECT COUNT(*) FROM tillagd"))     # the step ran on it
    assert {p.name for p in registers.list_partners(live)} >= {"I kopian"}
    assert "Efter kopian" not in {p.name for p in registers.list_partners(live)}
    live.close()
    assert "Efter kopian" in _partners(kept)
    assert copy.read_bytes() == original                   # the backup itself is untouched
    assert not list(db.path.parent.glob(".*.tmp"))


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(db):
    copy = backups.take(db.path, "manuell", NOW)
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    connection.commit()
    connection.close()
    registers.add_partner(db, "Kvar", "housing")
    with pytest.raises(BrastodError, match=f"{copy.name} är gjord av en nyare version av "
                                           "Brastöd"):
        backups.restore(db.path, copy, NOW)
    assert "Kvar" in {p.name for p in registers.list_partners(db)}
    assert not any(b.kind == "fore-aterstallning" for b in backups.list_backups(db.path))
    assert not list(db.path.parent.glob(".*.tmp"))


def test_a_failing_copy_of_what_is_replaced_stops_the_restore(db, monkeypatch):
    copy = backups.take(db.path, "manuell", NOW)
    registers.add_partner(db, "Kvar", "housing")

    def full_disk(database, now):
        raise BrastodError("Disken är full.")
    monkeypatch.setattr(backups, "_keep_replaced", full_disk)
    with pytest.raises(BrastodError, match="Disken är full"):
        backups.restore(db.path, copy, NOW)
    assert "Kvar" in {p.name for p in registers.list_partners(db)}
    assert backups.integrity_problems(db.path) == []


def test_a_backup_with_another_page_size_is_restored(db):
    """A sound copy made with another tool (or an old SQLite, 1 024-byte pages) restores: it is
    rebuilt at the live page size, which SQLite's backup into a WAL database needs."""
    registers.add_area(db, "Före kopian")
    copy = backups.take(db.path, "manuell", NOW)
    connection = sqlite3.connect(copy, isolation_level=None)
    connection.execute("PRAGMA page_size=8192")
    connection.execute("VACUUM")
    assert connection.execute("PRAGMA page_size").fetchone()[0] == 8192
    connection.close()
    registers.add_area(db, "Efter kopian")
    backups.restore(db.path, copy)
    names = {area.name for area in registers.list_areas(db)}
    assert "Före kopian" in names and "Efter kopian" not in names
    with sqlite3.connect(copy) as check:          # the user's copy is left as it was
        assert check.execute("PRAGMA page_size").fetchone()[0] == 8192
    check.close()
