"""Why a core test runs on the SQLite file alone (tests/core/conftest.py runs the others on the
PostgreSQL test server too)."""
import pytest

COMMAND_LINE = pytest.mark.sqlite_only(
    reason="gives the command line the database file's path; the command line on a server is "
           "tested in tests/server")
BACKUPS = pytest.mark.sqlite_only(
    reason="backups, restores and their rotation beside the file; a server's backups are "
           "pg_dump's, tested in tests/server")
FILE = pytest.mark.sqlite_only(
    reason="about the SQLite file itself: its pragmas, schema versions, migrations on a copy, "
           "damage, or what stays in its pages and log")
QUERY_PLANS = pytest.mark.sqlite_only(reason="reads SQLite's own query plans (EXPLAIN QUERY PLAN)")
SQLITE_SQL = pytest.mark.sqlite_only(
    reason="checks its results with SQLite's SQL through sqlite3 on the file")
STORED_FORM = pytest.mark.sqlite_only(
    reason="compares the values as the SQLite file stores them, recorded from the old code; the "
           "server's are compared by a test of its own beside it")
