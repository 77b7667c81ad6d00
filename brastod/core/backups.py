"""Backups beside the database (``backups/``), taken with SQLite's online backup: one at start
when the newest is older than a day, one before every import and migration. They are rotated —
the newest of each of the last days and of each of the last weeks are kept (settings), and
nothing older than that window — and can be checked and restored. A restore first copies the
database it replaces."""
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from brastod.core import db as db_module
from brastod.core.db import (
    BACKUP_FOLDER, BACKUP_STAMP, backup_copy, backup_name, backup_stem, backup_to,
    connect_readonly, open_database, replace_content,
)
from brastod.core.errors import BrastodError, DamagedDatabase
from brastod.core.oserrors import damage, describe, is_damage, sqlite_cause
from brastod.core.wholefiles import temporary_for, write_whole

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    kind: str           # "auto", "fore-import", "fore-v2", "fore-aterstallning", …
    size: int


def folder_of(database: Path) -> Path:
    return Path(database).parent / BACKUP_FOLDER


def take(database: Path, kind: str, now: datetime | None = None) -> Path:
    """A backup of ``database`` named by its kind and the time. Before an import the database
    is checked too: a damaged one takes no import (DamagedDatabase names the backup to
    restore instead), and its copy is not kept."""
    if not _KIND.fullmatch(kind):
        raise ValueError(f"unknown backup kind {kind!r}")     # list_backups would not find it
    if kind != "fore-import":
        return backup_copy(Path(database), kind, now)
    # The check and the copy run at once (SQLite lets go of Python's lock for both): on a
    # million incidents 1.4 s and 0.5 s, which one after the other made the backup half as
    # long again.
    with ThreadPoolExecutor(max_workers=1) as pool:
        checked = pool.submit(integrity_problems, database, quick=True)
        try:
            copy = backup_copy(Path(database), kind, now)
        except BrastodError:
            _refuse_damaged(database, checked.result())
            raise
        try:
            problems = checked.result()
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
    if problems:
        copy.unlink()
        _refuse_damaged(database, problems)
    return copy


def _refuse_damaged(database: Path, problems: list[str]) -> None:
    if problems:
        raise DamagedDatabase(
            f"Databasen {Path(database).name} är skadad och tar inte emot någon import: "
            f"{problems[0]}. Återställ den från en säkerhetskopia.", database,
            newest_sound(database))


# The kinds of backup there are. Only these are read from a name, so that the backups of
# "demo-2.sqlite3" or "demo-kopia.sqlite3" ("demo-kopia-fore-import-…") are never taken for
# those of "demo.sqlite3" (and offered in its place when it is damaged).
_KIND = re.compile(r"auto|fore-import|fore-aterstallning|fore-v\d+|skadad|manuell")
_NAME = re.compile(rf"(?P<kind>{_KIND.pattern})-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<ms>\d{{3}}))?"
                   r"\.sqlite3")


