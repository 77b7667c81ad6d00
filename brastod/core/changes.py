"""Changes made to an open database by others: other programs on the same SQLite file, other
users of the same server database. A ``Watcher`` (made by ``watch(db)``) is asked from a thread
of its own which tables have changed since it last looked; it never reports what ``db`` itself
wrote.

PostgreSQL: a statement-level trigger on every table sends ``pg_notify('brastod', …)`` with the
table's name and the writer's ``application_name`` (each open ``Database`` has its own, see
``server.client_name``); the watcher LISTENs on a connection of its own and leaves out its own
database's notices. SQLite: ``PRAGMA data_version`` on the watcher's own connection changes
whenever another connection commits; it does not say which table, so a change is reported as
``EVERYTHING``. Own commits are counted (``Database.commits``): a change seen while one of them
was made is taken as that one (a program writing in the same half second is then seen at its
next change)."""
from __future__ import annotations

import json
import logging
import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from brastod.core.db import Database

log = logging.getLogger(__name__)

CHANNEL = "brastod"
EVERYTHING = frozenset({"*"})       # SQLite cannot say which table
SQLITE_POLL = 0.1                   # seconds between looks at data_version

# The notice: the table and who changed it (sent by the trigger, or by ``announce``).
_NOTICE = ("pg_notify('" + CHANNEL + "', json_build_object('table', {table}, "
           "'client', current_setting('application_name'), 'pid', pg_backend_pid())::text)")

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION brastod_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM {_NOTICE.format(table="TG_TABLE_NAME")};
    RETURN NULL;
END $$
"""


def install_notices(connection: Connection) -> None:
    """The notify function and a trigger on every table of the schema (again after a revision
    adds tables: it replaces what is there). Nothing on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(_FUNCTION)
    tables = connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename <> 'alembic_version'").scalars().all()
    for table in tables:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS brastod_notify ON "{table}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER brastod_notify AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION brastod_notify()")


def announce(raw, table: str) -> None:
    """The notice the trigger sends, for a change made with triggers off (core/server_copy.py);
    ``raw``: the driver's connection, in the transaction that made it."""
    raw.execute(f"SELECT {_NOTICE.format(table='%s::text')}", (table,))


class Watcher:
    """Asked from one thread (not the GUI's): ``changed(timeout)`` waits up to ``timeout``
    seconds and returns the tables others changed (empty when none; ``EVERYTHING`` when it
    cannot say which). Raises the driver's error when the connection is gone; the caller makes
    a new watcher, which starts from what is there then."""

    def changed(self, timeout: float, stopping: threading.Event | None = None
                ) -> frozenset[str]:
        """``stopping``: once set, the wait ends early (the window is closing)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _SqliteWatcher(Watcher):
    def __init__(self, db: Database):
        self.db = db
        self.raw = _own_connection(db)
        self.version, self.commits = self._look()

    def _look(self) -> tuple[int, int]:
        # data_version before the count: an own commit it includes is already counted.
        version = self.raw.execute("PRAGMA data_version").fetchone()[0]
        return version, self.db.commits

    def changed(self, timeout: float, stopping: threading.Event | None = None
                ) -> frozenset[str]:
        end = time.monotonic() + timeout
        while True:
            version, commits = self._look()
            if version != self.version:
                own = commits != self.commits
                self.version, self.commits = version, commits
                if not own:
                    return EVERYTHING
            # The count moves on only with a change seen: an own commit counted before it
            # lands is still taken as own when it does.
            if time.monotonic() >= end:
                return frozenset()
            if stopping is None:
                time.sleep(SQLITE_POLL)
            elif stopping.wait(SQLITE_POLL):
                return frozenset()

    def close(self) -> None:
        self.raw.close()


class _ServerWatcher(Watcher):
    def __init__(self, db: Database):
        self.client = db.client
        self.raw = _own_connection(db)
        self.raw.autocommit = True
        self.raw.execute(f"LISTEN {CHANNEL}")

    def changed(self, timeout: float, stopping: threading.Event | None = None
                ) -> frozenset[str]:
        # The server's notices end the wait themselves; a stop waits at most ``timeout``.
        tables: set[str] = set()
        wait = timeout
        while True:     # the first notice waits; those sent with it are taken at once
            notices = list(self.raw.notifies(timeout=wait, stop_after=1))
            if not notices:
                return frozenset(tables)
            for notice in notices:
                table = _foreign_table(notice.payload, self.client)
                if table:
                    tables.add(table)
            wait = 0.0

    def close(self) -> None:
        self.raw.close()


def _foreign_table(payload: str, client: str) -> str | None:
    try:
        said = json.loads(payload)
        if said["client"] == client:
            return None
        return str(said["table"])
    except (ValueError, KeyError, TypeError):
        log.warning("Okänt meddelande på kanalen %s: %r", CHANNEL, payload)
        return None


def _own_connection(db: Database):
    """A driver connection of its own, with the engine's settings, outside its pool."""
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection
    pooled.detach()
    return raw


def watch(db: Database) -> Watcher:
    """A watcher for ``db`` from now on (it opens a connection: call it off the GUI thread)."""
    return _SqliteWatcher(db) if db.server is None else _ServerWatcher(db)
