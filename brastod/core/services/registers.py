"""The registers: the municipality, areas, partners and contacts, categories and synonyms.

Every change is validated here, so the GUI and the command line refuse the same things with the
same Swedish message.
"""
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import EllipsisType

from sqlalchemy import func, update
from sqlmodel import Session, select

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.dialects import one_name_check_at_a_time
from brastod.core.errors import FieldError, ValidationError
from brastod.core.oserrors import describe
from brastod.core.models import (
    Action, Area, Category, CategorySynonym, Contact, ImportBatch, Incident, Municipality,
    Partner, Place, PoliceTypeMapping, PopulationFigure,
)
from brastod.core.enums import AreaKind, CategoryKind, PartnerKind
from brastod.core.register_rules import (
    ContactFields, check_population, known, municipality_code, municipality_name, required_name,
    unique_name,
)
from brastod.core.text import clean_name, normalize
from brastod.core.versions import (
    Conflict, Gone, Stamp, merge_lists, save as save_versioned, to_remove, who,
)

_LOGO_MAX_BYTES = 5 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


# ---- the municipality -----------------------------------------------------------------------

@dataclass(frozen=True)
class MunicipalityInfo:
    name: str
    code: str | None
    county: str | None
    logo: bytes | None
    logo_filename: str | None
    stamp: Stamp | None = None          # the version shown, who changed it last and when

    def columns(self) -> dict:
        """The values a save writes and merges, by column."""
        return {"name": self.name, "code": self.code, "county": self.county}


def _municipality(session: Session) -> Municipality:
    row = session.exec(select(Municipality)).first()
    if row is None:
        raise ValidationError("Databasen har ingen kommun ännu. Ange kommunens namn först.")
    return row


def get_municipality(db: Database) -> MunicipalityInfo:
    with db.session() as session:
        row = _municipality(session)
        return MunicipalityInfo(row.name, row.code, row.county, row.logo, row.logo_filename,
                                Stamp.of(row))


def update_municipality(db: Database, name: str, code: str | None = None,
                        county: str | None = None, version: int | None = None,
                        base: dict | None = None) -> Stamp:
    """With the ``version`` and values (``base``: name, code, county) the dialog showed,
    someone else's newer save is merged field by field (core.versions.save)."""
    name, code = municipality_name(name), municipality_code(code)
    with db.session() as session:
        return save_versioned(session, Municipality, _municipality(session).id,
                              {"name": name, "code": code, "county": clean_name(county) or None},
                              version, "kommunens uppgifter",
                              "Databasen har ingen kommun ännu.", base)


def set_logo(db: Database, path: Path | None, version: int | None = None,
             shown: bytes | None = None) -> Stamp:
    """Store the logo (PNG or JPEG) from ``path``; None removes it. With the ``version`` and
    logo (``shown``) the dialog showed, a logo someone else saved meanwhile is a
    versions.Conflict that writes nothing; their change of the name, code or county stays."""
    data = None
    if path is not None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise ValidationError(f"Filen {path} kan inte läsas: {describe(error)}.") from None
        if not data.startswith(_IMAGE_MAGIC):
            raise ValidationError(f"Filen {Path(path).name} är ingen PNG- eller JPEG-bild.")
        if len(data) > _LOGO_MAX_BYTES:
            raise ValidationError(f"Bilden {Path(path).name} är större än 5 MB. Välj en mindre.")
    with db.session() as session:
        return save_versioned(session, Municipality, _municipality(session).id,
                              {"logo": data,
                               "logo_filename": Path(path).name if path is not None else None},
                              version, "kommunens logotyp", "Databasen har ingen kommun ännu.",
                              None if version is None else {"logo": shown})


@dataclass(frozen=True)
class PopulationRow:
    year: int
    population: int
    source: str
    stamp: Stamp | None = None          # the version shown, who changed it last and when


def list_population(db: Database) -> list[PopulationRow]:
    with db.session() as session:
        rows = session.exec(select(PopulationFigure).order_by(PopulationFigure.year)).all()
        return [PopulationRow(r.year, r.population, r.source, Stamp.of(r)) for r in rows]


def set_population(db: Database, year: int, population: int, source: str = "SCB",
                   version: int | None = None, base: dict | None = None) -> None:
    """With the ``version`` and values (``base``: population, source) the dialog saw for the
    year (version 0: it saw none), someone else's figure saved meanwhile is merged field by
    field (core.versions.save)."""
    check_population(year, population)
    values = {"population": population, "source": clean_name(source) or "SCB"}
    with db.session() as session:
        row = session.exec(select(PopulationFigure).where(PopulationFigure.year == year)
                           .with_for_update()).first()
        if row is None:
            session.add(PopulationFigure(year=year, **values))
            return
        save_versioned(session, PopulationFigure, row.id, values, version,
                       f"folkmängden {year}", "Folkmängden för året finns inte längre.", base)


