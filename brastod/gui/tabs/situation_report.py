"""Lägesbild: every report with kind, period and status above, the chosen one below — its text,
figures, places and times, chart, area assessments, pinned incidents and key figures. A draft is
edited in place and saved as it is typed; an adopted one is shown as it was adopted."""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from brastod import APP_NAME
from brastod.core.enums import ReportKind, ReportStatus
from brastod.core.labels import label
from brastod.core.periods import describe
from brastod.gui.data import Data
from brastod.gui import state, views
from brastod.gui.data import Data
from brastod.gui.dialogs.confirm import ask
from brastod.gui.forms.ui_situation_report_tab import Ui_SituationReportTab
from brastod.gui.models.situation_reports import SituationReportTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.report_editor.assessments import AssessmentsPane
from brastod.gui.report_editor.chart import ChartPane
from brastod.gui.report_editor.key_figures import KeyFiguresPane
from brastod.gui.report_editor.matrix import MatrixPane
from brastod.gui.report_editor.pinned import PinnedPane
from brastod.gui.report_editor.places import PlacesPane
from brastod.gui.report_editor.sections import SectionsPane
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga lägesbilder ännu.\n\nEn lägesbild sammanställer periodens händelser per område "
         "och kategori med bedömning och analys. Börja med Ny lägesbild.")
STATE_KEY = "situation_reports"


