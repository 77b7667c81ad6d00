"""Fill a new database with the example municipality: registers, two years of incidents,
meetings with agendas and minutes, situation reports and an action plan.

Deterministic for a given ``today`` and seed, so tests and screenshots are repeatable.
"""
import hashlib
import random
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, select

from brastod.core.dates import local_datetime
from brastod.core.db import Database, open_database
from brastod.core.demo import content
from brastod.core.demo.meetings import add_meetings
from brastod.core.demo.plans import add_plans_and_reports
from brastod.core.demo.reporting import add_reporting
from brastod.core.demo.surveys import add_surveys
from brastod.core.demo.walks import add_walks
from brastod.core.errors import BrastodError
from brastod.core.importing import police
from brastod.core.models import (
    Area, Category, Contact, ImportBatch, Incident, Municipality, Partner, Place,
    PoliceTypeMapping, PopulationFigure,
)
from brastod.core.paths import resource
from brastod.core.services.setup import initialize
from brastod.core.services.stats import counts
from brastod.core.services import tallies

DAYS = 730
# Hour-of-day weights for partner reports: most in the afternoon and evening.
_HOURS = [2, 1, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 2, 2, 2.5, 3, 3, 4, 5, 6, 7, 8, 9, 9, 8, 6, 4]


def load_demo(path: Path | str, today: date | None = None, seed: int = 1982) -> Database:
    """Create (or fill an empty) database at ``path`` with the example data."""
    db = open_database(path, create=True)
    try:
        fill_demo(db, today, seed)
    except Exception:
        db.close()
        raise
    return db


def fill_demo(db: Database, today: date | None = None, seed: int = 1982) -> None:
    """Put the example data into an open, empty database, in one transaction."""
    today = today or date.today()
    _refuse_unless_new(db)
    initialize(db, content.MUNICIPALITY["name"])
    rng = random.Random(seed)
    with db.session() as session:
        _registers(session)
        _incidents(session, rng, today)
        add_meetings(session, rng, today)
        add_surveys(session, today)
        add_plans_and_reports(session, rng, today)
        add_reporting(session, today)
        add_walks(session, today)


def _refuse_unless_new(db: Database) -> None:
    """Only a database that has neither a municipality nor any data takes the example: it
    would otherwise turn someone's database into Fagersta."""
    existing = counts(db)
    with db.session() as session:
        municipality = session.exec(select(Municipality.name)).first()
    if municipality is None and not any(existing.values()):
        return
    held = (f"{existing['incidents']} händelser, {existing['partners']} partner, "
            f"{existing['meetings']} möten, {existing['situation_reports']} lägesbilder och "
            f"{existing['action_plans']} åtgärdsplaner")
    whose = f"är redan skapad för {municipality} och har" if municipality else "har redan"
    raise BrastodError(f"Databasen {db.name} {whose} {held}; exempeldata läggs bara in i en ny, "
                       "tom databas. Välj en ny fil med --db.")


