"""The dialogs with the runner on a real worker thread, as in the window: until the lists have
come the dialog says "Hämtar …"; results that arrive after the dialog was closed and deleted
touch nothing (no crash dialog), and a refusal that arrives then is still said by the window."""
import shiboken6
import pytest

from brastod.gui.dialogs.incident import IncidentDialog
from brastod.gui.dialogs.import_history import ImportHistoryDialog
from brastod.gui.dialogs.municipality import MunicipalityDialog
from brastod.gui.dialogs.new_situation_report import NewSituationReportDialog
from brastod.gui.dialogs.partners import PartnersDialog
from brastod.gui.dialogs.series import SeriesDialog
from brastod.gui.tasks import TaskRunner
from tests.gui.data_for import data_for

SIGNAL_MS = 30_000      # only a bound for a hung test; every wait is on a signal


@pytest.fixture
def data(qtbot, demo_db):
    runner = TaskRunner()
    yield data_for(runner, demo_db)
    runner.wait()


def test_a_register_dialog_says_it_is_fetching_until_the_list_has_come(qtbot, data):
    dialog = PartnersDialog(data)
    qtbot.addWidget(dialog)
    assert dialog.ui.error.text() == "Hämtar …"
    assert not dialog.ui.partnerSaveButton.isEnabled()
    with qtbot.waitSignal(dialog.partners.loaded, timeout=SIGNAL_MS):
        pass
    assert dialog.ui.error.text() == "" and dialog.partners.model.rowCount() > 0
    assert dialog.ui.partnerSaveButton.isEnabled()


def test_the_incident_dialog_cannot_be_saved_before_its_lists_have_come(qtbot, data):
    dialog = IncidentDialog(data, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.message.text() == "Hämtar …" and not dialog._save_button.isEnabled()
    qtbot.waitUntil(dialog._save_button.isEnabled, timeout=SIGNAL_MS)
    assert dialog.ui.message.text() == "" and dialog.ui.category.count() > 1


@pytest.mark.parametrize("make", [
    PartnersDialog, MunicipalityDialog, SeriesDialog, NewSituationReportDialog,
    ImportHistoryDialog, lambda data: IncidentDialog(data, None)],
    ids=["partners", "municipality", "series", "new_report", "import_history", "incident"])
def test_lists_that_arrive_after_the_dialog_was_deleted_touch_nothing(qtbot, data, make):
    dialog = make(data)
    shiboken6.delete(dialog)          # closed with its window before the worker answered
    with qtbot.waitSignal(data.runner.idle, timeout=SIGNAL_MS):
        pass                          # a touched widget would raise here, failing the test


def test_a_refusal_that_arrives_after_the_dialog_was_deleted_is_said_by_the_window(qtbot,
                                                                                   data):
    dialog = PartnersDialog(data)
    with qtbot.waitSignal(dialog.partners.loaded, timeout=SIGNAL_MS):
        pass
    dialog.partners.new()
    dialog.ui.partnerSaveButton.click()         # no name: the rule refuses, on the worker
    shiboken6.delete(dialog)
    with qtbot.waitSignal(data.runner.refused, timeout=SIGNAL_MS) as refused:
        pass
    assert refused.args == ["Partnern måste ha ett namn."]
