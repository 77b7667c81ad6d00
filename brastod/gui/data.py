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

A lost connection to the server is not a failure to show but a state (``connection``): the
write that met it is held, with every write after it, and the server is tried again every
``RETRY_MS`` on the worker; once it answers, the held writes run again in order, and every tab
reloads (a read that met the loss is simply redone). A held write that then fails for another
reason is told as any failure is. While the connection is lost, reads are not sent. An idle
window learns of the loss from the follower of others' changes (``doubt``), whose connection
fails as soon as the server goes.

Each write on a server carries a token that its transaction records (core/server.py
``receipt``): one that met the loss is sent again only if its token is not on the server, since
the connection may have broken after the COMMIT landed. One found there is not made twice. Its
answer (a new id, the rows read after the save) was lost with the connection, so it ends as
``SavedBefore``, a BrastodError saying so, which every write's ``on_error`` already tidies up
after (``on_done`` would be handed nothing it could use), and the reload after the replay shows
what it did. The receipt stands for the whole job because a write job commits one transaction
that writes (a read after it, as a register's list after its save, may be a transaction of its
own): tests/gui/one_transaction.py holds every write the GUI tests send to that.
"""
import enum
import logging
import uuid
from collections import deque
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from brastod.core.errors import BrastodError
from brastod.core.server import ConnectionLost, receipt, received, refusal
from brastod.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

RETRY_MS = 3000
LOST = ("Förbindelsen med servern bröts. Brastöd försöker ansluta igen … Det du skriver sparas "
        "när förbindelsen är tillbaka.")
BACK = "Förbindelsen är tillbaka."
SAVED_BEFORE = ("Ändringen hann sparas innan förbindelsen med servern bröts, så den sparades "
                "inte en gång till. Fönstret visar nu det som är sparat.")


class SavedBefore(BrastodError):
    """A held write whose receipt is on the server: its COMMIT landed before the loss."""


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
    connection = Signal(bool)           # the server's connection is lost (False) or back (True)

    def __init__(self, runner: TaskRunner, today: date | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.today = today or date.today()
        self._db = None
        self.lost = False
        self._held: deque[_Write] = deque()     # writes waiting for the connection, in order
        self._replaying = False
        self.refused_on_replay = 0      # held writes the server then refused, since it returned
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._try_again)
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
        if self._db is None:
            raise RuntimeError("Ingen databas är öppen")
        if changes:
            return self._write(_Write(job, on_done, on_error, changes, origin, label, parent))
        if self.lost:
            return TaskContext()        # redone by the reload once the connection is back
        return self._send(job, on_done, on_error, label, parent, lambda: None)

    def _write(self, write: "_Write") -> TaskContext:
        if self.lost or self._held or self._replaying:   # behind those waiting, never before
            self._held.append(write)
            return write.ctx

        def done(result):
            try:
                write.on_done(result)
            finally:
                self.changed.emit(write.changes, write.origin)
        return self._send(write.job, done, write.on_error, write.label, write.parent,
                          lambda: self._held.append(write), write.ctx, write)

    def _send(self, job, on_done, on_error, label, parent, on_lost,
              ctx: TaskContext | None = None, write: "_Write | None" = None) -> TaskContext:
        db = self._db

        def work(task_ctx: TaskContext):
            try:
                if db.server is None or write is None:
                    return job(db, task_ctx)
                with receipt(write.token):
                    if write.sent and received(db.engine, write.token):
                        log.info("En ändring som förbindelsen bröts under var redan sparad")
                        raise SavedBefore(SAVED_BEFORE)
                    write.sent = True
                    return job(db, task_ctx)
            except BrastodError:
                raise
            except Exception as error:
                if db.server is None:
                    raise
                if _lost(error):
                    log.info("Förbindelsen bröts mitt i en uppgift: %r", error)
                    raise ConnectionLost(LOST) from None
                better = refusal(error, db.name)     # met outside the services' sessions
                if better is not None:
                    raise better from None
                raise

        def failed(error: BrastodError) -> None:
            if db is self._db and db.server is not None and isinstance(error, ConnectionLost):
                on_lost()
                self._lose(error)
            elif on_error is not None:
                on_error(error)
            else:
                self.runner.refuse(error)
        return self.runner.run(work, on_done=on_done, on_error=failed, label=label,
                               parent=parent, ctx=ctx)

    @property
    def unsaved(self) -> int:
        """How many writes wait for the connection to come back."""
        return len(self._held)

    def doubt(self) -> None:
        """Something else has lost its connection to the server (the follower of others'
        changes): whether this one is lost too is asked at once, so that an idle window shows
        it without waiting for its next save."""
        db = self._db
        if db is None or db.server is None or self.lost:
            return
        self.runner.run(lambda ctx: _ping(db), on_done=lambda _: None,
                        on_error=lambda error: self._lose(error) if db is self._db else None)

    def retry_now(self) -> None:
        """The server answers again (the follower is back): tried at once, not at the next
        ``RETRY_MS``."""
        if self.lost and self._retry.isActive():
            self._retry.stop()
            self._try_again()

    def _lose(self, error: BaseException) -> None:
        self._replaying = False
        if not self.lost:
            log.warning("Förbindelsen med %s bröts: %s", self.name, error)
            self.lost = True
            self.connection.emit(False)
        self._retry.start()

    def _try_again(self) -> None:
        db = self._db
        if db is None or not self.lost:
            return
        self.runner.run(lambda ctx: _ping(db), on_done=lambda _: self._back(db),
                        on_error=lambda _error: self._retry.start() if db is self._db else None)

    def _back(self, db) -> None:
        if db is not self._db or not self.lost:
            return
        log.info("Förbindelsen med %s är tillbaka; %d ändringar sparas nu", self.name,
                 len(self._held))
        self.lost = False
        self._replaying = True
        self.refused_on_replay = 0
        self._replay()

    def _replay(self) -> None:
        """The held writes, one after the other (the next once the one before is done)."""
        if not self._replaying:
            return                      # lost again: the rest waits for the next return
        if not self._held:
            self._replaying = False
            self.connection.emit(True)
            self.changed.emit(Topic.ALL, None)
            return
        write = self._held.popleft()
        self._send(write.job, lambda result: self._replayed(write, result),
                   lambda error: self._replay_failed(write, error), write.label, write.parent,
                   lambda: self._held.appendleft(write), write.ctx, write)    # first again

    def _replayed(self, write: "_Write", result) -> None:
        try:
            write.on_done(result)
        finally:
            self.changed.emit(write.changes, write.origin)
            self._replay()

    def _replay_failed(self, write: "_Write", error: BrastodError) -> None:
        if not isinstance(error, SavedBefore):      # saved, not refused: nothing to read first
            self.refused_on_replay += 1
        try:
            if write.on_error is not None:
                write.on_error(error)
            else:
                self.runner.refuse(error)
        finally:
            self._replay()

    def call(self, function: Callable[..., Any], *args, on_done=lambda _: None,
             on_error=None, changes: Topic | None = None, origin: QObject | None = None,
             label: str | None = None, parent: QWidget | None = None, **kwargs) -> TaskContext:
        """``function(db, *args, **kwargs)`` on the worker (a service function)."""
        return self.run(lambda db, ctx: function(db, *args, **kwargs), on_done=on_done,
                        on_error=on_error, changes=changes, origin=origin, label=label,
                        parent=parent)


class _Write:
    """A task that changes something, kept until it has been done."""

    def __init__(self, job, on_done, on_error, changes, origin, label, parent):
        self.job, self.on_done, self.on_error = job, on_done, on_error
        self.changes, self.origin, self.label, self.parent = changes, origin, label, parent
        self.ctx = TaskContext()
        self.token = uuid.uuid4()   # its receipt on the server (core/server.py)
        self.sent = False           # once sent, it may have landed: asked before it is again


def _lost(error: BaseException) -> bool:
    from brastod.core.server import is_connect_error
    return is_connect_error(error) or bool(getattr(error, "connection_invalidated", False))


def _ping(db) -> None:
    from brastod.core.server import ping
    ping(db.engine, db.name)
