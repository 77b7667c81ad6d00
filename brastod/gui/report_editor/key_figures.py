"""Nyckeltal for the strategic lägesbild: the indicators' values per year, per 100 000
inhabitants where asked, entered by hand or the population read from SCB's table."""
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.dialogs.confirm import ask
from brastod.gui.models.report_figures import KeyFigureModel
from brastod.gui.tasks import TaskRunner

NOTE = ("Per 100 000 invånare räknas ur värdet och folkmängden samma år (Register → Kommun och "
        "områden, eller Läs in folkmängd från SCB). Nyckeltalen gäller alla lägesbilder; en "
        "fastställd lägesbild visar dem som de var när den fastställdes.")


class KeyFiguresPane(QWidget):
    failed = Signal(str)
    changed = Signal(str)        # a status message; the figures are shown again

    def __init__(self, data, parent=None):
        super().__init__(parent)
        tasks, today, self._data = data.runner, data.today, data  # contract shim (tabs branch)
        self.failed.connect(data.runner.refused)  # contract shim (tabs branch)
        self._tasks, self._db, self.today = tasks, None, today
        self.model = KeyFigureModel(self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.add_button = QPushButton("Lägg till värde…")
        self.remove_button = QPushButton("Ta bort värde")
        self.population_button = QPushButton("Läs in folkmängd från SCB…")
        self.population_button.setToolTip("SCB:s tabell Folkmängd per kommun (xlsx), till "
                                          "exempel komtopp50_2020.xlsx")
        self.add_button.clicked.connect(self.add_value)
        self.remove_button.clicked.connect(self.remove_value)
        self.population_button.clicked.connect(self.import_population)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.population_button):
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
        db = self._data._db  # contract shim (tabs branch)
        self._db = db
        self.model.set_rows(figures)
        for button in (self.add_button, self.remove_button, self.population_button):
            button.setEnabled(not read_only)

    def add_value(self) -> None:
        from brastod.core.services.key_figures import list_indicators, save_measurement
        from brastod.gui.dialogs.measurement import MeasurementDialog
        dialog = MeasurementDialog(list_indicators(self._db), self.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, db = dialog.values(), self._db
        self._run(lambda ctx: save_measurement(
            db, values["indicator"], values["year"], values["value"], source=values["source"],
            unit=values["unit"], per_100k=values["per_100k"]),
            f"{values['indicator']} {values['year']} är sparat.")

    def remove_value(self) -> None:
        from brastod.core.services.key_figures import delete_measurement
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row, db = self.model.row_at(self.table.model().mapToSource(index).row()), self._db
        if ask(self, f"Ta bort värdet för {row.indicator} {row.year}?"):
            self._run(lambda ctx: delete_measurement(db, row.indicator, row.year),
                      f"{row.indicator} {row.year} är borttaget.")

    def import_population(self) -> None:
        from brastod.core.services.key_figures import import_population, population_text
        path, _ = QFileDialog.getOpenFileName(
            self, "Läs in folkmängd från SCB", str(self._db.path.parent),
            "Kalkylblad (*.xlsx *.xls *.ods)")
        if not path:
            return
        db, source = self._db, Path(path)

        self._tasks.run(lambda ctx: import_population(db, source), on_done=lambda population:
                        self.changed.emit(f"Folkmängd inläst ur {source.name} – "
                                          f"{population_text(population)}"),
                        on_error=lambda error: self.failed.emit(str(error)))

    def _run(self, work, message: str) -> None:
        self._tasks.run(work, on_done=lambda _: self.changed.emit(message),
                        on_error=lambda error: self.failed.emit(str(error)))
