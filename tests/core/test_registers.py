from datetime import date

import pytest

from brastod.core.errors import FieldError, ValidationError
from brastod.core.models import Incident
from brastod.core.services import registers


def _area_names(db):
    return [a.name for a in registers.list_areas(db)]


def test_area_is_added_with_parent(db):
    town = registers.add_area(db, "  Fagersta   tätort ", kind="town")
    registers.add_area(db, "Centrum", parent_id=town)
    rows = {a.name: a for a in registers.list_areas(db)}
    assert rows["Centrum"].parent_name == "Fagersta tätort"
    assert rows["Fagersta tätort"].kind == "town"


@pytest.mark.parametrize("name, message", [
    ("", "måste ha ett namn"), ("   ", "måste ha ett namn"), ("CENTRUM!", "finns redan"),
    ("x" * 121, "för långt"),
])
def test_bad_area_names_are_refused(db, name, message):
    registers.add_area(db, "Centrum")
    with pytest.raises(FieldError, match=message) as caught:
        registers.add_area(db, name)
    assert caught.value.field == "name"
    assert _area_names(db) == ["Centrum"]


def test_area_cannot_be_moved_inside_itself(db):
    town = registers.add_area(db, "Tätorten", kind="town")
    district = registers.add_area(db, "Centrum", parent_id=town)
    with pytest.raises(FieldError, match="inom sig självt") as caught:
        registers.update_area(db, town, name="Tätorten", parent_id=district, kind="town")
    assert caught.value.field == "parent_id"
    assert {a.name: a.parent_id for a in registers.list_areas(db)}["Tätorten"] is None


def test_area_with_incidents_or_children_is_kept(db):
    town = registers.add_area(db, "Tätorten", kind="town")
    district = registers.add_area(db, "Centrum", parent_id=town)
    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 3, 5), area_id=district))
    with pytest.raises(ValidationError, match="underområden"):
        registers.delete_area(db, town)
    with pytest.raises(ValidationError, match="1 händelser"):
        registers.delete_area(db, district)
    assert set(_area_names(db)) == {"Tätorten", "Centrum"}


def test_partner_and_contacts(db):
    partner = registers.add_partner(db, "Polisen", "police")
    registers.add_contact(db, partner, "Johan Ek", "Kommunpolis", "johan.ek@polisen.se",
                          "010-123 45 00")
    [row] = registers.list_partners(db)
    assert (row.name, row.kind, row.contact_count) == ("Polisen", "police", 1)
    [contact] = registers.list_contacts(db, partner)
    assert contact.email == "johan.ek@polisen.se"


@pytest.mark.parametrize("name, email, phone, field, message", [
    (" ", None, None, "name", "Kontakten måste ha ett namn."),
    ("Johan Ek", "johan.ek", None, "email", "E-postadressen"),
    ("Johan Ek", "a@b", None, "email", "E-postadressen"),
    ("Johan Ek", None, "ring mig", "phone", "Telefonnumret"),
])
def test_bad_contact_details_are_refused(db, name, email, phone, field, message):
    partner = registers.add_partner(db, "Polisen", "police")
    with pytest.raises(FieldError, match=message) as caught:
        registers.add_contact(db, partner, name, email=email, phone=phone)
    assert caught.value.field == field
    assert registers.list_contacts(db, partner) == []


def test_partner_kind_must_be_known(db):
    with pytest.raises(FieldError, match="Okänd partnertyp: maffia.") as caught:
        registers.add_partner(db, "Polisen", "maffia")
    assert caught.value.field == "kind"
    assert registers.list_partners(db) == []


def test_partner_with_incidents_is_kept(db):
    partner = registers.add_partner(db, "Polisen", "police")
    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 3, 5), partner_id=partner))
    with pytest.raises(ValidationError, match="inaktiv"):
        registers.delete_partner(db, partner)
    assert len(registers.list_partners(db)) == 1


def test_deleting_partner_removes_its_contacts(db):
    partner = registers.add_partner(db, "Centrumföreningen", "business")
    registers.add_contact(db, partner, "Eva Håkansson")
    registers.delete_partner(db, partner)
    assert registers.list_partners(db) == [] and registers.list_contacts(db, partner) == []


def test_category_with_synonyms(db):
    top = registers.save_category(db, None, name="Fyrverkerier", kind="insecurity")
    child = registers.save_category(db, None, name="Smällare", parent_id=top, kind="crime",
                                    synonyms=["smällar", "raketer", ""])
    row = next(c for c in registers.list_categories(db) if c.id == child)
    assert row.kind == "insecurity"        # a subcategory has its main category's kind
    assert row.synonyms == ("smällar", "raketer")
    assert row.full_name == "Fyrverkerier › Smällare"


def test_synonym_of_another_category_is_refused_and_nothing_is_saved(db):
    before = registers.list_categories(db)
    with pytest.raises(FieldError, match="synonymord för Klotter") as caught:
        registers.save_category(db, None, name="Sprejning", kind="crime",
                                synonyms=["Graffiti"])
    assert caught.value.field == "synonyms"
    assert registers.list_categories(db) == before


