"""Starting the GUI: Qt set-up, logging and crash dialog, one instance per database, the first
start, and switching databases from the Arkiv menu."""
import logging
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from brastod import APP_NAME, __version__
from brastod.core.db import Database, open_database
from brastod.core.errors import BrastodError
from brastod.core.paths import resource
from brastod.gui.logs import install_excepthook, setup_logging
from brastod.gui.single_instance import SingleInstance
from brastod.gui.tasks import TaskRunner

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


class Application(QObject):
    """Owns the open database, its single-instance lock and the main window."""

    def __init__(self, app: QApplication, log_path: Path, today: date | None = None):
        super().__init__()
        self.app, self.log_path, self.today = app, log_path, today
        self.db: Database | None = None
        self.window = None
        self.lock: SingleInstance | None = None
        self.tasks = TaskRunner(self)

    def open(self, path: Path, create: bool = True) -> bool:
        """Open ``path`` in the main window; False (after telling the user) if it cannot be."""
        lock = SingleInstance(path, self)
        if lock.another_is_running():
            QMessageBox.information(None, APP_NAME, f"{APP_NAME} är redan öppet med databasen "
                                    f"{path}. Det fönstret har tagits fram.")
            return False
        try:
            db = open_database(path, create=create)
        except BrastodError as error:
            lock.close()
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        from brastod.core.services.setup import is_initialized
        if is_initialized(db):
            self._replace(db, lock)
            return True
        return self._first_start(db, lock)

    def _first_start(self, db: Database, lock: SingleInstance) -> bool:
        """Ask for example data or the municipality's name; the window opens when it is in."""
        from brastod.gui.dialogs.first_start import FirstStartDialog
        dialog = FirstStartDialog()
        if not dialog.exec():
            db.close()
            lock.close()
            return False
        if dialog.wants_demo:
            from brastod.core.demo import fill_demo
            today = self.today
            self.tasks.run(lambda ctx: fill_demo(db, today),
                           on_done=lambda _: self._replace(db, lock),
                           label="Lägger in exempeldata…")
        else:
            from brastod.core.services.setup import initialize
            initialize(db, dialog.municipality_name)
            self._replace(db, lock)
        return True

    def _replace(self, db: Database, lock: SingleInstance) -> None:
        from brastod.gui.main_window import MainWindow
        old_window, old_db, old_lock = self.window, self.db, self.lock
        self.db, self.lock = db, lock
        self.window = MainWindow(db, self.tasks, self.today)
        self.window.open_requested.connect(self.open)
        lock.activated.connect(self._raise)
        self.window.show()
        # The window is on screen before any data is read; the tabs fill in from the worker.
        QTimer.singleShot(0, self.window.load)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()
        if old_lock is not None:
            old_lock.close()

    def _raise(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def show_crash(self, details: str) -> None:
        from brastod.gui.dialogs.crash import CrashDialog
        CrashDialog(details, str(self.log_path), self.window).exec()


def run(db_path: Path, explicit_path: bool = False, quit_when_ready: bool = False,
        started: float | None = None) -> int:
    """The GUI's entry point. ``quit_when_ready`` (benchmarks, smoke tests) exits with the time
    from ``started`` to all tabs filled printed on stdout."""
    app = make_qapplication(sys.argv)
    log_path = setup_logging()
    controller = Application(app, log_path)
    install_excepthook(controller.show_crash)
    log.info("%s %s startar med %s", APP_NAME, __version__, db_path)
    if not controller.open(Path(db_path), create=True):
        return 1
    if quit_when_ready:
        def finish():
            print(f"{time.perf_counter() - (started or 0.0):.4f}")
            app.quit()
        controller.window.ready.connect(finish)
    code = app.exec()
    if controller.db is not None:
        controller.db.close()
    return code
