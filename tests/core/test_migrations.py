"""Schema version 1 → 2 removes the partners' files stored with their imports: the column goes,
the size is kept, and the bytes are overwritten in the database file, not merely freed.
Version 2 → 3 adds the reporting tables and the national references that ship with the program."""
import json
import shutil
import sqlite3
from pathlib import Path

from brastod.core.db import open_database
from tests.core.on_file import FILE

pytestmark = FILE

V1 = Path(__file__).parents[1] / "data" / "schema" / "v1.sqlite3"
SMALL = b"Anmalare Sven Svensson 800101-1231 070-7654321"        # kept inside its row
LARGE = b"Personnummer;19850709-9805;" * 8000                    # on overflow pages
NAMED = "anmälan 800101-1231.csv"
MAPPING = json.dumps({"sheet": "anmälan 800101-1231", "header_row": 1, "indices": {"date": 0},
                      "columns": {"date": "Datum", "place": "Plats (ring 070-111 22 33)"}})


def _v1_with_originals(folder: Path) -> Path:
    path = folder / "v1.sqlite3"
    shutil.copy(V1, path)
    with sqlite3.connect(path) as connection:
        for name, data in (("liten.csv", SMALL), ("stor.xlsx", LARGE)):
            connection.execute(
                "INSERT INTO import_batch (source, file_name, file_hash, original, imported_at, "
                "rows_read, rows_imported, rows_duplicate, rows_rejected, rows_masked) "
                "VALUES ('file', ?, 'h', ?, '2024-01-01 00:00:00', 0, 0, 0, 0, 0)", (name, data))
        connection.execute(
            "INSERT INTO import_batch (source, file_name, file_hash, imported_at, mapping_json, "
            "rows_read, rows_imported, rows_duplicate, rows_rejected, rows_masked) VALUES "
            "('file', ?, 'n', '2024-01-01 00:00:00', ?, 0, 0, 0, 0, 0)", (NAMED, MAPPING))
        connection.execute("INSERT INTO column_mapping (layout_signature, mapping_json, "
                           "updated_at) VALUES ('s', ?, '2024-01-01 00:00:00')", (MAPPING,))
    connection.close()
    return path


def _holding(path: Path) -> list[str]:
    """The files of the database (main file and write-ahead log) that hold an original or the
    personal data in a name kept from a file."""
    return [file.name for file in (path, path.with_name(path.name + "-wal")) if file.exists()
            and any(marker in file.read_bytes()
                    for marker in (SMALL, LARGE[:27], b"800101-1231", b"070-111 22 33"))]


def _names_kept(path: Path) -> tuple:
    with sqlite3.connect(path) as connection:
        name, batch = connection.execute(
            "SELECT file_name, mapping_json FROM import_batch WHERE file_hash = 'n'").fetchone()
        [remembered] = connection.execute("SELECT mapping_json FROM column_mapping").fetchone()
    connection.close()
    batch, remembered = json.loads(batch), json.loads(remembered)
    assert batch == remembered and batch["indices"] == {"date": 0}
    return name, batch["sheet"], batch["columns"], remembered["sheet"]


def test_the_stored_originals_are_gone_from_the_file(tmp_path):
    path = _v1_with_originals(tmp_path)
    assert _holding(path) == ["v1.sqlite3"]
    db = open_database(path)
    try:
        # The migration checkpoints its log into the file at once, and secure_delete (on for
        # every connection: SQLite's default differs by build, off in the one Python ships for
        # Windows) has overwritten the pages that held the bytes: neither file holds them.
        assert _holding(path) == []
        with db.engine.connect() as connection:
            columns = {row[1] for row in connection.exec_driver_sql(
                "PRAGMA table_info(import_batch)")}
            sizes = dict(connection.exec_driver_sql(
                "SELECT file_name, file_size FROM import_batch WHERE file_hash = 'h'").all())
            secure = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
        assert "original" not in columns and sizes == {"liten.csv": len(SMALL),
                                                       "stor.xlsx": len(LARGE)}
        assert secure == 1
    finally:
        db.close()
    assert _holding(path) == []
    assert _names_kept(path) == (
        "anmälan [personnummer borttaget].csv", "anmälan [personnummer borttaget]",
        {"date": "Datum", "place": "Plats (ring [telefonnummer borttaget])"},
        "anmälan [personnummer borttaget]")
    # The copy taken before the migration keeps them, as a backup must; it ages out with the
    # rotation.
    [before] = (tmp_path / "backups").glob("*fore-v2*")
    assert SMALL in before.read_bytes()


