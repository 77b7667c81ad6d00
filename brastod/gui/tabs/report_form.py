"""The form Lägesbild and Redovisning share (ui/report_tab.ui): the reports in a list above, the
chosen one below with its title, status, period and parts. Each tab puts its own kind of report
in the form's words and hides what it has no use for."""
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from brastod.gui.forms.ui_report_tab import Ui_ReportTab


@dataclass(frozen=True)
class ReportWords:
    """What the form says that differs between the tabs."""
    new: str            # the button that makes a report, and its tooltip
    new_tip: str
    adopt_tip: str
    export_tip: str
    delete_tip: str
    none_chosen: str    # the editor's place while no report is chosen
    title_tip: str
    heading: str = ""   # above the list ("": none)


def put_words(ui: Ui_ReportTab, words: ReportWords, *unused: QWidget) -> None:
    """``words`` into the form ``ui`` (already set up); the ``unused`` widgets hidden."""
    ui.heading.setText(words.heading)
    ui.heading.setVisible(bool(words.heading))
    ui.newButton.setText(words.new)
    ui.newButton.setToolTip(words.new_tip)
    ui.adoptButton.setToolTip(words.adopt_tip)
    ui.exportButton.setToolTip(words.export_tip)
    ui.deleteButton.setToolTip(words.delete_tip)
    ui.noReportLabel.setText(words.none_chosen)
    ui.titleEdit.setToolTip(words.title_tip)
    for widget in unused:
        widget.hide()