def _check_unique(session: Session, model, name: str, what: str, exclude_id: int | None,
                  **scope) -> None:
    one_name_check_at_a_time(session.connection())
    query = select(model.id, model.name)
    for column, value in scope.items():
        query = query.where(getattr(model, column) == value)
    unique_name(name, session.exec(query).all(), what, exclude_id)


# ---- areas -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AreaRow:
    id: int
    name: str
    parent_id: int | None
    parent_name: str | None
    kind: str
    deso_code: str | None
    incident_count: int
    stamp: Stamp | None = None          # the version shown, who changed it last and when


def list_areas(db: Database) -> list[AreaRow]:
    with db.session() as session:
        counts = dict(session.exec(
            select(Incident.area_id, func.count()).group_by(Incident.area_id)).all())
        areas = session.exec(select(Area).order_by(Area.sort_order, Area.name)).all()
        names = {a.id: a.name for a in areas}
        return [AreaRow(a.id, a.name, a.parent_id, names.get(a.parent_id), a.kind, a.deso_code,
                        counts.get(a.id, 0), Stamp.of(a)) for a in areas]


def list_places(db: Database) -> list[tuple[int, str]]:
    """The named places, as (id, "Stationen (Centrum)") in the areas' order: a place's name
    is unique only within its area."""
    with db.session() as session:
        rows = session.exec(select(Place.id, Place.name, Area.name)
                            .outerjoin(Area, Area.id == Place.area_id)
                            .order_by(Area.sort_order, Area.name, Place.name)).all()
        return [(place_id, f"{name} ({area})" if area else name)
                for place_id, name, area in rows]


def area_by_name(db: Database, name: str) -> int:
    """The id of the area called ``name`` (case and spacing ignored)."""
    with db.session() as session:
        areas = session.exec(select(Area).order_by(Area.sort_order, Area.name)).all()
    for area in areas:
        if normalize(area.name) == normalize(name):
            return area.id
    known = ", ".join(a.name for a in areas) or "inga ännu"
    raise ValidationError(f"Området ”{name}” finns inte. Kända områden: {known}.")


def add_area(db: Database, name: str, parent_id: int | None = None,
             kind: str = AreaKind.DISTRICT.value, deso_code: str | None = None) -> int:
    name = required_name(name, "Området")
    known(kind, AreaKind, "områdestyp")
    with db.session() as session:
        _check_unique(session, Area, name, "Området", None)
        if parent_id is not None and session.get(Area, parent_id) is None:
            raise ValidationError("Det överordnade området finns inte längre.")
        area = Area(name=name, parent_id=parent_id, kind=kind,
                    deso_code=clean_name(deso_code) or None)
        session.add(area)
        session.flush()
        return area.id


def create_area(session: Session, name: str, kind: str = AreaKind.DISTRICT.value) -> Area:
    """A new top-level area inside ``session`` (the importer, for a value it does not know)."""
    _check_unique(session, Area, name, "Området", None)
    area = Area(name=name, kind=kind, sort_order=999)
    session.add(area)
    session.flush()
    return area


def update_area(db: Database, area_id: int, *, name: str, parent_id: int | None, kind: str,
                deso_code: str | None = None, version: int | None = None,
                base: dict | None = None) -> Stamp:
    """With the ``version`` and the values (``base``) the dialog showed, someone else's newer
    save is merged field by field (core.versions.save)."""
    name = required_name(name, "Området")
    known(kind, AreaKind, "områdestyp")
    with db.session() as session:
        if session.get(Area, area_id) is None:
            raise ValidationError(AREA_GONE)
        _check_unique(session, Area, name, "Området", area_id)
        ancestor = parent_id
        while ancestor is not None:   # an area may not end up inside itself
            if ancestor == area_id:
                raise FieldError("parent_id", f"Området {name} kan inte ligga inom sig "
                                              "självt.")
            parent = session.get(Area, ancestor)
            ancestor = parent.parent_id if parent else None
        return save_versioned(session, Area, area_id,
                              {"name": name, "parent_id": parent_id, "kind": kind,
                               "deso_code": clean_name(deso_code) or None}, version, "området",
                              AREA_GONE, base)


