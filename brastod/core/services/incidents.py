"""Incidents as the Inkomna rapporter tab lists, filters, opens, edits and deletes them."""
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from brastod.core.db import Database
from brastod.core.dialects import folded
from brastod.core.errors import FieldError, ValidationError
from brastod.core.importing import screening
from brastod.core.importing.values import parse_time
from brastod.core.models import Area, Category, ImportBatch, Incident, Partner
from brastod.core.services import tallies
from brastod.core.text import clean_name
from brastod.core.versions import Gone, Stamp, changed_meanwhile, save as save_versioned

MISSING = 0     # an id no row has (SQLite starts at 1): "without area" / "without category"


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
    needs_review: bool = False
    version: int = 1            # the one the list shows: a removal of a newer one is refused


@dataclass(frozen=True)
class IncidentFilter:
    """Every field narrows the list; None means no limit. An area (unless ``sub_areas`` is
    off) or a main category includes what lies under it; ``MISSING`` (0) asks for the incidents
    without one. ``area_ids`` narrows to exactly those areas (a lägesbild's scope)."""

    start: date | None = None
    end: date | None = None
    partner_id: int | None = None
    area_id: int | None = None
    sub_areas: bool = True
    area_ids: tuple[int, ...] | None = None
    category_id: int | None = None
    needs_review: bool = False
    batch_id: int | None = None
    text: str = ""


def subtree(parents: dict, roots: list[int]) -> list[int]:
    """``roots`` and every row below them, given each row's parent (areas, categories)."""
    children: dict[int | None, list[int]] = {}
    for row_id, parent_id in parents.items():
        children.setdefault(parent_id, []).append(row_id)
    found, todo = [], list(roots)
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _descendants(session, model, root: int) -> list[int]:
    return subtree(dict(session.execute(select(model.id, model.parent_id)).all()), [root])


def list_incidents(db: Database, where: IncidentFilter = IncidentFilter(),
                   limit: int | None = None) -> list[IncidentRow]:
    """Newest first; ``start``/``end`` are inclusive. Free text matches the description, the
    place, the area and the category, ignoring case (also for å, ä and ö)."""
    parent = aliased(Category)
    query = (
        select(Incident.id, Incident.occurred_on, Incident.occurred_time, Area.name,
               Incident.place_text, Category.name, parent.name, Incident.description,
               Incident.count, Partner.name, Incident.police_reported,
               Incident.personal_data_flag, Incident.needs_review, Incident.version)
        .outerjoin(Area, Area.id == Incident.area_id)
        .outerjoin(Category, Category.id == Incident.category_id)
        .outerjoin(parent, parent.id == Category.parent_id)
        .outerjoin(Partner, Partner.id == Incident.partner_id)
        .order_by(Incident.occurred_on.desc(), Incident.occurred_time.desc(), Incident.id.desc())
    )
    with db.session() as session:
        if where.start is not None:
            query = query.where(Incident.occurred_on >= where.start)
        if where.end is not None:
            query = query.where(Incident.occurred_on <= where.end)
        if where.partner_id is not None:
            query = query.where(Incident.partner_id == where.partner_id)
        if where.area_id == MISSING:
            query = query.where(Incident.area_id.is_(None))
        elif where.area_id is not None:
            query = query.where(Incident.area_id.in_(
                _descendants(session, Area, where.area_id) if where.sub_areas
                else [where.area_id]))
        if where.area_ids is not None:
            query = query.where(Incident.area_id.in_(where.area_ids))
        if where.category_id == MISSING:
            query = query.where(Incident.category_id.is_(None))
        elif where.category_id is not None:
            query = query.where(Incident.category_id.in_(
                _descendants(session, Category, where.category_id)))
        if where.needs_review:
            query = query.where(Incident.needs_review.is_(True))
        if where.batch_id is not None:
            query = query.where(Incident.batch_id == where.batch_id)
        needle = where.text.strip().casefold()
        if needle:
            searched = [Incident.description, Incident.place_text, Area.name, Category.name,
                        parent.name, Partner.name]
            joined = func.coalesce(searched[0], "")
            for column in searched[1:]:
                joined = joined + " " + func.coalesce(column, "")
            query = query.where(folded(joined).contains(needle, autoescape=True))
        if limit is not None:
            query = query.limit(limit)
        return [IncidentRow(*row) for row in session.execute(query)]


@dataclass
class IncidentInput:
    """One incident as the editor shows and saves it."""

    occurred_on: date
    occurred_time: time | None = None
    area_id: int | None = None
    place: str | None = None
    category_id: int | None = None
    description: str | None = None
    count: int = 1
    partner_id: int | None = None
    police_reported: bool | None = None
    source: str = ""             # where it came from, for the editor to show
    stamp: Stamp | None = None   # the version shown, who changed it last and when

    def columns(self) -> dict:
        """The values by the incident's columns: what a save writes and merges."""
        return {"occurred_on": self.occurred_on, "occurred_time": self.occurred_time,
                "area_id": self.area_id, "place_text": self.place,
                "category_id": self.category_id, "description": self.description,
                "count": self.count, "partner_id": self.partner_id,
                "police_reported": self.police_reported}


