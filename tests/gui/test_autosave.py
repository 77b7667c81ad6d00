"""The one autosave, on a clock the test turns: text is saved half a second after the last key
and, while typing goes on without a pause, at the latest 0.8 s after the first unsaved key —
in every editor. The clock replaces the autosave's timers, so a busy machine changes nothing,
and an editor that still saved through a timer of its own would save nothing here."""
from dataclasses import dataclass
from typing import Callable

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtTest import QTest

from brastod.core.plan_rules import Link
from brastod.core.services import annual_reports, meetings, plan_chain, situation_reports
from brastod.gui.widgets import autosave
from brastod.gui.widgets.autosave import DEADLINE_MS, PAUSE_MS, AutoSave
from tests.gui import panes
from tests.gui.data_for import data_for

KEY_MS = 100          # a key every tenth of a second: never a pause
KEYS = 20             # two seconds of typing


class Clock:
    def __init__(self):
        self.now = 0
        self.timers: list["FakeTimer"] = []

    def advance(self, ms: int) -> None:
        """Time moves on by ``ms``; the timers due meanwhile fire in order."""
        end = self.now + ms
        while True:
            due = [t for t in self.timers if t.active and t.due_at <= end]
            if not due:
                break
            timer = min(due, key=lambda t: t.due_at)
            self.now, timer.active = timer.due_at, False
            timer.timeout.emit()
        self.now = end


class FakeTimer(QObject):
    timeout = Signal()
    clock: Clock

    def __init__(self, parent=None, singleShot=True, interval=0):
        super().__init__(parent)
        self.interval, self.active, self.due_at = interval, False, 0
        self.clock.timers.append(self)

    def start(self) -> None:
        self.active, self.due_at = True, self.clock.now + self.interval

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active


@pytest.fixture
def clock(monkeypatch):
    ticking = Clock()
    monkeypatch.setattr(autosave, "QTimer", type("Timer", (FakeTimer,), {"clock": ticking}))
    return ticking


# ---- the autosave itself ----
def test_a_pause_saves_half_a_second_after_the_last_key(qtbot, clock):
    saver, due = AutoSave(), []
    saver.due.connect(lambda: due.append(clock.now))
    for _ in range(3):
        saver.typed()
        clock.advance(KEY_MS)
    clock.advance(PAUSE_MS)
    assert due == [2 * KEY_MS + PAUSE_MS]
    assert not saver.pending


def test_steady_typing_is_saved_at_the_deadline_and_again_after_it(qtbot, clock):
    saver, due = AutoSave(), []
    saver.due.connect(lambda: due.append(clock.now))
    for _ in range(KEYS):
        saver.typed()
        clock.advance(KEY_MS)
    assert due == [DEADLINE_MS, 2 * DEADLINE_MS]
    clock.advance(PAUSE_MS)
    assert due[-1] == (KEYS - 1) * KEY_MS + PAUSE_MS


def test_a_choice_is_saved_at_once_and_flush_only_saves_what_waits(qtbot, clock):
    saver, due = AutoSave(), []
    saver.due.connect(lambda: due.append(clock.now))
    saver.flush()
    assert due == []                  # nothing waited
    saver.changed()
    assert due == [0]
    saver.typed()
    saver.flush()
    assert due == [0, 0] and not saver.pending
    saver.typed()
    saver.cancel()
    clock.advance(DEADLINE_MS)
    assert due == [0, 0]              # cancelled: the editor filled the field itself


# ---- every editor ----
@dataclass(frozen=True)
class Editor:
    name: str
    module: object            # the service module (or object) the editor saves through …
    function: str             # … and the function
    field: Callable           # (qtbot, data, db) -> the pane and the widget typed in


def _pane_and(pane, field: str):
    return pane, getattr(pane, field)


def _chain_field(link: Link, field: Callable):
    def build(qtbot, data, db):
        pane = panes.chain_pane(qtbot, data, db)
        panes.choose(pane, link)
        return pane, field(pane)
    return build


