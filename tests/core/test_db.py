import sqlite3
from datetime import date

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from brastod.core.db import SCHEMA_VERSION, backup_to, open_database
from brastod.core.errors import BrastodError
from brastod.core.models import Action, ActionPlan, Area, Incident, Partner
from brastod.core.dates import utc_now
from tests.core.schema_steps import add_step
from tests.core.on_file import FILE

pytestmark = FILE


def test_new_database_is_at_current_version_with_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2   # FULL


def test_lagesbild_index_covers_date_area_category(db):
    with db.engine.connect() as connection:
        indexes = {ix["name"]: ix["column_names"] for ix in inspect(connection).get_indexes("incident")}
    assert indexes["ix_incident_date_area_category"] == ["occurred_on", "area_id", "category_id",
                                                         "count"]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(Incident(occurred_on=date(2024, 3, 5), area_id=9999))


def test_check_constraint_refuses_due_before_start(db):
    with db.session() as session:
        plan = ActionPlan(title="Plan", created_at=utc_now())
        session.add(plan)
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(Action(plan_id=plan.id, title="Åtgärd", start_on=date(2025, 5, 1),
                               due_on=date(2025, 4, 1)))


def test_session_rolls_back_on_error(db):
    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.add(Partner(name="Polisen", kind="police"))
            session.flush()
            raise RuntimeError("avbrutet mitt i")
    with db.session() as session:
        assert session.exec(select(Partner)).all() == []


def test_newer_database_is_refused_and_left_unchanged(db, db_path):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE schema_version SET version = :v"), {"v": SCHEMA_VERSION + 1})
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(BrastodError, match="nyare version av Brastöd"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_older_database_is_copied_then_migrated(db, db_path, monkeypatch, tmp_path):
    db.close()
    add_step(tmp_path, monkeypatch, 'connection.execute(text("ALTER TABLE area ADD COLUMN '
                                    'note VARCHAR"))\n')
    migrated = open_database(db_path)
    with migrated.engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION + 1
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == str(SCHEMA_VERSION + 1)
        assert "note" in {c["name"] for c in inspect(connection).get_columns("area")}
    migrated.close()
    copies = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert "note" not in {row[1] for row in copy.execute("PRAGMA table_info(area)")}


def test_failed_migration_step_leaves_version(db, db_path, monkeypatch, tmp_path):
    db.close()
    add_step(tmp_path, monkeypatch, """
        connection.execute(text("ALTER TABLE area ADD COLUMN note VARCHAR"))
        raise RuntimeError("steget misslyckades")
        """)
    with pytest.raises(BrastodError, match="kan inte öppnas"):
        open_database(db_path)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == str(SCHEMA_VERSION)
        assert "note" not in {row[1] for row in connection.execute("PRAGMA table_info(area)")}


def test_missing_file_is_not_created_without_asking(tmp_path):
    path = tmp_path / "saknas.sqlite3"
    with pytest.raises(BrastodError, match="finns inte"):
        open_database(path)
    assert not path.exists()


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "anteckningar.sqlite3"
    path.write_text("Det här är ingen databas", encoding="utf-8")
    with pytest.raises(BrastodError, match="ingen Brastöd-databas"):
        open_database(path)


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "annan.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE kunder (id INTEGER)")
    with pytest.raises(BrastodError, match="inte en Brastöd-databas"):
        open_database(path)


def test_damaged_database_gives_message(db, db_path):
    db.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)    # the header survives, the schema page does not
    db_path.write_bytes(bytes(data))
    with pytest.raises(BrastodError, match="skadad"):
        open_database(db_path)


def test_backup_is_a_consistent_copy(db, db_path, tmp_path):
    with db.session() as session:
        session.add(Area(name="Centrum"))
    target = backup_to(db_path, tmp_path / "kopior" / "kopia.sqlite3")
    copy = open_database(target)
    with copy.session() as session:
        assert [a.name for a in session.exec(select(Area)).all()] == ["Centrum"]
    copy.close()


def test_backup_refuses_to_overwrite_the_database(db, db_path):
    with pytest.raises(BrastodError, match="över själva databasen"):
        backup_to(db_path, db_path)
