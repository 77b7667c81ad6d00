"""Gallring: raw incidents older than the dokumenthanteringsplan allows are deleted, with their
free text; what was built from them survives — an adopted lägesbild keeps the figures and the
pinned incidents it was adopted with, and the import history keeps its counts.

The deleted text is overwritten in the file (SQLite's secure_delete) and the write-ahead log is
emptied afterwards, so it is gone from the database itself; copies of it remain only in the
backups taken before, which rotation removes within its window (see core.backups). The
setting and the cutoff are kept, so that restoring an older backup purges again and keeps the
setting (``restore``)."""
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func
from sqlmodel import Session, select

from brastod.core.db import Database, empty_log, open_database
from brastod.core.enums import ReportStatus
from brastod.core.errors import ValidationError
from brastod.core.models import Incident, PinnedIncident, Setting, SituationReport
from brastod.core.services import tallies
from brastod.core.services.hand_edited import HandEdited, hand_edited, remove_as_shown
from brastod.core.versions import REMOVAL_ASKED_AGAIN, changed_meanwhile
from brastod.core.settings import (
    BACKUP_DAYS, BACKUP_WEEKS, PURGED_BEFORE, RETENTION_MONTHS, get_date, get_int, set_date,
    set_int,
)

log = logging.getLogger(__name__)
MAX_MONTHS = 1200       # a hundred years; more is a typing mistake (and beyond date's range)


@dataclass(frozen=True)
class PurgePlan:
    cutoff: date                # incidents before this day go
    incidents: int
    oldest: date | None
    pinned_in_drafts: int       # pins in drafts that go with them (adopted ones keep theirs)
    backup_days: int | None     # how long their text can remain in backups (the rotation
                                # window); None on a server, whose backups are its own
    edited: HandEdited = field(default_factory=HandEdited)   # of them, changed by hand

    def backups_text(self) -> str:
        if self.backup_days is None:
            return ("Texten kan finnas kvar i serverns säkerhetskopior så länge "
                    "IT-avdelningen sparar dem.")
        return (f"Texten kan finnas kvar i säkerhetskopiorna i högst {self.backup_days} dagar "
                "till.")


@dataclass(frozen=True)
class PurgeState:
    """What a restore must not undo: the retention setting and the last purge's cutoff."""
    months: int
    purged_before: date | None


def cutoff_for(months: int, today: date) -> date:
    if months < 1:
        raise ValidationError("Gallringen måste spara minst en månad.")
    if months > MAX_MONTHS:
        raise ValidationError(f"Gallringen kan spara högst {MAX_MONTHS} månader (100 år), "
                              f"inte {months}.")
    return today - relativedelta(months=months)


def plan_purge(db: Database, months: int, today: date) -> PurgePlan:
    """What a purge keeping ``months`` months would delete."""
    cutoff = cutoff_for(months, today)
    with db.session() as session:
        count, oldest = session.exec(select(func.count(), func.min(Incident.occurred_on))
                                     .where(Incident.occurred_on < cutoff)).one()
        pinned = session.exec(
            select(func.count()).select_from(PinnedIncident)
            .join(Incident, Incident.id == PinnedIncident.incident_id)
            .join(SituationReport, SituationReport.id == PinnedIncident.report_id)
            .where(Incident.occurred_on < cutoff,
                   SituationReport.status != ReportStatus.ADOPTED.value)).one()
        window = get_int(session, BACKUP_DAYS) + 7 * get_int(session, BACKUP_WEEKS)
        edited = hand_edited(session, Incident.occurred_on < cutoff)
    if isinstance(oldest, str):
        oldest = date.fromisoformat(oldest)
    return PurgePlan(cutoff, count, oldest, pinned, window if db.path is not None else None,
                     edited)


class PurgeChanged(ValidationError):
    """The incidents before the cutoff are not those the user was shown: nothing was purged."""


def purge(db: Database, months: int, today: date, shown: PurgePlan | None = None) -> int:
    """Deletes the incidents older than ``months`` months and makes ``months`` the retention
    setting (in one transaction); returns how many. Adopted lägesbilder are untouched: their
    figures and pins are stored with them. Then the backups are rotated.

    With the plan the user was ``shown``, what goes is what it said: if an incident before its
    cutoff was changed since, or the number before it is another (some came under it, or were
    moved past it), nothing is purged and PurgeChanged says why, to be asked again. Gallring is
    the law's, so a change never keeps an incident from it: the next question includes it."""
    from brastod.core.backups import rotate_as_set
    cutoff = shown.cutoff if shown is not None else cutoff_for(months, today)
    with db.session() as session:
        if shown is None:
            removed = _delete_before(session, cutoff)
        else:
            removed = _delete_shown(session, shown)
        set_int(session, RETENTION_MONTHS, months)
    _empty_log(db)
    rotate_as_set(db)
    return removed


def _delete_shown(session: Session, shown: PurgePlan) -> int:
    """``_delete_before`` the plan's cutoff, if the incidents before it are those it showed."""
    removed, changed = remove_as_shown(session, shown.edited, False,
                                       Incident.occurred_on < shown.cutoff)
    if changed is not None:
        raise PurgeChanged(str(changed_meanwhile(
            changed, f"en av händelserna före {shown.cutoff}", REMOVAL_ASKED_AGAIN)))
    if removed != shown.incidents:
        raise PurgeChanged(f"Före {shown.cutoff} finns nu {removed} händelser, inte "
                           f"{shown.incidents} som frågan sade. Inget gallrades.")
    return removed + _delete_before(session, shown.cutoff)


