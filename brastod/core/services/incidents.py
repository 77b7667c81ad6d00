"""Incidents as the Inkomna rapporter tab lists them."""
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import aliased

from brastod.core.db import Database
from brastod.core.models import Area, Category, Incident, Partner


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: int
    occurred_on: date
    occurred_time: time | None
    area: str | None
    place: str | None
    category: str | None
    parent_category: str | None
    description: str | None
    count: int
    partner: str | None
    police_reported: bool | None
    personal_data_flag: bool


def list_incidents(db: Database, start: date | None = None, end: date | None = None,
                   limit: int | None = None) -> list[IncidentRow]:
    """Newest first; ``start``/``end`` are inclusive."""
    parent = aliased(Category)
    query = (
        select(Incident.id, Incident.occurred_on, Incident.occurred_time, Area.name,
               Incident.place_text, Category.name, parent.name, Incident.description,
               Incident.count, Partner.name, Incident.police_reported,
               Incident.personal_data_flag)
        .outerjoin(Area, Area.id == Incident.area_id)
        .outerjoin(Category, Category.id == Incident.category_id)
        .outerjoin(parent, parent.id == Category.parent_id)
        .outerjoin(Partner, Partner.id == Incident.partner_id)
        .order_by(Incident.occurred_on.desc(), Incident.occurred_time.desc(), Incident.id.desc())
    )
    if start is not None:
        query = query.where(Incident.occurred_on >= start)
    if end is not None:
        query = query.where(Incident.occurred_on <= end)
    if limit is not None:
        query = query.limit(limit)
    with db.engine.connect() as connection:
        return [IncidentRow(*row) for row in connection.execute(query)]
