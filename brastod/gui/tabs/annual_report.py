"""Redovisning: the reports that leave the BRÅ upward. Verksamhetsberättelser and
delårsrapporter above, newest first; the chosen one below — the coordinator's text, in the same
editor as the lägesbild's, and the figures of the period as the document will show them. A
draft's figures follow the database until it is adopted; then they are frozen. The månadsrapport
is written from here too: it has no text of its own to keep."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from brastod.core.dates import MONTHS
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.exports import Export
from brastod.gui.forms.ui_report_tab import Ui_ReportTab
from brastod.gui.master_detail import MasterDetailTab
from brastod.gui.models.annual_reports import AnnualReportTableModel
from brastod.gui.report_editor.annual_figures import AnnualFiguresPane
from brastod.gui.report_editor.sections import SectionsPane
from brastod.gui.tabs.report_form import ReportWords, put_words

FORMATS = (".pdf", ".docx", ".xlsx")
DRAFT = "Utkast – siffrorna räknas om tills den fastställs"
WORDS = ReportWords(
    new="&Ny verksamhetsberättelse…",
    new_tip="Skapa en verksamhetsberättelse för ett år, eller en delårsrapport för en del av "
            "ett år",
    adopt_tip="Ange datum och möte; därefter låses texten och siffrorna",
    export_tip="Spara verksamhetsberättelsen som PDF, Word eller Excel",
    delete_tip="Ta bort ett utkast (en fastställd verksamhetsberättelse kan inte tas bort)",
    none_chosen="Välj en verksamhetsberättelse i listan för att läsa och skriva i den.",
    title_tip="Titeln; ändringen sparas direkt")


def annual_sections():
    """The verksamhetsberättelse's sections in the core (for the text's pane)."""
    from brastod.core.services.annual_reports import SECTIONS
    return SECTIONS


# The service is imported on the worker: at start, on the GUI thread, it took some 45 ms.
def _list_reports(db):
    from brastod.core.services.annual_reports import list_annual_reports
    return list_annual_reports(db)


def _get_report(db, report_id: int):
    from brastod.core.services.annual_reports import get_annual_report
    return get_annual_report(db, report_id)


def _written_as(path) -> str:
    """The keyword of export_annual_report and export_monthly_report for ``path``'s format."""
    return {".pdf": "pdf_path", ".docx": "docx", ".xlsx": "xlsx"}[path.suffix.lower()]


def adopted_text(row) -> str:
    return f"Fastställd {row.adopted_on:%Y-%m-%d} av {row.adopted_by}"


