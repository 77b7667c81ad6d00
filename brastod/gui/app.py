"""Starting the GUI: Qt set-up, logging and crash dialog, one instance per database, the first
start, and switching databases from the Arkiv menu.

The window is shown before anything heavy is imported, with a page per tab that says the
database is being opened. Once it is painted, the database layer is imported and the file opened
on the worker thread (begun before the first paint, the worker's imports held the interpreter
lock the paint needed, 10–25 ms later); then the tabs are built, one per event-loop turn, and
fill in. (Not meanwhile: the two take turns at the interpreter lock, and the tabs took 0.6–1.6 s
beside the worker's imports against 0.2 s alone.)
"""
import importlib
import logging
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from brastod import APP_NAME, __version__
from brastod.core.server import is_server
from brastod.core.errors import BrastodError
from brastod.gui.data import Data
from brastod.core.logs import log_file, setup_logging
from brastod.core.paths import resource
from brastod.gui.logs import install_excepthook
from brastod.gui.main_window import SWITCH, MainWindow
from brastod.gui.single_instance import SingleInstance
from brastod.gui.tasks import GuiThreadWaiter, TaskRunner

log = logging.getLogger(__name__)


def make_qapplication(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Brastod")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "brastod.png"))))
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)   # Swedish texts in Qt's own dialogs (Avbryt, Ja, Nej …)
    if translator.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return app


# What MainWindow._build_tab and the tabs' first loads import: half a second of modules at
# start, loaded on the worker while the window waits for the database, rather than on the GUI
# thread when the tabs are built.
TAB_MODULES = ("brastod.gui.tabs.action_plan", "brastod.gui.tabs.annual_report",
               "brastod.gui.tabs.calendar", "brastod.gui.tabs.reports",
               "brastod.gui.tabs.situation_report", "brastod.core.services.registers")
UNPAINTED_MS = 250      # the database is opened after the first paint, or after this at most
                        # (a window started minimised is not painted)


def _open_at_start(target: Path | str, create: bool):
    from brastod.core.backups import open_at_start    # the database layer, imported on the worker
    opened = open_at_start(target, create)
    for name in TAB_MODULES:
        importlib.import_module(name)
    return opened


class _NoLock(QObject):
    """In place of the single-instance lock for a server database, which many open at once."""

    activated = Signal()    # never: no second Brastöd asks this one to come forward

    def close(self) -> None:
        pass


