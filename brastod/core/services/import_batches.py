"""What every import shares: the result it reports, the partner it is for, and saving a batch
with those of its rows that are not already in the database, in the caller's transaction."""
from collections.abc import Callable
from itertools import compress
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Protocol

from sqlalchemy import select
from sqlmodel import Session

from brastod.core.db import Database
from brastod.core.dialects import incidents_with_keys, insert_columns, one_import_at_a_time
from brastod.core.errors import ImportFailure
from brastod.core.models import ImportBatch, Partner
from brastod.core.services import tallies
from brastod.core.text import normalize

# The incident columns an import writes, in the order of the tuples handed to ``store``.
COLUMNS = ("occurred_on", "occurred_time", "ends_time", "area_id", "place_text", "category_id",
           "description", "count", "partner_id", "police_reported", "reporter_assessment",
           "personal_data_flag", "source_ref", "row_hash", "needs_review")
_HASH = COLUMNS.index("row_hash")
CHUNK = 5000


class Progress(Protocol):
    """What an import reports to and asks of its caller (the GUI's TaskContext, or nothing)."""

    def check(self) -> None: ...          # raises when the user has cancelled

    def progress(self, done: int, total: int) -> None: ...


class NoProgress:
    def check(self) -> None:
        pass

    def progress(self, done: int, total: int) -> None:
        pass


class _DryRun(Exception):
    """Raised to roll a dry run's transaction back."""


def run_import(db: Database, result: "ImportResult", dry_run: bool,
               work: Callable[[Session], None]) -> "ImportResult":
    """``work`` in one transaction (rolled back for a dry run), then the result's message.
    A real import into a file is preceded by a backup of it, and the backups are rotated."""
    if not dry_run and db.path is not None:
        from brastod.core.backups import rotate_as_set, take
        take(db.path, "fore-import")
        rotate_as_set(db)
    try:
        with db.session() as session:
            one_import_at_a_time(session.connection())
            work(session)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        result.batch_id = None
    result.summarise(dry_run)
    return result


@dataclass
class ImportResult:
    file: str
    partner: str | None
    status: str = "imported"          # imported | error
    imported: int = 0
    duplicates: int = 0
    rejected: list[dict] = field(default_factory=list)
    outside_municipality: int = 0
    masked: int = 0
    message: str = ""
    batch_id: int | None = None
    created: list[str] = field(default_factory=list)
    names_masked: int = 0             # new category/area names with personal data masked

    def as_json(self) -> dict:
        data = asdict(self)
        for key in ("batch_id", "created", "names_masked"):
            data.pop(key)
        return data

    def summarise(self, dry_run: bool) -> None:
        verb = "skulle importeras" if dry_run else "importerade"
        parts = [f"{self.imported} {verb}"]
        if self.duplicates:
            parts.append(f"{self.duplicates} fanns redan")
        if self.rejected:
            parts.append(f"{len(self.rejected)} avvisade")
        if self.masked:
            parts.append(f"{self.masked} med personuppgifter maskerade")
        if self.created:
            parts.append("nya att granska: " + ", ".join(sorted(set(self.created))))
        self.message = "; ".join(parts) + "."
        if self.names_masked:
            new, them = ("nytt", "det") if self.names_masked == 1 else ("nya", "dem")
            self.message += (f" {self.names_masked} {new} kategori- eller områdesnamn innehöll "
                             "personuppgifter, som ersattes med [… borttaget]: byt namn på "
                             f"{them} under Register.")
        if self.outside_municipality:
            self.message += (f" {self.outside_municipality} händelser gällde andra kommuner och "
                             "hoppades över.")


def partner_by_name(session: Session, name: str) -> Partner:
    partners = session.execute(select(Partner)).scalars().all()
    for partner in partners:
        if normalize(partner.name) == normalize(name):
            return partner
    known = ", ".join(sorted(p.name for p in partners)) or "inga ännu"
    raise ImportFailure(f"Partnern ”{name}” finns inte. Kända partner: {known}. Lägg till "
                        "partnern under Register → Partner och kontakter.")


def sql_date(value: date | None) -> str | None:
    """The text SQLAlchemy's SQLite Date type stores and reads back."""
    return None if value is None else value.isoformat()


def sql_time(value: time | None) -> str | None:
    """The text SQLAlchemy's SQLite Time type stores ("21:30:00.000000")."""
    return None if value is None else value.strftime("%H:%M:%S.%f")


def store(session: Session, result: ImportResult, rows: list[tuple], masked: list[bool],
          batch: ImportBatch, progress: Progress) -> None:
    """``store_columns`` for rows given as tuples in COLUMNS order."""
    columns = [list(values) for values in zip(*rows)] or [[] for _ in COLUMNS]
    store_columns(session, result, columns, masked, batch, progress)


def store_columns(session: Session, result: ImportResult, columns: list[list],
                  masked: list[bool], batch: ImportBatch, progress: Progress) -> None:
    """Save ``batch`` and those rows not already in the database, given as ``columns`` (a list
    of values per column, in COLUMNS order, dates and times already as SQL text); count the
    rest. A row becomes a tuple only as it is inserted."""
    session.add(batch)
    session.flush()
    hashes = columns[_HASH]
    existing = _existing_hashes(session, hashes)
    if existing:
        fresh = [row_hash not in existing for row_hash in hashes]
        columns = [list(compress(values, fresh)) for values in columns]
        masked = list(compress(masked, fresh))
    size = len(columns[_HASH])
    result.masked = sum(masked)
    result.duplicates, result.imported = len(hashes) - size, size
    batch_id = batch.id         # read once: each read of an ORM attribute costs
    # Straight to the driver on the session's connection (same transaction): the rows are
    # already in storage form, and the ORM's per-row work would cost more than the rest.
    connection = session.connection()
    for start in range(0, size, CHUNK):
        progress.check()
        end = min(start + CHUNK, size)
        insert_columns(connection, "incident", {
            **{name: values[start:end] for name, values in zip(COLUMNS, columns)},
            "batch_id": [batch_id] * (end - start)})
        progress.progress(end, size)
    tallies.pend(connection, batch_id)
    batch.rows_imported, batch.rows_duplicate = result.imported, result.duplicates
    batch.rows_masked = result.masked
    session.add(batch)
    session.flush()
    result.batch_id = batch.id


def _existing_hashes(session: Session, hashes: list[int]) -> set[int]:
    return incidents_with_keys(session.connection(), hashes)
