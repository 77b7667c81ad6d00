import pytest
from sqlmodel import select

from brastod.core import settings
from brastod.core.errors import ValidationError
from brastod.core.models import (
    AgendaTemplate, AgendaTemplateItem, AssessmentLevel, Category, CategorySynonym,
    PoliceTypeMapping,
)
from brastod.core.services.setup import create_database, initialize
from brastod.core.services.stats import counts


def test_defaults_are_seeded(db):
    with db.session() as session:
        tops = session.exec(select(Category).where(Category.parent_id.is_(None))).all()
        children = session.exec(select(Category).where(Category.parent_id.is_not(None))).all()
        scale = session.exec(select(AssessmentLevel).order_by(AssessmentLevel.level)).all()
        template = session.exec(select(AgendaTemplate).where(AgendaTemplate.is_default)).one()
        items = session.exec(select(AgendaTemplateItem.title)
                             .where(AgendaTemplateItem.template_id == template.id)
                             .order_by(AgendaTemplateItem.position)).all()
        klotter = session.exec(select(Category).where(Category.name == "Klotter")).one()
        graffiti = session.exec(select(CategorySynonym)
                                .where(CategorySynonym.normalized == "graffiti")).one()
        mapped = session.exec(select(PoliceTypeMapping)
                              .where(PoliceTypeMapping.police_type == "Stöld/inbrott")).one()
        interval = settings.get_int(session, settings.SITUATION_REPORT_INTERVAL)
    assert {c.name for c in tops} >= {"Skadegörelse", "Nedskräpning", "Otrygg plats", "Inbrott",
                                      "Rån", "Olovligt boende", "Övrigt"}
    assert {c.kind for c in tops} == {"crime", "insecurity", "other"}
    assert all(c.kind == next(t.kind for t in tops if t.id == c.parent_id) for c in children)
    assert [(s.level, s.name, s.color_name) for s in scale] == [
        (0, "Lugnt", "grön"), (1, "Observera", "gul"), (2, "Oroligt", "orange"),
        (3, "Allvarligt", "röd")]
    assert items[0] == "Mötets öppnande" and items[-1] == "Mötets avslutande"
    assert "Aktuell lägesbild" in items and len(items) == 13
    assert graffiti.category_id == klotter.id
    assert mapped.category_id is not None
    assert interval == 24


def test_counts_of_a_new_database(db):
    numbers = counts(db)
    assert numbers["incidents"] == numbers["partners"] == numbers["meetings"] == 0
    assert numbers["categories"] > 20


def test_initialize_twice_is_refused(db):
    with pytest.raises(ValidationError, match="redan en kommun"):
        initialize(db, "Annan kommun")


@pytest.mark.parametrize("name", ["", "   "])
def test_municipality_name_is_required(tmp_path, name):
    with pytest.raises(ValidationError, match="kommunens namn"):
        create_database(tmp_path / "x.sqlite3", name)