def _delete_before(session: Session, cutoff: date) -> int:
    """Deletes the incidents before ``cutoff`` (their pins in drafts go with them: ON DELETE
    CASCADE), overwriting their text in the file, and records the cutoff."""
    removed = session.exec(delete(Incident).where(Incident.occurred_on < cutoff)).rowcount
    tallies.recount_before(session.connection(), cutoff)
    earlier = get_date(session, PURGED_BEFORE)
    set_date(session, PURGED_BEFORE, max(cutoff, earlier) if earlier else cutoff)
    return removed


def _empty_log(db: Database) -> None:
    if db.path is None:         # on a server, VACUUM reclaims the rows (autovacuum too)
        from brastod.core.server import vacuum
        vacuum(db.engine, "incident")
        return
    if not empty_log(db.engine):
        log.warning("Loggfilen för %s kunde inte tömmas efter gallringen.", db.path)


def retention_months(db: Database) -> int:
    with db.session() as session:
        return get_int(session, RETENTION_MONTHS)


def purge_state(db: Database) -> PurgeState:
    with db.session() as session:
        return PurgeState(get_int(session, RETENTION_MONTHS), get_date(session, PURGED_BEFORE))


def reapply(db: Database, state: PurgeState) -> int:
    """After a restore: deletes again what had been purged before ``state``'s cutoff and puts
    its retention setting back; returns how many incidents were deleted."""
    with db.session() as session:
        removed = _delete_before(session, state.purged_before) if state.purged_before else 0
        set_int(session, RETENTION_MONTHS, state.months)
    if removed:
        _empty_log(db)
    return removed


@dataclass(frozen=True)
class Restored:
    saved: Path | None          # the copy of the database that was replaced
    state: PurgeState | None    # the replaced database's gallring, None if it was unreadable
    removed: int                # incidents purged again

    def message(self) -> str:
        if self.state is None:
            return ""
        kept = f"gallringsinställningen behölls: {self.state.months} månader."
        if self.removed:
            return f"{self.removed} händelser som hade gallrats togs bort igen; {kept}"
        return kept[0].upper() + kept[1:]


def restore(database: Path, backup: Path) -> Restored:
    """Puts ``backup`` in place of ``database`` (core.backups.restore) without undoing a
    gallring: what the database had purged is purged again, and its setting kept. The purge is
    applied to the copy before it goes in, so no one sees the purged incidents come back; should
    another program purge while the restore waits for the lock, the copy kept of the replaced
    database (taken under the lock) says so, and that purge is applied after."""
    from brastod.core.backups import restore as put_back
    database = Path(database)
    state = _live_state(database)
    removed: list[int] = []

    def prepare(copy: Path) -> None:
        db = open_database(copy)
        try:
            removed.append(reapply(db, state))
        finally:
            db.close()
    saved = put_back(database, backup, prepare=prepare if state else None)
    latest = _live_state(saved) if saved else None
    if latest and latest != state:
        db = open_database(database)
        try:
            removed.append(reapply(db, latest))
        finally:
            db.close()
        state = latest
    return Restored(saved, state, sum(removed))


def _live_state(database: Path) -> PurgeState | None:
    """The gallring of the database about to be replaced, read without opening it as a
    Brastöd database (it may be damaged or of an older version); None if it cannot be read."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            return _state(connection.execute(_STATE, (RETENTION_MONTHS.key, PURGED_BEFORE)))
        finally:
            connection.close()
    except (sqlite3.Error, ValueError) as error:
        log.warning("Gallringen i %s kunde inte läsas före återställningen: %s", database,
                    error)
        return None


_STATE = "SELECT key, value FROM setting WHERE key IN (?, ?)"


def _state(rows) -> PurgeState:
    values = dict(rows)
    months = int(values.get(RETENTION_MONTHS.key, RETENTION_MONTHS.default))
    cutoff = values.get(PURGED_BEFORE)
    return PurgeState(months, cutoff and date.fromisoformat(cutoff))


def restore_on_server(target: str, file: Path) -> Restored:
    """``restore`` for a server database (core.server_backup.restore, a pg_dump): what it had
    purged is purged again and its setting kept, just after the restore commits."""
    from brastod.core import server_backup
    state = _server_state(target)
    server_backup.restore(target, file)
    if state is None:
        return Restored(None, None, 0)
    db = open_database(target)
    try:
        return Restored(None, state, reapply(db, state))
    finally:
        db.close()


def _server_state(target: str) -> PurgeState | None:
    """``_live_state`` of a server database, read without opening it as a Brastöd database."""
    from sqlalchemy.exc import SQLAlchemyError

    from brastod.core.server import engine_for, parse
    engine = engine_for(parse(target))
    try:
        with engine.connect() as connection:
            return _state(connection.execute(select(Setting.key, Setting.value).where(
                Setting.key.in_([RETENTION_MONTHS.key, PURGED_BEFORE]))).all())
    except (SQLAlchemyError, ValueError) as error:
        log.warning("Gallringen i %s kunde inte läsas före återställningen: %s", target,
                    error)
        return None
    finally:
        engine.dispose()
