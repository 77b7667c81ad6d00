"""The dialogs that are not registers, through ``Data``: a refused value is shown at its field,
anything else the worker refuses is said by the window (the runner's policy), and every write
is announced with its topic."""
import pytest

from brastod.core.services import import_history, incidents, registers
from brastod.gui.data import Topic
from brastod.gui.dialogs.adopt_report import AdoptReportDialog
from brastod.gui.dialogs.first_start import FirstStartDialog
from brastod.gui.dialogs.import_history import ImportHistoryDialog
from brastod.gui.dialogs.incident import IncidentDialog
from brastod.gui.dialogs.series import SeriesDialog
from tests.gui.data_for import announcing


@pytest.fixture
def data(tasks, demo_db):
    return announcing(tasks, demo_db)


# ---- one incident ----

def test_a_bad_time_is_told_at_its_field_and_nothing_is_saved(qtbot, data, demo_db):
    before = incidents.review_count(demo_db), len(incidents.list_incidents(demo_db))
    dialog = IncidentDialog(data, None)
    qtbot.addWidget(dialog)
    dialog.ui.description.setPlainText("Något")
    dialog.ui.occurredTime.setText("25:99")
    dialog.save()
    assert dialog.ui.message.text().startswith("Klockan: ")
    assert dialog.focusWidget() is dialog.ui.occurredTime and not dialog.result()
    dialog.ui.occurredTime.setText("")
    dialog.ui.description.setPlainText("")
    dialog.save()                                   # refused by the service, on the worker
    assert dialog.ui.message.text() == "Ange en kategori eller en beskrivning av vad som hände."
    assert dialog.focusWidget() is dialog.ui.category and not dialog.result()
    assert (incidents.review_count(demo_db), len(incidents.list_incidents(demo_db))) == before
    assert data.announced == []


def test_a_saved_incident_is_announced(qtbot, data, demo_db):
    dialog = IncidentDialog(data, None)
    qtbot.addWidget(dialog)
    dialog.ui.category.setCurrentIndex(1)
    dialog.ui.description.setPlainText("Ring 070-123 45 67")
    dialog.save()
    assert dialog.result() and dialog.masked == 1
    assert incidents.get_incident(demo_db, dialog.incident_id).description.startswith("Ring [")
    assert data.announced == [Topic.INCIDENTS]


def test_an_incident_gone_meanwhile_closes_the_dialog_and_the_window_says_why(qtbot, data):
    with qtbot.waitSignal(data.runner.refused) as refused:
        dialog = IncidentDialog(data, 10_000_000)
    qtbot.addWidget(dialog)
    assert "finns inte längre" in refused.args[0]
    assert dialog.result() == 0 and not dialog.isVisible()


# ---- the import history ----

def test_undoing_an_import_is_announced(qtbot, data, monkeypatch):
    monkeypatch.setattr("brastod.gui.dialogs.import_history.ask", lambda parent, q: True)
    dialog = ImportHistoryDialog(data)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.undoButton.click()
    assert data.announced == [Topic.INCIDENTS]
    assert dialog.selected().undone_at is not None and not dialog.ui.undoButton.isEnabled()


def test_an_undo_refused_by_the_worker_is_said_by_the_window_and_the_list_reloads(
        qtbot, data, demo_db, monkeypatch):
    monkeypatch.setattr("brastod.gui.dialogs.import_history.ask", lambda parent, q: True)
    dialog = ImportHistoryDialog(data)
    qtbot.addWidget(dialog)
    batch = dialog.selected()
    import_history.undo_batch(demo_db, batch.id)        # another window undid it meanwhile
    with qtbot.waitSignal(data.runner.refused) as refused:
        dialog.ui.undoButton.click()
    assert "är redan ångrad" in refused.args[0]
    assert dialog.selected().undone_at is not None and not dialog.ui.undoButton.isEnabled()
    assert data.announced == []


# ---- mötesserier ----

