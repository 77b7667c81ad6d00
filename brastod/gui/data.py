"""The window's only way to the database.

Widgets never hold a ``Database``: they hold the window's ``Data`` and ask it to run service
functions, which it always does on the task runner's worker, with the database passed in there.
So no widget can touch the database on the GUI thread, where a second writer holding the lock
would freeze the window for the busy timeout.

    data.call(get_plan, plan_id, on_done=self._show_plan)
    data.run(lambda db, ctx: (get_report(db, i), report_figures(db, i)), on_done=...)
    data.call(update_plan, plan_id, values, on_done=..., changes=Topic.PLANS, origin=self)

A write names what it changed (``changes``); once it is done, ``changed`` tells every tab and
the status bar, which reload what shows it (``origin`` is the widget that made the change, so
that it need not hear of its own change twice). ``today`` is the one "today" of the window.

Failures follow one policy (see tasks.py): ``on_error`` gets only a BrastodError (something
the user can act on, in Swedish); without one, the window shows it. Anything else is a bug: it
goes to the log and the crash dialog.
"""
import enum
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from brastod.gui.tasks import TaskContext, TaskRunner


class Topic(enum.Flag):
    INCIDENTS = enum.auto()     # imported, edited, purged incidents (and the import history)
    REPORTS = enum.auto()       # lägesbilder
    PLANS = enum.auto()         # plans, their chains, actions and follow-ups
    MEETINGS = enum.auto()      # meetings, series, attendance, agenda, decisions
    REGISTERS = enum.auto()     # municipality, areas, partners, categories, police types
    ANNUAL = enum.auto()        # verksamhetsberättelser and delårsrapporter
    ALL = INCIDENTS | REPORTS | PLANS | MEETINGS | REGISTERS | ANNUAL


class Data(QObject):
    changed = Signal(object, object)    # Topic, the widget that made the change (or None)
    attached = Signal()                 # a database is open (again: after switching files)

    def __init__(self, runner: TaskRunner, today: date | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.today = today or date.today()
        self._db = None
        self.role = "samordnare"    # the login's role (gui/roles.py), set by the window

    def attach(self, db) -> None:
        self._db = db
        self.attached.emit()

    @property
    def open(self) -> bool:
        return self._db is not None

    @property
    def path(self) -> Path | None:
        return self._db.path if self._db is not None else None

    @property
    def name(self) -> str | None:
        """The open database as messages name it: its file, or its server database."""
        return self._db.name if self._db is not None else None

    def run(self, job: Callable[[Any, TaskContext], Any], *,
            on_done: Callable[[Any], None] = lambda _: None,
            on_error: Callable[[BaseException], None] | None = None,
            changes: Topic | None = None, origin: QObject | None = None,
            label: str | None = None, parent: QWidget | None = None) -> TaskContext:
        """``job(db, ctx)`` on the worker; ``on_done(result)`` on the GUI thread."""
        db = self._db
        if db is None:
            raise RuntimeError("Ingen databas är öppen")

        def done(result):
            try:
                on_done(result)
            finally:
                if changes:
                    self.changed.emit(changes, origin)
        return self.runner.run(lambda ctx: job(db, ctx), on_done=done, on_error=on_error,
                               label=label, parent=parent)

    def call(self, function: Callable[..., Any], *args, on_done=lambda _: None,
             on_error=None, changes: Topic | None = None, origin: QObject | None = None,
             label: str | None = None, parent: QWidget | None = None, **kwargs) -> TaskContext:
        """``function(db, *args, **kwargs)`` on the worker (a service function)."""
        return self.run(lambda db, ctx: function(db, *args, **kwargs), on_done=on_done,
                        on_error=on_error, changes=changes, origin=origin, label=label,
                        parent=parent)
