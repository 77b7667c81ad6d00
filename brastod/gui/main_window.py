"""The main window: five tabs over the database, the menus, the status bar.

It speaks to its tabs only through the ``Tab`` interface (tabs/__init__.py), to the database
only through ``data`` (on the worker), and writes every file through ``exports``. Whatever a
tab, a dialog or an import changes is told on ``data.changed``: the tabs that show it reload
themselves, and the window its title and counts.
"""
import gc
from functools import cached_property, partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget,
)

from brastod import APP_NAME
from brastod.core.paths import resource
from brastod.gui import state
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.about import show_about
from brastod.gui.dialogs.confirm import ask
from brastod.gui.forms.ui_main_window import Ui_MainWindow
from brastod.gui.live_changes import TOLD, LiveChanges
from brastod.gui.restore_watch import RestoreWatch
from brastod.gui.tabs import Tab
from brastod.gui.tasks import WAITING_TEXT
from brastod.gui.widgets.connection_bar import ConnectionBar

TITLE_BAR = 32     # pixels a window manager adds above the window, roughly
TITLES = ("&Möteskalender", "&Inkomna rapporter", "&Lägesbild", "Å&tgärdsplan",
          "Re&dovisning")
OPENING = "Öppnar databasen …"
# What the status bar's counts and the title show.
SUMMARY_TOPICS = Topic.INCIDENTS | Topic.MEETINGS | Topic.PLANS | Topic.REGISTERS
# Writes held for a lost connection were promised to be saved: the window does not let go of
# its database (close, switch) until they are; it waits for them and then does it, if asked.
HELD = ("{n} väntar på att sparas i {name}, men förbindelsen med servern är bruten. "
        "Brastöd sparar {them} så snart servern svarar igen, och {what} inte förrän dess.\n\n"
        "{verb} när {they} är sparade? (Avbryt: fönstret förblir öppet och du kan arbeta vidare.)")
CLOSE = ("fönstret stängs", "Stäng")
SWITCH = ("databasen byts", "Byt databas")
WAITS = "{} när ändringarna är sparade …"
NOT_LEFT = ("Servern godtog inte {} av ändringarna som väntade; se meddelandet. Fönstret är "
            "kvar som det var.")
SERVER_KEY = "server/address"    # the last address connected to
ON_SERVER = ("Databasen ligger på en server. Dess säkerhetskopior sköts av IT-avdelningen "
             "(brastod backup med pg_dump).")