class AnnualReportTab(MasterDetailTab):
    EMPTY = ("Ingen verksamhetsberättelse ännu.\n\nSkapa en med Ny verksamhetsberättelse…: "
             "för ett helt år, eller för en del av året som delårsrapport. Månadsrapporten "
             "skrivs direkt med Månadsrapport….")
    STATE_KEY = "annual_reports"
    # A draft shows what the database holds for its period: meetings, decisions, lägesbilder,
    # plans, key figures, partners' reporting and incidents.
    TOPICS = Topic.ALL
    NOTHING_TO_EXPORT = "Välj en verksamhetsberättelse i fliken Redovisning först."
    EDITS = Topic.ANNUAL

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_ReportTab(), parent)
        ui = self.ui
        put_words(ui, WORDS, ui.copyButton, ui.feedbackButton, ui.feedbackLabel)
        self.set_up_list(AnnualReportTableModel(self), 1, Qt.SortOrder.DescendingOrder)
        ui.editorStack.setCurrentWidget(ui.noReportPage)
        self.sections = SectionsPane(data, annual_sections, Topic.ANNUAL)
        self.figures = AnnualFiguresPane(data)
        ui.parts.addTab(self.sections, "&Text")
        ui.parts.addTab(self.figures, "&Siffror")
        ui.titleEdit.editingFinished.connect(self._rename)
        ui.newButton.clicked.connect(self.new_report)
        ui.adoptButton.clicked.connect(self.adopt_report)
        ui.deleteButton.clicked.connect(self.delete_report)
        ui.exportButton.clicked.connect(lambda: self.export_requested.emit(self.export()))
        ui.monthlyButton.clicked.connect(self.monthly_report)
        ui.splitter.setStretchFactor(1, 4)
        self.keep_splitter(ui.splitter, self.STATE_KEY, [112, 588])
        roles.reads(ui.exportButton, ui.monthlyButton)      # the månadsrapport is only written
        self._enable(None)

    def set_role(self, role: roles.Role) -> None:
        """A role that may not change the reports sees every one as if adopted."""
        super().set_role(role)
        self._enable(self.detail)
        if self.detail is not None:
            self.reload(self.detail.row.id)

    # ---- the master–detail parts ----
    def attach(self) -> None:
        self._enable(self.detail)

    def fetch_list(self):
        return _list_reports

    def fetch_item(self, report_id: int):
        self.ui.periodLabel.setText("Hämtar verksamhetsberättelsen …")
        return lambda db: _get_report(db, report_id)

    def item_failed(self) -> None:
        self.ui.periodLabel.setText("")

    def clear_item(self) -> None:
        self.ui.editorStack.setCurrentWidget(self.ui.noReportPage)
        self._enable(None)

    def show_item(self, detail) -> None:
        row = detail.row
        section = self.sections.current_section()
        keep = section.id if section is not None and self.detail is not None \
            and self.detail.row.id == row.id else None
        self.detail = detail
        ui, read_only = self.ui, detail.adopted or self.read_only
        ui.titleEdit.setText(row.title)
        ui.titleEdit.setReadOnly(read_only)
        ui.titleEdit.setCursorPosition(0)
        if detail.adopted:
            status = (f"<span style='color:#2e7d32; font-weight:600'>{adopted_text(row)}"
                      "</span>")
            note = f"{adopted_text(row)}. Siffrorna är frysta som de var då."
        else:
            status = ("<span style='color:#8a6d00; font-weight:600'>Utkast</span>"
                      + (" – du kan läsa men inte ändra" if read_only else
                         " – sparas medan du skriver"))
            note = f"{DRAFT}."
        ui.statusLabel.setText(status)
        kind = "Delårsrapport" if row.interim else "Verksamhetsberättelse"
        ui.periodLabel.setText(f"{kind} · {row.period_start:%Y-%m-%d} – "
                               f"{row.period_end:%Y-%m-%d}")
        self.sections.show_sections(row.id, detail.sections, read_only, keep)
        if read_only and not detail.adopted:        # not "Fastställd": the draft is only shown
            self.sections.saved_label.setText(self.role.refusal)
        self.figures.show_report(row.id, note)
        ui.editorStack.setCurrentWidget(ui.editorPage)
        self._enable(detail)

    def _enable(self, detail) -> None:
        ui = self.ui
        draft = detail is not None and not detail.adopted and not self.read_only
        ui.newButton.setEnabled(self.data.open and not self.read_only)
        ui.monthlyButton.setEnabled(self.data.open)
        ui.exportButton.setEnabled(detail is not None)
        ui.adoptButton.setEnabled(draft)
        ui.deleteButton.setEnabled(draft)

    def flush(self) -> None:
        self.sections.flush()

    def export(self) -> Export | None:
        self.flush()
        detail, today = self.detail, self.data.today
        if detail is None:
            return None
        report_id = detail.row.id

        def write(db, path, allow: bool) -> None:     # imported on the worker: see calendar.py
            from brastod.core.exports.annual_report import export_annual_report
            export_annual_report(db, report_id, printed=today, allow_personal_data=allow,
                                 **{_written_as(path): path})
        what = "delårsrapporten" if detail.row.interim else "verksamhetsberättelsen"
        return Export(what, detail.row.title, FORMATS, write, document=True)

    # ---- changes ----
    def _call(self, function, *args, on_done=lambda _: None, **kwargs) -> None:
        """A change to the verksamhetsberättelser, told to the rest of the window."""
        self.data.call(function, *args, on_done=on_done, changes=Topic.ANNUAL, origin=self,
                       **kwargs)

    def _rename(self) -> None:
        from brastod.core.services.annual_reports import rename_annual_report
        detail, title = self.detail, self.ui.titleEdit.text()
        if detail is None or detail.adopted or title.strip() == detail.row.title:
            return

        def refused(error) -> None:     # a title someone else gave it meanwhile is shown
            self.ui.titleEdit.setText(detail.row.title)
            self.data.runner.refuse(error)
            self.reload(detail.row.id)
        self._call(rename_annual_report, detail.row.id, title, detail.row.title,
                   on_done=lambda _: self.reload(detail.row.id), on_error=refused)

    def new_report(self) -> None:
        from brastod.core.services.annual_reports import create_annual_report
        from brastod.gui.dialogs.new_annual_report import NewAnnualReportDialog
        dialog = NewAnnualReportDialog(self.data.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end, title = dialog.chosen()
        self._call(create_annual_report, start, end, title or None, on_done=self._created)

    def _created(self, report_id: int) -> None:
        self.reload(report_id)
        self.ui.parts.setCurrentWidget(self.sections)
        self.message.emit("Verksamhetsberättelsen är skapad. Skriv i avsnitten; allt sparas "
                          "medan du skriver. Under Siffror står det som hämtas ur databasen.")

    def adopt_report(self) -> None:
        """The dialog fetches the meetings to choose from itself, on the worker."""
        from brastod.core.services.annual_reports import adopt_annual_report
        from brastod.gui.dialogs.adopt_report import AdoptReportDialog
        detail = self.detail
        if detail is None or detail.adopted:
            return
        self.flush()
        row = detail.row
        dialog = AdoptReportDialog(self.data, row.title, self)
        dialog.setWindowTitle("Fastställ verksamhetsberättelse")
        dialog.ui.warning.setText(
            "När verksamhetsberättelsen är fastställd låses texten, och siffrorna fryses som de "
            "är den dagen: möten, beslut, planer och händelser som läggs till eller ändras "
            "därefter ändrar den inte. En fastställd verksamhetsberättelse kan inte tas bort.")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on, by, meeting = dialog.adopted_on, dialog.adopted_by, dialog.meeting_id
        self._call(adopt_annual_report, row.id, on, by, meeting, row.version,
                   on_done=lambda _: (self.reload(row.id), self.message.emit(
                       f"{row.title} är fastställd {on}; texten är låst och siffrorna frysta.")),
                   on_error=self.refused_and_shown(row.id),
                   label="Fastställer verksamhetsberättelsen…", parent=self)

    def delete_report(self) -> None:
        from brastod.core.services.annual_reports import delete_annual_report
        detail = self.detail
        if detail is None or detail.adopted:
            return
        row = detail.row
        if not ask(self, f"Ta bort utkastet ”{row.title}” med all dess text?"):
            return
        self.sections.flush()

        self._call(delete_annual_report, row.id, row.version, on_done=lambda _: (
            self.reload(None), self.message.emit(f"{row.title} är borttagen.")),
                   on_error=self.refused_and_shown(row.id))

    def monthly_report(self) -> None:
        from brastod.gui.dialogs.month_dialog import MonthDialog
        today = self.data.today
        dialog = MonthDialog(today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, month = dialog.chosen()

        def write(db, path, allow: bool) -> None:     # imported on the worker
            from brastod.core.exports.monthly_report import export_monthly_report
            export_monthly_report(db, year, month, printed=today, allow_personal_data=allow,
                                  **{_written_as(path): path})
        self.export_requested.emit(Export("månadsrapporten",
                                          f"Månadsrapport {MONTHS[month - 1]} {year}", FORMATS,
                                          write, document=True))