class _FirstPaint(QObject):
    """Emits ``painted`` once, when the window is first exposed (Qt paints it right then)."""

    painted = Signal()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class Application(QObject):
    """Owns the open database, its single-instance lock and the main window."""

    shown = Signal()    # the first window has been painted (``run`` reports it for timing)
    opening = Signal()  # … and the database is being opened: what waited for the paint may go

    def __init__(self, log_path: Path | None, today: date | None = None):
        """``log_path`` None: the user's own log file (found when a crash shows it)."""
        super().__init__()
        self.log_path, self.today = log_path, today
        self.db = None
        self.window: MainWindow | None = None
        self.lock: SingleInstance | None = None
        self.tasks = TaskRunner(self)

    def start(self, target: Path | str) -> bool:
        """Show the window at once and open ``target`` (a file or a server address) behind it.
        False if another Brastöd already has this file (it has been brought to the front)."""
        lock = self._lock(target)
        if lock is None:
            return False
        self.window = window = self._new_window(tabs_later=True)
        first_paint = _FirstPaint(window)
        first_paint.painted.connect(self.shown)
        window.winId()      # its QWindow, to be watched from the first expose on
        window.windowHandle().installEventFilter(first_paint)
        window.show()
        opening = []

        def open_once() -> None:
            if not opening:
                opening.append(target)
                self._open(target, True, lock)
                self.opening.emit()
        first_paint.painted.connect(open_once)
        QTimer.singleShot(UNPAINTED_MS, self, open_once)
        if self.tasks.synchronous:      # tests: all of it in this call, as each task runs
            open_once()
        return True

    def open(self, target: Path | str, create: bool = False) -> None:
        """Switch to another database (Arkiv → Ny/Öppna/Anslut till server); the current one
        stays on failure."""
        if self.db is not None and self.db.path is not None and not is_server(target) \
                and Path(target).resolve() == self.db.path:
            return
        if self.db is not None and not self.window.leave(SWITCH, lambda: self.open(target,
                                                                                   create)):
            return      # writes wait for the server: switched once they are saved, if asked
        lock = self._lock(target)
        if lock is not None:
            self._open(target, create, lock)

    def _lock(self, path: Path | str) -> SingleInstance | _NoLock | None:
        if is_server(path):
            return _NoLock(self)
        lock = SingleInstance(path, self)
        if lock.another_is_running():
            QMessageBox.information(self.window, APP_NAME, f"{APP_NAME} är redan öppet med "
                                    f"databasen {path}. Det fönstret har tagits fram.")
            return None
        return lock

    def _new_window(self, tabs_later: bool = False) -> MainWindow:
        window = MainWindow(Data(self.tasks, self.today), tabs_later)
        window.open_requested.connect(self.open)
        window.restore_requested.connect(self.restore)
        return window

    def _open(self, path: Path | str, create: bool, lock: SingleInstance | _NoLock) -> None:
        self.tasks.run(lambda ctx: _open_at_start(path, create),
                       on_done=lambda result: self._opened(*result, lock),
                       on_error=lambda error: self._failed(error, lock))

    def _failed(self, error: BrastodError, lock: SingleInstance) -> None:
        from brastod.core.errors import DamagedDatabase
        if isinstance(error, DamagedDatabase) and error.backup is not None:
            if self._offer_backup(error, lock):
                return
        lock.close()
        QMessageBox.critical(self.window, APP_NAME, str(error))
        if self.db is None and self.window is not None:   # nothing else to show: quit
            self.window.close()

    def restore(self, backup: Path) -> None:
        """Puts ``backup`` in place of the open database (on the worker, which waits for the
        lock if another program writes), then every tab reloads; on failure the database is
        as it was."""
        window, path = self.window, self.db.path
        window.save_state()         # typing waiting for its moment is saved (and kept) first
        self._restore(path, backup, window.restored, lambda: None)

    def _restore(self, path: Path, backup: Path, on_done, after_failure) -> None:
        """The restore on the worker, keeping the gallring (retention.restore); ``on_done``
        gets its ``Restored``; a refusal is said, then ``after_failure()``."""
        from brastod.core.services.retention import restore

        def failed(error: BrastodError) -> None:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            after_failure()
        self.tasks.run(lambda ctx: restore(path, backup), on_done=on_done, on_error=failed,
                       label="Återställer databasen …", parent=self.window)

    def _offer_backup(self, error, lock: SingleInstance) -> bool:
        """Offers the newest sound backup in place of a damaged database; True when it is
        being restored and opened."""
        backup = error.backup
        answer = QMessageBox.question(
            self.window, APP_NAME,
            f"{error}\n\nDen senaste hela säkerhetskopian är från "
            f"{backup.taken:%Y-%m-%d %H:%M}. Vill du återställa den? Den skadade filen sparas "
            "bland säkerhetskopiorna.", QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path = Path(error.path)
        self._restore(path, backup.path, lambda _restored: self._open(path, False, lock),
                      lambda: self._open(path, False, lock))
        return True

    def _opened(self, db, initialized: bool, lock: SingleInstance) -> None:
        from brastod.core import lock_wait      # imported with the database, on the worker
        lock_wait.report_to(GuiThreadWaiter())   # the database calls made on this thread
        if initialized:
            self._show(db, lock)
            return
        from brastod.gui.dialogs.first_start import FirstStartDialog
        dialog = FirstStartDialog(self.window)
        if not dialog.exec():
            db.close()
            lock.close()
            if self.db is None and self.window is not None:
                self.window.close()
            return
        if dialog.wants_demo:
            from brastod.core.demo import fill_demo
            today = self.today
            self.tasks.run(lambda ctx: fill_demo(db, today),
                           on_done=lambda _: self._show(db, lock),
                           label="Lägger in exempeldata …", parent=self.window)
        else:
            from brastod.core.services.setup import initialize
            name = dialog.municipality_name
            self.tasks.run(lambda ctx: initialize(db, name),
                           on_done=lambda _: self._show(db, lock),
                           on_error=lambda error: (db.close(), self._failed(error, lock)))

    def _show(self, db, lock: SingleInstance) -> None:
        """Put ``db`` in the window (a fresh window when switching databases)."""
        old_db, old_lock, old_window = self.db, self.lock, None
        if old_db is not None and not self.window.leave(
                SWITCH, lambda: self._show(db, lock), lambda: (db.close(), lock.close())):
            return      # a write met the lost server while the other database opened
        if old_db is not None:
            old_window, self.window = self.window, self._new_window()
        self.db, self.lock = db, lock
        lock.activated.connect(self._raise)
        self.window.attach(db)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
            old_db.close()
            old_lock.close()

    def _raise(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def show_crash(self, details: str) -> None:
        from brastod.gui.dialogs.crash import CrashDialog
        CrashDialog(details, str(self.log_path or log_file()), self.window).exec()


class _Pauses(QObject):
    """The longest the GUI thread went without turning its event loop (a tick every 5 ms),
    from ``start`` on: what the user would feel as the window not answering."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.longest, self._last = 0.0, 0.0
        self._tick = QTimer(self, interval=5)
        self._tick.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._tick.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest, self._last = max(self.longest, now - self._last), now


def _ready(app: QApplication, window: MainWindow, visit_tabs: bool, pauses: _Pauses) -> None:
    print(f"pause {pauses.longest:.4f}", flush=True)
    if visit_tabs:
        for index in range(window.ui.tabs.count()):
            window.ui.tabs.setCurrentIndex(index)
            app.processEvents()
            print("tab", window.ui.tabs.tabText(index).replace("&", ""), flush=True)
    print("ready", flush=True)
    app.quit()


def run(db_path: Path | str, quit_when_ready: bool = False, visit_tabs: bool = False) -> int:
    """The GUI's entry point. With ``quit_when_ready`` (benchmarks, smoke tests) it prints
    "shown" when the window is first painted and "ready" when every tab has its data, then quits;
    before "ready", "pause S": the longest the GUI thread was held between the two (seconds).
    ``visit_tabs`` first shows each tab in turn and prints its name."""
    app = make_qapplication(sys.argv)
    controller = Application(None)
    install_excepthook(controller.show_crash, lambda text: QMessageBox.warning(
        controller.window, APP_NAME, text))
    controller.opening.connect(lambda: (setup_logging(), log.info(
        "%s %s startar med %s", APP_NAME, __version__, db_path)))
    pauses = _Pauses(controller)
    if quit_when_ready:
        controller.shown.connect(lambda: (print("shown", flush=True), pauses.start()))
    if not controller.start(db_path if is_server(db_path) else Path(db_path)):
        return 1
    if quit_when_ready:
        controller.window.ready.connect(lambda: _ready(app, controller.window, visit_tabs,
                                                       pauses))
    code = app.exec()
    if controller.db is not None:
        controller.db.close()
    return code if controller.db is not None else 1
