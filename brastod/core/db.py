"""The database: engine and connection pragmas, sessions, schema versions and migrations.

The schema version lives in the portable ``schema_version`` table (not SQLite's user_version) so
the same code can later run against PostgreSQL. A new file is created at ``SCHEMA_VERSION``; an
older one is copied aside, then migrated by Alembic (``core.schema``) step by step, each step in
its own transaction; a newer one is refused.
"""
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel

from brastod.core import lock_wait, models, server
from brastod.core.changes import install_notices
from brastod.core.dialects import add_sqlite_functions
from brastod.core.errors import BrastodError, DamagedDatabase
from brastod.core.server import is_server
from brastod.core.oserrors import (
    DENIED, WHAT_TO_DO, damage, describe, file_error, is_damage, sqlite_cause,
    writable_problem,
)
from brastod.core.wholefiles import (
    discard, flush, place, refuse_special, shorten, sweep, temporary_for,
)

log = logging.getLogger(__name__)

# The newest revision in core/schema/versions (a test checks they agree): a file at this version
# opens without loading Alembic.
SCHEMA_VERSION = 12

_SQLITE_MAGIC = b"SQLite format 3\x00"

T = TypeVar("T")


def _set_pragmas(dbapi_connection, _record) -> None:
    # The sqlite3 driver would commit DDL on its own; take transactions over (SQLAlchemy's
    # pysqlite recipe) so a migration step or an import is all-or-nothing.
    dbapi_connection.isolation_level = None
    add_sqlite_functions(dbapi_connection)
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
    """An open Brastöd database: a file, or one on a PostgreSQL server (core.server). Services
    take one and open short sessions on it."""

    def __init__(self, path: Path | None, engine: Engine, server: str | None = None,
                 client: str | None = None):
        self.path = path            # the SQLite file; None on a server
        self.server = server        # how the server database is named to the user
        self.engine = engine
        self.client = client        # its application_name on the server (core.changes)
        self.commits = 0            # own commits that wrote, for core.changes (SQLite)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "commit", self._committed)

    def _committed(self, connection: Connection) -> None:
        # Every session commits, reading or not; total_changes (per connection) tells writes.
        total = connection.connection.driver_connection.total_changes
        if total != connection.info.get("brastod_changes", 0):
            connection.info["brastod_changes"] = total
            self.commits += 1

    @property
    def name(self) -> str:
        """The database as messages name it: the file, or "brastod på db.kommun.se:5432"."""
        return self.server or str(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception. It holds the
        write lock from its start (see ``_begin``), so reading and then writing in it is safe
        against every other connection; keep it short."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as error:
                session.rollback()
                better = told(error, self.path) if self.server is None else \
                    server_told(error, self.server)
                if better is not None:
                    raise better from None
                raise

    def close(self) -> None:
        self.engine.dispose()


def told(error: BaseException, path: Path) -> BrastodError | None:
    """SQLite's errors about the file (a full disk, no permission, a disk error) and about
    damage, met in the middle of the work, as the Swedish error the user can act on; None for
    anything else."""
    cause = getattr(error, "orig", error)
    if not isinstance(cause, sqlite3.Error):
        return None
    if is_damage(cause):
        return DamagedDatabase(f"Databasen {path} är skadad: {damage(cause)}. Kontrollera den "
                               "med brastod check och återställ den från en säkerhetskopia.",
                               path)
    said = file_error(cause, path)
    return BrastodError(said) if said else None


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


def _engine(path: Path, reading: bool = False) -> Engine:
    """``reading``: the caller only reads, so its transactions begin deferred and never wait
    for a writer (WAL readers do not block)."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", (lambda connection: connection.exec_driver_sql("BEGIN"))
                 if reading else partial(_begin, path))
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


def schema_cookie(path: Path) -> int | None:
    """SQLite's schema cookie of the file, which a restore into it changes (so that every
    connection reads the schema afresh); None when it cannot be read at once — the read never
    waits for a lock."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0)
        try:
            return connection.execute("PRAGMA schema_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _check_file(path: Path) -> None:
    if not path.is_file() and not path.is_dir():     # a pipe would be waited on for ever
        raise BrastodError(f"{path} är ingen databasfil utan en enhet eller liknande. Ange "
                           "databasens fil.")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise BrastodError(f"Databasen {path} kan inte läsas: {describe(error)}.") from None
    if head and head != _SQLITE_MAGIC:
        raise BrastodError(f"Filen {path} är ingen Brastöd-databas (inte en SQLite-fil).")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that only reads ``path``, also where it cannot be written.

    A WAL database needs its -shm file; where that cannot be created (a folder the user cannot
    write in) SQLite refuses even to read, unless the file is opened as immutable. That is
    sound only when there is no -wal file (its changes would be ignored): then the file holds
    every commit, and nobody can start writing without the same folder rights. Otherwise the
    error stands and the caller tells why."""
    try:
        return _read_only(path, "mode=ro")
    except sqlite3.OperationalError as error:
        if Path(f"{path}-wal").exists() or getattr(error, "sqlite_errorname", "") not in (
                "SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN", "SQLITE_READONLY"):
            raise
        return _read_only(path, "mode=ro&immutable=1")


def _read_only(path: Path, options: str) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?{options}", uri=True,
                                 check_same_thread=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()     # opens it
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _stored_version(connection: Connection,
                    foreign: str = "Filen är en SQLite-databas men inte en Brastöd-databas."
                    ) -> int | None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "schema_version" not in tables:
        raise BrastodError(foreign)
    version = connection.execute(text("SELECT version FROM schema_version")).scalar()
    if version is None:
        raise BrastodError("Databasen saknar schemaversion och kan inte öppnas.")
    return int(version)


def backup_to(path: Path, target: Path) -> Path:
    """A consistent copy of the database (SQLite's online backup: safe while it is in use),
    whole or not at all: written beside ``target`` and renamed to it."""
    return _backup(Path(path), iter([Path(target)]), exclusive=False)


BACKUP_FOLDER = "backups"
BACKUP_STAMP = "%Y%m%d-%H%M%S"          # and "-mmm", the milliseconds, since issue 14
# A backup's name is the database's stem, its kind and the time; a stem longer than this
# (in bytes) is cut and given a hash of the whole, so the name stays within 255 bytes.
BACKUP_STEM_MAX = 160


def backup_stem(database: Path) -> str:
    """The start of the names of ``database``'s backups (its stem, shortened if long)."""
    stem = Path(database).stem
    if len(os.fsencode(stem)) <= BACKUP_STEM_MAX:
        return stem
    digest = hashlib.sha1(os.fsencode(stem)).hexdigest()[:8]
    return f"{shorten(stem, BACKUP_STEM_MAX - 9)}~{digest}"


def backup_name(database: Path, kind: str, taken: datetime) -> str:
    return (f"{backup_stem(database)}-{kind}-{taken.strftime(BACKUP_STAMP)}-"
            f"{taken.microsecond // 1000:03d}.sqlite3")


def backup_copy(path: Path, suffix: str, now: datetime | None = None) -> Path:
    """A backup beside the database in backups/, named by ``suffix`` and the time to the
    millisecond; a name already taken (by another process in the same millisecond) is never
    overwritten: the next millisecond's is used."""
    path = Path(path)
    now = now or datetime.now()
    folder = path.parent / BACKUP_FOLDER
    names = (folder / backup_name(path, suffix, now + timedelta(milliseconds=n))
             for n in range(1000))
    return _backup(path, names, exclusive=True)


def _backup(path: Path, targets: Iterator[Path], *, exclusive: bool) -> Path:
    target = next(targets)
    if target.resolve() == path.resolve():
        raise BrastodError("Säkerhetskopian kan inte sparas över själva databasen. Välj ett "
                           "annat filnamn.")
    refuse_special(target)
    try:
        source = connect_readonly(path)
    except sqlite3.Error as error:
        raise BrastodError(sqlite_cause(error, path)) from None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep(target.parent)
        temporary = temporary_for(target)
        try:
            destination = sqlite3.connect(temporary)
            try:
                # The temporary is thrown away on any failure: no journal; one flush at the end.
                destination.execute("PRAGMA journal_mode=OFF")
                destination.execute("PRAGMA synchronous=OFF")
                source.backup(destination)
                # A copy is one file: no -wal and -shm beside it when it is read.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
            flush(temporary)
            while True:
                try:
                    place(temporary, target, exclusive=exclusive)
                    break
                except FileExistsError:
                    target = next(targets, None)
                    if target is None:
                        raise
        except BaseException:
            discard(temporary)
            raise
    except OSError as error:
        raise BrastodError(_not_saved(target, describe(error), error.errno in DENIED)) from None
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorname", "").startswith("SQLITE_FULL"):
            raise BrastodError(_not_saved(target, "disken är full")) from None
        if target.parent.exists() and writable_problem(target.parent):
            raise BrastodError(_not_saved(target, "", True)) from None
        raise BrastodError(_not_saved(target, "läs- eller skrivfel (SQLite: "
                                              f"{getattr(error, 'sqlite_errorname', '')})")
                           ) from None
    finally:
        source.close()
    return target


def _not_saved(target: Path, cause: str, denied: bool = False) -> str:
    problem = denied and writable_problem(target.parent, target)
    if problem:
        return f"Säkerhetskopian {target.name} kunde inte sparas: {problem}. Välj en annan mapp."
    if cause == "disken är full":
        return (f"Säkerhetskopian {target} kunde inte sparas: disken är full. Frigör utrymme "
                "eller välj en annan disk.")
    return f"Säkerhetskopian {target} kunde inte sparas: {cause}."


def _migrate(engine: Engine, path: Path, current: int) -> None:
    from brastod.core import schema
    copy = backup_copy(path, f"fore-v{current + 1}")
    log.info("Kopia före migrering: %s", copy)
    with engine.connect() as connection:
        schema.upgrade(connection, current)
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
    from brastod.core import schema
    with engine.begin() as connection:
        SQLModel.metadata.create_all(connection)
        install_notices(connection)
        connection.execute(text("INSERT INTO schema_version (id, version) VALUES (1, :v)"),
                           {"v": SCHEMA_VERSION})
        schema.stamp_head(connection)


def open_database(path: Path | str, *, create: bool = False,
                  read_only: bool = False) -> Database:
    """Open (and migrate) the database at ``path``; create it when ``create`` is true.
    ``read_only``: the caller only reads, so a file or folder that cannot be written is opened
    for reading (where SQLite can) instead of refused.

    Raises BrastodError with a Swedish message for a missing, foreign, damaged or newer file,
    and for one that cannot be written (saying why).
    """
    assert models.SchemaVersion  # the tables are registered by importing models
    if is_server(path):
        return _open_server(path, create)
    path = Path(path).expanduser().resolve()
    if path.exists():
        _check_file(path)
    elif not create:
        raise BrastodError(f"Databasen {path} finns inte. Skapa den med kommandot init.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BrastodError(f"Mappen {path.parent} kan inte skapas: {describe(error)}.") \
                from None
    for folder in (path.parent, path.parent / BACKUP_FOLDER):
        sweep(folder)       # what a killed backup or export left
    unwritable = writable_problem(path.parent, path, "Databasen")
    if unwritable and not read_only:
        raise BrastodError(f"{unwritable}. {WHAT_TO_DO}.")
    engine = _readonly_engine(path) if unwritable else _engine(path, reading=read_only)
    try:
        with engine.connect() as connection:
            stored = _stored_version(connection)
        if stored is None:
            if not create:
                raise BrastodError(f"Databasen {path} är tom. Skapa den med kommandot init.")
            _create(engine)
        elif stored > SCHEMA_VERSION:
            raise BrastodError(_newer(path, stored))
        elif stored < SCHEMA_VERSION:
            if unwritable:
                raise BrastodError(f"Databasen {path} behöver uppdateras till den här versionen "
                                   f"av Brastöd, men {unwritable[0].lower()}{unwritable[1:]}. "
                                   f"{WHAT_TO_DO}.")
            if read_only:       # a migration writes: it waits for the lock as writers do
                writer = _engine(path)
                try:
                    _migrate(writer, path, stored)
                finally:
                    writer.dispose()
            else:
                _migrate(engine, path, stored)
    except BrastodError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        cause = getattr(error, "orig", error)       # SQLAlchemy wraps the driver's error
        if isinstance(cause, sqlite3.Error) and not is_damage(cause):
            log.warning("Kunde inte öppna %s: %r", path, cause)
            raise BrastodError(sqlite_cause(cause, path)) from None
        log.exception("Kunde inte öppna %s", path)  # a damaged or encrypted file
        why = damage(cause) if isinstance(cause, sqlite3.Error) else "den kan inte läsas"
        raise DamagedDatabase(f"Databasen {path} är skadad och kan inte öppnas: {why}.",
                              path) from None
    return Database(path, engine)


def _newer(name, stored: int) -> str:
    return (f"Databasen {name} är skapad av en nyare version av Brastöd (schemaversion "
            f"{stored}; den här versionen kan öppna högst {SCHEMA_VERSION}). Uppdatera "
            "Brastöd för att öppna den.")


def _open_server(target: str, create: bool) -> Database:
    """A database on a PostgreSQL server: created at today's version when ``create`` and empty,
    upgraded by the same revisions as a file (the server's own backups protect it)."""
    url = server.parse(target)
    name = server.shown(url)
    client = server.client_name()
    engine = server.engine_for(url, client)
    try:
        with engine.connect() as connection:
            stored = _stored_version(connection, f"Databasen {name} har tabeller men är ingen "
                                                 "Brastöd-databas. Välj en annan databas.")
        if stored is None:
            if not create:
                raise BrastodError(f"Databasen {name} är tom. Skapa Brastöds tabeller i den "
                                   "med brastod --db ADRESS server-init.")
            _create(engine)
        elif stored > SCHEMA_VERSION:
            raise BrastodError(_newer(name, stored))
        elif stored < SCHEMA_VERSION:
            from brastod.core import schema
            log.info("Uppdaterar %s från schemaversion %d", name, stored)
            with engine.connect() as connection:
                server.refuse_upgrade_unless_owner(connection, name, stored, SCHEMA_VERSION)
                schema.upgrade(connection, stored)
    except BrastodError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        if server.is_connect_error(error):
            log.warning("Kunde inte ansluta till %s: %r", name, error)
            raise BrastodError(server.connect_problem(error, name)) from None
        raise
    db = Database(None, engine, name, client)
    if stored is not None and stored < SCHEMA_VERSION:
        from brastod.core.server_admin import renew_grants
        renew_grants(db)
    return db


def told_about(error: BaseException, target) -> BrastodError | None:
    """``told`` for a file or ``server_told`` for a server address (met outside a session)."""
    if is_server(target):
        return server_told(error, server.shown(server.parse(target)))
    return told(error, Path(target))


def server_told(error: BaseException, name: str) -> BrastodError | None:
    """The server's refusals met in the middle of the work, in Swedish; None for others."""
    if server.is_connect_error(error):
        return server.ConnectionLost(server.connect_problem(error, name, lost=True))
    return server.refusal(error, name)


def _readonly_engine(path: Path) -> Engine:
    """An engine that only reads (see ``connect_readonly``)."""
    engine = create_engine("sqlite://", creator=lambda: connect_readonly(path),
                           poolclass=QueuePool)

    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        add_sqlite_functions(dbapi_connection)
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine
