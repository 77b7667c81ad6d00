"""The import history: every batch with its file's name and its counts, and undo."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.errors import ImportFailure
from brastod.core.models import ImportBatch, Incident, Partner
from brastod.core.services import tallies


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


def undo_batch(db: Database, batch_id: int) -> int:
    """Remove a batch's incidents (the batch stays in the history, marked undone)."""
    with db.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportFailure("Importen finns inte längre.")
        if batch.undone_at is not None:
            raise ImportFailure(f"Importen av {batch.file_name} är redan ångrad.")
        removed = session.execute(delete(Incident).where(Incident.batch_id == batch_id)).rowcount
        tallies.forget_batch(session.connection(), batch_id)
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                        .values(undone_at=utc_now()))
        return removed
