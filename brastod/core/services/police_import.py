"""Importing a file saved from the police's public events API: the municipality's own events,
whatever their type, with the rest counted as outside the municipality. Event types land in
categories through the editable police_type_mapping table; a type not seen before is added to
it for the user to map, and its incidents are marked for review. As for partner files, only the
file's name, size and hash are kept, and its texts are screened for personal data."""
import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.errors import ImportFailure
from brastod.core.importing import police, screening
from brastod.core.importing.bulk import collector_paused
from brastod.core.importing.sheets import read_file
from brastod.core.models import Area, Category, ImportBatch, Municipality, Partner, PoliceTypeMapping
from brastod.core.services.import_batches import (
    ImportResult, NoProgress, Progress, partner_by_name, run_import, sql_date, sql_time, store,
)
from brastod.core.text import file_name, normalize


@collector_paused()
def import_police(db: Database, path: Path, partner_name: str | None = None,
                  dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    data = read_file(path)
    name = file_name(path)
    if not data.strip():
        raise ImportFailure(f"Filen {name} är tom. Be avsändaren skicka den igen.")
    if not police.looks_like_police_events(data):
        raise ImportFailure(f"Filen {name} är en JSON-fil men inte Polisens händelser.")
    events = police.read_events(name, data)
    result = ImportResult(file=name, partner=None)

    def save(session: Session) -> None:
        municipality = normalize(session.execute(select(Municipality.name)).scalar_one())
        own = [e for e in events if normalize(e.municipality) == municipality]
        result.outside_municipality = len(events) - len(own)
        partner = (partner_by_name(session, partner_name) if partner_name is not None
                   else _police_partner(session))
        result.partner = partner.name if partner else None
        partner_id = partner.id if partner else None
        mapping = dict(session.execute(select(PoliceTypeMapping.police_type,
                                              PoliceTypeMapping.category_id)).all())
        fallback = session.execute(select(Category.id).where(
            Category.name == "Övrigt", Category.parent_id.is_(None))).scalar()
        areas = session.execute(select(Area.id, Area.name)).all()
        rows, masked = [], []
        for event in own:
            kind = screening.mask(event.type)[0]
            if kind not in mapping:    # a new type: listed for the user to map
                session.add(PoliceTypeMapping(police_type=kind, category_id=None))
                mapping[kind] = None
                result.created.append(kind)
            area_id = next((area_id for area_id, name in areas if name in event.summary),
                           None)
            summary, findings = screening.mask(event.summary)
            masked.append(bool(findings))
            rows.append((
                sql_date(event.occurred_on), sql_time(event.occurred_time), None, area_id,
                None, mapping[kind] or fallback, f"{kind}: {summary}".strip(), 1, partner_id,
                True, None, False, f"polisen:{event.id}", police.row_hash(event.id),
                mapping[kind] is None))
        store(session, result, rows, masked, ImportBatch(
            partner_id=partner_id, source="police_json",
            file_name=screening.mask(name)[0], file_hash=hashlib.sha256(data).hexdigest(),
            file_size=len(data), imported_at=utc_now(), rows_read=len(events)),
            progress or NoProgress())

    return run_import(db, result, dry_run, save)


def _police_partner(session: Session) -> Partner | None:
    police_partners = session.execute(
        select(Partner).where(Partner.kind == "police")).scalars().all()
    return police_partners[0] if len(police_partners) == 1 else None
