"""Register → Kommun och områden: name, code, county, logo, population per year, and areas."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog

from brastod.core.db import Database
from brastod.core.errors import ValidationError
from brastod.core.labels import options
from brastod.core.enums import AreaKind
from brastod.core.services import registers
from brastod.gui import views
from brastod.gui.widgets import combos
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_municipality_dialog import Ui_MunicipalityDialog
from brastod.gui.models.registers import AreaTableModel, PopulationTableModel


class MunicipalityDialog(RegisterDialog):
    state_key = "municipality_dialog"

    def __init__(self, db: Database, parent=None):
        super().__init__(db, Ui_MunicipalityDialog(), parent)
        db = self.db  # contract shim (tabs branch)
        combos.fill(self.ui.areaKind, options(AreaKind))
        self.population = PopulationTableModel(self)
        views.attach(self.ui.populationTable, self.population, sort_column=0)
        self.ui.saveMunicipalityButton.clicked.connect(self.save_municipality)
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(lambda: self.set_logo(None))
        self.ui.savePopulationButton.clicked.connect(self.save_population)
        self.ui.populationTable.clicked.connect(self._population_clicked)
        self.areas = self.panel(
            table=self.ui.areaTable, model=AreaTableModel(self),
            new_button=self.ui.areaNewButton, save_button=self.ui.areaSaveButton,
            delete_button=self.ui.areaDeleteButton,
            load=lambda: registers.list_areas(db), fill=self._fill_area, save=self._save_area,
            delete=lambda row: registers.delete_area(db, row.id),
            describe=lambda row: f"området {row.name}",
            fields={"name": self.ui.areaName, "parent_id": self.ui.areaParent,
                    "kind": self.ui.areaKind, "deso_code": self.ui.areaDeso})
        self._load_municipality()
        self.areas.reload()

    # ---- the municipality ----
    def _load_municipality(self) -> None:
        info = registers.get_municipality(self.db)
        self.ui.municipalityName.setText(info.name)
        self.ui.municipalityCode.setText(info.code or "")
        self.ui.county.setText(info.county or "")
        self._show_logo(info.logo)
        self.population.set_rows(registers.list_population(self.db))

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.ui.logoPreview.setPixmap(pixmap.scaled(
                72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logoPreview.setText("Ingen\nlogotyp")
        self.ui.removeLogoButton.setEnabled(bool(data))

    def save_municipality(self) -> bool:
        try:
            registers.update_municipality(self.db, self.ui.municipalityName.text(),
                                          self.ui.municipalityCode.text(), self.ui.county.text())
        except ValidationError as refusal:
            show_at_field(self.ui.error, {"name": self.ui.municipalityName,
                                          "code": self.ui.municipalityCode}, refusal)
            return False
        self.ui.error.clear()
        self.changed.emit()
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Välj logotyp", str(Path.home()),
                                              "Bilder (*.png *.jpg *.jpeg)")
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path | None) -> bool:
        try:
            registers.set_logo(self.db, path)
        except ValidationError as refusal:
            self.ui.error.setText(str(refusal))
            return False
        self.ui.error.clear()
        self._show_logo(registers.get_municipality(self.db).logo)
        self.changed.emit()
        return True

    def save_population(self) -> bool:
        try:
            registers.set_population(self.db, self.ui.populationYear.value(),
                                     self.ui.populationValue.value(),
                                     self.ui.populationSource.text() or "SCB")
        except ValidationError as refusal:
            show_at_field(self.ui.error, {"year": self.ui.populationYear,
                                          "population": self.ui.populationValue}, refusal)
            return False
        self.ui.error.clear()
        self.population.set_rows(registers.list_population(self.db))
        return True

    def _population_clicked(self, index) -> None:
        row = self.population.row_at(self.ui.populationTable.model().mapToSource(index).row())
        self.ui.populationYear.setValue(row.year)
        self.ui.populationValue.setValue(row.population)
        self.ui.populationSource.setText(row.source)

    # ---- areas ----
    def _fill_area(self, row) -> None:
        choices = [(None, "— (ingen, överst)")]
        choices += [(a.id, a.name) for a in self.areas.model.rows()
                    if row is None or a.id != row.id]
        combos.fill(self.ui.areaParent, choices)
        self.ui.areaName.setText(row.name if row else "")
        combos.choose(self.ui.areaParent, row.parent_id if row else None)
        combos.choose(self.ui.areaKind, row.kind if row else AreaKind.DISTRICT.value)
        self.ui.areaDeso.setText(row.deso_code or "" if row else "")
        self.ui.areaBox.setTitle(f"Område: {row.name}" if row else "Nytt område")

    def _save_area(self, row) -> int | None:
        fields = dict(name=self.ui.areaName.text(), parent_id=combos.chosen(self.ui.areaParent),
                      kind=combos.chosen(self.ui.areaKind), deso_code=self.ui.areaDeso.text())
        if row is None:
            return registers.add_area(self.db, **fields)
        registers.update_area(self.db, row.id, **fields)
        return None
