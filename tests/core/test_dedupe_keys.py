"""Schema version 3 → 4: the duplicate keys become 64-bit integers, converted so that what was
imported before is still found, and every other value stays as it was."""
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from brastod.core.db import SCHEMA_VERSION, open_database
from brastod.core.importing import keys, police
from brastod.core.schema.versions.v4_dedupe_keys import integer_key
from brastod.core.services.importing import import_file
from tests.core.schema_steps import rewind_server

KEPT = Path(__file__).parents[1] / "data" / "schema"
# Imported into v3.sqlite3 by version 3 (three identical rows, a masked telephone number, a
# new area and category), so its keys are the 64-hex-digit texts of that version.
IMPORTED = KEPT / "v3-import.csv"
PARTNER = "Fagerstabostäder"


V3_COLUMNS = ("id", "occurred_on", "occurred_time", "ends_on", "ends_time", "area_id",
              "place_id", "place_text", "category_id", "description", "count", "partner_id",
              "batch_id", "police_reported", "reporter_assessment", "personal_data_flag",
              "source_ref", "needs_review")       # later versions add columns of their own


def _incidents(path: Path) -> list[tuple]:
    """Every incident's values of version 3 but its duplicate key, and that key's SQLite
    type."""
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(incident)")
                   if row[1] in V3_COLUMNS]
        rows = connection.execute(f"SELECT {', '.join(columns)}, typeof(row_hash) FROM incident "
                                  "ORDER BY id").fetchall()
    connection.close()
    return rows


@pytest.fixture
def v3(tmp_path) -> Path:
    path = tmp_path / "v3.sqlite3"
    shutil.copy(KEPT / "v3.sqlite3", path)
    return path


def test_version_4_keeps_every_incident_and_makes_the_keys_integers(v3):
    before = _incidents(v3)
    assert {row[-1] for row in before} == {"text", "null"}
    open_database(v3).close()
    after = _incidents(v3)
    assert [row[:-1] for row in after] == [row[:-1] for row in before]
    assert [row[-1] for row in after] == [
        "integer" if kind == "text" else "null" for *_, kind in before]


def test_a_file_imported_before_version_4_is_still_found_and_a_new_row_is_not(v3, tmp_path):
    db = open_database(v3)
    try:
        again = import_file(db, IMPORTED, partner_name=PARTNER)
        assert (again.imported, again.duplicates) == (0, 5)
        grown = tmp_path / "v3-import-april.csv"
        grown.write_bytes(IMPORTED.read_bytes()
                          + "2025-04-02;22:00;Centrum;Torget;Klotter;Nya taggar\r\n".encode())
        more = import_file(db, grown, partner_name=PARTNER)
        assert (more.imported, more.duplicates) == (1, 5)
    finally:
        db.close()


def test_police_events_keep_their_key_through_version_4(v3):
    db = open_database(v3)
    try:
        with db.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT source_ref, row_hash FROM incident WHERE source_ref LIKE 'polisen:%'"
            ).all()
    finally:
        db.close()
    assert stored and all(key == police.row_hash(int(ref.split(":")[1]))
                          for ref, key in stored)


def test_the_conversion_and_the_import_agree_on_every_key():
    text = "12|2025-03-05|21:30:00|klotter|centrum|torget|taggar på väggen"
    row = keys.digest(text)
    old = hashlib.sha256(text.encode()).hexdigest()     # as version 3 stored it
    assert integer_key(old) == keys.key(row)
    assert integer_key(f"{old}:2") == keys.key(row, 2) != keys.key(row)
    assert keys.key(row, 3) not in (keys.key(row), keys.key(row, 2))
    assert -2**63 <= keys.key(row) < 2**63
    assert integer_key("inte ett hexvärde") == integer_key("inte ett hexvärde")


def test_a_server_database_at_version_3_gets_the_same_keys(pg_url):
    """The same step on PostgreSQL, where the conversion runs in Python: a database made at
    today's version is put back to version 3's duplicate keys, then opened."""
    text = "7|2025-03-05|21:30:00|klotter|centrum|torget|taggar"
    old = hashlib.sha256(text.encode()).hexdigest()
    create = open_database(pg_url, create=True)
    try:
        with create.engine.begin() as connection:
            rewind_server(connection, 4)
            for sql in ("DROP INDEX ix_incident_row_hash",
                        "ALTER TABLE incident DROP COLUMN row_hash",
                        "ALTER TABLE incident ADD COLUMN row_hash VARCHAR",
                        "CREATE INDEX ix_incident_row_hash ON incident (row_hash)",
                        "CREATE INDEX ix_incident_area_id ON incident (area_id)",
                        "CREATE INDEX ix_incident_category_id ON incident (category_id)",
                        "UPDATE schema_version SET version = 3",
                        "UPDATE alembic_version SET version_num = '3'"):
                connection.exec_driver_sql(sql)
            for key in (old, f"{old}:2", None):
                connection.exec_driver_sql(
                    "INSERT INTO incident (occurred_on, count, personal_data_flag, "
                    "needs_review, row_hash) VALUES ('2025-03-05', 1, false, false, %s)",
                    (key,))
    finally:
        create.close()
    db = open_database(pg_url)
    try:
        with db.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT row_hash FROM incident ORDER BY id").scalars().all()
            version = connection.exec_driver_sql("SELECT version FROM schema_version").scalar()
    finally:
        db.close()
    digest = keys.digest(text)
    assert (version, stored) == (SCHEMA_VERSION, [keys.key(digest), keys.key(digest, 2), None])
