"""The register dialogs driven as a user would, including every message they give."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from brastod.core.models import Incident
from brastod.core.services import registers
from brastod.gui.dialogs.categories import CategoriesDialog
from brastod.gui.dialogs.municipality import MunicipalityDialog
from brastod.gui.dialogs.partners import PartnersDialog


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
def yes(monkeypatch):
    answers = []
    for dialog in (MunicipalityDialog, PartnersDialog, CategoriesDialog):
        monkeypatch.setattr(dialog, "confirm", lambda self, q: answers.append(q) or True)
    return answers


# ---- Kommun och områden ----

def test_municipality_is_saved_and_changes_are_signalled(qtbot, db):
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.municipalityName.text() == "Testkommun"
    _type(qtbot, dialog.ui.municipalityName, "Kungsör")
    _type(qtbot, dialog.ui.municipalityCode, "1960")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog.ui.saveMunicipalityButton)
    assert registers.get_municipality(db).name == "Kungsör"
    assert dialog.ui.error.text() == ""


@pytest.mark.parametrize("name, code, message", [
    ("", "", "får inte vara tomt"), ("Kungsör", "19x0", "fyra siffror")])
def test_municipality_errors_are_shown(qtbot, db, name, code, message):
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.ui.municipalityName, name)
    _type(qtbot, dialog.ui.municipalityCode, code)
    _click(qtbot, dialog.ui.saveMunicipalityButton)
    assert message in dialog.ui.error.text()
    assert registers.get_municipality(db).name == "Testkommun"


def test_logo_that_is_not_an_image_is_refused(qtbot, db, tmp_path):
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a")
    assert not dialog.set_logo(fake)
    assert "ingen PNG- eller JPEG-bild" in dialog.ui.error.text()
    from brastod.core.paths import resource
    assert dialog.set_logo(resource("demo", "logo.png"))
    assert dialog.ui.logoPreview.pixmap() is not None and not dialog.ui.logoPreview.pixmap().isNull()


def test_population_is_entered(qtbot, db):
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.populationYear.setValue(2020)
    dialog.ui.populationValue.setValue(13267)
    _click(qtbot, dialog.ui.savePopulationButton)
    assert dialog.population.rowCount() == 1
    dialog.ui.populationValue.setValue(0)
    _click(qtbot, dialog.ui.savePopulationButton)
    assert "positivt" in dialog.ui.error.text()


def test_areas_added_nested_and_refused(qtbot, db, yes):
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
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

    _click(qtbot, dialog.ui.areaNewButton)
    _type(qtbot, dialog.ui.areaName, "centrum")
    _click(qtbot, dialog.ui.areaSaveButton)
    assert "”Centrum” finns redan" in dialog.ui.error.text()
    _type(qtbot, dialog.ui.areaName, "  ")
    _click(qtbot, dialog.ui.areaSaveButton)
    assert "måste ha ett namn" in dialog.ui.error.text()
    assert len(registers.list_areas(db)) == 2

    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 3, 5), area_id=rows["Centrum"].id))
    dialog.areas.reload(rows["Centrum"].id)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert yes == ["Ta bort området Centrum?"]
    assert "1 händelser" in dialog.ui.error.text()
    assert len(registers.list_areas(db)) == 2


def test_area_delete_needs_confirmation(qtbot, db, monkeypatch):
    registers.add_area(db, "Hedkärra")
    dialog = MunicipalityDialog(db)
    qtbot.addWidget(dialog)
    dialog.areas.reload(registers.list_areas(db)[0].id)
    monkeypatch.setattr(dialog, "confirm", lambda question: False)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert [a.name for a in registers.list_areas(db)] == ["Hedkärra"]
    monkeypatch.setattr(dialog, "confirm", lambda question: True)
    _click(qtbot, dialog.ui.areaDeleteButton)
    assert registers.list_areas(db) == []
    assert not dialog.ui.areaDeleteButton.isEnabled()


# ---- Partner och kontakter ----

def test_partner_with_contact(qtbot, db):
    dialog = PartnersDialog(db)
    qtbot.addWidget(dialog)
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


def test_partner_errors(qtbot, db, yes):
    registers.add_partner(db, "Fagerstabostäder", "housing")
    dialog = PartnersDialog(db)
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.ui.partnerNewButton)
    _click(qtbot, dialog.ui.partnerSaveButton)
    assert "måste ha ett namn" in dialog.ui.error.text()
    _type(qtbot, dialog.ui.partnerName, "FAGERSTABOSTÄDER")
    _click(qtbot, dialog.ui.partnerSaveButton)
    assert "finns redan" in dialog.ui.error.text()
    assert len(registers.list_partners(db)) == 1


def test_partner_in_use_is_not_deleted(qtbot, demo_db, yes):
    dialog = PartnersDialog(demo_db)
    qtbot.addWidget(dialog)
    housing = next(p for p in dialog.partners.model.rows() if p.name == "Fagerstabostäder")
    dialog.partners.select(housing.id)
    assert dialog.contacts.model.rowCount() == 2
    _click(qtbot, dialog.ui.partnerDeleteButton)
    assert "Markera partnern som inaktiv" in dialog.ui.error.text()
    assert any(p.name == "Fagerstabostäder" for p in registers.list_partners(demo_db))


# ---- Kategorier ----

def test_category_with_synonyms_is_added(qtbot, db):
    dialog = CategoriesDialog(db)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.ui.categoryName, "Fyrverkerier")
    dialog.ui.categorySynonyms.setPlainText("smällare\nraketer")
    _click(qtbot, dialog.ui.categorySaveButton)
    assert dialog.ui.error.text() == ""
    row = next(c for c in registers.list_categories(db) if c.name == "Fyrverkerier")
    assert row.synonyms == ("smällare", "raketer") and row.parent_id is None


def test_subcategory_takes_its_main_category_kind(qtbot, db):
    dialog = CategoriesDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.categoryParent.setCurrentIndex(dialog.ui.categoryParent.findText("Skadegörelse"))
    assert dialog.ui.categoryKind.currentText() == "Brott"
    assert not dialog.ui.categoryKind.isEnabled()


def test_category_synonym_conflict_is_explained(qtbot, db):
    dialog = CategoriesDialog(db)
    qtbot.addWidget(dialog)
    before = registers.list_categories(db)
    _type(qtbot, dialog.ui.categoryName, "Sprejning")
    dialog.ui.categorySynonyms.setPlainText("graffiti")
    _click(qtbot, dialog.ui.categorySaveButton)
    assert dialog.ui.error.text() == "”graffiti” är redan ett synonymord för Klotter."
    assert dialog.focusWidget() is dialog.ui.categorySynonyms
    assert registers.list_categories(db) == before


def test_category_in_use_is_not_deleted(qtbot, demo_db, yes):
    dialog = CategoriesDialog(demo_db)
    qtbot.addWidget(dialog)
    klotter = next(c for c in dialog.categories.model.rows() if c.name == "Klotter")
    dialog.categories.select(klotter.id)
    assert dialog.ui.categoryName.text() == "Klotter"
    assert "graffiti" in dialog.ui.categorySynonyms.toPlainText()
    _click(qtbot, dialog.ui.categoryDeleteButton)
    assert yes == ["Ta bort kategorin Skadegörelse › Klotter?"]
    assert "används av" in dialog.ui.error.text()
