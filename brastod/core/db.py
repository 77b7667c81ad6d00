"""The database: engine and connection pragmas, sessions, schema versions and migrations.

The schema version lives in the portable ``schema_version`` table (not SQLite's user_version) so
the same code can later run against PostgreSQL. A new file is created at ``SCHEMA_VERSION``; an
older one is copied aside, then migrated step by step, each step in its own transaction; a newer
one is refused.
"""
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from brastod.core import lock_wait, migrations, models
from brastod.core.errors import BrastodError, DamagedDatabase

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

# MIGRATIONS[n] takes a database at version n to n + 1 (one transaction each).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: migrations.drop_originals}

_SQLITE_MAGIC = b"SQLite format 3\x00"

T = TypeVar("T")


def _set_pragmas(dbapi_connection, _record) -> None:
    # The sqlite3 driver would commit DDL on its own; take transactions over (SQLAlchemy's
    # pysqlite recipe) so a migration step or an import is all-or-nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Durability over speed: a commit is on disk before it returns.
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted rows are overwritten, not merely freed: what gallring, undo or the v2 step
    # removes must not linger in free pages (Windows' SQLite has this off by default).
    cursor.execute("PRAGMA secure_delete=ON")
    # Other waits (another connection's recovery of the WAL) get the whole timeout; the wait
    # for the write lock is _begin's, in slices.
    cursor.execute(f"PRAGMA busy_timeout={int(lock_wait.timeout() * 1000)}")
    # 32 MB of page cache instead of 2: an import of 50 000 rows updates six indexes.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


