"""Importing a partner file: preview it, then save the accepted rows in one transaction.

The original bytes are kept with their hash; rows already in the database (the same file again,
or a partner's cumulative sheet) are counted, not added; unknown categories and areas are
created and their incidents marked for review; personal data is masked unless kept on request.
"""
import hashlib
import json
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.errors import ImportFailure
from brastod.core.importing import police, screening
from brastod.core.services import registers
from brastod.core.importing.preview import Preview, PreviewRow, build_preview
from brastod.core.importing.sheets import Workbook, read_workbook
from brastod.core.importing.table import find_table
from brastod.core.models import (
    Area, AreaSynonym, Category, CategorySynonym, ColumnMapping, ImportBatch, Incident,
    Municipality, Partner, PoliceTypeMapping,
)
from brastod.core.text import normalize


class _DryRun(Exception):
    """Raised to roll a dry run's transaction back."""


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

    def as_json(self) -> dict:
        data = asdict(self)
        for key in ("batch_id", "created"):
            data.pop(key)
        return data


def preview_file(path: Path, today: date | None = None) -> tuple[Workbook, Preview]:
    workbook = read_workbook(path)
    table = find_table(workbook)
    return workbook, build_preview(workbook.file_name, table, today or date.today())


def _partner_by_name(session: Session, name: str) -> Partner:
    partners = session.execute(select(Partner)).scalars().all()
    for partner in partners:
        if normalize(partner.name) == normalize(name):
            return partner
    known = ", ".join(sorted(p.name for p in partners)) or "inga ännu"
    raise ImportFailure(f"Partnern ”{name}” finns inte. Kända partner: {known}. Lägg till "
                        "partnern under Register → Partner och kontakter.")


def _partner(session: Session, name: str | None, workbook: Workbook) -> Partner | None:
    if name is not None:
        return _partner_by_name(session, name)
    partners = session.execute(select(Partner)).scalars().all()
    # The same file imported before keeps that import's partner, so its rows stay duplicates.
    earlier = session.execute(
        select(ImportBatch.partner_id)
        .where(ImportBatch.file_hash == hashlib.sha256(workbook.data).hexdigest(),
               ImportBatch.undone_at.is_(None), ImportBatch.partner_id.is_not(None))
        .order_by(ImportBatch.id.desc())).scalars().first()
    if earlier is not None:
        return session.get(Partner, earlier)
    # A guess from the file name, which often lacks å, ä and ö: "fagerstabostader_mars.xlsx".
    stem = _unaccented(Path(workbook.file_name).stem)
    matches = [p for p in partners if _unaccented(p.name.split(",")[0]) in stem]
    return matches[0] if len(matches) == 1 else None


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", normalize(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _lookup(session: Session, model, synonym_model, key_column: str) -> dict[str, int]:
    table = {normalize(name): row_id for row_id, name in
             session.execute(select(model.id, model.name)).all()}
    for row_id, text in session.execute(select(getattr(synonym_model, key_column),
                                               synonym_model.normalized)).all():
        table.setdefault(text, row_id)
    return table


def _resolve(session: Session, lookup: dict[str, int], text: str | None, create,
             created: list[str]) -> tuple[int | None, bool]:
    """(id, needs_review) for a category or area as the partner wrote it."""
    if text is None:
        return None, True
    key = normalize(text)
    if key in lookup:
        return lookup[key], False
    new_id = create(text)
    lookup[key] = new_id
    created.append(text)
    return new_id, True