AREA_GONE = "Området finns inte längre; någon har tagit bort det."


def delete_area(db: Database, area_id: int, version: int | None = None) -> None:
    """With the ``version`` the dialog showed, an area someone else changed meanwhile is
    kept (core.versions.to_remove)."""
    with db.session() as session:
        if version is None and session.get(Area, area_id) is None:
            return
        area = to_remove(session, Area, area_id, version, "området", AREA_GONE)
        children = session.exec(select(func.count()).where(Area.parent_id == area_id)).one()
        if children:
            raise ValidationError(
                f"Området {area.name} har {children} underområden. Flytta eller ta bort dem först.")
        used = session.exec(select(func.count()).where(Incident.area_id == area_id)).one()
        if used:
            raise ValidationError(
                f"Området {area.name} har {used} händelser och kan inte tas bort. "
                "Byt namn på det eller flytta händelserna först.")
        session.delete(area)


# ---- partners and contacts -------------------------------------------------------------------

@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    active: bool
    contact_count: int
    incident_count: int
    stamp: Stamp | None = None          # the version shown, who changed it last and when


def list_partners(db: Database) -> list[PartnerRow]:
    with db.session() as session:
        contacts = dict(session.exec(
            select(Contact.partner_id, func.count()).group_by(Contact.partner_id)).all())
        incidents = dict(session.exec(
            select(Incident.partner_id, func.count()).group_by(Incident.partner_id)).all())
        partners = session.exec(select(Partner).order_by(Partner.name)).all()
        return [PartnerRow(p.id, p.name, p.kind, p.active, contacts.get(p.id, 0),
                           incidents.get(p.id, 0), Stamp.of(p)) for p in partners]


def add_partner(db: Database, name: str, kind: str = PartnerKind.OTHER.value,
                contacts: Sequence[ContactFields] = ()) -> int:
    """A new partner with its ``contacts``, all or nothing."""
    name = required_name(name, "Partnern")
    known(kind, PartnerKind, "partnertyp")
    contacts = [contact.cleaned() for contact in contacts]
    with db.session() as session:
        _check_unique(session, Partner, name, "Partnern", None)
        partner = Partner(name=name, kind=kind)
        session.add(partner)
        session.flush()
        session.add_all(Contact(partner_id=partner.id, name=c.name, role=c.role, email=c.email,
                                phone=c.phone) for c in contacts)
        return partner.id


def update_partner(db: Database, partner_id: int, *, name: str, kind: str,
                   active: bool = True, version: int | None = None,
                   base: dict | None = None) -> Stamp:
    """With the ``version`` and the values (``base``: name, kind, active) the dialog showed,
    someone else's newer save is merged field by field (core.versions.save)."""
    name = required_name(name, "Partnern")
    known(kind, PartnerKind, "partnertyp")
    with db.session() as session:
        _check_unique(session, Partner, name, "Partnern", partner_id)
        return save_versioned(session, Partner, partner_id,
                              {"name": name, "kind": kind, "active": active}, version,
                              "partnern", PARTNER_GONE, base)


PARTNER_GONE = "Partnern finns inte längre; någon har tagit bort den."


def delete_partner(db: Database, partner_id: int, version: int | None = None) -> None:
    """With the ``version`` the dialog showed, a partner someone else changed meanwhile is
    kept (core.versions.to_remove)."""
    with db.session() as session:
        if version is None and session.get(Partner, partner_id) is None:
            return
        partner = to_remove(session, Partner, partner_id, version, "partnern", PARTNER_GONE)
        incidents = session.exec(
            select(func.count()).where(Incident.partner_id == partner_id)).one()
        actions = session.exec(
            select(func.count()).where(Action.responsible_partner_id == partner_id)).one()
        if incidents or actions:
            raise ValidationError(
                f"{partner.name} har rapporterat {incidents} händelser och ansvarar för "
                f"{actions} åtgärder och kan inte tas bort. Markera partnern som inaktiv i stället.")
        session.delete(partner)


@dataclass(frozen=True)
class ContactRow:
    id: int
    partner_id: int
    name: str
    role: str | None
    email: str | None
    phone: str | None
    stamp: Stamp | None = None


def list_contacts(db: Database, partner_id: int) -> list[ContactRow]:
    with db.session() as session:
        rows = session.exec(select(Contact).where(Contact.partner_id == partner_id)
                            .order_by(Contact.name)).all()
        return [ContactRow(c.id, c.partner_id, c.name, c.role, c.email, c.phone, Stamp.of(c))
                for c in rows]