def read_clock(text: str) -> time | None:
    """The time of day as typed in the editor ("21:30", "21.30"); empty is not known."""
    try:
        return parse_time(text)
    except ValueError as error:
        raise FieldError("occurred_time", f"Klockan: {str(error).capitalize()}. Skriv till "
                                          "exempel 21:30, eller lämna fältet tomt.") from None


def get_incident(db: Database, incident_id: int) -> IncidentInput:
    with db.session() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise ValidationError(INCIDENT_GONE)
        source = "Inlagd för hand"
        if incident.batch_id is not None:
            batch = session.get(ImportBatch, incident.batch_id)
            source = {"demo": "Exempeldata", "police_json": f"Polisens händelser ({batch.file_name})"
                      }.get(batch.source, f"Importerad från {batch.file_name}")
            if incident.source_ref and batch.source == "file":
                sheet, _, row = incident.source_ref.rpartition("!")
                source += f", blad {sheet}, rad {row}"
        return IncidentInput(incident.occurred_on, incident.occurred_time, incident.area_id,
                             incident.place_text, incident.category_id, incident.description,
                             incident.count, incident.partner_id, incident.police_reported,
                             source, Stamp.of(incident))


def save_incident(db: Database, incident_id: int | None, data: IncidentInput,
                  today: date | None = None, version: int | None = None,
                  base: dict | None = None) -> tuple[int, int]:
    """Save an edited or new incident: (its id, the number of personal data items masked).

    Saving counts as reviewed. Personal data in the free text is always masked: a hand entry
    has no import to keep it for. With the ``version`` and values (``base``, by column:
    ``IncidentInput.columns``) the dialog showed, someone else's newer save is merged field by
    field (core.versions.save).
    """
    today = today or date.today()
    if data.occurred_on > today + timedelta(days=1):
        raise FieldError("occurred_on", f"Datumet {data.occurred_on} ligger i framtiden.")
    if data.count < 1:
        raise FieldError("count", "Antal måste vara minst 1.")
    if data.category_id is None and not clean_name(data.description):
        raise FieldError("category_id", "Ange en kategori eller en beskrivning av vad som "
                                        "hände.")
    description, found = screening.mask(clean_name(data.description) or None)
    place, found_in_place = screening.mask(clean_name(data.place) or None)
    values = {**data.columns(), "place_text": place, "description": description,
              "needs_review": False, "personal_data_flag": False}
    with db.session() as session:
        for model, value, what in ((Area, data.area_id, "Området"),
                                   (Category, data.category_id, "Kategorin"),
                                   (Partner, data.partner_id, "Partnern")):
            if value is not None and session.get(model, value) is None:
                raise ValidationError(f"{what} finns inte längre. Välj ett annat.")
        if incident_id is None:
            incident = Incident(**values)
            session.add(incident)
            session.flush()
            tallies.recount(session.connection(), {(None, incident.occurred_on.year)})
            return incident.id, len(found) + len(found_in_place)
        incident = session.execute(select(Incident).where(Incident.id == incident_id)
                                   .with_for_update()).scalars().first()   # locked until saved
        if incident is None:
            raise Gone(INCIDENT_GONE)
        before = (incident.batch_id, incident.occurred_on.year)
        save_versioned(session, Incident, incident_id, values, version, "händelsen",
                       INCIDENT_GONE, base)
        session.refresh(incident)
        tallies.recount(session.connection(),
                        {before, (incident.batch_id, incident.occurred_on.year)})
        return incident.id, len(found) + len(found_in_place)


INCIDENT_GONE = ("Händelsen finns inte längre; någon har tagit bort den eller ångrat importen "
                 "den kom med.")


def delete_incidents(db: Database, ids: list[int],
                     versions: dict[int, int] | None = None) -> int:
    """With the ``versions`` the list showed (by id), nothing is removed if someone else has
    changed one of them meanwhile: the user is told who and when, and sees the change first."""
    with db.session() as session:
        if versions:
            for row in session.execute(select(Incident).where(Incident.id.in_(ids))
                                       .with_for_update()).scalars():
                if row.id in versions and row.version != versions[row.id]:
                    raise changed_meanwhile(
                        Stamp.of(row), f"händelsen {row.occurred_on.isoformat()}")
        changed = tallies.slices(session.connection(), Incident.id.in_(ids))
        removed = session.execute(delete(Incident).where(Incident.id.in_(ids))).rowcount
        tallies.recount(session.connection(), changed)
        return removed


def review_count(db: Database) -> int:
    """Incidents whose category or area came new from an import, not yet looked at."""
    with db.session() as session:
        return session.execute(select(func.count()).select_from(Incident)
                               .where(Incident.needs_review.is_(True))).scalar_one()