class SituationReportTab(QWidget):
    loaded = Signal(int)               # number of reports, after each load
    shown = Signal(int)                # a report's id, once the editor shows it
    export_requested = Signal()
    message = Signal(str)              # for the status bar

    def __init__(self, tasks: TaskRunner, today: date | None = None, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_SituationReportTab()
        ui.setupUi(self)
        self.today = today or date.today()
        self._tasks, self._db, self._fetch = tasks, None, None
        self._select_id: int | None = None
        self._listing = False     # the list is being refilled: no report is chosen meanwhile
        self.detail = None
        self.model = SituationReportTableModel(self)
        self.proxy = views.attach(ui.table, self.model, STATE_KEY, 2, Qt.SortOrder.DescendingOrder)
        ui.filter.textChanged.connect(self.proxy.setFilterFixedString)
        ui.emptyLabel.setText("Öppnar databasen …")
        ui.stack.setCurrentWidget(ui.emptyPage)
        ui.editorStack.setCurrentWidget(ui.noReportPage)
        self._data = Data(tasks, self.today, self)   # the editors' way to the database
        self.sections = SectionsPane(self._data)
        self.matrix = MatrixPane(self._data)
        self.places = PlacesPane()
        self.chart = ChartPane()
        self.assessments = AssessmentsPane(self._data)
        self.pinned = PinnedPane(self._data)
        self.key_figures = KeyFiguresPane(self._data)
        for pane, title in ((self.sections, "&Text"), (self.matrix, "&Siffror"),
                            (self.places, "&Platser och tider"), (self.chart, "&Utveckling"),
                            (self.assessments, "&Områdesbedömningar"),
                            (self.pinned, "Utvalda &händelser"), (self.key_figures, "&Nyckeltal")):
            ui.parts.addTab(pane, title)
        self.matrix.pin_requested.connect(self.pin)
        self.pinned.changed.connect(self._refresh_pinned)
        self.key_figures.changed.connect(self._key_figures_changed)
        ui.titleEdit.editingFinished.connect(self._rename)
        ui.table.selectionModel().currentRowChanged.connect(self._report_chosen)
        ui.newButton.clicked.connect(self.new_report)
        ui.copyButton.clicked.connect(self.copy_report)
        ui.adoptButton.clicked.connect(self.adopt_report)
        ui.deleteButton.clicked.connect(self.delete_report)
        ui.exportButton.clicked.connect(self.export_requested)
        ui.splitter.setStretchFactor(1, 4)
        if not state.restore_splitter(ui.splitter, STATE_KEY):
            ui.splitter.setSizes([150, 550])
        self._enable(None)

    # ---- the list ----
    def attach(self, db) -> None:
        from brastod.core.services.situation_reports import list_situation_reports
        self._db = db
        self._data.attach(db)
        self._fetch = lambda: list_situation_reports(db)

    def reload(self, select_id: int | None = None) -> None:
        self.flush()
        current = self.selected_rows()
        self._select_id = select_id or (current[0].id if current else None)
        fetch = self._fetch
        self._tasks.run(lambda ctx: fetch(), on_done=self._show)

    def _show(self, rows: list) -> None:
        self._listing = True
        self.model.set_rows(rows)
        self._listing = False
        ui = self.ui
        ui.emptyLabel.setText(EMPTY)
        ui.stack.setCurrentWidget(ui.tablePage if rows else ui.emptyPage)
        if not views.choose_row(ui.table, self.proxy, self._select_id):
            self._report_chosen(ui.table.currentIndex())
        self.loaded.emit(len(rows))

    def selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.ui.table.selectionModel().selectedRows()]

    def _report_chosen(self, current, _previous=None) -> None:
        if self._listing:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.detail = None
            self.ui.editorStack.setCurrentWidget(self.ui.noReportPage)
            self._enable(None)
            return
        self.open_report(row.id)

    # ---- one report ----
    def open_report(self, report_id: int) -> None:
        """Fetch the report and its figures (computed for a draft, stored for an adopted one)
        on the worker, then show every part."""
        from brastod.core.services.situation_reports import (
            assessment_rows, get_report, list_levels, report_figures,
        )
        self.flush()
        db = self._db

        def fetch(ctx):
            return (get_report(db, report_id), report_figures(db, report_id), list_levels(db),
                    assessment_rows(db, report_id))
        self.ui.periodLabel.setText("Hämtar lägesbilden …")
        self._tasks.run(fetch, on_done=self._show_report, on_error=self._open_failed)

    def _open_failed(self, error: BaseException) -> None:
        self.ui.periodLabel.setText("")
        self._warn(str(error))

    def _show_report(self, result) -> None:
        detail, figures, levels, assessments = result
        section = self.sections.current_section()
        keep = section.id if section is not None and self.detail is not None \
            and self.detail.id == detail.id else None
        self.detail = detail
        ui, read_only = self.ui, detail.adopted
        ui.titleEdit.setText(detail.title)
        ui.titleEdit.setReadOnly(read_only)
        ui.titleEdit.setCursorPosition(0)
        if read_only:
            ui.statusLabel.setText(f"<span style='color:#2e7d32; font-weight:600'>Fastställd "
                                   f"{detail.adopted_on} av {detail.adopted_by}</span>")
        else:
            ui.statusLabel.setText("<span style='color:#8a6d00; font-weight:600'>Utkast</span>"
                                   " – sparas medan du skriver")
        ui.periodLabel.setText(f"{label(ReportKind, detail.kind)} lägesbild · "
                               f"{describe(detail.period)} · {detail.scope_text}")
        self.sections.show_sections(detail.id, detail.sections, read_only, keep)
        self.matrix.show_figures(figures, detail.area_ids, read_only)
        self.places.show_figures(figures)
        self.chart.show_figures(figures)
        self.assessments.show_assessments(detail.id, assessments, levels, read_only)
        self.pinned.show_pinned(detail.id, detail.pinned, read_only)
        self.key_figures.show_key_figures(figures.key_figures, read_only)
        ui.parts.setTabVisible(ui.parts.indexOf(self.key_figures),
                               detail.kind == ReportKind.STRATEGIC)
        ui.editorStack.setCurrentWidget(ui.editorPage)
        self._enable(detail)
        self.shown.emit(detail.id)

    def _enable(self, detail) -> None:
        ui = self.ui
        draft = detail is not None and not detail.adopted
        ui.newButton.setEnabled(self._db is not None)
        ui.copyButton.setEnabled(detail is not None)
        ui.exportButton.setEnabled(detail is not None)
        ui.adoptButton.setEnabled(draft)
        ui.deleteButton.setEnabled(draft)

    def flush(self) -> None:
        """Save typing that is waiting for its moment (before anything else happens)."""
        self.sections.flush()
        self.assessments.flush()

    # ---- changes ----
    def _rename(self) -> None:
        from brastod.core.services.situation_reports import rename_report
        detail, title = self.detail, self.ui.titleEdit.text()
        if detail is None or detail.adopted or title.strip() == detail.title:
            return
        db = self._db
        self._tasks.run(lambda ctx: rename_report(db, detail.id, title),
                        on_done=lambda _: self.reload(detail.id), on_error=self._rename_failed)

    def _rename_failed(self, error: BaseException) -> None:
        self.ui.titleEdit.setText(self.detail.title)
        self._warn(str(error))

    def new_report(self) -> None:
        from brastod.core.services.situation_reports import create_report
        from brastod.gui.dialogs.new_situation_report import NewSituationReportDialog
        data = Data(self._tasks, self.today)   # until the tab has the window's Data
        data.attach(self._db)
        dialog = NewSituationReportDialog(data, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, db = dialog.result_report(), self._db
        self._tasks.run(lambda ctx: create_report(db, new.kind, new.period, new.area_ids,
                                                  new.title),
                        on_done=self._created, on_error=lambda e: self._warn(str(e)))

    def _created(self, report_id: int) -> None:
        self.reload(report_id)
        self.ui.parts.setCurrentWidget(self.sections)
        self.message.emit("Den nya lägesbilden är skapad. Skriv i avsnitten; allt sparas "
                          "medan du skriver.")

    def copy_report(self) -> None:
        from brastod.core.services.situation_reports import copy_report
        if self.detail is None:
            return
        db, report_id = self._db, self.detail.id
        self.flush()
        self._tasks.run(lambda ctx: copy_report(db, report_id),
                        on_done=lambda new_id: (self.reload(new_id), self.message.emit(
                            "Kopian är ett nytt utkast med samma period, text och "
                            "bedömningar.")),
                        on_error=lambda e: self._warn(str(e)))

    def adopt_report(self) -> None:
        from brastod.core.services.situation_reports import adopt_report
        from brastod.gui.dialogs.adopt_report import AdoptReportDialog
        detail = self.detail
        if detail is None or detail.adopted:
            return
        self.flush()
        data = Data(self._tasks, self.today)   # until the tab has the window's Data
        data.attach(self._db)
        dialog = AdoptReportDialog(data, detail.title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, on, by, meeting = self._db, dialog.adopted_on, dialog.adopted_by, dialog.meeting_id
        self._tasks.run(lambda ctx: adopt_report(db, detail.id, on, by, meeting),
                        on_done=lambda _: (self.reload(detail.id), self.message.emit(
                            f"{detail.title} är fastställd {on} och låst.")),
                        on_error=lambda e: self._warn(str(e)),
                        label="Fastställer lägesbilden…", parent=self)

    def delete_report(self) -> None:
        from brastod.core.services.situation_reports import delete_report
        detail = self.detail
        if detail is None or detail.status == ReportStatus.ADOPTED:
            return
        if not ask(self, f"Ta bort utkastet ”{detail.title}” med all dess text och alla "
                         "bedömningar?"):
            return
        db = self._db
        self.sections.flush()
        self._tasks.run(lambda ctx: delete_report(db, detail.id),
                        on_done=lambda _: (self.reload(None), self.message.emit(
                            f"{detail.title} är borttagen.")),
                        on_error=lambda e: self._warn(str(e)))

    def pin(self, incident_ids: list[int]) -> None:
        from brastod.core.services.situation_reports import pin_incident
        db, report_id = self._db, self.detail.id

        def pin(ctx):
            for incident_id in incident_ids:
                pin_incident(db, report_id, incident_id)
        self._tasks.run(pin, on_done=lambda _: (self._refresh_pinned(), self.message.emit(
            f"{len(incident_ids)} händelser är lyfta in i lägesbilden (Utvalda händelser).")),
                        on_error=lambda e: self._warn(str(e)))

    def _refresh_pinned(self) -> None:
        from brastod.core.services.situation_reports import get_report
        db, report_id = self._db, self.detail.id
        self._tasks.run(lambda ctx: get_report(db, report_id).pinned,
                        on_done=lambda rows: self.pinned.show_pinned(report_id, rows, False),
                        on_error=lambda e: self._warn(str(e)))

    def _key_figures_changed(self, message: str) -> None:
        from brastod.core.services.figures import key_figures
        self.message.emit(message)
        db, until = self._db, self.detail.period.end.year

        def fetch(ctx):
            with db.session() as session:
                return key_figures(session, until=until)
        self._tasks.run(fetch, on_done=lambda rows: self.key_figures.show_key_figures(
            rows, False), on_error=lambda e: self._warn(str(e)))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def save_state(self) -> None:
        self.flush()
        views.remember(self.ui.table, STATE_KEY)
        state.save_splitter(self.ui.splitter, STATE_KEY)