def add_contact(db: Database, partner_id: int | None, name: str, role: str | None = None,
                email: str | None = None, phone: str | None = None) -> int:
    values = ContactFields(name, role, email, phone).cleaned()
    with db.session() as session:
        if partner_id is None or session.get(Partner, partner_id) is None:
            raise ValidationError("Välj först den partner som kontakten arbetar hos.")
        contact = Contact(partner_id=partner_id, name=values.name, role=values.role,
                          email=values.email, phone=values.phone)
        session.add(contact)
        session.flush()
        return contact.id


def update_contact(db: Database, contact_id: int, *, name: str, role: str | None,
                   email: str | None, phone: str | None, version: int | None = None,
                   base: dict | None = None) -> Stamp:
    """With the ``version`` and values (``base``) the dialog showed, merged as a partner."""
    values = ContactFields(name, role, email, phone).cleaned()
    with db.session() as session:
        return save_versioned(session, Contact, contact_id,
                              {"name": values.name, "role": values.role, "email": values.email,
                               "phone": values.phone}, version, "kontakten", CONTACT_GONE,
                              base)


CONTACT_GONE = "Kontakten finns inte längre; någon har tagit bort den."


def delete_contact(db: Database, contact_id: int, version: int | None = None) -> None:
    with db.session() as session:
        if version is None and session.get(Contact, contact_id) is None:
            return
        session.delete(to_remove(session, Contact, contact_id, version, "kontakten",
                                 CONTACT_GONE))


@dataclass(frozen=True)
class PartnerEntry:
    """A partner as the command line lists it: who, what kind, whom to write to, and when it
    last sent a report."""
    name: str
    kind: str
    active: bool
    contacts: list[ContactRow]
    incidents: int
    last_import: datetime | None


def partner_directory(db: Database) -> list[PartnerEntry]:
    with db.session() as session:
        last = dict(session.exec(
            select(ImportBatch.partner_id, func.max(ImportBatch.imported_at))
            .where(ImportBatch.undone_at.is_(None), ImportBatch.source == "file")
            .group_by(ImportBatch.partner_id)).all())
        incidents = dict(session.exec(
            select(Incident.partner_id, func.count()).group_by(Incident.partner_id)).all())
        contacts: dict[int, list[ContactRow]] = {}
        for c in session.exec(select(Contact).order_by(Contact.name)).all():
            contacts.setdefault(c.partner_id, []).append(
                ContactRow(c.id, c.partner_id, c.name, c.role, c.email, c.phone))
        return [PartnerEntry(p.name, p.kind, p.active, contacts.get(p.id, []),
                             incidents.get(p.id, 0), last.get(p.id))
                for p in session.exec(select(Partner).order_by(Partner.name)).all()]


# ---- categories and synonyms -----------------------------------------------------------------

@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    parent_id: int | None
    parent_name: str | None
    kind: str
    synonyms: tuple[str, ...]
    incident_count: int
    stamp: Stamp | None = None          # the version shown, who changed it last and when

    @property
    def full_name(self) -> str:
        return f"{self.parent_name} › {self.name}" if self.parent_name else self.name


def list_categories(db: Database) -> list[CategoryRow]:
    """Top-level categories each followed by their subcategories, in the user's order."""
    with db.session() as session:
        counts = dict(session.exec(
            select(Incident.category_id, func.count()).group_by(Incident.category_id)).all())
        synonyms: dict[int, list[str]] = {}
        for category_id, text in session.exec(
                select(CategorySynonym.category_id, CategorySynonym.text)
                .order_by(CategorySynonym.id)).all():
            synonyms.setdefault(category_id, []).append(text)
        categories = session.exec(
            select(Category).order_by(Category.sort_order, Category.name)).all()
    names = {c.id: c.name for c in categories}
    ordered = [c for c in categories if c.parent_id is None]
    children = [c for c in categories if c.parent_id is not None]
    result = []
    for top in ordered:
        for category in [top, *[c for c in children if c.parent_id == top.id]]:
            own = [s for s in synonyms.get(category.id, []) if normalize(s) != normalize(category.name)]
            result.append(CategoryRow(category.id, category.name, category.parent_id,
                                      names.get(category.parent_id), category.kind, tuple(own),
                                      counts.get(category.id, 0), Stamp.of(category)))
    return result


def _synonym_owner(session: Session, key: str) -> tuple[int, str] | None:
    row = session.exec(select(CategorySynonym.category_id, Category.name)
                       .join(Category, Category.id == CategorySynonym.category_id)
                       .where(CategorySynonym.normalized == key)).first()
    return (row[0], row[1]) if row else None


