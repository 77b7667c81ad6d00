"""Date fields take a date typed as it is written, and an empty optional one ("–") can be
typed into and picked from a calendar that opens at today, without saving anything when it is
only passed through."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from brastod.gui.plan_editor.forms import GoalForm
from brastod.gui.widgets.fields import NO_DATE, read_date, write_date


@pytest.fixture
def form(qtbot):
    """A goal form (its Senast is an optional date) beside a field to move the focus to."""
    window = QWidget()
    layout = QVBoxLayout(window)
    goal = GoalForm()
    window.other = QLineEdit()
    layout.addWidget(window.other)
    layout.addWidget(goal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    goal.window_ = window
    return goal


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_date_typed_with_dashes_into_an_empty_optional_field_is_that_date(qtbot, form):
    edit = form.ui.deadline
    assert read_date(edit) is None and edit.text() == "–"
    edited = []
    form.edited.connect(lambda: edited.append(read_date(edit)))
    _focus(qtbot, edit)
    QTest.keyClicks(edit, "2026-12-18")
    assert edit.text() == "2026-12-18" and read_date(edit) == date(2026, 12, 18)
    assert edited and edited[-1] == date(2026, 12, 18)


def test_passing_through_an_empty_optional_field_leaves_it_empty_and_saves_nothing(qtbot, form):
    edit = form.ui.deadline
    edited = []
    form.edited.connect(lambda: edited.append(read_date(edit)))
    _focus(qtbot, edit)
    assert edit.date() == QDate.currentDate()       # today shown, to type or pick over …
    assert read_date(edit) is None                  # … but not a value
    _focus(qtbot, form.window_.other)
    assert edit.text() == "–" and edit.date() == NO_DATE and edited == []


def test_the_calendar_of_an_empty_field_opens_at_today_and_today_can_be_picked(qtbot, form):
    edit = form.ui.deadline
    edited = []
    form.edited.connect(lambda: edited.append(read_date(edit)))
    arrow = QPoint(edit.width() - 6, edit.height() // 2)        # the button that opens it
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.clicked.emit(today)
    assert edited == [today.toPython()]


def test_a_date_typed_over_a_filled_field_with_dashes_is_that_date(qtbot, form):
    edit = form.ui.deadline
    write_date(edit, date(2027, 3, 1))
    _focus(qtbot, edit)
    edit.setSelectedSection(edit.Section.YearSection)
    QTest.keyClicks(edit, "2026-12-18")
    assert read_date(edit) == date(2026, 12, 18)
