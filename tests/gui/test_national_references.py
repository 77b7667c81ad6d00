"""Nationella jämförelsetal (riket) under Nyckeltal: the shipped figures listed, one added,
changed (the same indicator and year twice refused at the year) and removed."""
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from brastod.core.enums import ReportKind
from brastod.core.services import situation_reports as reports
from brastod.core.services.key_figures import list_national_references
from brastod.gui.dialogs.measurement import REFERENCES_NOTE, NationalReferencesDialog
from brastod.gui.widgets.form_dialog import FormDialog
from tests.gui.data_for import data_for


@pytest.fixture
def dialog(qtbot, tasks, demo_db):
    opened = NationalReferencesDialog(data_for(tasks, demo_db))
    qtbot.addWidget(opened)
    return opened


def _answers(monkeypatch, *fills) -> list:
    """Each FormDialog opened is filled by the next of ``fills`` (None: cancelled); the forms
    seen, with the error each showed when it opened."""
    left, seen = list(fills), []

    def exec_(form_dialog):
        form = form_dialog.form
        seen.append((form, form.error.text()))
        fill = left.pop(0)
        if fill is None:
            return QDialog.DialogCode.Rejected
        fill(form)
        form_dialog.accept()
        return QDialog.DialogCode.Accepted if form_dialog.result() \
            else QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", exec_)
    return seen


def _row(dialog, indicator: str, year: int) -> int:
    proxy = dialog.table.model()
    return next(r for r in range(proxy.rowCount())
                if proxy.index(r, 0).data() == indicator and proxy.index(r, 1).data() == str(year))


def _text(dialog, row: int) -> list[str]:
    proxy = dialog.table.model()
    return [proxy.index(row, column).data() for column in range(proxy.columnCount())]


def test_the_shipped_figures_are_listed_with_their_unit_and_source(dialog, qtmodeltester):
    assert REFERENCES_NOTE.endswith("visas som ”Riket” i verksamhetsberättelsen.")
    assert _text(dialog, _row(dialog, "Anmälda brott", 2020))[1:4] == [
        "2020", "15\u00a0079", "antal per 100 000 invånare"]
    assert _text(dialog, _row(dialog, "Utsatthet för brott", 2020))[2:4] == ["22,6", "procent"]
    assert dialog.selected().indicator == "Anmälda brott"      # the list opens on its first
    assert dialog.edit_button.isEnabled() and dialog.remove_button.isEnabled()
    qtmodeltester.check(dialog.model)


def test_a_figure_is_added_changed_and_removed(dialog, qtbot, monkeypatch, demo_db):
    def new(form):
        assert form.indicator.findText("Otrygg utomhus kvällstid") >= 0    # a known indicator
        form.indicator.setEditText("Anmälda brott")
        form.year.setValue(2024)
        form.value.setText("13 012,5")
        form.per_100k.setChecked(True)
        form.source.setText("Brå, kriminalstatistiken 2024")
    _answers(monkeypatch, new)
    with qtbot.waitSignal(dialog.loaded):
        dialog.add_button.click()
    added = next(r for r in list_national_references(demo_db) if r.year == 2024)
    assert (added.indicator, added.value, added.unit, added.per_100k, added.source) == (
        "Anmälda brott", 13012.5, "antal", True, "Brå, kriminalstatistiken 2024")
    assert dialog.selected().id == added.id                  # the new one is chosen

    def change(form):
        assert form.value.text() == "13012,5"
        form.value.setText("13 100")
    _answers(monkeypatch, change)
    with qtbot.waitSignal(dialog.loaded):
        dialog.edit_button.click()
    assert next(r for r in list_national_references(demo_db) if r.id == added.id).value == 13100
    assert _text(dialog, _row(dialog, "Anmälda brott", 2024))[2] == "13\u00a0100"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.loaded):
        dialog.remove_button.click()
    assert added.id not in {r.id for r in list_national_references(demo_db)}
    assert dialog.model.rowCount() == 2


def test_the_same_indicator_and_year_twice_is_refused_at_the_year(dialog, qtbot, monkeypatch,
                                                                  demo_db):
    before = list_national_references(demo_db)

    def same_year(form):
        form.indicator.setEditText("anmälda brott")
        form.year.setValue(2020)
        form.value.setText("14 000")
        form.source.setText("Brå")
    seen = _answers(monkeypatch, same_year, None)
    dialog.add_button.click()
    (_, first_error), (again, error) = seen             # opened again, with the reason
    assert first_error == ""
    assert error == ("Det finns redan en nationell siffra för anmälda brott 2020. Ändra den i "
                     "stället.")
    assert again.year.value() == 2020 and again.value.text() == "14000"
    assert list_national_references(demo_db) == before


def test_a_missing_source_or_value_is_told_at_its_field(dialog, qtbot, monkeypatch, demo_db):
    shown = []

    def without_source(form):
        form.indicator.setEditText("Anmälda brott")
        form.year.setValue(2023)
        form.value.setText("14 000")
        form_dialog = form.parent()
        form_dialog.accept()                             # refused: stays open
        shown.append((form.error.text(), form_dialog.focusWidget() is form.source))
        form.value.setText("många")
        form_dialog.accept()
        shown.append((form.error.text(), form_dialog.focusWidget() is form.value))
        form.value.setText("")
        form.source.setText("Brå")
        form_dialog.accept()
        shown.append((form.error.text(), form_dialog.focusWidget() is form.value))
        form.value.setText("14 000")
    _answers(monkeypatch, without_source)
    with qtbot.waitSignal(dialog.loaded):
        dialog.add_button.click()
    assert shown == [
        ("Ange källan till den nationella siffran, till exempel Brå, NTU 2020.", True),
        ("”många” är inget tal. Skriv till exempel 22 eller 22,5.", True),
        ("Värdet måste vara ett tal.", True)]
    assert any(r.year == 2023 for r in list_national_references(demo_db))


def test_the_nyckeltal_pane_opens_it_even_for_an_adopted_report(window, qtbot, monkeypatch,
                                                                 demo_db):
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    adopted = next(r.id for r in reports.list_situation_reports(demo_db)
                   if r.kind == ReportKind.STRATEGIC and r.status == "adopted")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(adopted)
    opened = []
    monkeypatch.setattr(NationalReferencesDialog, "exec",
                        lambda dialog: opened.append(dialog.model.rowCount()) or 0)
    button = tab.key_figures.references_button
    assert not tab.key_figures.add_button.isEnabled() and button.isEnabled()
    button.click()
    assert opened == [2]