def test_category_name_that_is_a_synonym_is_refused(db):
    before = registers.list_categories(db)
    with pytest.raises(FieldError, match="synonymord för Klotter") as caught:
        registers.save_category(db, None, name="Klottring", kind="crime")
    assert caught.value.field == "name"
    assert registers.list_categories(db) == before


def test_subcategory_only_two_levels(db):
    klotter = next(c for c in registers.list_categories(db) if c.name == "Klotter")
    with pytest.raises(FieldError, match="två nivåer") as caught:
        registers.save_category(db, None, name="Tags på tåg", kind="crime", parent_id=klotter.id)
    assert caught.value.field == "parent_id"


def test_renaming_category_keeps_it_matchable(db):
    klotter = next(c for c in registers.list_categories(db) if c.name == "Klotter")
    registers.save_category(db, klotter.id, name="Klotter och tags", kind="crime")
    row = next(c for c in registers.list_categories(db) if c.id == klotter.id)
    assert row.name == "Klotter och tags" and "graffiti" in row.synonyms


def test_category_in_use_is_kept(db):
    klotter = next(c for c in registers.list_categories(db) if c.name == "Klotter")
    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 3, 5), category_id=klotter.id))
    with pytest.raises(ValidationError, match="används av 1 händelser"):
        registers.delete_category(db, klotter.id)
    skadegorelse = klotter.parent_id
    with pytest.raises(ValidationError, match="underkategorier"):
        registers.delete_category(db, skadegorelse)


def test_municipality_fields(db, tmp_path):
    registers.update_municipality(db, "Kungsör", "1960", "Västmanlands län")
    info = registers.get_municipality(db)
    assert (info.name, info.code, info.county) == ("Kungsör", "1960", "Västmanlands län")
    with pytest.raises(FieldError, match="fyra siffror") as caught:
        registers.update_municipality(db, "Kungsör", "19600")
    assert caught.value.field == "code"
    with pytest.raises(FieldError, match="får inte vara tomt") as caught:
        registers.update_municipality(db, " ")
    assert caught.value.field == "name"
    assert registers.get_municipality(db).name == "Kungsör"


def test_logo_must_be_an_image(db, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("inte en bild")
    with pytest.raises(ValidationError, match="ingen PNG- eller JPEG-bild"):
        registers.set_logo(db, fake)
    with pytest.raises(ValidationError, match="kan inte läsas"):
        registers.set_logo(db, tmp_path / "saknas.png")
    from brastod.core.paths import resource
    registers.set_logo(db, resource("demo", "logo.png"))
    assert registers.get_municipality(db).logo_filename == "logo.png"
    registers.set_logo(db, None)
    assert registers.get_municipality(db).logo is None


def test_population_per_year(db):
    registers.set_population(db, 2020, 13267)
    registers.set_population(db, 2020, 13270, "SCB rättad")
    assert [(r.year, r.population, r.source) for r in registers.list_population(db)] == [
        (2020, 13270, "SCB rättad")]
    with pytest.raises(FieldError, match="orimligt") as caught:
        registers.set_population(db, 20, 100)
    assert caught.value.field == "year"
    with pytest.raises(FieldError, match="positivt") as caught:
        registers.set_population(db, 2021, 0)
    assert caught.value.field == "population"
    assert [r.year for r in registers.list_population(db)] == [2020]


def test_mapping_a_police_type_moves_its_incidents(demo_db):
    from sqlmodel import select as sql_select
    from brastod.core.models import Incident, PoliceTypeMapping
    with demo_db.session() as session:
        session.add(PoliceTypeMapping(police_type="Ny_typ%", category_id=None))
        session.add(Incident(occurred_on=date(2026, 11, 1), description="Ny_typ%: något",
                             source_ref="polisen:1", needs_review=True))
        session.add(Incident(occurred_on=date(2026, 11, 1), description="Ny_typXY: annat",
                             source_ref="polisen:2", needs_review=True))
        # Another type that differs only in case is another type (police types are as written).
        session.add(Incident(occurred_on=date(2026, 11, 1), description="NY_TYP%: tredje",
                             source_ref="polisen:3", needs_review=True))
    row = next(r for r in registers.list_police_types(demo_db) if r.police_type == "Ny_typ%")
    assert row.category_id is None
    with pytest.raises(FieldError, match="Välj en kategori") as caught:
        registers.map_police_type(demo_db, row.id, None)
    assert caught.value.field == "category_id"
    target = registers.list_categories(demo_db)[0]
    assert registers.map_police_type(demo_db, row.id, target.id, row.category_id) == 1
    # Someone else's choice made while this user chose (from the same unmapped type) stays.
    other_choice = registers.list_categories(demo_db)[1]
    with pytest.raises(ValidationError, match=f"Någon annan lade händelsetypen under "
                                              f"”{target.name}”.*sparades inte"):
        registers.map_police_type(demo_db, row.id, other_choice.id, row.category_id)
    with demo_db.session() as session:
        moved = session.exec(sql_select(Incident).where(Incident.source_ref == "polisen:1")).one()
        other = session.exec(sql_select(Incident).where(Incident.source_ref == "polisen:2")).one()
        third = session.exec(sql_select(Incident).where(Incident.source_ref == "polisen:3")).one()
    assert (moved.category_id, moved.needs_review) == (target.id, False)
    assert other.needs_review and third.needs_review
