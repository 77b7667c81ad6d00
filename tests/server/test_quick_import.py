"""An import on the server checks each area, category, partner and batch it names once, not on
every row (core/server_copy.py), where the login may: the rows it stores, the locks it holds
until it commits, its refusal of a missing row and its notice to other windows are those of
the server's own row-by-row checks."""
from datetime import date

import psycopg
import pytest
from sqlalchemy import text

from brastod.cli import main
from brastod.core import changes
from brastod.core.db import open_database
from brastod.core.dialects import insert_columns
from brastod.core.errors import BrastodError
from brastod.core.server_admin import role_name
from brastod.core.server_copy import may_skip_checks
from brastod.core.services import registers


@pytest.fixture
def logins(pg_server, pg_url, capsys):
    """server-init by the superuser, and a login in each role: role → its address."""
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    urls = {}
    for role, login in (("samordnare", "sara"), ("sekreterare", "sam"), ("läsare", "lisa")):
        pg_server.admin(f"DROP ROLE IF EXISTS {login}")
        assert main(["--db", pg_url, "user", "add", login, "--role", role]) == 0
        urls[role] = pg_url.replace("brastod_test@", f"{login}@")
    capsys.readouterr()
    yield urls
    for login in ("sara", "sam", "lisa"):
        pg_server.admin(f"DROP ROLE IF EXISTS {login}")


def _quick(url: str) -> bool:
    db = open_database(url)
    try:
        with db.engine.connect() as connection:
            return may_skip_checks(connection.connection.driver_connection)
    finally:
        db.close()


def test_only_samordnare_may_skip_the_row_by_row_checks(logins):
    assert {role: _quick(url) for role, url in logins.items()} == \
        {"samordnare": True, "sekreterare": False, "läsare": False}


@pytest.fixture(params=["quick", "row by row"])
def importer(request, logins, pg_server, pg_url):
    """A samordnare's database, with the quick path granted or taken back."""
    if request.param == "row by row":
        db = open_database(pg_url)
        pg_server.admin(f"REVOKE SET ON PARAMETER session_replication_role FROM "
                        f"{role_name(db, 'samordnare')}")
        db.close()
    db = open_database(logins["samordnare"])
    with db.engine.connect() as connection:
        assert may_skip_checks(connection.connection.driver_connection) == \
            (request.param == "quick")
    yield db
    db.close()


def _named(db) -> tuple[int, int, int]:
    """An area, a category and a partner for the rows to name."""
    with db.engine.connect() as connection:
        category = connection.execute(text("SELECT min(id) FROM category")).scalar()
    return registers.add_area(db, "Centrum"), category, registers.add_partner(db, "Polisen")


def _rows(area_id: int, category_id: int, partner_id: int, count: int = 3) -> dict[str, list]:
    return {"occurred_on": [date(2026, 11, day + 1) for day in range(count)],
            "area_id": [area_id] * count, "category_id": [category_id] * count,
            "partner_id": [partner_id] * count, "place_id": [None] * count,
            "count": [1] * count, "personal_data_flag": [False] * count,
            "needs_review": [False] * count}


def _incidents(db) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM incident")).scalar()


def _lock_now(pg_server, pg_url: str, table: str, row_id: int) -> None:
    """Lock the row as a removal would, from a connection of its own, without waiting."""
    name = pg_url.split("/")[3].split("?")[0]
    with psycopg.connect(host=str(pg_server.socket), port=pg_server.port,
                         user="brastod_test", dbname=name) as other:
        other.execute(f"SELECT 1 FROM {table} WHERE id = %s FOR UPDATE NOWAIT", (row_id,))


def test_the_rows_named_stay_locked_until_the_import_commits_and_the_rows_are_stored(
        importer, pg_server, pg_url):
    area, category, partner = _named(importer)
    before = _incidents(importer)
    with importer.session() as session:
        connection = session.connection()
        insert_columns(connection, "incident", _rows(area, category, partner))
        # The rest of the transaction runs with every check on again.
        assert connection.execute(text("SHOW session_replication_role")).scalar() == "origin"
        for table, row_id in (("area", area), ("category", category), ("partner", partner)):
            with pytest.raises(psycopg.errors.LockNotAvailable):
                _lock_now(pg_server, pg_url, table, row_id)
    assert _incidents(importer) == before + 3
    _lock_now(pg_server, pg_url, "area", area)      # free once committed


def test_a_row_naming_an_area_that_is_not_there_is_refused_and_nothing_stored(importer,
                                                                            caplog):
    area, category, partner = _named(importer)
    before = _incidents(importer)
    rows = _rows(area, category, partner)
    rows["area_id"][1] = 999_999
    with pytest.raises(BrastodError, match="Inget av det sparades"):
        with importer.session() as session:
            insert_columns(session.connection(), "incident", rows)
    assert "ForeignKeyViolation" in caplog.text and "999999" in caplog.text
    assert _incidents(importer) == before


def test_other_windows_hear_of_the_rows(importer, pg_url):
    area, category, partner = _named(importer)
    other = open_database(pg_url)
    watcher = changes.watch(other)
    try:
        with importer.session() as session:
            insert_columns(session.connection(), "incident", _rows(area, category, partner))
        heard: set[str] = set()
        while "incident" not in heard:
            seen = watcher.changed(30.0)
            assert seen, "no notice came"
            heard |= seen
    finally:
        watcher.close()
        other.close()