def _schema(path: Path) -> dict[str, set]:
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        schema = {table: {row[1:] for row in connection.execute(f"PRAGMA table_info({table})")}
                  for table in tables}
        schema["indexes"] = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    connection.close()
    return schema


def test_a_migrated_database_has_the_tables_of_a_new_one(tmp_path, db):
    path = _v1_with_originals(tmp_path)
    open_database(path).close()
    assert _schema(path) == _schema(db.path)


def test_names_made_from_files_are_masked_and_their_incidents_marked(tmp_path):
    path = tmp_path / "v1.sqlite3"
    shutil.copy(V1, path)
    with sqlite3.connect(path) as connection:
        def add(sql, *values):
            return connection.execute(sql, values).lastrowid
        area = add("INSERT INTO area (name, kind, sort_order) VALUES (?, 'district', 999)",
                   "kalle.berg@exempel.se")
        add("INSERT INTO area (name, kind, sort_order) VALUES (?, 'district', 999)",
            "[e-postadress borttagen]")
        centrum = connection.execute("SELECT id FROM area LIMIT 1").fetchone()[0]
        add("INSERT INTO area_synonym (area_id, normalized) VALUES (?, ?)", centrum,
            "centrum vid 070 123 45 67")
        category = add("INSERT INTO category (name, kind, sort_order, active) "
                       "VALUES (?, 'other', 99, 1)", "Hot mot 800101-1231")
        add("INSERT INTO category_synonym (category_id, text, normalized) VALUES (?, ?, ?)",
            category, "Hot mot 800101-1231", "hot mot 800101 1231")
        incident = add("INSERT INTO incident (occurred_on, count, personal_data_flag, "
                       "needs_review, area_id, category_id) VALUES ('2026-03-05', 1, 0, 0, ?, ?)",
                       area, category)
    connection.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        def one(sql, *values):
            return connection.execute(sql, values).fetchone()
        assert one("SELECT name FROM area WHERE id = ?", area) == (
            "[e-postadress borttagen] (2)",)
        assert one("SELECT name FROM category WHERE id = ?", category) == (
            "Hot mot [personnummer borttaget]",)
        assert one("SELECT text, normalized FROM category_synonym WHERE category_id = ?",
                   category) == ("Hot mot [personnummer borttaget]",
                                 "hot mot personnummer borttaget")
        assert one("SELECT count(*) FROM area_synonym WHERE normalized = ?",
                   "centrum vid telefonnummer borttaget") == (1,)
        assert one("SELECT needs_review FROM incident WHERE id = ?", incident) == (1,)
    connection.close()
    data = path.read_bytes()
    assert not [marker for marker in (b"kalle.berg", b"800101", b"070 123 45 67")
                if marker in data]


def test_version_3_gives_an_older_file_the_shipped_national_references(tmp_path, db):
    from brastod.core.services.key_figures import list_national_references
    from brastod.core.services.annual_reports import list_annual_reports
    path = tmp_path / "v2.sqlite3"
    shutil.copy(V1.with_name("v2.sqlite3"), path)
    migrated = open_database(path)
    try:
        assert list_national_references(migrated) == list_national_references(db)
        assert list_national_references(migrated) and list_annual_reports(migrated) == []
    finally:
        migrated.close()
    assert _schema(path) == _schema(db.path)