def list_backups(database: Path) -> list[Backup]:
    """This database's backups, newest first. Names have the time to the second (before
    issue 14) or to the millisecond."""
    start = f"{backup_stem(database)}-"
    found = []
    try:
        entries = list(os.scandir(folder_of(database)))
    except OSError:
        return found
    for entry in entries:
        named = entry.name.startswith(start) and _NAME.fullmatch(entry.name[len(start):])
        if not named:
            continue
        try:
            taken = datetime.strptime(named["stamp"], BACKUP_STAMP) + timedelta(
                milliseconds=int(named["ms"] or 0))
            size = entry.stat().st_size
        except (ValueError, OSError):       # not a time; removed meanwhile
            continue
        found.append(Backup(Path(entry.path), taken, named["kind"], size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


ROTATED = ("auto", "fore-import")     # the copies taken on their own, thinned out by day and week


def rotate(database: Path, keep_daily: int, keep_weekly: int,
           now: datetime | None = None) -> list[Path]:
    """Keeps the backups of the last ``keep_daily`` days and the ``keep_weekly`` weeks before
    them, and removes the rest; returns what it removed. Of the automatic ones (daily and
    before imports) the newest of each day and then of each ISO week is kept. Every other kind
    — before a migration, before a restore, a damaged file kept aside — is kept whole through
    that window and removed after it like the rest: no copy, and no text purged from the
    database, outlives the window."""
    now = now or datetime.now()
    kept_days: set = set()
    kept_weeks: set = set()
    removed = []
    first_day = (now - timedelta(days=keep_daily - 1)).date()
    oldest = first_day - timedelta(weeks=keep_weekly)
    for backup in list_backups(database):
        day = backup.taken.date()
        week = backup.taken.isocalendar()[:2]
        if day >= oldest and backup.kind not in ROTATED:
            continue
        if day >= first_day and day not in kept_days:
            kept_days.add(day)
            continue
        if (oldest <= day < first_day and len(kept_weeks) < keep_weekly
                and week not in kept_weeks):
            kept_weeks.add(week)
            continue
        for path in (backup.path, *(Path(f"{backup.path}{side}") for side in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)    # copies read before issue 14 left these beside
        removed.append(backup.path)
    return removed


def rotate_as_set(db, now: datetime | None = None) -> list[Path]:
    """The rotation of an open database's backups, as its settings say (none on a server,
    whose backups are its own: core.server_backup)."""
    from brastod.core.settings import BACKUP_DAYS, BACKUP_WEEKS, get_int
    if db.path is None:
        return []
    with db.session() as session:
        days, weeks = get_int(session, BACKUP_DAYS), get_int(session, BACKUP_WEEKS)
    return rotate(db.path, days, weeks, now)


def daily(database: Path, keep_daily: int, keep_weekly: int,
          now: datetime | None = None) -> Path | None:
    """At start: a backup when the newest is older than a day, then the rotation."""
    now = now or datetime.now()
    backups = list_backups(database)
    taken = None
    if not backups or now - backups[0].taken >= timedelta(days=1):
        taken = take(database, "auto", now)
    rotate(database, keep_daily, keep_weekly, now)
    return taken


def at_start(db, now: datetime | None = None) -> Path | None:
    """The daily backup and rotation of an open database, as its settings say. Before the
    day's backup the file is checked, so that a damaged database never pushes a sound backup
    out of the rotation: DamagedDatabase names the newest sound backup instead. A server
    database has none: the server's own backups protect it."""
    from brastod.core.settings import BACKUP_DAYS, BACKUP_WEEKS, get_int
    if db.path is None:
        return None
    with db.session() as session:
        days, weeks = get_int(session, BACKUP_DAYS), get_int(session, BACKUP_WEEKS)
    found = list_backups(db.path)
    if not found or (now or datetime.now()) - found[0].taken >= timedelta(days=1):
        problems = integrity_problems(db.path)
        if problems:
            raise damaged(db.path, problems[0])
    return daily(db.path, days, weeks, now)


def newest_sound(database: Path) -> Backup | None:
    """The newest backup that passes the integrity check (and can be read)."""
    for backup in list_backups(database):
        try:
            if not integrity_problems(backup.path):
                return backup
        except BrastodError:
            continue
    return None


def damaged(database: Path, problem: str) -> DamagedDatabase:
    """The error for a damaged database, with the backup to offer in its place."""
    return DamagedDatabase(f"Databasen {Path(database).name} är skadad: {problem}.", database,
                           newest_sound(database))


def integrity_problems(database: Path, quick: bool = False) -> list[str]:
    """What SQLite's integrity (or, ``quick``, quick) and foreign-key checks find; empty when
    the file is sound.
    BrastodError (saying why) when the file cannot be read at all for another reason than
    damage: no permission, a full disk, a disk error."""
    try:
        connection = connect_readonly(Path(database))
        try:
            # quick_check leaves out whether the indexes match their tables: before every
            # import, 0.55 s instead of 6.4 s on a million incidents.
            check = "quick_check" if quick else "integrity_check"
            found = [row[0] for row in connection.execute(f"PRAGMA {check}")
                     if row[0] != "ok"]
            # SQLite says what is wrong in its own words; the user gets the gist, the log all.
            problems = [f"filens inre struktur är skadad ({len(found)} fel enligt SQLite:s "
                        "kontroll; detaljerna finns i loggfilen)"] if found else []
            if found:
                log.warning("%s: %s", check, "; ".join(found))
            problems += [f"Tabellen {table} rad {rowid} pekar på en {parent} som saknas"
                         for table, rowid, parent, _ in
                         connection.execute("PRAGMA foreign_key_check")]
            if not connection.execute("SELECT name FROM sqlite_master WHERE name = "
                                      "'schema_version'").fetchone():
                problems.append("Filen är ingen Brastöd-databas (schemaversion saknas)")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise BrastodError(sqlite_cause(error, Path(database))) from None
        return [f"Filen kan inte läsas som en databas: {damage(error)}"]
    return problems


def restore(database: Path, backup: Path, now: datetime | None = None,
            prepare: Callable[[Path], None] | None = None) -> Path | None:
    """Puts ``backup`` in place of ``database``, after checking it, and returns the copy kept
    of the database it replaces. Other programs may have the database open and be writing:
    the backup, brought to this schema version first, is copied into the live file in one
    transaction that holds the write lock (``replace_content``), and the copy of what it
    replaces is taken under that same lock, so every write committed before the restore is in
    that copy and every later one goes into the restored database. A database too damaged
    for SQLite to write into is kept as it is and replaced as a file. ``prepare(copy)`` may
    change the private copy, at this schema version, before it is put in place."""
    backup, database = Path(backup), Path(database)
    if not backup.is_file():
        raise BrastodError(f"Säkerhetskopian {backup} finns inte.")
    problems = integrity_problems(backup)
    if problems:
        raise BrastodError(f"Säkerhetskopian {backup.name} återställs inte: {problems[0]}. "
                           "Välj en annan kopia.")
    with _private_folder(database) as folder:
        incoming = folder / "aterstalls.sqlite3"     # short, as are its migration copies
        try:
            backup_to(backup, incoming)
        except BrastodError as error:
            raise BrastodError(f"{backup.name} kunde inte återställas: {error}") from None
        _bring_to_this_version(incoming, backup)
        if prepare is not None:
            prepare(incoming)
        if not database.exists():
            os.replace(incoming, database)
            return None
        _match_page_size(incoming, database)
        kept: list[Path] = []
        try:
            replace_content(database, incoming,
                            lambda: kept.append(_keep_replaced(database, now)))
        except sqlite3.DatabaseError as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                why = ("disken är full" if code == sqlite3.SQLITE_FULL else
                       f"databasfilen kunde inte skrivas ({error.sqlite_errorname})")
                raise BrastodError(f"{backup.name} kunde inte återställas och databasen är "
                                   f"oförändrad: {why}.") from None
            log.warning("%s går inte att skriva i (%s); filen ersätts", database, error)
            kept = kept or [_keep_replaced(database, now)]
            _replace_file(incoming, database)
    return kept[0]


@contextmanager
def _private_folder(database: Path) -> Iterator[Path]:
    """A temporary folder beside the database, for the copy that is put in its place; named as
    the whole-file temporaries are, so one a killed restore left is swept at the next start."""
    folder = temporary_for(database)
    try:
        folder.mkdir()
    except PermissionError:
        raise BrastodError(f"Mappen {database.parent} går inte att skriva i, så ingen "
                           "säkerhetskopia kan återställas där; kontrollera att du har "
                           "skrivrätt till den.") from None
    except OSError as error:
        raise BrastodError(f"Mappen {database.parent} kan inte användas för återställningen: "
                           f"{describe(error)}.") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bring_to_this_version(incoming: Path, backup: Path) -> None:
    """Migrates the private copy of an older backup (its "före" copy stays in the temporary
    folder); a backup from a newer Brastöd is refused."""
    connection = sqlite3.connect(incoming)
    try:
        version = connection.execute("SELECT version FROM schema_version").fetchone()[0]
    finally:
        connection.close()
    if version > db_module.SCHEMA_VERSION:
        raise BrastodError(f"Säkerhetskopian {backup.name} är gjord av en nyare version av "
                           f"Brastöd (schemaversion {version}); uppdatera Brastöd innan du "
                           "återställer den.")
    if version < db_module.SCHEMA_VERSION:
        open_database(incoming).close()


def _match_page_size(incoming: Path, database: Path) -> None:
    """SQLite's backup API cannot copy into a WAL database whose page size differs: a copy made
    with another tool (or an old SQLite, 1 024 bytes) is rebuilt at the live page size first."""
    try:
        live = connect_readonly(database)
        try:
            size = live.execute("PRAGMA page_size").fetchone()[0]
        finally:
            live.close()
    except sqlite3.DatabaseError:
        return                  # a damaged database is replaced as a file (see restore)
    copy = sqlite3.connect(incoming, isolation_level=None)
    try:
        if copy.execute("PRAGMA page_size").fetchone()[0] != size:
            copy.execute("PRAGMA journal_mode=DELETE")      # page_size cannot change in WAL
            copy.execute(f"PRAGMA page_size={int(size)}")
            copy.execute("VACUUM")
    finally:
        copy.close()


def _replace_file(incoming: Path, database: Path) -> None:
    try:
        for sidecar in ("-wal", "-shm"):     # the old file's journal must not meet the new one
            Path(f"{database}{sidecar}").unlink(missing_ok=True)
        os.replace(incoming, database)
    except OSError as error:
        raise BrastodError(f"Databasen {database} kunde inte ersättas: {describe(error)}.") \
            from None


def _keep_replaced(database: Path, now: datetime | None) -> Path:
    try:
        return take(database, "fore-aterstallning", now)
    except BrastodError:        # too damaged for SQLite to copy: keep its bytes as they are
        target = folder_of(database) / backup_name(database, "skadad", now or datetime.now())
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, lambda temporary: shutil.copyfile(database, temporary))
        return target


def copy_to(database: Path, target: Path) -> Path:
    """A copy the user keeps elsewhere (Arkiv → Säkerhetskopiera…, ``brastod backup``)."""
    return db_module.backup_to(database, target)


def content_version(database: Path) -> int | None:
    """A number that changes when another program restores a backup into ``database`` (its
    schema cookie); None when it cannot be read right now (never waits for a lock)."""
    return db_module.schema_cookie(database)


def open_at_start(path: Path | str, create: bool):
    """Opens ``path`` for the window, on the worker: the database layer is imported here (the
    slow part of start-up), the day's backup taken, and whether it still needs its
    first-start choice said, as ``(db, initialized)``. A damaged file ends in DamagedDatabase
    naming the newest sound backup. A server address (core.server) is only opened: its backups
    are the server's, and server-init has made it."""
    from sqlalchemy.exc import DatabaseError

    from brastod.core.server import is_server
    from brastod.core.services import action_plans, incidents, meetings, situation_reports  # noqa: F401  (loaded here, off the GUI thread)
    from brastod.core.services.setup import is_initialized
    if is_server(path):
        db = db_module.open_database(path)
        try:
            return db, is_initialized(db)
        except Exception:
            db.close()
            raise
    try:
        db = db_module.open_database(path, create=create)
    except DamagedDatabase as error:
        raise damaged(path, str(error).rstrip(".")) from None
    try:
        initialized = is_initialized(db)
        if initialized:
            at_start(db)
        return db, initialized
    except DatabaseError as error:      # a damaged page met on the way, or a full disk …
        db.close()
        if not is_damage(error.orig):
            raise BrastodError(sqlite_cause(error.orig, path)) from None
        raise damaged(path, str(error.orig)) from None
    except Exception:
        db.close()
        raise