def save_category(db: Database, category_id: int | None, *, name: str, kind: str,
                  parent_id: int | None = None, synonyms: list[str] | None = None,
                  version: int | None = None, base: dict | None = None) -> int:
    """Add (``category_id`` None) or change a category, and its synonyms when given, in one
    transaction: a refused synonym leaves nothing half-saved. With the ``version`` and values
    (``base``: name, kind, synonyms) the dialog showed, someone else's newer save is merged:
    name and kind field by field, the synonyms as a set (both people's additions are kept)."""
    name = required_name(name, "Kategorin")
    known(kind, CategoryKind, "kategorityp")
    with db.session() as session:
        if category_id is None:
            category = create_category(session, name, parent_id, kind)
        else:
            category, synonyms = _change_category(session, category_id, name, kind,
                                                  synonyms, version, base)
        if synonyms is not None:
            _replace_synonyms(session, category, synonyms)
        return category.id


CATEGORY_GONE = "Kategorin finns inte längre; någon har tagit bort den."


def _own_synonyms(session: Session, category: Category) -> list[str]:
    """The category's synonyms as its dialog lists them: without its own name."""
    return [text for text in session.exec(
        select(CategorySynonym.text).where(CategorySynonym.category_id == category.id)
        .order_by(CategorySynonym.id)).all() if normalize(text) != normalize(category.name)]


def create_category(session: Session, name: str, parent_id: int | None, kind: str) -> Category:
    """A new category (and its own name as synonym) inside ``session``; the importer uses it
    for a value it does not know."""
    if parent_id is not None:
        parent = session.get(Category, parent_id)
        if parent is None:
            raise ValidationError("Huvudkategorin finns inte längre.")
        if parent.parent_id is not None:
            raise FieldError("parent_id", "Kategorier har två nivåer: välj en huvudkategori.")
        kind = parent.kind
    _check_unique(session, Category, name, "Kategorin", None, parent_id=parent_id)
    owner = _synonym_owner(session, normalize(name))
    if owner:
        raise FieldError("name", f"”{name}” är redan ett synonymord för {owner[1]}.")
    position = session.exec(select(func.count()).where(Category.parent_id == parent_id)).one()
    category = Category(name=name, parent_id=parent_id, kind=kind, sort_order=position)
    session.add(category)
    session.flush()
    session.add(CategorySynonym(category_id=category.id, text=name, normalized=normalize(name)))
    session.flush()
    return category


def _change_category(session: Session, category_id: int, name: str, kind: str,
                     synonyms: list[str] | None, version: int | None,
                     base: dict | None) -> tuple[Category, list[str] | None]:
    """The category and the synonyms to save: with a newer version stored, the set merge of
    the user's with it."""
    category = session.execute(select(Category).where(Category.id == category_id)
                               .with_for_update()).scalars().first()    # locked until saved
    if category is None:
        raise Gone(CATEGORY_GONE)
    _check_unique(session, Category, name, "Kategorin", category_id,
                  parent_id=category.parent_id)
    owner = _synonym_owner(session, normalize(name))
    if owner and owner[0] != category_id:
        raise FieldError("name", f"”{name}” är redan ett synonymord för {owner[1]}.")
    old_key = normalize(category.name)
    if category.parent_id is not None:   # a subcategory keeps its main category's kind
        kind = session.get(Category, category.parent_id).kind
    stored = _own_synonyms(session, category)
    if synonyms is not None and base is not None and category.version != version:
        synonyms = merge_lists(base.get("synonyms", ()), _cleaned(synonyms), stored,
                               normalize)
    fields = {"name": name, "kind": kind}
    try:
        # Every save counts the version up, so a change of the synonyms alone is seen too.
        save_versioned(session, Category, category_id, fields,
                       category.version if version is None else version, "kategorin",
                       CATEGORY_GONE, None if base is None else {
                           key: base[key] for key in fields if key in base})
    except Conflict as conflict:
        raise Conflict("kategorin", {**conflict.values, "synonyms": tuple(stored)},
                       conflict.stamp, conflict.clashes,
                       {**conflict.merged, "synonyms": tuple(
                           stored if synonyms is None else synonyms)}) from None
    session.refresh(category)
    for child in session.exec(select(Category).where(Category.parent_id == category_id)):
        child.kind = category.kind
        session.add(child)
    own = session.exec(select(CategorySynonym).where(
        CategorySynonym.category_id == category_id,
        CategorySynonym.normalized == old_key)).first()
    # Renamed to one of its own synonyms: that one is its name now, the old name a synonym.
    if own is not None and _synonym_owner(session, normalize(category.name)) is None:
        own.text, own.normalized = category.name, normalize(category.name)
        session.add(own)
    session.flush()
    return category, synonyms


