"""Creating a database: the municipality and the default lists (categories, scale, agenda …)."""
import json
from pathlib import Path

from sqlmodel import Session, select

from brastod.core import register_rules, settings
from brastod.core.db import Database, open_database
from brastod.core.errors import ValidationError
from brastod.core.models import (
    AgendaTemplate, AgendaTemplateItem, AnnualCycleItem, AssessmentLevel, Category,
    CategorySynonym, Municipality, NationalReference, PoliceTypeMapping, Setting,
)
from brastod.core.paths import resource
from brastod.core.services.walks import seed_observation_kinds
from brastod.core.text import normalize

ASSESSMENT_SCALE = [
    (0, "Lugnt", "#2e7d32", "grön", "Inga eller enstaka händelser; inget som kräver åtgärd."),
    (1, "Observera", "#f9a825", "gul", "Händelser som bör bevakas."),
    (2, "Oroligt", "#ef6c00", "orange", "Återkommande problem; åtgärder behövs."),
    (3, "Allvarligt", "#c62828", "röd", "Allvarligt läge; kräver samlade insatser."),
]


def _load(name: str):
    return json.loads(resource("defaults", name).read_text(encoding="utf-8"))


def _seed_categories(session: Session) -> None:
    for top_position, entry in enumerate(_load("categories.json")):
        parent = Category(name=entry["name"], kind=entry["kind"], sort_order=top_position)
        session.add(parent)
        session.flush()
        _add_synonyms(session, parent, entry["synonyms"])
        for position, child_entry in enumerate(entry["children"]):
            child = Category(name=child_entry["name"], kind=entry["kind"], parent_id=parent.id,
                             sort_order=position)
            session.add(child)
            session.flush()
            _add_synonyms(session, child, child_entry["synonyms"])


def _add_synonyms(session: Session, category: Category, synonyms: list[str]) -> None:
    taken = set(session.exec(select(CategorySynonym.normalized)).all())
    for text in [category.name, *synonyms]:
        key = normalize(text)
        if key and key not in taken:
            session.add(CategorySynonym(category_id=category.id, text=text, normalized=key))
            taken.add(key)


def seed_defaults(session: Session) -> None:
    """The lists every new database starts with; the user can edit them all."""
    _seed_categories(session)
    for level, name, color, color_name, description in ASSESSMENT_SCALE:
        session.add(AssessmentLevel(level=level, name=name, color=color, color_name=color_name,
                                    description=description))
    agenda = _load("agenda_template.json")
    template = AgendaTemplate(name=agenda["name"], is_default=True)
    session.add(template)
    session.flush()
    for position, title in enumerate(agenda["items"], start=1):
        session.add(AgendaTemplateItem(template_id=template.id, position=position, title=title))
    for item in _load("annual_cycle.json"):
        session.add(AnnualCycleItem(**item))
    categories = {c.name: c.id for c in session.exec(select(Category)).all()}
    for police_type, category_name in _load("police_types.json").items():
        session.add(PoliceTypeMapping(police_type=police_type,
                                      category_id=categories[category_name]))
    for spec in settings.ALL:
        session.add(Setting(key=spec.key, value=str(spec.default)))
    for reference in national_references():
        session.add(NationalReference(**reference))
    seed_observation_kinds(session)


def national_references() -> list[dict]:
    """The published national figures that ship with the program (NationalReference's
    fields), which a new database starts with and version 3 added to older ones."""
    return _load("national_references.json")


def initialize(db: Database, municipality_name: str) -> None:
    """Give an empty database its municipality and the default lists."""
    name = register_rules.municipality_name(municipality_name)
    with db.session() as session:
        if session.exec(select(Municipality)).first() is not None:
            raise ValidationError(f"Databasen {db.name} har redan en kommun.")
        session.add(Municipality(name=name))
        seed_defaults(session)


def create_database(path: Path | str, municipality_name: str) -> Database:
    """Open or create the file at ``path`` and initialise it for ``municipality_name``."""
    db = open_database(path, create=True)
    try:
        initialize(db, municipality_name)
    except Exception:
        db.close()
        raise
    return db


def is_initialized(db: Database) -> bool:
    with db.session() as session:
        return session.exec(select(Municipality)).first() is not None
