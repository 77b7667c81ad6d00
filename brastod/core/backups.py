"""Backups beside the database (``backups/``), taken with SQLite's online backup: one at start
when the newest is older than a day, one before every import and migration. They are rotated —
the newest of each of the last days and of each of the last weeks are kept (settings), and
nothing older than that window — and can be checked and restored. A restore first copies the
database it replaces."""
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from brastod.core.db import BACKUP_FOLDER, BACKUP_STAMP, backup_copy, backup_to
from brastod.core.errors import BrastodError, DamagedDatabase


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    kind: str           # "auto", "fore-import", "fore-v2", "fore-aterstallning", …
    size: int


def folder_of(database: Path) -> Path:
    return Path(database).parent / BACKUP_FOLDER


def take(database: Path, kind: str, now: datetime | None = None) -> Path:
    """A backup of ``database`` named by its kind and the time."""
    return backup_copy(Path(database), kind, now)


def list_backups(database: Path) -> list[Backup]:
    """This database's backups, newest first."""
    database = Path(database)
    found = []
    for path in folder_of(database).glob(f"{database.stem}-*.sqlite3"):
        rest = path.stem[len(database.stem) + 1:]
        kind, _, stamp = rest.rpartition("-")
        kind, _, day = kind.rpartition("-")
        try:
            taken = datetime.strptime(f"{day}-{stamp}", BACKUP_STAMP)
        except ValueError:
            continue            # not one of ours
        found.append(Backup(path, taken, kind, path.stat().st_size))
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
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def rotate_as_set(db, now: datetime | None = None) -> list[Path]:
    """The rotation of an open database's backups, as its settings say."""
    from brastod.core.settings import BACKUP_DAYS, BACKUP_WEEKS, get_int
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
    out of the rotation: DamagedDatabase names the newest sound backup instead."""
    from brastod.core.settings import BACKUP_DAYS, BACKUP_WEEKS, get_int
    with db.session() as session:
        days, weeks = get_int(session, BACKUP_DAYS), get_int(session, BACKUP_WEEKS)
    found = list_backups(db.path)
    if not found or (now or datetime.now()) - found[0].taken >= timedelta(days=1):
        problems = integrity_problems(db.path)
        if problems:
            raise damaged(db.path, problems[0])
    return daily(db.path, days, weeks, now)


def newest_sound(database: Path) -> Backup | None:
    """The newest backup that passes the integrity check."""
    return next((b for b in list_backups(database) if not integrity_problems(b.path)), None)


def damaged(database: Path, problem: str) -> DamagedDatabase:
    """The error for a damaged database, with the backup to offer in its place."""
    return DamagedDatabase(f"Databasen {Path(database).name} är skadad: {problem}.", database,
                           newest_sound(database))


def integrity_problems(database: Path) -> list[str]:
    """What SQLite's integrity and foreign-key checks find; empty when the file is sound."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")
                        if row[0] != "ok"]
            problems += [f"Tabellen {table} rad {rowid} pekar på en {parent} som saknas"
                         for table, rowid, parent, _ in
                         connection.execute("PRAGMA foreign_key_check")]
            if not connection.execute("SELECT name FROM sqlite_master WHERE name = "
                                      "'schema_version'").fetchone():
                problems.append("Filen är ingen Brastöd-databas (schemaversion saknas)")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [f"Filen kan inte läsas som en databas ({error})"]
    return problems


def restore(database: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Puts ``backup`` in place of ``database``, after checking it and copying the database
    it replaces (as it is, if it is too damaged to be read); returns that copy. The new file
    is written beside the old and then moved over it, so a restore is whole or not at all.
    The database must not be open elsewhere."""
    backup, database = Path(backup), Path(database)
    if not backup.is_file():
        raise BrastodError(f"Säkerhetskopian {backup} finns inte.")
    problems = integrity_problems(backup)
    if problems:
        raise BrastodError(f"Säkerhetskopian {backup.name} är skadad och återställs inte: "
                           f"{problems[0]}. Välj en annan kopia.")
    saved = _keep_replaced(database, now) if database.exists() else None
    incoming = database.with_name(f".{database.name}.aterstalls")
    try:
        incoming.unlink(missing_ok=True)
        backup_to(backup, incoming)
        for sidecar in ("-wal", "-shm"):     # the old file's journal must not meet the new one
            Path(f"{database}{sidecar}").unlink(missing_ok=True)
        os.replace(incoming, database)
    except (OSError, BrastodError) as error:
        incoming.unlink(missing_ok=True)
        raise BrastodError(f"{backup.name} kunde inte återställas: {error}") from None
    return saved


def _keep_replaced(database: Path, now: datetime | None) -> Path:
    try:
        return take(database, "fore-aterstallning", now)
    except BrastodError:        # too damaged for SQLite to copy: keep its bytes as they are
        target = folder_of(database) / (f"{database.stem}-skadad-"
                                        f"{(now or datetime.now()).strftime(BACKUP_STAMP)}"
                                        f"{database.suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(database, target)
        return target