class Database:
    """An open Brastöd database file. Services take one and open short sessions on it."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception. It holds the
        write lock from its start (see ``_begin``), so reading and then writing in it is safe
        against every other connection; keep it short."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _begin(path: Path, connection: Connection) -> None:
    """Every transaction starts as a writer (BEGIN IMMEDIATE) and waits for the lock there.
    A deferred BEGIN that reads and then writes cannot wait: SQLite refuses to upgrade its read
    snapshot at once (SQLITE_BUSY) rather than risk a deadlock. Reads wait too, which keeps
    every ``db.session()`` free to write; WAL readers outside it (backups) never wait."""
    raw = connection.connection.driver_connection
    raw.execute(f"PRAGMA busy_timeout={lock_wait.SLICE_MS}")
    try:
        with lock_wait.LockWait(path) as wait:
            while True:
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if not lock_wait.is_busy(error):
                        raise
                wait.busy()
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(lock_wait.timeout() * 1000)}")


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", partial(_begin, path))
    return engine


def replace_content(path: Path, source: Path, before: Callable[[], T]) -> T:
    """Makes the database at ``path`` a copy of ``source`` in one transaction, while other
    programs may have it open. SQLite's backup API writes into the live file: it takes the
    write lock with its first page and keeps it until it commits the last, and ``before()``
    runs in between — after the lock, before anything is committed — so that it sees exactly
    the content that is replaced. Other connections wait for the lock, then see the new
    content (SQLite changes the schema cookie so they read it afresh). Returns ``before()``'s
    result; raises sqlite3.Error with the file unchanged if the copy fails, and DatabaseBusy
    when the lock does not come."""
    destination = sqlite3.connect(path, isolation_level=None)
    try:
        destination.execute(f"PRAGMA busy_timeout={lock_wait.SLICE_MS}")
        destination.execute("PRAGMA synchronous=FULL")
        origin = sqlite3.connect(source)
        try:
            result: list[T] = []
            with lock_wait.LockWait(path) as wait:
                def step(status: int, _remaining: int, _total: int) -> None:
                    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                        wait.busy()         # raising here ends the backup, rolled back
                    elif not result:        # a Brastöd file has many pages: not yet done
                        result.append(before())
                origin.backup(destination, pages=1, progress=step, sleep=0)
        finally:
            origin.close()
    finally:
        destination.close()
    return result[0]


def _check_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError:
        raise BrastodError(f"Databasen {path} kan inte läsas: behörighet saknas.") from None
    except OSError as error:
        raise BrastodError(f"Databasen {path} kan inte läsas: {error.strerror}.") from None
    if head and head != _SQLITE_MAGIC:
        raise BrastodError(f"Filen {path} är ingen Brastöd-databas (inte en SQLite-fil).")


def _stored_version(connection: Connection) -> int | None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "schema_version" not in tables:
        raise BrastodError("Filen är en SQLite-databas men inte en Brastöd-databas.")
    version = connection.execute(text("SELECT version FROM schema_version")).scalar()
    if version is None:
        raise BrastodError("Databasen saknar schemaversion och kan inte öppnas.")
    return int(version)


def backup_to(path: Path, target: Path) -> Path:
    """A consistent copy of the database (SQLite's online backup: safe while it is in use)."""
    path, target = Path(path), Path(target)
    if target.resolve() == path.resolve():
        raise BrastodError("Säkerhetskopian kan inte sparas över själva databasen. Välj ett "
                           "annat filnamn.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise BrastodError(f"Säkerhetskopian {target} kunde inte skrivas: {error}.") from None
    return target


BACKUP_FOLDER = "backups"
BACKUP_STAMP = "%Y%m%d-%H%M%S"


def backup_copy(path: Path, suffix: str, now: datetime | None = None) -> Path:
    """A backup beside the database in backups/, named by ``suffix`` and the time."""
    stamp = (now or datetime.now()).strftime(BACKUP_STAMP)
    path = Path(path)
    return backup_to(path, path.parent / BACKUP_FOLDER / f"{path.stem}-{suffix}-{stamp}.sqlite3")


def _migrate(engine: Engine, path: Path, current: int) -> None:
    copy = backup_copy(path, f"fore-v{current + 1}")
    log.info("Kopia före migrering: %s", copy)
    for version in range(current, SCHEMA_VERSION):
        step = MIGRATIONS[version]
        with engine.begin() as connection:
            step(connection)
            connection.execute(text("UPDATE schema_version SET version = :v"),
                               {"v": version + 1})
        log.info("Databasen migrerad till schemaversion %d", version + 1)
    if not empty_log(engine):      # the superseded pages out of the -wal at once
        log.warning("Loggfilen för %s kunde inte tömmas efter migreringen.", path)


def empty_log(engine: Engine) -> bool:
    """Copies the write-ahead log into the file and truncates it, so that what was deleted is
    not left in the log's older page images; False when a reader elsewhere keeps it (SQLite
    overwrites the log on a later checkpoint)."""
    connection = engine.raw_connection()    # outside a transaction, which a checkpoint needs
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    return not busy


def _create(engine: Engine) -> None:
    with engine.begin() as connection:
        SQLModel.metadata.create_all(connection)
        connection.execute(text("INSERT INTO schema_version (id, version) VALUES (1, :v)"),
                           {"v": SCHEMA_VERSION})


def open_database(path: Path | str, *, create: bool = False) -> Database:
    """Open (and migrate) the database at ``path``; create it when ``create`` is true.

    Raises BrastodError with a Swedish message for a missing, foreign, damaged or newer file.
    """
    assert models.SchemaVersion  # the tables are registered by importing models
    path = Path(path).expanduser().resolve()
    if path.exists():
        _check_file(path)
    elif not create:
        raise BrastodError(f"Databasen {path} finns inte. Skapa den med kommandot init.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BrastodError(f"Mappen {path.parent} kan inte skapas: {error.strerror}.") from None
    engine = _engine(path)
    try:
        with engine.connect() as connection:
            stored = _stored_version(connection)
        if stored is None:
            if not create:
                raise BrastodError(f"Databasen {path} är tom. Skapa den med kommandot init.")
            _create(engine)
        elif stored > SCHEMA_VERSION:
            raise BrastodError(
                f"Databasen {path} är skapad av en nyare version av Brastöd (schemaversion "
                f"{stored}; den här versionen kan öppna högst {SCHEMA_VERSION}). "
                "Uppdatera Brastöd för att öppna den.")
        elif stored < SCHEMA_VERSION:
            _migrate(engine, path, stored)
    except BrastodError:
        engine.dispose()
        raise
    except Exception as error:  # sqlite3.DatabaseError: a damaged or encrypted file
        engine.dispose()
        log.exception("Kunde inte öppna %s", path)
        raise DamagedDatabase(f"Databasen {path} kan inte öppnas: den verkar skadad "
                              f"({error.__class__.__name__}).", path) from None
    return Database(path, engine)