def test_a_saved_series_is_announced_and_a_taken_name_is_told_at_the_field(qtbot, data):
    dialog = SeriesDialog(data)
    qtbot.addWidget(dialog)
    dialog.ui.newSeries.click()
    dialog.ui.name.setText("Trygghetsvandringar")
    dialog.save()
    assert dialog.ui.error.text() == "" and data.announced == [Topic.MEETINGS]
    dialog.ui.newSeries.click()
    dialog.ui.name.setText("Trygghetsvandringar")
    dialog.save()
    assert dialog.ui.error.text() == "Det finns redan en mötesserie som heter " \
                                     "Trygghetsvandringar."
    assert dialog.focusWidget() is dialog.ui.name and data.announced == [Topic.MEETINGS]


def test_a_series_rule_is_said_in_swedish_and_written_only_for_ones_own(qtbot, data):
    """Mötesserier showed "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" beside "Varannan vecka"."""
    from brastod.gui.dialogs.series import OWN_RULE
    dialog = SeriesDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.seriesList.setCurrentRow(next(i for i in range(ui.seriesList.count())
                                     if ui.seriesList.item(i).text().startswith("EST")))
    assert ui.pattern.currentData() != OWN_RULE and ui.rule.text().startswith("FREQ=")
    assert not ui.rule.isVisible() and not ui.ruleLabel.isVisible()
    assert ui.preview.text().startswith("Varannan tisdag")
    ui.pattern.setCurrentIndex(ui.pattern.findData(OWN_RULE))
    assert ui.rule.isVisible() and not ui.rule.isReadOnly()


# ---- rules the core keeps, shown at the field ----

def test_an_adoption_says_by_whom_by_the_core_rule(qtbot, data):
    dialog = AdoptReportDialog(data, "Lägesbild")
    qtbot.addWidget(dialog)
    assert dialog.ui.adoptedBy.count() > 1        # the meetings near today came
    dialog.ui.adoptedBy.setEditText("   ")
    dialog.accept()
    assert dialog.ui.error.text() == ("Ange vem som fastställde lägesbilden: mötet eller "
                                      "organet.")
    assert dialog.focusWidget() is dialog.ui.adoptedBy and dialog.result() == 0


def test_the_first_start_asks_for_the_name_by_the_register_rule(qtbot):
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.ui.emptyChoice.setChecked(True)
    dialog.ui.municipalityName.setText("  ")
    dialog.accept()
    assert dialog.ui.error.text() == ("Skriv kommunens namn, till exempel Kungsör – det får "
                                      "inte vara tomt.")
    assert dialog.focusWidget() is dialog.ui.municipalityName and dialog.result() == 0
    dialog.ui.municipalityName.setText("Kungsör")
    dialog.accept()
    assert dialog.result() == 1 and dialog.municipality_name == "Kungsör"


# ---- the import preview ----

def test_a_file_that_cannot_be_read_again_is_said_by_the_window_and_the_preview_stays(
        qtbot, data, demo_db, tmp_path):
    from brastod.core.services.importing import AREA, CATEGORY, prepare
    from brastod.gui.dialogs.import_preview import ImportDialog
    from tests.gui.test_reports import _partner_file
    path = _partner_file(tmp_path / "skolan.xlsx")
    prepared = prepare(demo_db, path, today=data.today)
    lists = {"partners": registers.list_partners(demo_db),
             CATEGORY: registers.list_categories(demo_db), AREA: registers.list_areas(demo_db)}
    dialog = ImportDialog(data, path, prepared, lists)
    qtbot.addWidget(dialog)
    path.unlink()                                   # moved away while the dialog was open
    with qtbot.waitSignal(data.runner.refused) as refused:
        dialog.ui.partner.setCurrentIndex(2)        # another partner: the file is read again
    assert "skolan.xlsx" in refused.args[0]
    assert dialog.isEnabled() and dialog.prepared is prepared
    assert dialog.model.rowCount() == len(prepared.preview.rows)
