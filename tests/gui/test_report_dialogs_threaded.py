"""Återkoppling, Påminn partner and Nationella jämförelsetal with the runner on a real worker
thread, as in the window: nothing can be written before the partners or figures have come, and
an answer that arrives after the dialog was closed and deleted touches nothing."""
import shiboken6
import pytest

from brastod.gui.dialogs.feedback import FeedbackDialog
from brastod.gui.dialogs.measurement import NationalReferencesDialog
from brastod.gui.dialogs.reminders import FETCHING, RemindersDialog
from brastod.gui.tasks import TaskRunner
from tests.gui.data_for import data_for

SIGNAL_MS = 30_000      # only a bound for a hung test; every wait is on a signal


@pytest.fixture
def data(qtbot, demo_db):
    runner = TaskRunner()
    yield data_for(runner, demo_db)
    runner.wait()


def test_nothing_is_written_before_the_partners_have_come(qtbot, data):
    feedback = FeedbackDialog(data, "Lägesbild")
    reminders = RemindersDialog(data)
    for dialog in (feedback, reminders):
        qtbot.addWidget(dialog)
        assert not dialog.ok.isEnabled()
    assert feedback.status.text() == "Hämtar partnerna …" and reminders.status.text() == FETCHING
    with qtbot.waitSignal(reminders.loaded, timeout=SIGNAL_MS):
        pass                          # the feedback's partners were asked for first
    assert feedback.model.rowCount() > 0 and feedback.ok.isEnabled()
    assert reminders.model.rowCount() > 0 and reminders.ok.isEnabled()


@pytest.mark.parametrize("make", [lambda data: FeedbackDialog(data, "Lägesbild"),
                                  RemindersDialog, NationalReferencesDialog],
                         ids=["feedback", "reminders", "references"])
def test_an_answer_after_the_dialog_was_deleted_touches_nothing(qtbot, data, make):
    dialog = make(data)
    shiboken6.delete(dialog)          # closed with its window before the worker answered
    with qtbot.waitSignal(data.runner.idle, timeout=SIGNAL_MS):
        pass                          # a touched widget would raise here, failing the test