def _row_hash(partner_id: int | None, row: PreviewRow, description: str | None) -> str:
    parts = [str(partner_id), row.occurred_on.isoformat(),
             row.occurred_time.isoformat() if row.occurred_time else "",
             normalize(row.category or ""), normalize(row.area or ""), normalize(row.place or ""),
             normalize(description or "")]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def import_file(db: Database, path: Path, *, partner_name: str | None = None,
                dry_run: bool = False, mask_personal_data: bool = True,
                today: date | None = None) -> ImportResult:
    """Read, check and save one file. Raises ImportFailure when the file cannot be used."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _import_police(db, path, partner_name, dry_run)
    workbook, preview = preview_file(path, today)
    result = ImportResult(file=workbook.file_name, partner=None)
    result.rejected = [{"sheet": row.sheet, "row": row.row, "column": row.rejection.column,
                        "reason": row.rejection.message}
                       for row in preview.rows if row.rejection is not None]
    try:
        with db.session() as session:
            partner = _partner(session, partner_name, workbook)
            result.partner = partner.name if partner else None
            _save(session, workbook, preview, partner, result, mask_personal_data)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        result.batch_id = None
    result.message = _summary(result, dry_run)
    return result


def _save(session: Session, workbook: Workbook, preview: Preview, partner: Partner | None,
          result: ImportResult, mask_personal_data: bool) -> None:
    partner_id = partner.id if partner else None
    categories = _lookup(session, Category, CategorySynonym, "category_id")
    areas = _lookup(session, Area, AreaSynonym, "area_id")

    def new_category(text: str) -> int:
        return registers.create_category(session, text, None, "other").id

    def new_area(text: str) -> int:
        return registers.create_area(session, text).id

    rows, masked, seen = [], [], Counter()
    for row in preview.accepted:
        texts = {name: getattr(row, name) for name in ("description", "place", "assessment")}
        if mask_personal_data and row.findings:
            texts = {name: screening.mask(text)[0] for name, text in texts.items()}
        masked.append(mask_personal_data and bool(row.findings))
        category_id, category_review = _resolve(session, categories, row.category,
                                                new_category, result.created)
        area_id, area_review = _resolve(session, areas, row.area, new_area, result.created)
        key = _row_hash(partner_id, row, texts["description"])
        seen[key] += 1
        rows.append({
            "occurred_on": row.occurred_on, "occurred_time": row.occurred_time,
            "ends_time": row.ends_time, "area_id": area_id, "place_text": texts["place"],
            "category_id": category_id, "description": texts["description"],
            "count": row.count, "partner_id": partner_id,
            "police_reported": row.police_reported,
            "reporter_assessment": texts["assessment"],
            "personal_data_flag": bool(row.findings) and not mask_personal_data,
            "source_ref": f"{row.sheet}!{row.row}",
            # The nth identical row of a file is the nth incident, not a duplicate of the first.
            "row_hash": key if seen[key] == 1 else f"{key}:{seen[key]}",
            "needs_review": category_review or area_review,
        })
    _store(session, result, rows, masked, ImportBatch(
        partner_id=partner_id, source="file", file_name=workbook.file_name,
        file_hash=hashlib.sha256(workbook.data).hexdigest(), original=workbook.data,
        imported_at=utc_now(), mapping_json=json.dumps(_mapping(preview), ensure_ascii=False),
        rows_read=len(preview.rows), rows_rejected=len(result.rejected)))
    _remember_mapping(session, partner_id, preview)


def _store(session: Session, result: ImportResult, rows: list[dict], masked: list[bool],
           batch: ImportBatch) -> None:
    """Save ``batch`` and those of ``rows`` not already in the database; count the rest."""
    session.add(batch)
    session.flush()
    existing = _existing_hashes(session, [r["row_hash"] for r in rows])
    fresh = [dict(r, batch_id=batch.id) for r in rows if r["row_hash"] not in existing]
    result.masked = sum(m for r, m in zip(rows, masked, strict=True)
                        if r["row_hash"] not in existing)
    result.duplicates, result.imported = len(rows) - len(fresh), len(fresh)
    if fresh:
        # Core executemany on the session's connection (same transaction): the ORM bulk path
        # splits rows into a statement per NULL pattern, thousands for a partner file.
        session.connection().execute(insert(Incident.__table__), fresh)
    batch.rows_imported, batch.rows_duplicate = result.imported, result.duplicates
    batch.rows_masked = result.masked
    session.add(batch)
    result.batch_id = batch.id


def _import_police(db: Database, path: Path, partner_name: str | None,
                   dry_run: bool) -> ImportResult:
    """The municipality's own events from a saved police events file; the rest are counted as
    outside the municipality."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailure(f"Filen {path.name} kan inte läsas: {error.strerror}.") from None
    if not data.strip():
        raise ImportFailure(f"Filen {path.name} är tom. Be avsändaren skicka den igen.")
    if not police.looks_like_police_events(data):
        raise ImportFailure(f"Filen {path.name} är en JSON-fil men inte Polisens händelser.")
    events = police.read_events(path.name, data)
    result = ImportResult(file=path.name, partner=None)
    try:
        with db.session() as session:
            municipality = normalize(session.execute(select(Municipality.name)).scalar_one())
            own = [e for e in events if normalize(e.municipality) == municipality]
            result.outside_municipality = len(events) - len(own)
            partner = _police_partner(session, partner_name)
            result.partner = partner.name if partner else None
            mapping = dict(session.execute(select(PoliceTypeMapping.police_type,
                                                  PoliceTypeMapping.category_id)).all())
            fallback = session.execute(select(Category.id).where(
                Category.name == "Övrigt", Category.parent_id.is_(None))).scalar()
            areas = session.execute(select(Area.id, Area.name)).all()
            rows = []
            for event in own:
                if event.type not in mapping:    # a new type: listed for the user to map
                    session.add(PoliceTypeMapping(police_type=event.type, category_id=None))
                    mapping[event.type] = None
                    result.created.append(event.type)
                area_id = next((area_id for area_id, name in areas if name in event.summary),
                               None)
                rows.append({
                    "occurred_on": event.occurred_on, "occurred_time": event.occurred_time,
                    "area_id": area_id, "category_id": mapping[event.type] or fallback,
                    "description": f"{event.type}: {event.summary}".strip(),
                    "count": 1, "partner_id": partner.id if partner else None,
                    "police_reported": True, "personal_data_flag": False,
                    "source_ref": f"polisen:{event.id}",
                    "row_hash": police.row_hash(event.id),
                    "needs_review": mapping[event.type] is None,
                })
            _store(session, result, rows, [False] * len(rows), ImportBatch(
                partner_id=partner.id if partner else None, source="police_json",
                file_name=path.name, file_hash=hashlib.sha256(data).hexdigest(), original=data,
                imported_at=utc_now(), rows_read=len(events)))
            if dry_run:
                raise _DryRun()
    except _DryRun:
        result.batch_id = None
    result.message = _summary(result, dry_run)
    if result.outside_municipality:
        result.message += (f" {result.outside_municipality} händelser gällde andra kommuner och "
                           "hoppades över.")
    return result


