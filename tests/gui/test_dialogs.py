"""The register dialogs driven as a user would, including every message they give. Every
list and write goes through ``Data`` to the worker (the guard in conftest fails a test in which
a dialog opens the database on the GUI thread); every change is announced as a register
change."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from brastod.core.errors import DatabaseBusy
from brastod.core.models import Incident
from brastod.core.services import registers
from brastod.gui.data import Topic
from brastod.gui.dialogs.categories import CategoriesDialog
from brastod.gui.dialogs.municipality import MunicipalityDialog
from brastod.gui.dialogs.partners import PartnersDialog
from brastod.gui.dialogs.police_types import PoliceTypesDialog
from tests.gui.data_for import data_for


def _type(qtbot, widget, text):
    """Type into a line edit. QTest aborts on keys outside ASCII, so å, ä, ö are inserted."""
    widget.clear()
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def open_dialog(qtbot, tasks):
    """``open_dialog(Dialog, db)``: the dialog over ``db``, with what its Data announced."""
    def make(dialog_class, database):
        data = data_for(tasks, database)
        dialog = dialog_class(data)
        qtbot.addWidget(dialog)
        dialog.announced = []
        data.changed.connect(lambda topic, origin: dialog.announced.append(topic))
        return dialog
    return make


@pytest.fixture
def yes(monkeypatch):
    answers = []
    for dialog in (MunicipalityDialog, PartnersDialog, CategoriesDialog):
        monkeypatch.setattr(dialog, "confirm", lambda self, q: answers.append(q) or True)
    return answers


# ---- Kommun och områden ----

def test_municipality_is_saved_and_changes_are_signalled(qtbot, db, open_dialog):
    dialog = open_dialog(MunicipalityDialog, db)
    assert dialog.ui.municipalityName.text() == "Testkommun"
    assert dialog.ui.error.text() == ""                 # "Hämtar …" is gone
    _type(qtbot, dialog.ui.municipalityName, "Kungsör")
    _type(qtbot, dialog.ui.municipalityCode, "1960")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog.ui.saveMunicipalityButton)
    assert registers.get_municipality(db).name == "Kungsör"
    assert dialog.ui.error.text() == ""
    assert dialog.announced == [Topic.REGISTERS]


@pytest.mark.parametrize("name, code, message, field", [
    ("", "", "får inte vara tomt", "municipalityName"),
    ("Kungsör", "19x0", "fyra siffror", "municipalityCode")])
def test_municipality_errors_are_shown_at_the_field(qtbot, db, open_dialog, name, code,
                                                     message, field):
    dialog = open_dialog(MunicipalityDialog, db)
    _type(qtbot, dialog.ui.municipalityName, name)
    _type(qtbot, dialog.ui.municipalityCode, code)
    _click(qtbot, dialog.ui.saveMunicipalityButton)
    assert message in dialog.ui.error.text()
    assert dialog.focusWidget() is getattr(dialog.ui, field)
    assert dialog.ui.municipalityName.text() == name          # what was typed stays
    assert registers.get_municipality(db).name == "Testkommun"
    assert dialog.announced == []


def test_logo_that_is_not_an_image_is_refused(qtbot, db, open_dialog, tmp_path):
    dialog = open_dialog(MunicipalityDialog, db)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a")
    dialog.set_logo(fake)
    assert "ingen PNG- eller JPEG-bild" in dialog.ui.error.text()
    assert registers.get_municipality(db).logo is None
    from brastod.core.paths import resource
    with qtbot.waitSignal(dialog.changed):
        dialog.set_logo(resource("demo", "logo.png"))
    assert dialog.ui.error.text() == ""
    assert not dialog.ui.logoPreview.pixmap().isNull()
    assert dialog.ui.removeLogoButton.isEnabled()


def test_population_is_entered(qtbot, db, open_dialog):
    dialog = open_dialog(MunicipalityDialog, db)
    dialog.ui.populationYear.setValue(2020)
    dialog.ui.populationValue.setValue(13267)
    _click(qtbot, dialog.ui.savePopulationButton)
    assert dialog.population.rowCount() == 1
    dialog.ui.populationValue.setValue(0)
    _click(qtbot, dialog.ui.savePopulationButton)
    assert "positivt" in dialog.ui.error.text()
    assert dialog.focusWidget() is dialog.ui.populationValue
    assert [row.population for row in registers.list_population(db)] == [13267]


def test_areas_added_nested_and_refused(qtbot, db, open_dialog, yes):
    dialog = open_dialog(MunicipalityDialog, db)
    dialog.ui.pages.setCurrentIndex(1)
    _click(qtbot, dialog.ui.areaNewButton)
    _type(qtbot, dialog.ui.areaName, "Fagersta tätort")
    dialog.ui.areaKind.setCurrentIndex(dialog.ui.areaKind.findText("Tätort"))
    _click(qtbot, dialog.ui.areaSaveButton)
    _click(qtbot, dialog.ui.areaNewButton)
    _type(qtbot, dialog.ui.areaName, "Centrum")
    dialog.ui.areaParent.setCurrentIndex(dialog.ui.areaParent.findText("Fagersta tätort"))
    _click(qtbot, dialog.ui.areaSaveButton)
    rows = {a.name: a for a in registers.list_areas(db)}
    assert rows["Centrum"].parent_name == "Fagersta tätort"
    assert dialog.areas.current().name == "Centrum"     # the saved area stays selected
    assert dialog.announced == [Topic.REGISTERS, Topic.REGISTERS]

    _click(qtbot, dialog.ui.areaNewButton)
    _type(qtbot, dialog.ui.areaName, "centrum")
    _click(qtbot, dialog.ui.areaSaveButton)
    assert "”Centrum” finns redan" in dialog.ui.error.text()
    assert dialog.focusWidget() is dialog.ui.areaName
    assert dialog.ui.areaName.text() == "centrum"           # what was typed stays
    _type(qtbot, dialog.ui.areaName, "  ")
    _click(qtbot, dialog.ui.areaSaveButton)
    assert "måste ha ett namn" in dialog.ui.error.text()
    assert len(registers.list_areas(db)) == 2
    assert len(dialog.announced) == 2

    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 3, 5), area_id=rows["Centrum"].id))
    dialog.areas.reload(rows["Centrum"].id)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert yes == ["Ta bort området Centrum?"]
    assert "1 händelser" in dialog.ui.error.text()
    assert len(registers.list_areas(db)) == 2


def test_area_delete_needs_confirmation(qtbot, db, open_dialog, monkeypatch):
    registers.add_area(db, "Hedkärra")
    dialog = open_dialog(MunicipalityDialog, db)
    dialog.areas.select(registers.list_areas(db)[0].id)
    monkeypatch.setattr(dialog, "confirm", lambda question: False)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert [a.name for a in registers.list_areas(db)] == ["Hedkärra"]
    monkeypatch.setattr(dialog, "confirm", lambda question: True)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert registers.list_areas(db) == []
    assert not dialog.ui.areaDeleteButton.isEnabled()
    assert dialog.announced == [Topic.REGISTERS]


# ---- Partner och kontakter ----

def test_partner_with_contact(qtbot, db, open_dialog):
    dialog = open_dialog(PartnersDialog, db)
    assert not dialog.ui.contactBox.isEnabled()       # a contact belongs to a partner
    _type(qtbot, dialog.ui.partnerName, "Polisen")
    dialog.ui.partnerKind.setCurrentIndex(dialog.ui.partnerKind.findText("Polis"))
    _click(qtbot, dialog.ui.partnerSaveButton)
    assert dialog.ui.contactBox.isEnabled()
    _type(qtbot, dialog.ui.contactName, "Johan Ek")
    _type(qtbot, dialog.ui.contactEmail, "johan.ek@polisen")
    _click(qtbot, dialog.ui.contactSaveButton)
    assert dialog.ui.error.text() == ("E-postadressen ”johan.ek@polisen” ser inte giltig ut "
                                      "(namn@exempel.se).")
    assert dialog.focusWidget() is dialog.ui.contactEmail
    assert registers.list_partners(db)[0].contact_count == 0
    _type(qtbot, dialog.ui.contactEmail, "johan.ek@polisen.se")
    _click(qtbot, dialog.ui.contactSaveButton)
    assert dialog.ui.error.text() == ""
    [partner] = registers.list_partners(db)
    assert (partner.name, partner.kind, partner.contact_count) == ("Polisen", "police", 1)
    assert dialog.contacts.model.rowCount() == 1


def test_partner_errors(qtbot, db, open_dialog, yes):
    registers.add_partner(db, "Fagerstabostäder", "housing")
    dialog = open_dialog(PartnersDialog, db)
    _click(qtbot, dialog.ui.partnerNewButton)
    _click(qtbot, dialog.ui.partnerSaveButton)
    assert "måste ha ett namn" in dialog.ui.error.text()
    _type(qtbot, dialog.ui.partnerName, "FAGERSTABOSTÄDER")
    _click(qtbot, dialog.ui.partnerSaveButton)
    assert "finns redan" in dialog.ui.error.text()
    assert len(registers.list_partners(db)) == 1
    assert dialog.announced == []


def test_partner_in_use_is_not_deleted(qtbot, demo_db, open_dialog, yes):
    dialog = open_dialog(PartnersDialog, demo_db)
    housing = next(p for p in dialog.partners.model.rows() if p.name == "Fagerstabostäder")
    dialog.partners.select(housing.id)
    assert dialog.contacts.model.rowCount() == 2
    _click(qtbot, dialog.ui.partnerDeleteButton)
    assert "Markera partnern som inaktiv" in dialog.ui.error.text()
    assert any(p.name == "Fagerstabostäder" for p in registers.list_partners(demo_db))


def test_a_refusal_that_is_no_form_error_is_shown_by_the_window(qtbot, db, open_dialog,
                                                                 monkeypatch):
    """The database held by another program past the wait: the window says so (the runner's
    policy); the dialog keeps what was typed and can save again."""
    dialog = open_dialog(PartnersDialog, db)

    def busy(*args, **kwargs):
        raise DatabaseBusy("Databasen används av ett annat program. Försök igen om en stund.")
    monkeypatch.setattr(registers, "add_partner", busy)
    _type(qtbot, dialog.ui.partnerName, "Räddningstjänsten")
    with qtbot.waitSignal(dialog.data.runner.refused) as refused:
        _click(qtbot, dialog.ui.partnerSaveButton)
    assert refused.args == ["Databasen används av ett annat program. Försök igen om en stund."]
    assert dialog.ui.error.text() == ""
    assert dialog.ui.partnerName.text() == "Räddningstjänsten"
    assert dialog.ui.partnerSaveButton.isEnabled() and dialog.announced == []


# ---- Kategorier ----

def test_category_with_synonyms_is_added(qtbot, db, open_dialog):
    dialog = open_dialog(CategoriesDialog, db)
    _type(qtbot, dialog.ui.categoryName, "Fyrverkerier")
    dialog.ui.categorySynonyms.setPlainText("smällare\nraketer")
    _click(qtbot, dialog.ui.categorySaveButton)
    assert dialog.ui.error.text() == ""
    row = next(c for c in registers.list_categories(db) if c.name == "Fyrverkerier")
    assert row.synonyms == ("smällare", "raketer") and row.parent_id is None
    assert dialog.categories.current().name == "Fyrverkerier"


def test_subcategory_takes_its_main_category_kind(qtbot, db, open_dialog):
    dialog = open_dialog(CategoriesDialog, db)
    dialog.ui.categoryParent.setCurrentIndex(dialog.ui.categoryParent.findText("Skadegörelse"))
    assert dialog.ui.categoryKind.currentText() == "Brott"
    assert not dialog.ui.categoryKind.isEnabled()


def test_category_synonym_conflict_is_explained(qtbot, db, open_dialog):
    dialog = open_dialog(CategoriesDialog, db)
    before = registers.list_categories(db)
    _type(qtbot, dialog.ui.categoryName, "Sprejning")
    dialog.ui.categorySynonyms.setPlainText("graffiti")
    _click(qtbot, dialog.ui.categorySaveButton)
    assert dialog.ui.error.text() == "”graffiti” är redan ett synonymord för Klotter."
    assert dialog.focusWidget() is dialog.ui.categorySynonyms
    assert registers.list_categories(db) == before


def test_category_in_use_is_not_deleted(qtbot, demo_db, open_dialog, yes):
    dialog = open_dialog(CategoriesDialog, demo_db)
    klotter = next(c for c in dialog.categories.model.rows() if c.name == "Klotter")
    dialog.categories.select(klotter.id)
    assert dialog.ui.categoryName.text() == "Klotter"
    assert "graffiti" in dialog.ui.categorySynonyms.toPlainText()
    _click(qtbot, dialog.ui.categoryDeleteButton)
    assert yes == ["Ta bort kategorin Skadegörelse › Klotter?"]
    assert "används av" in dialog.ui.error.text()


# ---- Polisens händelsetyper ----

def test_a_police_type_is_mapped_and_its_incidents_move(qtbot, demo_db, open_dialog):
    dialog = open_dialog(PoliceTypesDialog, demo_db)
    ui = dialog.ui
    assert not ui.typeSaveButton.isEnabled()          # nothing chosen yet
    mapped = next(row for row in dialog.types.model.rows() if row.category_id is not None)
    dialog.types.select(mapped.id)
    other = next(c for c in registers.list_categories(demo_db) if c.id != mapped.category_id)
    ui.typeCategory.setCurrentIndex(ui.typeCategory.findData(other.id))
    _click(qtbot, ui.typeSaveButton)
    assert ui.error.text() == ""
    [row] = [r for r in registers.list_police_types(demo_db) if r.id == mapped.id]
    assert row.category_id == other.id and dialog.types.current().category_id == other.id
    assert dialog.announced == [Topic.REGISTERS | Topic.INCIDENTS]


def test_a_police_type_needs_a_category(qtbot, demo_db, open_dialog):
    dialog = open_dialog(PoliceTypesDialog, demo_db)
    first = dialog.types.model.rows()[0]
    dialog.types.select(first.id)
    dialog.ui.typeCategory.setCurrentIndex(0)          # "– välj –"
    _click(qtbot, dialog.ui.typeSaveButton)
    assert dialog.ui.error.text() == "Välj en kategori för händelsetypen."
    assert dialog.focusWidget() is dialog.ui.typeCategory
    assert dialog.announced == []