def wait_for_writes(parent: QWidget, question: str, verb: str) -> bool:
    """Whether to wait for the held writes and then ``verb`` (else: stay as it is)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, question,
                      QMessageBox.StandardButton.NoButton, parent)
    wait = box.addButton(f"{verb} när de är sparade", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(wait)
    box.exec()
    return box.clickedButton() is wait


def _summary(db):
    from brastod.core.services import registers, stats
    return registers.get_municipality(db), stats.counts(db)


def _role(db) -> str:
    from brastod.core.server_admin import current_role
    return current_role(db)


def _copy_database(db, target: Path, _allow: bool) -> Path:
    from brastod.core.backups import copy_to
    return copy_to(db.path, target)


def _write_template(db, target: Path, _allow: bool) -> None:
    from brastod.core.exports.template import write_template
    write_template(db, target)


class MainWindow(QMainWindow):
    open_requested = Signal(object, bool)  # a path or a server address, create: the
                                           # application switches database
    restore_requested = Signal(Path)      # a backup to put in place of the open database
    ready = Signal()                      # every tab has its data

    """Built before the database is open (so it shows at once); ``attach`` gives it one.
    With ``tabs_later`` the tabs are pages saying "Öppnar databasen …" until ``attach`` builds
    them, one per event-loop turn: their modules and forms took longer than the rest of the
    window, which app.py shows first, and all five at once held the GUI thread 0.1–0.6 s.
    What only a database needs (exports, imports, the roles) is imported when first used."""

    def __init__(self, data: Data, tabs_later: bool = False):
        super().__init__()
        self.data = data
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(str(resource("icons", "brastod.png"))))
        self.setAcceptDrops(True)
        self.tabs: tuple[Tab, ...] = ()      # those built, in the order of TITLES
        self._role = None                    # the login's roles.Role, once known (a server)
        self._next_tab = QTimer(self, singleShot=True, interval=0)
        self._next_tab.timeout.connect(self._build_next_tabs)
        for title in TITLES:
            page = QLabel(OPENING)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.ui.tabs.addTab(page, title)
        self.status_counts = QLabel()
        self.ui.statusbar.addPermanentWidget(self.status_counts)
        self._connect_menus()
        self.ui.menuFile.setToolTipsVisible(True)   # why an action is off (on a server)
        self._enable_database_actions(False)
        self.ui.statusbar.showMessage(OPENING)
        if not state.restore_window(self, "main_window"):
            self._first_size()
        self.ui.tabs.setCurrentIndex(min(state.load_int("main_window/tab", 0),
                                         len(TITLES) - 1))
        self._waiting: set = set()
        self._handbook = None
        self._ready_message: str | None = None    # said once every tab has reloaded
        self.database_name = ""     # the file's name, or "brastod på db.kommun.se:5432"
        data.runner.waiting.connect(self._show_waiting)
        data.runner.refused.connect(self._show_refused)
        data.changed.connect(self._data_changed)
        self.connection_bar = ConnectionBar()
        self.ui.centralLayout.insertWidget(0, self.connection_bar)
        data.connection.connect(self.connection_bar.show_connection)
        data.connection.connect(self._connection_back)
        self._after_saved = None    # what to do once the held writes are saved (``leave``)
        self.live = LiveChanges(data, self)       # changes by others, told on data.changed
        self.live.told.connect(lambda _: self.ui.statusbar.showMessage(TOLD, 5000))
        self.watch = RestoreWatch(self)
        self.watch.restored.connect(partial(
            self.reload_all, "Databasen har återställts från en säkerhetskopia av ett annat "
                             "program; allt är hämtat på nytt."))
        if not tabs_later:
            self.build_tabs()

    @cached_property
    def exports(self):
        from brastod.gui.exports import Exports
        return Exports(self.data, self, self.ui.statusbar)

    @cached_property
    def importer(self):
        from brastod.gui.importer import Importer
        return Importer(self, self.data)

    def build_tabs(self) -> None:
        """Every tab still missing, at once, in place of its "Öppnar databasen …" page."""
        while self._build_tab() is not None:
            pass

    def _build_tab(self) -> Tab | None:
        """One tab in place of its page: the one in view if it is missing, else the first one
        missing (None when none is)."""
        from brastod.gui.tabs.action_plan import ActionPlanTab
        from brastod.gui.tabs.annual_report import AnnualReportTab
        from brastod.gui.tabs.calendar import CalendarTab
        from brastod.gui.tabs.reports import ReportsTab
        from brastod.gui.tabs.situation_report import SituationReportTab
        built = {self.ui.tabs.indexOf(tab) for tab in self.tabs}
        missing = [index for index in range(len(TITLES)) if index not in built]
        if not missing:
            return None
        current = self.ui.tabs.currentIndex()
        index = current if current in missing else missing[0]
        data = self.data
        if index == 0:
            tab = self.calendar = CalendarTab(data)
        elif index == 1:
            tab = self.reports = ReportsTab(data)
            self.reports.import_requested.connect(self.choose_import_files)
            self.reports.history_requested.connect(self.open_import_history)
        elif index == 2:
            tab = self.situation_reports = SituationReportTab(data)
        elif index == 3:
            tab = self.actions = ActionPlanTab(data)
        else:
            tab = self.annual_reports = AnnualReportTab(data)
        self.ui.tabs.widget(index).deleteLater()
        self.ui.tabs.removeTab(index)
        self.ui.tabs.insertTab(index, tab, TITLES[index])
        self.ui.tabs.setCurrentIndex(current)
        self.tabs = tuple(sorted((*self.tabs, tab), key=self.ui.tabs.indexOf))
        tab.message.connect(lambda text: self.ui.statusbar.showMessage(text, 10_000))
        tab.export_requested.connect(self.exports.save)
        tab.loaded.connect(partial(self._tab_loaded, tab))
        return tab

    @property
    def complete(self) -> bool:
        """Every tab is built (the database's menu actions and imports wait for it)."""
        return len(self.tabs) == len(TITLES)

    def _first_size(self) -> None:
        """At least 1280 × 800 and up to 85 % of a larger screen (1920 × 1080 gets 1632 × 918),
        but never more than the screen: 1366 × 768 leaves about 728 pixels under a task bar,
        and the title bar takes some 30 of those."""
        free = self.screen().availableGeometry()
        width = min(max(1280, int(free.width() * 0.85)), free.width())
        height = min(max(800, int(free.height() * 0.85)), free.height() - TITLE_BAR)
        self.resize(width, height)

    def _connect_menus(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database)
        self.actionConnectServer = QAction("Anslut till &server…", self)
        actions = ui.menuFile.actions()
        ui.menuFile.insertAction(actions[actions.index(ui.actionOpenDatabase) + 1],
                                 self.actionConnectServer)
        self.actionConnectServer.triggered.connect(self.connect_server)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionRestore.triggered.connect(self.choose_backup)
        ui.actionPurge.triggered.connect(self.purge_old)
        ui.actionImport.triggered.connect(self.choose_import_files)
        ui.actionImportHistory.triggered.connect(self.open_import_history)
        # The tabs come later (build_tabs); these actions wait for a database, and so for them.
        ui.actionExportIncidents.triggered.connect(lambda: self.export_from(self.reports))
        ui.actionTemplate.triggered.connect(self.save_template)
        ui.actionExportSituationReport.triggered.connect(
            lambda: self.export_from(self.situation_reports))
        ui.actionExportActionPlan.triggered.connect(lambda: self.export_from(self.actions))
        ui.actionPoliceTypes.triggered.connect(partial(self.open_register, "police_types"))
        ui.actionMunicipality.triggered.connect(partial(self.open_register, "municipality"))
        ui.actionPartners.triggered.connect(partial(self.open_register, "partners"))
        ui.actionCategories.triggered.connect(partial(self.open_register, "categories"))
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionHandbook.triggered.connect(self.open_handbook)
        ui.actionAbout.triggered.connect(
            lambda: show_about(self, str(self.data.path or self.database_name)))

    def open_settings(self) -> None:
        from brastod.gui.dialogs.settings import SettingsDialog
        dialog = SettingsDialog(self.data, self)
        dialog.saved.connect(lambda: self.ui.statusbar.showMessage(
            "Inställningarna är sparade.", 5000))
        dialog.exec()

    def open_handbook(self) -> None:
        """Beside the window, not in front of it: read while working."""
        from brastod.gui.dialogs.handbook import HandbookDialog
        if self._handbook is None:
            self._handbook = HandbookDialog(self)
        self._handbook.show()
        self._handbook.raise_()

    # ---- data ----
    def attach(self, db) -> None:
        """Show ``db`` (an open, initialised database) in every tab, then load. The tabs still
        missing are built one per event-loop turn, the one in view first, each loading as it
        comes; the database's menu actions wait for the last."""
        self.data.attach(db)
        for tab in self.tabs:
            tab.attach()
        self.database_name = db.server or db.path.name
        self.live.follow(db)
        if db.server is None:
            self.watch.watch(db.path)
        else:
            self.data.call(_role, on_done=self._show_role)   # answered before the tabs load
        if self.complete:
            self._enable_for_database()
        self.load()
        self._build_next_tabs()

    def _build_next_tabs(self) -> None:
        """The next missing tab built, attached and loading, and the one after it in the next
        event-loop turn (all at once with a synchronous runner, as in tests: each task ran in
        its call)."""
        while (tab := self._build_tab()) is not None:
            tab.attach()
            if self._role is not None:
                tab.set_role(self._role)
            if self.complete:
                self._enable_for_database()
            self._waiting.add(tab)
            tab.reload()
            if not self.data.runner.synchronous:
                if not self.complete:
                    self._next_tab.start()
                return

    def _enable_for_database(self) -> None:
        """Every tab is there: the menu actions that need a database are on (those that mean
        something for it, and that the login's role may use)."""
        self._enable_database_actions(True)
        if self.data.path is None:
            self._file_only()
        self._lock_actions()

    def _show_role(self, name: str) -> None:
        """What the login's role may not change is off in every tab, dialog and menu (the
        server refuses it anyway; this spares the refusal), and the status bar says why."""
        from brastod.gui.roles import role_of
        self.data.role = name
        role = self._role = role_of(self.data)
        for tab in self.tabs:
            tab.set_role(role)
        if role.status:
            self.role_label = QLabel(role.status)   # kept in view: messages come and go beside it
            self.ui.statusbar.insertPermanentWidget(0, self.role_label)
        if self.complete:
            self._lock_actions()

    def _lock_actions(self) -> None:
        role = self._role
        if role is None:
            return
        for action, topic in ((self.ui.actionImport, Topic.INCIDENTS),
                              (self.ui.actionPurge, Topic.INCIDENTS)):
            if not role.may_edit(topic):
                action.setEnabled(False)
                action.setToolTip(role.refusal)

    def _file_only(self) -> None:
        """Copying and restoring a file mean nothing on a server: off, saying why."""
        for action in (self.ui.actionBackup, self.ui.actionRestore):
            action.setEnabled(False)
            action.setToolTip(ON_SERVER)

    def restored(self, result) -> None:
        """After this program's own restore into the open database (``result`` is
        retention.Restored): every tab reloads (and the watch starts from the restored content,
        so as not to tell it as another program's)."""
        self.watch.watch(self.data.path)
        kept = f" Den som ersattes finns kvar i {result.saved}." if result.saved else ""
        gallring = f" {result.message()}" if result.message() else ""
        self.reload_all(f"Databasen är återställd.{kept}{gallring}")

    def _enable_database_actions(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.actionBackup, ui.actionRestore, ui.actionPurge, ui.actionMunicipality,
                       ui.actionPartners, ui.actionCategories, ui.actionImport,
                       ui.actionImportHistory, ui.actionExportIncidents, ui.actionTemplate,
                       ui.actionPoliceTypes, ui.actionSettings,
                       ui.actionExportSituationReport, ui.actionExportActionPlan):
            action.setEnabled(enabled)

    def load(self) -> None:
        """Fill the title, the tabs and the status bar (off the GUI thread)."""
        self.ui.statusbar.showMessage("Hämtar data…")
        self._waiting = set(self.tabs)
        for tab in self.tabs:
            tab.reload()
        self._refresh_summary()

    def reload_all(self, message: str | None = None) -> None:
        """Everything may have changed (a restore): every tab reloads, then ``message``."""
        self._ready_message = message
        self.load()

    def _refresh_summary(self) -> None:
        self.data.call(_summary, on_done=self._show_summary)

    def _data_changed(self, topics: Topic, _origin) -> None:
        if topics & SUMMARY_TOPICS:
            self._refresh_summary()

    def _tab_loaded(self, tab, _count: int) -> None:
        # What a tab has just loaded (100 000 incident rows) lives until the next load. Python's
        # cyclic collector, run by whichever thread allocates, walks every object it tracks
        # while holding the lock the GUI thread needs: a full collection during the next load
        # froze the window for 170–550 ms. Frozen objects are left out of those walks (and are
        # still freed when nothing refers to them).
        gc.freeze()
        if tab not in self._waiting:
            return
        self._waiting.discard(tab)
        if not self._waiting and self.complete:
            message, self._ready_message = self._ready_message or "Klar", None
            self.ui.statusbar.showMessage(message, 3000 if message == "Klar" else 15_000)
            self.ready.emit()

    def _show_waiting(self, waiting: bool) -> None:
        if waiting:
            self.ui.statusbar.showMessage(WAITING_TEXT)
        elif self.ui.statusbar.currentMessage() == WAITING_TEXT:
            self.ui.statusbar.clearMessage()

    def _show_refused(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def _show_summary(self, result) -> None:
        municipality, numbers = result
        self.setWindowTitle(f"{APP_NAME} – {municipality.name}")
        self.status_counts.setText(
            f"{numbers['incidents']:,} händelser · {numbers['meetings']} möten · "
            f"{numbers['actions']} åtgärder · {self.database_name}".replace(",", "\u00a0"))

    # ---- importing ----
    def choose_import_files(self) -> None:
        from brastod.gui.importer import FILE_FILTER
        paths, _ = QFileDialog.getOpenFileNames(self, "Importera rapport", str(Path.home()),
                                                FILE_FILTER)
        self.import_files([Path(path) for path in paths])

    def import_files(self, paths: list[Path]) -> None:
        from brastod.gui.roles import may_edit
        if self.data.open and self.complete and paths and may_edit(self.data, Topic.INCIDENTS):
            self.ui.tabs.setCurrentWidget(self.reports)
            self.importer.start(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from brastod.gui.importer import importable
        from brastod.gui.roles import may_edit
        urls = event.mimeData().urls()
        if self.data.open and self.complete and urls and may_edit(self.data, Topic.INCIDENTS) \
                and all(url.isLocalFile() and importable(Path(url.toLocalFile())) for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.import_files([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    def open_import_history(self) -> None:
        from brastod.gui.dialogs.import_history import ImportHistoryDialog
        dialog = ImportHistoryDialog(self.data, self)
        dialog.show_batch.connect(lambda batch_id, name: (
            self.ui.tabs.setCurrentWidget(self.reports),
            self.reports.show_batch((batch_id, name))))
        dialog.exec()

    # ---- files for others ----
    def export_from(self, tab: Tab) -> None:
        """Arkiv → Exportera …: what ``tab`` shows now, through the export controller."""
        self.exports.save(tab.export(), tab.NOTHING_TO_EXPORT)

    def save_template(self) -> None:
        from brastod.gui.exports import Export
        self.exports.save(Export("rapportmallen", "rapportmall", (".xlsx",), _write_template,
                                 done="– skicka den till partnerna"))

    def backup(self) -> None:
        from brastod.gui.exports import Export
        self.exports.save(Export("säkerhetskopian",
                                 f"{self.data.path.stem}-kopia-{self.data.today}",
                                 (".sqlite3",), _copy_database))

    # ---- menus ----
    def open_register(self, name: str) -> None:
        from brastod.gui.dialogs.categories import CategoriesDialog
        from brastod.gui.dialogs.municipality import MunicipalityDialog
        from brastod.gui.dialogs.partners import PartnersDialog
        from brastod.gui.dialogs.police_types import PoliceTypesDialog
        dialog_class = {"municipality": MunicipalityDialog, "partners": PartnersDialog,
                        "categories": CategoriesDialog, "police_types": PoliceTypesDialog}[name]
        dialog_class(self.data, self).exec()    # what it changes, it tells (Topic.REGISTERS)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Ny databas", str(self._folder() /
                                              "ny-databas.sqlite3"), "Brastöd-databas (*.sqlite3)")
        if path:
            self.open_requested.emit(Path(path), True)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Öppna databas", str(self._folder()),
                                              "Brastöd-databas (*.sqlite3 *.db);;Alla filer (*)")
        if path:
            self.open_requested.emit(Path(path), False)

    def connect_server(self) -> None:
        """Opens a database on a PostgreSQL server, as Öppna opens a file; the address (never
        a password) is remembered for next time."""
        from brastod.gui.dialogs.connect_server import ConnectServerDialog
        dialog = ConnectServerDialog(state.load_text(SERVER_KEY), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            state.save_value(SERVER_KEY, dialog.chosen)
            self.open_requested.emit(dialog.chosen, False)

    def _folder(self) -> Path:
        return self.data.path.parent if self.data.path is not None else Path.home()

    def purge_old(self) -> None:
        """Gallring: how many months to keep (the setting), what that removes, then the purge;
        every database step on the worker."""
        from brastod.core.services.retention import retention_months
        self.data.call(retention_months, on_done=self._ask_purge_months)

    def _ask_purge_months(self, current: int) -> None:
        months, ok = QInputDialog.getInt(
            self, "Gallra gamla händelser", "Spara händelser från de senaste (månader), enligt "
            "dokumenthanteringsplanen:", current, 1, 600)
        if ok:
            self._plan_purge(months)

    def _plan_purge(self, months: int, before: str = "") -> None:
        """What the purge removes, read on the worker, then asked about; ``before``: why it is
        asked again."""
        from brastod.core.services.retention import plan_purge
        self.data.call(plan_purge, months, self.data.today,
                       on_done=lambda plan: self._confirm_purge(months, plan, before))

    def _confirm_purge(self, months: int, plan, before: str = "") -> None:
        from brastod.core.services.retention import purge
        said = f"{before}\n\n" if before else ""
        if plan.incidents == 0:
            QMessageBox.information(self, APP_NAME, f"{said}Det finns inga händelser före "
                                                    f"{plan.cutoff} att gallra.")
            return
        pins = (f" {plan.pinned_in_drafts} utvalda händelser försvinner ur utkast till "
                "lägesbilder." if plan.pinned_in_drafts else "")
        edited = f" {plan.edited.text()}" if plan.edited else ""
        if not ask(self, f"{said}{plan.incidents} händelser före {plan.cutoff} (den äldsta från "
                         f"{plan.oldest}) tas bort med sin fritext.{edited}{pins} Fastställda "
                         f"lägesbilder behåller sina siffror. {plan.backups_text()} Gallra?"):
            return
        self.data.call(purge, months, self.data.today, plan,
                       on_done=lambda n: self.ui.statusbar.showMessage(
                           f"{n} händelser före {plan.cutoff} är gallrade.", 15_000),
                       on_error=lambda error: self._purge_refused(months, error),
                       changes=Topic.INCIDENTS | Topic.REPORTS, origin=self,
                       label="Gallrar …", parent=self)

    def _purge_refused(self, months: int, error) -> None:
        """The incidents changed after the question: asked again, saying so."""
        from brastod.core.services.retention import PurgeChanged
        if isinstance(error, PurgeChanged):
            self._plan_purge(months, str(error))
        else:
            self.data.runner.refuse(error)

    def choose_backup(self) -> None:
        """Lists the backups (read on the worker); the chosen one replaces the database after
        a question."""
        from brastod.core.backups import folder_of, list_backups
        path = self.data.path
        self.data.run(lambda db, ctx: (list_backups(path), folder_of(path)),
                      on_done=lambda found: self._ask_backup(*found))

    def _ask_backup(self, backups: list, folder: Path) -> None:
        from brastod.gui.dialogs.restore import RestoreDialog, kind_text
        dialog = RestoreDialog(backups, folder, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        if ask(self, f"Ersätta databasen med säkerhetskopian från {backup.taken:%Y-%m-%d %H:%M} "
                     f"({kind_text(backup.kind).lower()})? Allt som ändrats sedan dess försvinner "
                     "ur databasen, men den nuvarande sparas först bland säkerhetskopiorna."):
            self.restore_requested.emit(backup.path)

    # ---- closing, and letting go of the database ----
    def save_state(self) -> None:
        """Typing waiting for its moment is saved, and every tab's layout remembered."""
        for tab in self.tabs:
            tab.save_state()

    def leave(self, what: tuple[str, str], then, otherwise=lambda: None) -> bool:
        """Whether the window may let go of its database now (``what``: CLOSE or SWITCH). Not
        while writes wait for a lost server: the user is asked whether to wait for them, and
        then (once they are saved) ``then()`` is done; else ``otherwise()``, and the window
        stays as it is."""
        if what is CLOSE:
            # The last typing is written, or held if the server has gone: its answer is in.
            # (A switch need not wait: it opens on the worker, after what is there now.)
            self.save_state()
            self.data.runner.wait()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        elif self.data.lost:
            self.save_state()
        if not self.data.unsaved:
            return True
        done, verb = what
        n = self.data.unsaved
        words = dict(n=f"{n} ändring", them="den", they="den") if n == 1 else \
            dict(n=f"{n} ändringar", them="dem", they="de")
        if wait_for_writes(self, HELD.format(**words, name=self.database_name, what=done,
                                             verb=verb),
                           verb):
            self._after_saved = then
            self.ui.statusbar.showMessage(WAITS.format(done[0].upper() + done[1:]))
        else:
            otherwise()
        return False

    def _connection_back(self, connected: bool) -> None:
        if not connected or self._after_saved is None or self.data.unsaved:
            return
        then, self._after_saved = self._after_saved, None
        if self.data.refused_on_replay:     # the user reads why first (a conflict to answer)
            self.ui.statusbar.showMessage(NOT_LEFT.format(self.data.refused_on_replay), 30_000)
            return
        then()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.data.open and not self.leave(CLOSE, self.close):
            event.ignore()
            return
        self._next_tab.stop()
        self.watch.stop()
        self.live.stop()
        state.save_window(self, "main_window")
        state.save_value("main_window/tab", self.ui.tabs.currentIndex())
        self.save_state()             # the Lägesbild tab saves the last typing here …
        state.sync()
        self.data.runner.wait()       # … and it is written before the window goes
        super().closeEvent(event)
