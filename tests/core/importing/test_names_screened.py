"""Category and area names from a file go into the registers (and the partner template, the
summaries): personal data in them is always masked, the new entry marked for review and named
in the message; a value mapped to an existing entry is remembered by its masked words. The
police's event types and summaries are screened too."""
import json
from datetime import datetime

from sqlmodel import select

from brastod.core.models import (
    Area, AreaSynonym, Category, CategorySynonym, ImportBatch, Incident, PoliceTypeMapping,
)
from brastod.core.services import registers
from brastod.core.services.importing import CATEGORY, commit, import_file, prepare
from tests.core.importing.test_import import TODAY, _xlsx

HEADINGS = ["Datum", "Område", "Händelsetyp", "Beskrivning"]


def _names(db, model):
    with db.session() as session:
        return sorted(session.exec(select(model.name)).all())


def test_personal_data_in_new_names_is_masked_and_marked(municipality, tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", [
        [datetime(2026, 3, 5), "kalle.berg@exempel.se", "Hot mot 800101-1231", "a"],
        [datetime(2026, 3, 6), "Centrum", "Hot mot 850709 9805", "b"],   # the same, masked
        [datetime(2026, 3, 7), "Centrum", "Klotter", "c"]], HEADINGS)
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    assert result.imported == 3
    assert "Hot mot [personnummer borttaget]" in _names(municipality, Category)
    assert "[e-postadress borttagen]" in _names(municipality, Area)
    assert sorted(set(result.created)) == ["Hot mot [personnummer borttaget]",
                                           "[e-postadress borttagen]"]
    assert ("2 nya kategori- eller områdesnamn innehöll personuppgifter, som ersattes med "
            "[… borttaget]: byt namn på dem under Register.") in result.message
    with municipality.session() as session:
        review = dict(session.exec(select(Incident.description, Incident.needs_review)).all())
        synonyms = session.exec(select(CategorySynonym.text)).all()
    assert review == {"a": True, "b": True, "c": False}
    assert not [text for text in synonyms if "800101" in text or "850709" in text]


def test_a_name_mapped_by_the_user_is_remembered_masked(municipality, tmp_path):
    rows = [[datetime(2026, 3, 5), "Centrum vid 070-123 45 67", "Klotter", "a"]]
    prepared = prepare(municipality, _xlsx(tmp_path / "m.xlsx", rows, HEADINGS), today=TODAY)
    centrum = next(a.id for a in registers.list_areas(municipality) if a.name == "Centrum")
    result = commit(municipality, prepared, choices={("area", "Centrum vid 070-123 45 67"):
                                                     centrum})
    assert result.created == [] and result.names_masked == 0
    with municipality.session() as session:
        assert session.exec(select(AreaSynonym.normalized)).all() == [
            "centrum vid telefonnummer borttaget"]
    # The next file with another number in the same words needs no choice.
    again = _xlsx(tmp_path / "n.xlsx", [[datetime(2026, 3, 6), "Centrum vid 0701234567",
                                         "Klotter", "b"]], HEADINGS)
    assert import_file(municipality, again, today=TODAY).created == []
    assert _names(municipality, Area) == ["Centrum"]


def test_a_category_chosen_as_new_still_loses_its_personal_data(municipality, tmp_path):
    rows = [[datetime(2026, 3, 5), "Centrum", "Bråk, ring 0701234567", "a"]]
    prepared = prepare(municipality, _xlsx(tmp_path / "m.xlsx", rows, HEADINGS), today=TODAY)
    result = commit(municipality, prepared, choices={(CATEGORY, "Bråk, ring 0701234567"): None})
    assert "Bråk, ring [telefonnummer borttaget]" in _names(municipality, Category)
    assert result.names_masked == 1
    with municipality.session() as session:
        assert session.exec(select(Incident.needs_review)).one()


def test_the_police_file_is_screened_and_not_kept(tmp_path):
    from brastod.core.services.setup import create_database
    db = create_database(tmp_path / "f.sqlite3", "Fagersta")
    events = [{"id": 1, "datetime": "2026-03-05 22:00:00 +01:00", "type": "Bråk 800101-1231",
               "name": "5 mars 21.30, Bråk, Fagersta", "url": "/x",
               "summary": "Vittnen ombeds ringa 070-765 43 21.", "location": {"name": "Fagersta"}}]
    path = tmp_path / "polisen 850709-9805.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    try:
        result = import_file(db, path)
        assert (result.imported, result.masked) == (1, 1)
        with db.session() as session:
            incident = session.exec(select(Incident)).one()
            batch = session.get(ImportBatch, result.batch_id)
            types = session.exec(select(PoliceTypeMapping.police_type)).all()
    finally:
        db.close()
    assert incident.description == ("Bråk [personnummer borttaget]: Vittnen ombeds ringa "
                                    "[telefonnummer borttaget].")
    assert "Bråk [personnummer borttaget]" in types and not any("800101" in t for t in types)
    assert batch.file_name == "polisen [personnummer borttaget].json"
    assert batch.file_size == path.stat().st_size
