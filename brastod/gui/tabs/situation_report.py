"""Lägesbild: every report with kind, period and status above, the chosen one below — its text,
figures, places and times, chart, area assessments, pinned incidents and key figures. A draft is
edited in place and saved as it is typed; an adopted one is shown as it was adopted."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from brastod.core.enums import ReportKind
from brastod.core.labels import label
from brastod.core.periods import describe
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.exports import Export
from brastod.gui.forms.ui_report_tab import Ui_ReportTab
from brastod.gui.master_detail import MasterDetailTab
from brastod.gui.models.situation_reports import SituationReportTableModel
from brastod.gui.report_editor.assessments import AssessmentsPane
from brastod.gui.report_editor.chart import ChartPane
from brastod.gui.report_editor.key_figures import KeyFiguresPane
from brastod.gui.report_editor.matrix import MatrixPane
from brastod.gui.report_editor.pinned import PinnedPane
from brastod.gui.report_editor.places import PlacesPane
from brastod.gui.report_editor.sections import SectionsPane
from brastod.gui.tabs.report_form import ReportWords, put_words


def _fetch_report(db, report_id: int):
    from brastod.core.services.situation_reports import (
        assessment_rows, get_report, list_levels, report_figures,
    )
    return (get_report(db, report_id), report_figures(db, report_id), list_levels(db),
            assessment_rows(db, report_id))


def report_sections():
    """The lägesbild's sections in the core (for the text's pane)."""
    from brastod.core.services.situation_reports import SECTIONS
    return SECTIONS


def _pin_all(db, report_id: int, incident_ids: list[int]) -> None:
    from brastod.core.services.situation_reports import pin_incident
    for incident_id in incident_ids:
        pin_incident(db, report_id, incident_id)


FEEDBACK_TIP = "En sida för partnerna och allmänheten, som PDF och e-postutkast"
WORDS = ReportWords(
    heading="Lägesbilder", new="&Ny lägesbild…",
    new_tip="Skapa en ny lägesbild med standardavsnitten",
    adopt_tip="Ange datum och möte; därefter låses lägesbilden och dess siffror",
    export_tip="Spara lägesbilden som PDF och Excel (Ctrl+P)",
    delete_tip="Ta bort ett utkast (en fastställd lägesbild kan inte tas bort)",
    none_chosen="Välj en lägesbild i listan för att läsa och redigera den.",
    title_tip="Lägesbildens titel; ändringen sparas direkt")


class SituationReportTab(MasterDetailTab):
    EMPTY = ("Inga lägesbilder ännu.\n\nEn lägesbild sammanställer periodens händelser per "
             "område och kategori med bedömning och analys. Börja med Ny lägesbild.")
    STATE_KEY = "situation_reports"
    # Imported or purged incidents change a draft's figures; registers its areas' names.
    TOPICS = Topic.REPORTS | Topic.INCIDENTS | Topic.REGISTERS
    NOTHING_TO_EXPORT = "Välj en lägesbild i fliken Lägesbild först."
    EDITS = Topic.REPORTS

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_ReportTab(), parent)
        ui = self.ui
        put_words(ui, WORDS, ui.monthlyButton)
        self.set_up_list(SituationReportTableModel(self), 2, Qt.SortOrder.DescendingOrder)
        ui.editorStack.setCurrentWidget(ui.noReportPage)
        self.sections = SectionsPane(data, report_sections, Topic.REPORTS)
        self.matrix = MatrixPane(data)
        self.places = PlacesPane()
        self.chart = ChartPane()
        self.assessments = AssessmentsPane(data)
        self.pinned = PinnedPane(data)
        self.key_figures = KeyFiguresPane(data)
        for pane, title in ((self.sections, "&Text"), (self.matrix, "&Siffror"),
                            (self.places, "&Platser och tider"), (self.chart, "&Utveckling"),
                            (self.assessments, "&Områdesbedömningar"),
                            (self.pinned, "Utvalda &händelser"), (self.key_figures, "&Nyckeltal")):
            ui.parts.addTab(pane, title)
        self.matrix.pin_requested.connect(self.pin)
        self.pinned.changed.connect(self._refresh_pinned)
        self.key_figures.changed.connect(self._key_figures_changed)
        ui.titleEdit.editingFinished.connect(self._rename)
        ui.newButton.clicked.connect(self.new_report)
        ui.copyButton.clicked.connect(self.copy_report)
        ui.adoptButton.clicked.connect(self.adopt_report)
        ui.deleteButton.clicked.connect(self.delete_report)
        ui.exportButton.clicked.connect(lambda: self.export_requested.emit(self.export()))
        ui.feedbackButton.clicked.connect(self.feed_back)
        ui.splitter.setStretchFactor(1, 4)
        self.keep_splitter(ui.splitter, self.STATE_KEY, [112, 588])   # four reports in view
        # Choosing what is shown, and the national figures' own dialog, stay for every role.
        roles.reads(ui.exportButton, self.matrix.compare, self.chart.months,
                    self.key_figures.references_button)
        self._enable(None)

    def set_role(self, role: roles.Role) -> None:
        """A role that may not change lägesbilder sees every report as if adopted."""
        super().set_role(role)
        self._enable(self.detail)
        if self.detail is not None:
            self.reload(self.detail.id)

    # ---- the master–detail parts ----
    def attach(self) -> None:
        self._enable(self.detail)

    def fetch_list(self):
        from brastod.core.services.situation_reports import list_situation_reports
        return list_situation_reports

    def fetch_item(self, report_id: int):
        self.ui.periodLabel.setText("Hämtar lägesbilden …")
        return lambda db: _fetch_report(db, report_id)

    def item_failed(self) -> None:
        self.ui.periodLabel.setText("")

    def clear_item(self) -> None:
        self.ui.editorStack.setCurrentWidget(self.ui.noReportPage)
        self._enable(None)

    def show_item(self, result) -> None:
        detail, figures, levels, assessments = result
        section = self.sections.current_section()
        keep = section.id if section is not None and self.detail is not None \
            and self.detail.id == detail.id else None
        self.detail = detail
        ui, read_only = self.ui, detail.adopted or self.read_only
        ui.titleEdit.setText(detail.title)
        ui.titleEdit.setReadOnly(read_only)
        ui.titleEdit.setCursorPosition(0)
        if detail.adopted:
            ui.statusLabel.setText(f"<span style='color:#2e7d32; font-weight:600'>Fastställd "
                                   f"{detail.adopted_on} av {detail.adopted_by}</span>")
        else:
            ui.statusLabel.setText("<span style='color:#8a6d00; font-weight:600'>Utkast</span>"
                                   + (" – du kan läsa men inte ändra" if self.read_only else
                                      " – sparas medan du skriver"))
        ui.periodLabel.setText(f"{label(ReportKind, detail.kind)} lägesbild · "
                               f"{describe(detail.period)} · {detail.scope_text}")
        self.sections.show_sections(detail.id, detail.sections, read_only, keep)
        if self.read_only and not detail.adopted:   # not "Fastställd": the draft is only shown
            self.sections.saved_label.setText(self.role.refusal)
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
        self._show_feedback_log(detail)

    def _enable(self, detail) -> None:
        ui = self.ui
        draft = detail is not None and not detail.adopted and not self.read_only
        ui.newButton.setEnabled(self.data.open and not self.read_only)
        ui.copyButton.setEnabled(detail is not None and not self.read_only)
        ui.exportButton.setEnabled(detail is not None)
        ui.adoptButton.setEnabled(draft)
        ui.deleteButton.setEnabled(draft)
        adopted = detail is not None and detail.adopted
        ui.feedbackButton.setEnabled(adopted and not self.read_only)
        ui.feedbackButton.setToolTip(FEEDBACK_TIP if adopted or detail is None else
                                     "Återkoppling görs från en fastställd lägesbild: "
                                     "fastställ den först.")

    def flush(self) -> None:
        self.sections.flush()
        self.assessments.flush()

    def export(self) -> Export | None:
        self.flush()
        detail = self.detail
        if detail is None:
            return None

        def write(db, pdf, allow: bool) -> None:     # imported on the worker: see calendar.py
            from brastod.core.exports.situation_report import export_situation_report
            export_situation_report(db, detail.id, pdf=pdf, xlsx=pdf.with_suffix(".xlsx"),
                                    allow_personal_data=allow)
        return Export("lägesbilden", detail.title, (".pdf",), write, with_excel=True,
                      document=True)

    # ---- återkoppling ----
    def feed_back(self) -> None:
        """To whom and how, then the files through the window's exports (which log it)."""
        from brastod.gui.dialogs.feedback import FeedbackDialog, feedback_export
        detail = self.detail
        if detail is None or not detail.adopted:
            return
        dialog = FeedbackDialog(self.data, detail.title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export_requested.emit(feedback_export(detail.id, detail.title, dialog.partners,
                                                   self.data.today))

    def _show_feedback_log(self, detail) -> None:
        """When and to whom the adopted lägesbild was fed back, newest first (fetched after
        the lägesbild; dropped if the user has moved on meanwhile)."""
        from brastod.core.services.feedback_log import feedback_log
        label = self.ui.feedbackLabel
        label.setVisible(detail.adopted)
        label.setText("")
        label.setToolTip("")
        if not detail.adopted:
            return

        def show(rows: list) -> None:
            if self.detail is not detail:
                return
            if not rows:
                label.setText("Inte återkopplad ännu.")
                return
            earlier = f" (och {len(rows) - 1} tidigare)" if len(rows) > 1 else ""
            label.setText(f"Återkopplad {rows[0].brief}{earlier}")
            label.setToolTip("\n".join(row.text for row in rows))
        self.data.call(feedback_log, detail.id, on_done=show)

    # ---- changes ----
    def _call(self, function, *args, on_done=lambda _: None, **kwargs) -> None:
        """A change to the reports, told to the other tabs."""
        self.data.call(function, *args, on_done=on_done, changes=Topic.REPORTS, origin=self,
                       **kwargs)

    def _rename(self) -> None:
        from brastod.core.services.situation_reports import rename_report
        detail, title = self.detail, self.ui.titleEdit.text()
        if detail is None or detail.adopted or title.strip() == detail.title:
            return

        def refused(error) -> None:     # a title someone else gave it meanwhile is shown
            self.ui.titleEdit.setText(detail.title)
            self.data.runner.refuse(error)
            self.reload(detail.id)
        self._call(rename_report, detail.id, title, detail.title,
                   on_done=lambda _: self.reload(detail.id), on_error=refused)

    def new_report(self) -> None:
        """The dialog fetches the areas itself, on the worker."""
        from brastod.core.services.situation_reports import create_report
        from brastod.gui.dialogs.new_situation_report import NewSituationReportDialog
        dialog = NewSituationReportDialog(self.data, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.result_report()
        self._call(create_report, new.kind, new.period, new.area_ids, new.title,
                   on_done=self._created)

    def _created(self, report_id: int) -> None:
        self.reload(report_id)
        self.ui.parts.setCurrentWidget(self.sections)
        self.message.emit("Den nya lägesbilden är skapad. Skriv i avsnitten; allt sparas "
                          "medan du skriver.")

    def copy_report(self) -> None:
        from brastod.core.services.situation_reports import copy_report
        if self.detail is None:
            return
        self.flush()
        self._call(copy_report, self.detail.id, on_done=lambda new_id: (
            self.reload(new_id), self.message.emit(
                "Kopian är ett nytt utkast med samma period, text och bedömningar.")))

    def adopt_report(self) -> None:
        """The dialog fetches the meetings to choose from itself, on the worker."""
        from brastod.core.services.situation_reports import adopt_report
        from brastod.gui.dialogs.adopt_report import AdoptReportDialog
        detail = self.detail
        if detail is None or detail.adopted:
            return
        self.flush()
        dialog = AdoptReportDialog(self.data, detail.title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on, by, meeting = dialog.adopted_on, dialog.adopted_by, dialog.meeting_id
        self._call(adopt_report, detail.id, on, by, meeting, detail.version,
                   on_done=lambda _: (self.reload(detail.id), self.message.emit(
                       f"{detail.title} är fastställd {on} och låst.")),
                   on_error=self.refused_and_shown(detail.id), label="Fastställer lägesbilden…",
                   parent=self)

    def delete_report(self) -> None:
        from brastod.core.services.situation_reports import delete_report
        detail = self.detail
        if detail is None or detail.adopted:
            return
        if not ask(self, f"Ta bort utkastet ”{detail.title}” med all dess text och alla "
                         "bedömningar?"):
            return
        self.sections.flush()

        self._call(delete_report, detail.id, detail.version, on_done=lambda _: (
            self.reload(None), self.message.emit(f"{detail.title} är borttagen.")),
                   on_error=self.refused_and_shown(detail.id))

    def pin(self, incident_ids: list[int]) -> None:
        self._call(_pin_all, self.detail.id, incident_ids, on_done=lambda _: (
            self._refresh_pinned(), self.message.emit(
                f"{len(incident_ids)} händelser är lyfta in i lägesbilden (Utvalda händelser).")))

    def _refresh_pinned(self) -> None:
        from brastod.core.services.situation_reports import get_report
        report_id = self.detail.id
        self.data.call(get_report, report_id, on_done=lambda detail: (
            self.pinned.show_pinned(report_id, detail.pinned, False)))

    def _key_figures_changed(self, message: str) -> None:
        from brastod.core.services.key_figures import key_figures_until
        self.message.emit(message)
        self.data.call(key_figures_until, self.detail.period.end.year, on_done=lambda rows: (
            self.key_figures.show_key_figures(rows, False)))
