"""Which partners reported in a period: an imported file (not undone) counts as a report, on
the Swedish day it was imported."""
from datetime import date

from sqlmodel import select

from brastod.core.dates import as_local
from brastod.core.db import Database
from brastod.core.models import ImportBatch, Partner
from brastod.core.services.registers import PartnerEntry, partner_directory


def silent_partners(db: Database, start: date, end: date) -> list[PartnerEntry]:
    """The active partners that sent no file from ``start`` to ``end`` (both included)."""
    with db.session() as session:
        batches = session.exec(
            select(Partner.name, ImportBatch.imported_at)
            .join(Partner, Partner.id == ImportBatch.partner_id)
            .where(ImportBatch.source == "file", ImportBatch.undone_at.is_(None))).all()
    reported = set()
    for partner, moment in batches:
        if start <= as_local(moment).date() <= end:
            reported.add(partner)
    return [p for p in partner_directory(db) if p.active and p.name not in reported]
