"""Removing many incidents at once in the window (an import undone, gallring) and replacing a
survey's year: the question says what someone else changed by hand, and a change made while the
question was open is said and asked about again, never removed or replaced unseen (issue 18).
anna (tests/gui/conftest.py) is the second writer, another program on the same file."""
import pytest

from brastod.core.services import import_history
from brastod.gui.data import Topic
from brastod.gui.dialogs.confirm import choose
from brastod.gui.dialogs.import_history import ImportHistoryDialog
from tests.core.test_bulk_removals import edit, of_batch
from tests.gui.data_for import announcing


@pytest.fixture
def data(tasks, demo_db):
    return announcing(tasks, demo_db)


@pytest.fixture
def history(qtbot, data):
    dialog = ImportHistoryDialog(data)
    qtbot.addWidget(dialog)
    return dialog


def answering(monkeypatch, answers, then=lambda: None):
    """The undo's questions, recorded; each is answered by the next of ``answers`` (an index
    of the choices, None for Avbryt), after ``then()`` (what happens while it is open)."""
    asked = []

    def choose(parent, question, choices):
        asked.append((question, choices))
        then()
        return answers[len(asked) - 1]
    monkeypatch.setattr("brastod.gui.dialogs.import_history.choose", choose)
    return asked


def test_the_undo_says_who_changed_its_incidents_and_keeps_them_when_asked(
        qtbot, history, data, demo_db, anna, monkeypatch):
    batch = history.selected().id
    ids = of_batch(demo_db, batch)
    anna(edit, ids[0], place="Torget")
    asked = answering(monkeypatch, [1])
    with qtbot.waitSignal(history.changed):
        history.ui.undoButton.click()
    (question, choices), = asked
    assert "1 av dem har ändrats för hand: 1 av anna.berg (senast " in question
    assert choices == (f"Ta bort alla {len(ids)}", f"Ta bort {len(ids) - 1}, behåll de 1 ändrade")
    assert of_batch(demo_db, batch) == [ids[0]] and data.announced == [Topic.INCIDENTS]
    assert history.selected().undone_at is not None and history.selected().incidents_now == 1


def test_a_change_while_the_undo_is_asked_about_is_said_and_asked_again(
        qtbot, history, data, demo_db, anna, monkeypatch):
    batch = history.selected().id
    ids = of_batch(demo_db, batch)
    # anna's save runs as a task: the guard against the GUI thread's own sessions lets it be
    changes = iter([lambda: data.runner.run(lambda ctx: anna(edit, ids[1], count=4),
                                            on_done=lambda _: None),
                    lambda: None])
    asked = answering(monkeypatch, [0, None], then=lambda: next(changes)())
    anna(edit, ids[0], place="Torget")
    history.ui.undoButton.click()
    qtbot.waitUntil(lambda: len(asked) == 2 and history.ui.undoButton.isEnabled())
    again = asked[1][0]
    assert again.startswith("anna.berg ändrade en av importens händelser kl. ")
    assert "Inget togs bort. Här är frågan igen, med ändringen medräknad." in again
    assert "2 av dem har ändrats för hand: 2 av anna.berg" in again
    assert of_batch(demo_db, batch) == ids and data.announced == []   # Avbryt: all still there
    assert import_history.plan_undo(demo_db, batch).incidents == len(ids)


def test_a_choice_is_the_button_clicked_and_avbryt_none(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click(text):
        box = QApplication.activeModalWidget()
        next(button for button in box.buttons() if button.text() == text).click()
    for text, expected in (("Behåll", 1), ("Ta bort", 0), ("Avbryt", None)):
        QTimer.singleShot(0, lambda: click(text))
        assert choose(None, "Ångra?", ("Ta bort", "Behåll")) == expected


# ---- gallring ----

def test_gallring_says_who_changed_what_it_removes_and_asks_again_after_a_change(
        window, demo_db, anna, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    from tests.core.test_bulk_removals import MONTHS, before_cutoff, old
    first, second = old(demo_db)
    anna(edit, first, place="Torget")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (MONTHS, True))
    asked = []
    changes = iter([lambda: window.data.runner.run(lambda ctx: anna(edit, second, count=4),
                                                   on_done=lambda _: None)])

    def question(parent, title, text, *rest):
        asked.append(text)
        next(changes, lambda: None)()         # anna saves while the first question is open
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", question)
    window.ui.actionPurge.trigger()
    assert len(asked) == 2                      # the synchronous runner: all done by now
    assert "1 av dem har ändrats för hand: 1 av anna.berg (senast " in asked[0]
    assert asked[1].startswith("anna.berg ändrade en av händelserna före 2025-11-")
    assert "Inget togs bort. Här är frågan igen, med ändringen medräknad." in asked[1]
    assert "2 av dem har ändrats för hand: 2 av anna.berg" in asked[1]
    assert before_cutoff(demo_db) == 0 and message_boxes == []
    assert "är gallrade" in window.ui.statusbar.currentMessage()


# ---- a survey's year ----

def test_a_year_someone_saved_after_the_file_was_opened_is_asked_about(
        qtbot, data, demo_db, anna, monkeypatch):
    from dataclasses import replace

    from brastod.core.services import surveys
    from brastod.gui.dialogs.survey import SurveyDialog
    from tests.core.test_bulk_removals import EXAMPLE_SURVEY, counted, seen
    dialog = SurveyDialog(data, EXAMPLE_SURVEY)
    qtbot.addWidget(dialog)
    dialog.ui.year.setValue(2026)
    assert dialog.save_button.isEnabled()
    anna(surveys.save_survey, replace(counted(demo_db), file_name="annas.xlsx"), 2026)
    answers, asked = iter([False, True]), []
    monkeypatch.setattr("brastod.gui.dialogs.survey.ask",
                        lambda parent, question: asked.append(question) or next(answers))
    dialog.accept()                                       # Nej: nothing replaced, still open
    assert asked[0].startswith(f"anna.berg sparade {surveys.DEFAULT_INDICATOR} för 2026 från "
                               "annas.xlsx kl. ")
    assert asked[0].endswith(", efter att du öppnade din fil. Ersätta det med din fil?")
    assert dialog.ui.error.text().endswith("Inget ersattes. Klicka på Spara igen om din fil "
                                           "ändå ska ersätta det.")
    assert dialog.save_button.isEnabled()
    assert seen(demo_db, 2026).survey[0] == "annas.xlsx" and data.announced == []
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()                                   # asked again: Ja
    assert len(asked) == 2 and seen(demo_db, 2026).survey[0] == EXAMPLE_SURVEY.name
    assert data.announced == [Topic.REPORTS]



def test_the_history_shows_every_column_on_a_1366_wide_screen(qtbot, history):
    """Ångrad, the last column, was behind a scroll bar at the dialog's size."""
    history.show()
    qtbot.waitExposed(history)
    assert history.width() <= 1366
    assert not history.ui.table.horizontalScrollBar().isVisible()
