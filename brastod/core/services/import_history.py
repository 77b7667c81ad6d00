"""The import history: every batch with its file's name and its counts, and undo."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.errors import ImportFailure
from brastod.core.models import ImportBatch, Incident, Partner
from brastod.core.services import tallies
from brastod.core.services.hand_edited import HandEdited, hand_edited, remove_as_shown
from brastod.core.versions import REMOVAL_ASKED_AGAIN, changed_meanwhile


@dataclass(frozen=True, slots=True)
class BatchRow:
    id: int
    imported_at: datetime
    file_name: str | None
    source: str
    partner: str | None
    rows_read: int
    rows_imported: int
    rows_duplicate: int
    rows_rejected: int
    rows_masked: int
    incidents_now: int          # what is left after hand deletions (0 once undone)
    undone_at: datetime | None


def list_batches(db: Database) -> list[BatchRow]:
    """Newest first; demo and hand-entry batches included."""
    remaining = (select(Incident.batch_id, func.count().label("n"))
                 .group_by(Incident.batch_id).subquery())
    query = (select(ImportBatch.id, ImportBatch.imported_at, ImportBatch.file_name,
                    ImportBatch.source, Partner.name, ImportBatch.rows_read,
                    ImportBatch.rows_imported, ImportBatch.rows_duplicate,
                    ImportBatch.rows_rejected, ImportBatch.rows_masked,
                    func.coalesce(remaining.c.n, 0), ImportBatch.undone_at)
             .outerjoin(Partner, Partner.id == ImportBatch.partner_id)
             .outerjoin(remaining, remaining.c.batch_id == ImportBatch.id)
             .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc()))
    with db.session() as session:
        return [BatchRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class UndoPlan:
    """What undoing a batch removes, as the user is asked about it."""
    batch_id: int
    file_name: str
    incidents: int
    edited: HandEdited          # those changed by hand since the import, at the versions shown


def plan_undo(db: Database, batch_id: int) -> UndoPlan:
    with db.session() as session:
        batch = _batch(session, batch_id)
        in_batch = Incident.batch_id == batch_id
        count = session.execute(select(func.count()).select_from(Incident)
                                .where(in_batch)).scalar_one()
        return UndoPlan(batch_id, batch.file_name or "exempeldata", count,
                        hand_edited(session, in_batch))


def undo_batch(db: Database, batch_id: int, shown: HandEdited | None = None,
               keep_edited: bool = False) -> int:
    """Remove a batch's incidents (the batch stays in the history, marked undone); returns how
    many. With the incidents changed by hand the user was ``shown`` (``plan_undo``), those stay
    when ``keep_edited``, and nothing is removed if one of the batch's incidents was changed
    since; without, every incident of the batch goes."""
    with db.session() as session:
        _batch(session, batch_id, lock=True)
        in_batch = Incident.batch_id == batch_id
        if shown is None:
            removed = session.execute(delete(Incident).where(in_batch)).rowcount
        else:
            removed, changed = remove_as_shown(session, shown, keep_edited, in_batch)
            if changed is not None:
                raise changed_meanwhile(changed, "en av importens händelser",
                                        REMOVAL_ASKED_AGAIN)
        tallies.forget_batch(session.connection(), batch_id)
        # The incidents kept are counted again (forget_batch dropped the batch's whole tally).
        tallies.recount(session.connection(), tallies.slices(session.connection(), in_batch))
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                        .values(undone_at=utc_now()))
        return removed


def _batch(session, batch_id: int, lock: bool = False) -> ImportBatch:
    """The batch, if it is there and not undone. ``lock``: held until the transaction ends, so
    that on a server a second undo at once waits for the first and finds the batch undone."""
    batch = session.get(ImportBatch, batch_id, populate_existing=True, with_for_update=lock)
    if batch is None:
        raise ImportFailure("Importen finns inte längre.")
    if batch.undone_at is not None:
        raise ImportFailure(f"Importen av {batch.file_name} är redan ångrad.")
    return batch