def _cleaned(synonyms: list[str]) -> list[str]:
    return [text for text in map(clean_name, synonyms) if normalize(text)]


def _replace_synonyms(session: Session, category: Category, synonyms: list[str]) -> None:
    wanted: dict[str, str] = {normalize(category.name): category.name}
    for text in synonyms:
        text = clean_name(text)
        key = normalize(text)
        if not key:
            continue
        owner = _synonym_owner(session, key)
        if owner and owner[0] != category.id:
            raise FieldError("synonyms", f"”{text}” är redan ett synonymord för {owner[1]}.")
        wanted.setdefault(key, text)
    for row in session.exec(select(CategorySynonym)
                            .where(CategorySynonym.category_id == category.id)).all():
        if row.normalized in wanted:
            wanted.pop(row.normalized)
        else:
            session.delete(row)
    session.flush()
    for key, text in wanted.items():
        session.add(CategorySynonym(category_id=category.id, text=text, normalized=key))


def delete_category(db: Database, category_id: int, version: int | None = None) -> None:
    """With the ``version`` the dialog showed, a category someone else changed meanwhile is
    kept (core.versions.to_remove)."""
    with db.session() as session:
        if version is None and session.get(Category, category_id) is None:
            return
        category = to_remove(session, Category, category_id, version, "kategorin",
                             CATEGORY_GONE)
        children = session.exec(
            select(func.count()).where(Category.parent_id == category_id)).one()
        if children:
            raise ValidationError(
                f"Kategorin {category.name} har {children} underkategorier. Ta bort dem först.")
        used = session.exec(
            select(func.count()).where(Incident.category_id == category_id)).one()
        if used:
            raise ValidationError(
                f"Kategorin {category.name} används av {used} händelser och kan inte tas bort.")
        session.delete(category)


# ---- police event types ----
@dataclass(frozen=True)
class PoliceTypeRow:
    id: int
    police_type: str
    category_id: int | None
    category: str | None


def list_police_types(db: Database) -> list[PoliceTypeRow]:
    with db.session() as session:
        rows = session.exec(select(PoliceTypeMapping.id, PoliceTypeMapping.police_type,
                                   PoliceTypeMapping.category_id, Category.name)
                            .outerjoin(Category, Category.id == PoliceTypeMapping.category_id)
                            .order_by(PoliceTypeMapping.police_type)).all()
        return [PoliceTypeRow(*row) for row in rows]


def map_police_type(db: Database, mapping_id: int, category_id: int | None,
                    shown: int | None | EllipsisType = ...) -> int:
    """Point a police event type at a category; the type's imported events move with it (and
    count as reviewed). Returns how many incidents moved. ``shown``: the category the user saw
    (None: none yet); another one someone else chose meanwhile stays."""
    with db.session() as session:
        mapping = session.get(PoliceTypeMapping, mapping_id, with_for_update=True,
                              populate_existing=True)
        if mapping is None:
            raise ValidationError("Händelsetypen finns inte längre.")
        if category_id is None:
            raise FieldError("category_id", "Välj en kategori för händelsetypen.")
        if shown is not ... and mapping.category_id not in (shown, category_id):
            chosen = session.get(Category, mapping.category_id) if mapping.category_id else None
            raise ValidationError(
                f"Någon annan lade händelsetypen under ”{chosen.name if chosen else '–'}” "
                "medan du valde. Din ändring sparades inte: välj igen om den ska gälla.")
        if session.get(Category, category_id) is None:
            raise ValidationError("Kategorin finns inte längre.")
        mapping.category_id = category_id
        session.add(mapping)
        # Police incidents are written as "<type>: <summary>" with the event id as source.
        # Compared as written (substr, not LIKE, which SQLite folds the case of).
        prefix = f"{mapping.police_type}:"
        moved = session.execute(
            update(Incident)
            .where(func.substr(Incident.source_ref, 1, len("polisen:")) == "polisen:",
                   func.substr(Incident.description, 1, len(prefix)) == prefix)
            .values(category_id=category_id, needs_review=False, version=Incident.version + 1,
                    changed_by=who(session.connection()), changed_at=utc_now())).rowcount
        return moved
