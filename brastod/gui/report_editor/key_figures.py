"""Nyckeltal for the strategic lägesbild: the indicators' values per year, per 100 000
inhabitants where asked, entered by hand or the population read from SCB's table."""
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.models.report_figures import KeyFigureModel

NOTE = ("Per 100 000 invånare räknas ur värdet och folkmängden samma år (Register → Kommun och "
        "områden, eller Läs in folkmängd från SCB). Nyckeltalen gäller alla lägesbilder; en "
        "fastställd lägesbild visar dem som de var när den fastställdes.")


class KeyFiguresPane(QWidget):
    changed = Signal(str)        # a status message; the figures are shown again

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data = data
        self.model = KeyFigureModel(self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.add_button = QPushButton("Lägg till värde…")
        self.remove_button = QPushButton("Ta bort värde")
        self.population_button = QPushButton("Läs in folkmängd från SCB…")
        self.population_button.setToolTip("SCB:s tabell Folkmängd per kommun (xlsx), till "
                                          "exempel komtopp50_2020.xlsx")
        # The national figures belong to no lägesbild: open even when this one is adopted.
        self.references_button = QPushButton("Nationella &jämförelsetal…")
        self.references_button.setToolTip("Riket: siffror för hela landet att jämföra med, "
                                          "som visas i verksamhetsberättelsen")
        self.references_button.clicked.connect(self.edit_references)
        self.survey_button = QPushButton("Importera en&kät…")
        self.survey_button.setToolTip("En enkätexport (xlsx, ods, csv) med en rad per svarande: "
                                      "andelen otrygga per område och för kommunen")
        self.survey_button.clicked.connect(self.import_survey)
        self.add_button.clicked.connect(self.add_value)
        self.remove_button.clicked.connect(self.remove_value)
        self.population_button.clicked.connect(self.import_population)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.population_button,
                       self.survey_button, self.references_button):
            buttons.addWidget(button)
        buttons.addStretch()
        note = QLabel(NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def show_key_figures(self, figures: list, read_only: bool) -> None:
        self.model.set_rows(figures)
        for button in (self.add_button, self.remove_button, self.population_button,
                       self.survey_button):
            button.setEnabled(not read_only)

    def add_value(self) -> None:
        """The dialog fetches the indicators on the worker, then asks."""
        from brastod.gui.dialogs.measurement import MeasurementDialog
        dialog = MeasurementDialog(self.data, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()            # saved by the dialog
        self.changed.emit(f"{values['indicator']} {values['year']} är sparat.")

    def remove_value(self) -> None:
        from brastod.core.services.key_figures import delete_measurement
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.table.model().mapToSource(index).row())
        if not ask(self, f"Ta bort värdet för {row.indicator} {row.year}?"):
            return

        def refused(error) -> None:     # changed or removed meanwhile: the list shown again
            self.data.runner.refuse(error)
            self.changed.emit("")
        self._save(f"{row.indicator} {row.year} är borttaget.", delete_measurement,
                   row.indicator, row.year, row.version, on_error=refused)

    def edit_references(self) -> None:
        from brastod.gui.dialogs.measurement import NationalReferencesDialog
        NationalReferencesDialog(self.data, self).exec()

    def import_population(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Läs in folkmängd från SCB", str(self.data.path.parent if self.data.path else Path.home()),
            "Kalkylblad (*.xlsx *.xls *.ods)")
        if not path:
            return
        self._import_population(Path(path))

    def _import_population(self, source: Path, replace: bool = False) -> None:
        """A figure someone changed by hand that the file would change is asked about first:
        which years, who and when."""
        from brastod.core.services.key_figures import (
            ChangedByHand, import_population, population_text,
        )

        def refused(error) -> None:
            if not isinstance(error, ChangedByHand):
                self.data.runner.refuse(error)
            elif ask(self, f"{error}\n\nVill du ändå läsa in filen och ersätta dem med dess "
                           "siffror?"):
                self._import_population(source, replace=True)
        self.data.call(import_population, source, replace=replace,
                       on_done=lambda population: self.changed.emit(
                           f"Folkmängd inläst ur {source.name} – {population_text(population)}"),
                       on_error=refused, changes=Topic.REPORTS | Topic.REGISTERS, origin=self)

    def import_survey(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Importera enkät", str(self.data.path.parent if self.data.path else Path.home()),
            "Enkätexport (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)")
        if path:
            self.open_survey(Path(path))

    def open_survey(self, path: Path) -> None:
        from brastod.gui.dialogs.survey import SurveyDialog
        dialog = SurveyDialog(self.data, path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit(dialog.message())

    def _save(self, message: str, function, *args, **kwargs) -> None:
        self.data.call(function, *args, on_done=lambda _: self.changed.emit(message),
                       changes=Topic.REPORTS, origin=self, **kwargs)