def _registers(session: Session) -> None:
    municipality = session.exec(select(Municipality)).one()
    municipality.name = content.MUNICIPALITY["name"]
    municipality.code = content.MUNICIPALITY["code"]
    municipality.county = content.MUNICIPALITY["county"]
    municipality.logo = resource("demo", "logo.png").read_bytes()
    municipality.logo_filename = "logo.png"
    session.add(municipality)
    for year, population, source in content.POPULATION:
        session.add(PopulationFigure(year=year, population=population, source=source))
    ids: dict[str, int] = {}
    for position, (name, kind, parent, _weight, places) in enumerate(content.AREAS):
        area = Area(name=name, kind=kind, parent_id=ids.get(parent), sort_order=position)
        session.add(area)
        session.flush()
        ids[name] = area.id
        for place in places:
            session.add(Place(name=place, area_id=area.id))
    for name, kind, _weight, _categories, contacts in content.PARTNERS:
        partner = Partner(name=name, kind=kind)
        session.add(partner)
        session.flush()
        for contact_name, role, email, phone in contacts:
            session.add(Contact(partner_id=partner.id, name=contact_name, role=role, email=email,
                                phone=phone, is_reporter=True))
    session.flush()


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _incidents(session: Session, rng: random.Random, today: date) -> None:
    start = today - timedelta(days=DAYS)
    areas = {a.name: a for a in session.exec(select(Area)).all()}
    places = {}
    for place in session.exec(select(Place)).all():
        places.setdefault(place.area_id, []).append(place)
    categories = {c.name: c.id for c in session.exec(select(Category)).all()}
    partners = {p.name: p.id for p in session.exec(select(Partner)).all()}
    area_weights = {name: w for name, _k, _p, w, _pl in content.AREAS if w}
    rows: list[dict] = []
    batches: dict[tuple[str, str], int] = {}

    def batch_for(partner_name: str, day: date) -> int:
        key = (partner_name, day.strftime("%Y-%m"))
        if key not in batches:
            file_name = f"{partner_name.split(',')[0]} {day:%Y-%m}.xlsx"
            batch = ImportBatch(partner_id=partners[partner_name], source="demo",
                                file_name=file_name,
                                file_hash=hashlib.sha256(file_name.encode()).hexdigest(),
                                imported_at=local_datetime(
                                    min(_month_end(day) + timedelta(days=3), today), time(9, 0)))
            session.add(batch)
            session.flush()
            batches[key] = batch.id
        return batches[key]

    reporting = [p for p in content.PARTNERS if p[2]]
    partner_weights = {p[0]: p[2] for p in reporting}
    day = start
    while day <= today:
        expected = 4.2 * content.SEASON[day.month - 1] * content.WEEKDAY[day.weekday()]
        for _ in range(_poisson(rng, expected)):
            partner_name = _weighted(rng, partner_weights)
            category_weights = next(p[3] for p in reporting if p[0] == partner_name)
            category = _weighted(rng, category_weights)
            area = areas[_weighted(rng, area_weights)]
            place = rng.choice(places[area.id]) if places.get(area.id) and rng.random() < 0.7 else None
            hour = rng.choices(range(24), weights=_HOURS)[0]
            rows.append({
                "occurred_on": day, "occurred_time": time(hour, rng.choice((0, 10, 15, 30, 45))),
                "area_id": area.id, "place_id": place.id if place else None,
                "place_text": place.name if place else None,
                "category_id": categories[category],
                "description": rng.choice(content.DESCRIPTIONS[category]),
                "count": 1 if rng.random() < 0.9 else rng.randint(2, 4),
                "partner_id": partners[partner_name],
                "batch_id": batch_for(partner_name, day),
                "police_reported": rng.random() < (0.6 if category in (
                    "Inbrott", "Rån", "Hot och våld", "Anlagd brand", "Glaskross") else 0.15),
                "personal_data_flag": False, "needs_review": False,
            })
        day += timedelta(days=1)
    rows.extend(_police_rows(session, rng, start, today, areas, area_weights, partners))
    # Every imported batch carries its counts, as a real import would record them.
    per_batch: dict[int, int] = {}
    for row in rows:
        per_batch[row["batch_id"]] = per_batch.get(row["batch_id"], 0) + 1
    for batch_id, n in per_batch.items():
        batch = session.get(ImportBatch, batch_id)
        batch.rows_read = batch.rows_imported = n
        session.add(batch)
    session.execute(insert(Incident), rows)
    tallies.rebuild(session.connection())


def _police_rows(session: Session, rng: random.Random, start: date, today: date,
                 areas: dict, area_weights: dict, partners: dict) -> list[dict]:
    """The real public police events for Fagersta that fall in the period."""
    source = resource("demo", "police_events_fagersta.json")
    events = police.read_events(source.name, source.read_bytes())
    mapping = dict(session.exec(select(PoliceTypeMapping.police_type,
                                       PoliceTypeMapping.category_id)).all())
    other = session.exec(select(Category.id).where(Category.name == "Övrigt")).one()
    police_partner = next(name for name, kind, *_ in content.PARTNERS if kind == "police")
    batch = ImportBatch(partner_id=partners[police_partner], source="police_json",
                        file_name="polisen_handelser_fagersta.json",
                        file_hash=hashlib.sha256(b"polisen_handelser_fagersta").hexdigest(),
                        imported_at=local_datetime(today, time(8, 30)))
    session.add(batch)
    session.flush()
    rows = []
    for event in events:
        if not start <= event.occurred_on <= today:
            continue
        area = next((a for name, a in areas.items() if name in event.summary), None)
        area = area or areas[_weighted(rng, area_weights)]
        rows.append({
            "occurred_on": event.occurred_on, "occurred_time": event.occurred_time,
            "area_id": area.id, "place_id": None, "place_text": None,
            "category_id": mapping.get(event.type) or other,
            "description": f"{event.type}: {event.summary}", "count": 1,
            "partner_id": partners[police_partner], "batch_id": batch.id,
            "police_reported": True, "personal_data_flag": False,
            "source_ref": f"polisen:{event.id}", "row_hash": police.row_hash(event.id),
            "needs_review": False,
        })
    return rows


def _month_end(day: date) -> date:
    first_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_next - timedelta(days=1)


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method; the means here are small.
    limit, k, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k
