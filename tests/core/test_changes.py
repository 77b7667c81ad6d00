"""Changes by others, as an open database's watcher reports them (core/changes.py): another
process's write is reported, this database's own writes are not; on both databases."""
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from brastod.core import changes
from brastod.core.db import open_database
from brastod.core.services import registers
from brastod.core.services.setup import create_database
from brastod.core.services.stats import counts
from tests.core.schema_steps import rewind_server

WAIT = 30.0      # seconds a change may take to arrive on a busy machine (not a measure)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, db_path):
    return str(db_path) if request.param == "sqlite" else request.getfixturevalue("pg_url")


def _others_write(target: str, name: str) -> None:
    """A partner added by another process: the command line."""
    subprocess.run([sys.executable, "-m", "brastod", "--db", target, "partner", "add", name],
                   check=True, capture_output=True)


def _until_reported(watcher) -> frozenset[str]:
    end = time.monotonic() + WAIT
    while time.monotonic() < end:
        seen = watcher.changed(0.5)
        if seen:
            return seen
    return frozenset()


def _quiet(watcher, looks: int = 4) -> frozenset[str]:
    return frozenset().union(*(watcher.changed(0.25) for _ in range(looks)))


def test_another_process_write_is_reported_and_own_writes_are_not(target):
    db = create_database(target, "Testkommun")
    try:
        watcher = changes.watch(db)
        try:
            assert _quiet(watcher) == frozenset()
            registers.add_partner(db, "Eget bolag")
            assert _quiet(watcher) == frozenset()          # own write: not reported
            _others_write(target, "Andras bolag")
            seen = _until_reported(watcher)
            assert seen == (changes.EVERYTHING if db.server is None else {"partner"})
            assert _quiet(watcher) == frozenset()          # told once
            _others_write(target, "Tredje bolaget")
            counts(db)                      # own reads in between do not hide it
            assert _until_reported(watcher)
        finally:
            watcher.close()
    finally:
        db.close()


def test_another_database_object_in_this_process_counts_as_another(target):
    """Two windows (two openings) in one process see each other's changes."""
    db = create_database(target, "Testkommun")
    other = open_database(target)
    try:
        watcher = changes.watch(db)
        try:
            registers.add_partner(other, "Grannens bolag")
            assert _until_reported(watcher)
        finally:
            watcher.close()
    finally:
        other.close()
        db.close()


def test_every_table_on_the_server_has_the_notice_trigger(pg_url):
    db = create_database(pg_url, "Testkommun")
    try:
        with db.engine.connect() as connection:
            tables = set(connection.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
            triggered = set(connection.execute(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'brastod_notify'")).scalars())
        assert "incident" in tables and triggered == tables - {"alembic_version"}
    finally:
        db.close()


def test_the_revision_adds_the_triggers_to_a_server_database_of_the_version_before(pg_url):
    """A server database made before the change notices: opening it upgrades it, triggers and
    all."""
    db = create_database(pg_url, "Testkommun")
    with db.engine.begin() as connection:
        rewind_server(connection, 8)      # the version before the notices
        assert not connection.exec_driver_sql(
            "SELECT 1 FROM pg_proc WHERE proname = 'brastod_notify'").all()
    db.close()
    db = open_database(pg_url)
    try:
        watcher = changes.watch(db)
        try:
            _others_write(pg_url, "Andras bolag")
            assert _until_reported(watcher) == {"partner"}
        finally:
            watcher.close()
    finally:
        db.close()


def test_a_lost_server_connection_is_raised_to_the_watcher(pg_url, pg_server):
    db = create_database(pg_url, "Testkommun")
    try:
        watcher = changes.watch(db)
        pid = watcher.raw.info.backend_pid
        pg_server.admin(f"SELECT pg_terminate_backend({pid})")
        with pytest.raises(Exception) as raised:
            end = time.monotonic() + WAIT
            while time.monotonic() < end:
                watcher.changed(0.25)
        import psycopg
        assert isinstance(raised.value, psycopg.OperationalError)
        watcher.close()
    finally:
        db.close()


def test_a_stop_ends_a_files_wait_at_once_not_after_its_timeout(db_path):
    """Closing the window sets the event: the watcher looks once more and returns, instead of
    polling to the end of its wait (which held the close for up to 0.3 s)."""
    import threading
    db = create_database(str(db_path), "Testkommun")
    watcher = changes.watch(db)
    looks = []
    look = watcher._look

    def counted():
        looks.append(1)
        if len(looks) > 5:
            raise AssertionError("the wait went on after the stop")
        return look()
    watcher._look = counted
    stopping = threading.Event()
    stopping.set()
    try:
        assert watcher.changed(3600, stopping) == frozenset()
        assert len(looks) == 1
    finally:
        watcher.close()
        db.close()