def _meeting_field(index: int, field: Callable):
    def build(qtbot, data, db):
        pane = panes.meeting_panes(qtbot, data, db)[index]
        return pane, field(pane)
    return build


EDITORS = [
    Editor("lägesbildens text", situation_reports.SECTIONS, "save",
           lambda qtbot, data, db: _pane_and(panes.sections_pane(qtbot, data, db), "editor")),
    Editor("verksamhetsberättelsens text", annual_reports.SECTIONS, "save",
           lambda qtbot, data, db: _pane_and(panes.annual_sections_pane(qtbot, data, db),
                                             "editor")),
    Editor("områdesbedömning", situation_reports, "save_assessment",
           lambda qtbot, data, db: _pane_and(panes.assessments_pane(qtbot, data, db),
                                             "motivation")),
    Editor("utvald händelse", situation_reports, "pin_incident",
           lambda qtbot, data, db: _pane_and(panes.pinned_pane(qtbot, data, db), "note")),
    Editor("problem", plan_chain, "update_problem",
           _chain_field(Link.PROBLEM, lambda pane: pane.ui.problemDescription)),
    Editor("orsak", plan_chain, "update_cause",
           _chain_field(Link.CAUSE, lambda pane: pane.ui.causeDescription)),
    Editor("mål", plan_chain, "update_goal",
           _chain_field(Link.GOAL, lambda pane: pane.goal_form.ui.description)),
    Editor("åtgärd", plan_chain, "update_action",
           _chain_field(Link.ACTION, lambda pane: pane.action_form.ui.title)),
    Editor("uppföljning", plan_chain, "update_follow_up",
           _chain_field(Link.FOLLOW_UP, lambda pane: pane.follow_up_form.ui.note)),
    Editor("mötets uppgifter", meetings, "update_meeting",
           _meeting_field(1, lambda pane: pane.form.ui.place)),
    Editor("närvaro", meetings, "set_attendance",
           _meeting_field(2, lambda pane: pane.ui.note)),
    Editor("protokoll", meetings, "save_item",
           _meeting_field(3, lambda pane: pane.ui.minutes)),
]


@pytest.mark.parametrize("editor", EDITORS, ids=lambda e: e.name)
def test_steady_typing_is_saved_before_it_stops(qtbot, tasks, demo_db, clock, monkeypatch,
                                                editor):
    saves = []
    service = getattr(editor.module, editor.function)

    def recorded(*args, **kwargs):
        saves.append(clock.now)
        return service(*args, **kwargs)
    monkeypatch.setattr(editor.module, editor.function, recorded)
    _pane, field = editor.field(qtbot, data_for(tasks, demo_db), demo_db)
    saves.clear()                                     # what setting up the editor saved
    field.setFocus()
    keys = []
    for _ in range(KEYS):
        keys.append(clock.now)
        QTest.keyClicks(field, "x")
        clock.advance(KEY_MS)
    typing_stopped = clock.now
    assert saves and saves[0] < typing_stopped, "inget sparades medan det skrevs"
    clock.advance(PAUSE_MS)
    assert saves[-1] == keys[-1] + PAUSE_MS           # the last keys, after the pause
    # No key waited longer than the deadline for a save that holds it.
    assert all(any(key < saved <= key + DEADLINE_MS for saved in saves) for key in keys), \
        (keys, saves)


def test_steady_typing_in_the_plan_form_asks_for_a_save_before_it_stops(qtbot, clock):
    """Uppgifter is saved by its tab when the form says a save is due (``edited``)."""
    from brastod.gui.plan_editor.plan_form import PlanForm
    form = PlanForm()
    qtbot.addWidget(form)
    due = []
    form.edited.connect(lambda: due.append(clock.now))
    for _ in range(KEYS):
        QTest.keyClicks(form.ui.title, "x")
        clock.advance(KEY_MS)
    assert due == [DEADLINE_MS, 2 * DEADLINE_MS]
