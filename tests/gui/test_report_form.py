"""Lägesbild and Redovisning are built from one form (ui/report_tab.ui), each showing its own
words and only its own buttons, as their two forms did."""
from PySide6.QtWidgets import QPushButton

from brastod.gui.forms.ui_report_tab import Ui_ReportTab


def _toolbar(tab) -> list[str]:
    layout = tab.ui.toolbar
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.text() for w in widgets if isinstance(w, QPushButton) and w.isVisibleTo(tab)]


def test_both_report_tabs_are_one_form_with_their_own_words(window):
    lagesbild, redovisning = window.situation_reports, window.annual_reports
    assert isinstance(lagesbild.ui, Ui_ReportTab) and isinstance(redovisning.ui, Ui_ReportTab)
    assert _toolbar(lagesbild) == ["&Ny lägesbild…", "&Kopiera", "&Fastställ…", "&Exportera…",
                                   "Ta &bort"]
    assert _toolbar(redovisning) == ["&Ny verksamhetsberättelse…", "&Fastställ…", "&Exportera…",
                                     "Ta &bort", "Månadsra&pport…"]
    assert lagesbild.ui.heading.isVisibleTo(lagesbild) and lagesbild.ui.heading.text() == \
        "Lägesbilder"
    assert not redovisning.ui.heading.isVisibleTo(redovisning)
    assert lagesbild.ui.feedbackButton.isVisibleTo(lagesbild)
    assert not redovisning.ui.feedbackButton.isVisibleTo(redovisning)
    assert not redovisning.ui.feedbackLabel.isVisibleTo(redovisning)
    assert redovisning.ui.noReportLabel.text() == \
        "Välj en verksamhetsberättelse i listan för att läsa och skriva i den."
    assert lagesbild.ui.exportButton.toolTip() == "Spara lägesbilden som PDF och Excel (Ctrl+P)"
    assert redovisning.ui.titleEdit.toolTip() == "Titeln; ändringen sparas direkt"
