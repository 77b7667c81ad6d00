"""The one way to run work off the GUI thread.

``runner.run(fn, on_done=..., on_error=...)`` calls ``fn(ctx)`` on a worker thread and delivers
the result (or the exception) to the callbacks on the GUI thread. ``fn`` gets plain data and a
TaskContext — never widgets. One worker at a time, so database writes never overlap. A progress
dialog appears only when a task with a label runs longer than half a second, and can cancel.
While a task waits for the database (another program holds its write lock), ``waiting`` says
so and the dialog reads "Väntar på databasen…"; Avbryt gives up the wait. A BrastodError with
no ``on_error`` to take it (such as the wait running out) is handed to ``refused`` as text;
``on_error`` never sees anything but a BrastodError (see ``_fail``).
With ``synchronous=True`` (tests) the task runs at once in the caller's thread.
"""
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from brastod.core import lock_wait
from brastod.core.errors import BrastodError

log = logging.getLogger(__name__)

WAITING_TEXT = "Väntar på databasen – ett annat program använder den …"


class Cancelled(Exception):
    """Raised inside a task by ``ctx.check()`` once the user has pressed Avbryt."""


class TaskContext:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.progress: Callable[[int, int], None] = lambda done, total: None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    waiting = Signal(bool)


class _LockWaiter:
    """Told by the database layer, on the worker, while the task waits for the write lock."""

    def __init__(self, ctx: TaskContext, signals: _Signals):
        self.ctx, self.signals, self.told = ctx, signals, False

    def waiting(self, seconds: float) -> None:
        if not self.told:
            self.told = True
            self.signals.waiting.emit(True)
        self.ctx.check()

    def resumed(self) -> None:
        if self.told:
            self.told = False
            self.signals.waiting.emit(False)


class GuiThreadWaiter:
    """For the database calls made on the GUI thread itself (every task when the runner is
    synchronous, as in most tests; the window's own work all goes through the worker): while
    one waits for the lock, a modal "Väntar på databasen…" with Avbryt keeps the window
    painted; Avbryt gives up (Cancelled)."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def waiting(self, seconds: float) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(WAITING_TEXT, "Avbryt", 0, 0,
                                          QApplication.activeWindow())
            self.dialog.setWindowTitle("Brastöd")
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.show()
        QApplication.processEvents()
        if self.dialog is not None and self.dialog.wasCanceled():
            raise Cancelled()

    def resumed(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class _Job(QRunnable):
    """The worker's part of a task. It lets go of the task's objects before it says so
    (``released``): the runner holds them until then, so the last reference to each goes on
    the GUI thread. Were it the worker's, a QObject would be deleted there and Qt would
    disconnect what was connected to it there, which once deadlocked against a disconnect the
    GUI thread made at the same moment (PySide holds Qt's lock while it waits for Python's)."""

    def __init__(self, parts: tuple, released: Callable[[], None]):
        super().__init__()
        self.parts, self.released = parts, released
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, ctx, signals = self.parts
        self.parts = None
        try:
            with lock_wait.reported_to(_LockWaiter(ctx, signals)):
                result = fn(ctx)
        except BaseException as error:  # delivered to the GUI thread, never lost
            signals.failed.emit(error)
        else:
            signals.done.emit(result)
            del result
        del fn, ctx, signals
        self.released()


class TaskRunner(QObject):
    idle = Signal()          # emitted when the last running task has delivered its result
    waiting = Signal(bool)   # a task has started (True) or stopped (False) waiting for the lock
    refused = Signal(str)    # a BrastodError that no on_error took, for the window to show
    _released = Signal(object)  # the worker has let go of a task's objects (see _Job)

    def __init__(self, parent: QWidget | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._held: dict[int, tuple] = {}     # each running task's fn, context and signals
        self._released.connect(self._let_go)   # queued: the runner is the GUI thread's

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None,
            label: str | None = None, parent: QWidget | None = None,
            ctx: TaskContext | None = None) -> TaskContext:
        ctx = ctx or TaskContext()
        self._pending += 1
        if self.synchronous:
            try:
                result = fn(ctx)
            except BaseException as error:
                failure = error   # the name "error" is unbound after the except block
                self._finish(lambda _: self._fail(failure, on_error), None)
            else:
                self._finish(on_done, result)
            return ctx
        signals = _Signals()
        dialog = self._progress_dialog(label, parent, ctx) if label else None
        if dialog is not None:
            signals.progress.connect(
                lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
            ctx.progress = signals.progress.emit
            signals.waiting.connect(lambda waiting: dialog.setLabelText(
                WAITING_TEXT if waiting else label), Qt.ConnectionType.QueuedConnection)
        signals.waiting.connect(self.waiting, Qt.ConnectionType.QueuedConnection)
        signals.done.connect(lambda result: self._finish(on_done, result, dialog),
                             Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(
            lambda error: self._finish(lambda _: self._fail(error, on_error), None, dialog),
            Qt.ConnectionType.QueuedConnection)
        parts = (fn, ctx, signals)
        key = id(parts)
        self._held[key] = parts
        self._pool.start(_Job(parts, lambda: self._released.emit(key)))
        return ctx

    def _let_go(self, key: int) -> None:
        del self._held[key]

    def wait(self) -> None:
        """Block until the worker is free (used when closing the window)."""
        self._pool.waitForDone()

    def _progress_dialog(self, label: str, parent: QWidget | None,
                         ctx: TaskContext) -> QProgressDialog:
        dialog = QProgressDialog(label, "Avbryt", 0, 0, parent)
        dialog.setWindowTitle("Brastöd")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(ctx.cancel)
        return dialog

    def _finish(self, callback, value, dialog: QProgressDialog | None = None) -> None:
        if dialog is not None and shiboken6.isValid(dialog):   # gone with its parent window
            dialog.reset()
            dialog.deleteLater()
        try:
            callback(value)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.idle.emit()

    def refuse(self, error: BrastodError) -> None:
        """Have the window show ``error`` (for an ``on_error`` that only tidies up)."""
        self.refused.emit(str(error))

    def _fail(self, error: BaseException, on_error) -> None:
        """The one failure policy: a BrastodError goes to ``on_error`` or, without one, to the
        window in Swedish; anything else is a bug and reaches sys.excepthook (logged, and shown
        in the crash dialog), never a box with driver text."""
        if isinstance(error, Cancelled):
            log.info("Uppgiften avbröts av användaren")
            return
        if not isinstance(error, BrastodError):
            raise error
        if on_error is not None:
            on_error(error)
        else:
            self.refuse(error)
