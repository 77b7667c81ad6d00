"""The main window: four tabs over the database, the menus, the status bar."""
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox,
)

from brastod import APP_NAME
from brastod.core.paths import resource
from brastod.gui.data import Data
from brastod.gui import state
from brastod.gui.dialogs.about import show_about
from brastod.gui.dialogs.confirm import ask
from brastod.gui.forms.ui_main_window import Ui_MainWindow
from brastod.gui.importer import FILE_FILTER, Importer, importable
from brastod.gui.restore_watch import RestoreWatch
from brastod.gui.tabs.action_plan import ActionPlanTab
from brastod.gui.tabs.calendar import CalendarTab
from brastod.gui.tabs.reports import ReportsTab
from brastod.gui.tabs.situation_report import SituationReportTab
from brastod.gui.tasks import WAITING_TEXT, TaskRunner


class MainWindow(QMainWindow):
    open_requested = Signal(Path, bool)   # path, create: the application switches database
    restore_requested = Signal(Path)      # a backup to put in place of the open database
    ready = Signal()                      # every tab has its data

    """Built before the database is open (so it shows at once); ``attach`` gives it one."""

    def __init__(self, tasks: TaskRunner, today: date | None = None):
        super().__init__()
        self.db = None
        self.tasks = tasks
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(str(resource("icons", "brastod.png"))))
        self.calendar = CalendarTab(tasks, today)
        self.calendar.document_requested.connect(self.export_meeting_document)
        self.reports = ReportsTab(tasks, today)
        self.importer = Importer(self, tasks, today)
        self.importer.imported.connect(self._data_changed)
        self.reports.import_requested.connect(self.choose_import_files)
        self.reports.history_requested.connect(self.open_import_history)
        self.reports.changed.connect(self._refresh_summary)
        self.setAcceptDrops(True)
        self.situation_reports = SituationReportTab(tasks, today)
        self.situation_reports.export_requested.connect(self.export_situation_report)
        self.actions = ActionPlanTab(tasks, today)
        self.actions.export_requested.connect(self.export_action_plan)
        for tab in (self.situation_reports, self.actions):
            tab.message.connect(lambda text: self.ui.statusbar.showMessage(text, 10_000))
        self.tabs = (self.calendar, self.reports, self.situation_reports, self.actions)
        for tab, title in zip(self.tabs, ("&Möteskalender", "&Inkomna rapporter", "&Lägesbild",
                                          "Å&tgärdsplan"), strict=True):
            self.ui.tabs.addTab(tab, title)
        self.status_counts = QLabel()
        self.ui.statusbar.addPermanentWidget(self.status_counts)
        self._connect_menus()
        self._enable_database_actions(False)
        self.ui.statusbar.showMessage("Öppnar databasen …")
        if not state.restore_window(self, "main_window"):
            self.resize(1280, 800)
        self.ui.tabs.setCurrentIndex(min(state.load_int("main_window/tab", 0), 3))
        self._waiting: set = set()
        self._ready_message: str | None = None    # said once every tab has reloaded
        for tab in self.tabs:
            tab.loaded.connect(partial(self._tab_loaded, tab))
        tasks.waiting.connect(self._show_waiting)
        tasks.refused.connect(self._show_refused)
        self.watch = RestoreWatch(self)
        self.watch.restored.connect(partial(
            self._data_changed, message="Databasen har återställts från en säkerhetskopia av "
                                        "ett annat program; allt är hämtat på nytt."))

    def _connect_menus(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionRestore.triggered.connect(self.choose_backup)
        ui.actionPurge.triggered.connect(self.purge_old)
        ui.actionImport.triggered.connect(self.choose_import_files)
        ui.actionImportHistory.triggered.connect(self.open_import_history)
        ui.actionExportIncidents.triggered.connect(self.export_incidents)
        ui.actionTemplate.triggered.connect(self.save_template)
        ui.actionExportSituationReport.triggered.connect(self.export_situation_report)
        ui.actionExportActionPlan.triggered.connect(self.export_action_plan)
        ui.actionPoliceTypes.triggered.connect(partial(self.open_register, "police_types"))
        ui.actionMunicipality.triggered.connect(partial(self.open_register, "municipality"))
        ui.actionPartners.triggered.connect(partial(self.open_register, "partners"))
        ui.actionCategories.triggered.connect(partial(self.open_register, "categories"))
        ui.actionAbout.triggered.connect(
            lambda: show_about(self, str(self.db.path) if self.db else ""))

    # ---- data ----
    def attach(self, db) -> None:
        """Show ``db`` (an open, initialised database) in every tab, then load."""
        self.db = db
        for tab in self.tabs:
            tab.attach(db)
        self._enable_database_actions(True)
        self.watch.watch(db.path)
        self.load()

    def restored(self, result) -> None:
        """After this program's own restore into the open database (``result`` is
        retention.Restored): every tab reloads (and the watch starts from the restored content,
        so as not to tell it as another program's)."""
        self.watch.watch(self.db.path)
        kept = f" Den som ersattes finns kvar i {result.saved}." if result.saved else ""
        gallring = f" {result.message()}" if result.message() else ""
        self._data_changed(message=f"Databasen är återställd.{kept}{gallring}")

    def _enable_database_actions(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.actionBackup, ui.actionRestore, ui.actionPurge, ui.actionMunicipality,
                       ui.actionPartners, ui.actionCategories, ui.actionImport,
                       ui.actionImportHistory, ui.actionExportIncidents, ui.actionTemplate,
                       ui.actionPoliceTypes,
                       ui.actionExportSituationReport, ui.actionExportActionPlan):
            action.setEnabled(enabled)
        for button in (self.reports.ui.importButton, self.reports.ui.historyButton,
                       self.reports.ui.newButton):
            button.setEnabled(enabled)

    def load(self) -> None:
        """Fill the title, the tabs and the status bar (off the GUI thread)."""
        self.ui.statusbar.showMessage("Hämtar data…")
        self._waiting = set(self.tabs)
        for tab in self.tabs:
            tab.reload()
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        from brastod.core.services import registers, stats
        db = self.db
        self.tasks.run(lambda ctx: (registers.get_municipality(db), stats.counts(db)),
                       on_done=self._show_summary)

    def _tab_loaded(self, tab, _count: int) -> None:
        if tab not in self._waiting:
            return
        self._waiting.discard(tab)
        if not self._waiting:
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
            f"{numbers['actions']} åtgärder · {self.db.path.name}".replace(",", "\u00a0"))

    def _data_changed(self, _result=None, message: str | None = None) -> None:
        """After an import or a purge: every tab may show other incidents. ``message`` is
        shown once they have."""
        self._ready_message = message
        self.load()

    # ---- importing ----
    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Importera rapport", str(Path.home()),
                                                FILE_FILTER)
        self.import_files([Path(path) for path in paths])

    def import_files(self, paths: list[Path]) -> None:
        if self.db is not None and paths:
            self.ui.tabs.setCurrentWidget(self.reports)
            self.importer.start(self.db, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.db is not None and urls and all(
                url.isLocalFile() and importable(Path(url.toLocalFile())) for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.import_files([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    def open_import_history(self) -> None:
        from brastod.gui.dialogs.import_history import ImportHistoryDialog
        data = Data(self.tasks, self.calendar.today)   # until the window has its Data
        data.attach(self.db)
        dialog = ImportHistoryDialog(data, self)
        dialog.changed.connect(self._data_changed)
        dialog.show_batch.connect(lambda batch_id, name: (
            self.ui.tabs.setCurrentWidget(self.reports),
            self.reports.show_batch((batch_id, name))))
        dialog.exec()

    # ---- files for others ----
    def export_incidents(self) -> None:
        """What the Inkomna rapporter tab shows, in its order, as Excel or CSV."""
        rows = self.reports.model.rows()
        path, chosen = QFileDialog.getSaveFileName(
            self, "Exportera händelser", str(self._folder() / f"händelser-{date.today()}.xlsx"),
            "Excel-arbetsbok (*.xlsx);;CSV med semikolon (*.csv)")
        if not path:
            return
        from brastod.core.exports.incidents import write_csv, write_xlsx
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        write = write_csv if target.suffix.lower() == ".csv" else partial(
            write_xlsx, title="Händelser ur Brastöd")
        self._save_file(lambda ctx: write(rows, target), target,
                        f"{len(rows)} händelser sparade i {target}")

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Skapa rapportmall",
                                              str(self._folder() / "rapportmall.xlsx"),
                                              "Excel-arbetsbok (*.xlsx)")
        if not path:
            return
        from brastod.core.exports.template import write_template
        db, target = self.db, Path(path).with_suffix(".xlsx")
        self._save_file(lambda ctx: write_template(db, target), target,
                        f"Rapportmallen är sparad i {target} – skicka den till partnerna")

    def export_situation_report(self) -> None:
        """The lägesbild chosen in its tab as a PDF and an Excel file beside it."""
        from brastod.core.exports.situation_report import export_situation_report
        self.situation_reports.flush()
        rows = self.situation_reports.selected_rows()
        if not rows:
            QMessageBox.information(self, APP_NAME, "Välj en lägesbild i fliken Lägesbild "
                                                    "först.")
            return
        db, report = self.db, rows[0]
        self._export_document("lägesbilden", report.title, lambda pdf, xlsx, allow: (
            export_situation_report(db, report.id, pdf=pdf, xlsx=xlsx,
                                    allow_personal_data=allow)))

    def export_action_plan(self) -> None:
        """The plan chosen in the Åtgärdsplan tab as a PDF and an Excel file beside it."""
        from brastod.core.exports.action_plan import export_action_plan
        self.actions.flush()
        detail = self.actions.detail
        if detail is None:
            QMessageBox.information(self, APP_NAME, "Välj en plan i fliken Åtgärdsplan först.")
            return
        db, today = self.db, self.actions.today
        self._export_document("planen", detail.fields.title, lambda pdf, xlsx, allow: (
            export_action_plan(db, detail.id, pdf=pdf, xlsx=xlsx, today=today,
                               allow_personal_data=allow)))

    def export_meeting_document(self, kind: str, meeting) -> None:
        """The chosen meeting's kallelse, protokoll, möteshandlingar or calendar file."""
        from brastod.core.exports import calendar, meeting_documents, meeting_pack
        db, today = self.db, self.calendar.today
        if kind == "pack":
            self._export_document("möteshandlingarna", f"Möteshandlingar {meeting.title}",
                                  lambda pdf, xlsx, allow: meeting_pack.export_meeting_pack(
                                      db, meeting.id, pdf=pdf, xlsx=xlsx, printed=today,
                                      allow_personal_data=allow))
            return
        name, suffix, write = {
            "notice": (f"Kallelse {meeting.title}", "PDF (*.pdf)",
                       lambda path: meeting_documents.export_notice(db, meeting.id, path, today)),
            "minutes": (f"Protokoll {meeting.title}", "PDF (*.pdf)",
                        lambda path: meeting_documents.export_minutes(db, meeting.id, path,
                                                                      today)),
            "ics": (meeting.title, "Kalenderfil (*.ics)",
                    lambda path: calendar.export_calendar(db, path, meeting_id=meeting.id)),
            "series_ics": (meeting.series or "Möten", "Kalenderfil (*.ics)",
                           lambda path: calendar.export_calendar(db, path,
                                                                 series=meeting.series)),
        }[kind]
        extension = ".pdf" if suffix.startswith("PDF") else ".ics"
        path, _ = QFileDialog.getSaveFileName(self, "Spara", str(self._folder() / f"{name}"
                                                                 f"{extension}"), suffix)
        if path:
            target = Path(path).with_suffix(extension)
            self._save_file(lambda ctx: write(target), target, f"Sparad: {target}")

    def _export_document(self, what: str, title: str, write) -> None:
        """Asks where to save ``what`` ("lägesbilden"); ``write(pdf, xlsx, allow)`` writes the
        PDF and the Excel file beside it."""
        path, _ = QFileDialog.getSaveFileName(
            self, f"Exportera {what}", str(self._folder() / f"{title}.pdf"), "PDF (*.pdf)")
        if path:
            self._write_document(what, write, Path(path).with_suffix(".pdf"), False)

    def _write_document(self, what: str, write, pdf: Path, allow: bool) -> None:
        xlsx = pdf.with_suffix(".xlsx")
        self._save_file(lambda ctx: write(pdf, xlsx, allow), pdf,
                        f"{what.capitalize()} sparades i {pdf} och {xlsx.name}",
                        on_error=partial(self._document_failed, what, write, pdf))

    def _document_failed(self, what: str, write, pdf: Path, error: BaseException) -> None:
        from brastod.core.errors import PersonalDataFound
        if not isinstance(error, PersonalDataFound):
            QMessageBox.warning(self, APP_NAME, f"{pdf.name} kunde inte sparas.\n\n{error}")
            return
        found = "\n".join(f"• {hit.where}: {hit.kind} ”{hit.text}”" for hit in error.hits)
        if ask(self, f"{what.capitalize()} innehåller text som liknar personuppgifter:\n\n"
                     f"{found}\n\nEST arbetar med platser och situationer, inte personer. Ta "
                     f"helst bort uppgifterna. Ska {what} ändå exporteras med dem?"):
            self._write_document(what, write, pdf, True)

    def _save_file(self, work, target: Path, done: str, on_error=None) -> None:
        self.tasks.run(work, on_done=lambda _: self.ui.statusbar.showMessage(done, 10_000),
                       on_error=on_error or (lambda error: QMessageBox.warning(
                           self, APP_NAME, f"{target.name} kunde inte sparas.\n\n{error}")),
                       label=f"Sparar {target.name}…", parent=self)

    # ---- menus ----
    def open_register(self, name: str) -> None:
        from brastod.gui.dialogs.categories import CategoriesDialog
        from brastod.gui.dialogs.municipality import MunicipalityDialog
        from brastod.gui.dialogs.partners import PartnersDialog
        from brastod.gui.dialogs.police_types import PoliceTypesDialog
        dialog_class = {"municipality": MunicipalityDialog, "partners": PartnersDialog,
                        "categories": CategoriesDialog, "police_types": PoliceTypesDialog}[name]
        data = Data(self.tasks, self.calendar.today)   # until the window has its Data
        data.attach(self.db)
        dialog = dialog_class(data, self)
        dialog.changed.connect(self.load)
        dialog.exec()

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

    def _folder(self) -> Path:
        return self.db.path.parent if self.db is not None else Path.home()

    def purge_old(self) -> None:
        """Gallring: how many months to keep (the setting), what that removes, then the purge;
        every database step on the worker."""
        from brastod.core.services.retention import retention_months
        db = self.db
        self.tasks.run(lambda ctx: retention_months(db), on_done=self._ask_purge_months)

    def _ask_purge_months(self, current: int) -> None:
        from brastod.core.services.retention import plan_purge
        months, ok = QInputDialog.getInt(
            self, "Gallra gamla händelser", "Spara händelser från de senaste (månader), enligt "
            "dokumenthanteringsplanen:", current, 1, 600)
        if ok:
            db, today = self.db, self.calendar.today
            self.tasks.run(lambda ctx: plan_purge(db, months, today),
                           on_done=lambda plan: self._confirm_purge(months, plan))

    def _confirm_purge(self, months: int, plan) -> None:
        from brastod.core.services.retention import purge
        if plan.incidents == 0:
            QMessageBox.information(self, APP_NAME, f"Det finns inga händelser före "
                                                    f"{plan.cutoff} att gallra.")
            return
        pins = (f" {plan.pinned_in_drafts} utvalda händelser försvinner ur utkast till "
                "lägesbilder." if plan.pinned_in_drafts else "")
        if not ask(self, f"{plan.incidents} händelser före {plan.cutoff} (den äldsta från "
                         f"{plan.oldest}) tas bort med sin fritext.{pins} Fastställda "
                         f"lägesbilder behåller sina siffror. {plan.backups_text()} Gallra?"):
            return
        db, today = self.db, self.calendar.today
        self.tasks.run(lambda ctx: purge(db, months, today),
                       on_done=lambda n: self._data_changed(
                           message=f"{n} händelser före {plan.cutoff} är gallrade."),
                       on_error=lambda e: QMessageBox.warning(self, APP_NAME, str(e)),
                       label="Gallrar …", parent=self)

    def choose_backup(self) -> None:
        """Lists the backups; the chosen one replaces the database after a question."""
        from brastod.core.backups import folder_of, list_backups
        from brastod.gui.dialogs.restore import RestoreDialog, kind_text
        path = self.db.path
        dialog = RestoreDialog(list_backups(path), folder_of(path), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        if ask(self, f"Ersätta databasen med säkerhetskopian från {backup.taken:%Y-%m-%d %H:%M} "
                     f"({kind_text(backup.kind).lower()})? Allt som ändrats sedan dess försvinner "
                     "ur databasen, men den nuvarande sparas först bland säkerhetskopiorna."):
            self.restore_requested.emit(backup.path)

    def backup(self) -> None:
        suggested = self.db.path.parent / f"{self.db.path.stem}-kopia-{date.today()}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self, "Säkerhetskopiera", str(suggested),
                                              "Brastöd-databas (*.sqlite3)")
        if not path:
            return
        from brastod.core.db import backup_to
        source, target = self.db.path, Path(path)
        self.tasks.run(lambda ctx: backup_to(source, target),
                       on_done=lambda _: self.ui.statusbar.showMessage(
                           f"Säkerhetskopian är sparad: {target}", 8000),
                       on_error=lambda error: QMessageBox.warning(self, APP_NAME, str(error)),
                       label="Säkerhetskopierar…", parent=self)

    # ---- closing ----
    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.stop()
        state.save_window(self, "main_window")
        state.save_value("main_window/tab", self.ui.tabs.currentIndex())
        for tab in self.tabs:
            tab.save_state()     # the Lägesbild tab saves the last typing here …
        self.tasks.wait()        # … and it is written before the window goes
        super().closeEvent(event)