def _police_partner(session: Session, name: str | None) -> Partner | None:
    if name is not None:
        return _partner_by_name(session, name)
    police_partners = session.execute(
        select(Partner).where(Partner.kind == "police")).scalars().all()
    return police_partners[0] if len(police_partners) == 1 else None


def _existing_hashes(session: Session, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(hashes), 500):   # stay below SQLite's variable limit
        chunk = hashes[start:start + 500]
        found.update(session.execute(select(Incident.row_hash)
                                     .where(Incident.row_hash.in_(chunk))).scalars())
    return found


def _mapping(preview: Preview) -> dict:
    table = preview.table
    return {"sheet": table.sheet, "header_row": table.header_row,
            "columns": {name: table.headings[index] for name, index in table.columns.items()}}


def layout_signature(headings: list[str]) -> str:
    return hashlib.sha256("|".join(normalize(h) for h in headings).encode()).hexdigest()[:32]


def _remember_mapping(session: Session, partner_id: int | None, preview: Preview) -> None:
    signature = layout_signature(preview.table.headings)
    mapping = session.execute(select(ColumnMapping).where(
        ColumnMapping.partner_id == partner_id,
        ColumnMapping.layout_signature == signature)).scalars().first()
    mapping = mapping or ColumnMapping(partner_id=partner_id, layout_signature=signature,
                                       mapping_json="", updated_at=utc_now())
    mapping.mapping_json = json.dumps(_mapping(preview), ensure_ascii=False)
    mapping.updated_at = utc_now()
    session.add(mapping)


def _summary(result: ImportResult, dry_run: bool) -> str:
    verb = "skulle importeras" if dry_run else "importerade"
    parts = [f"{result.imported} {verb}"]
    if result.duplicates:
        parts.append(f"{result.duplicates} fanns redan")
    if result.rejected:
        parts.append(f"{len(result.rejected)} avvisade")
    if result.masked:
        parts.append(f"{result.masked} med personuppgifter maskerade")
    if result.created:
        parts.append("nya att granska: " + ", ".join(sorted(set(result.created))))
    return "; ".join(parts) + "."


def undo_batch(db: Database, batch_id: int) -> int:
    """Remove a batch's incidents (the batch stays in the history, marked undone)."""
    with db.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportFailure("Importen finns inte längre.")
        if batch.undone_at is not None:
            raise ImportFailure(f"Importen av {batch.file_name} är redan ångrad.")
        removed = session.execute(delete(Incident).where(Incident.batch_id == batch_id)).rowcount
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                        .values(undone_at=utc_now()))
        return removed
