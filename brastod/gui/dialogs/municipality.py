"""Register → Kommun och områden: name, code, county, logo, population per year, and areas."""
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog

from brastod.core.enums import AreaKind
from brastod.core.labels import options
from brastod.core.services import registers
from brastod.core.versions import changed_line
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.form_conflict import choose_then_save, put
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_municipality_dialog import Ui_MunicipalityDialog
from brastod.gui.live import while_alive
from brastod.gui.models.registers import AreaTableModel, PopulationTableModel
from brastod.gui.widgets import combos, register_panel


def _municipality_and_population(db) -> tuple:
    return registers.get_municipality(db), registers.list_population(db)


class MunicipalityDialog(RegisterDialog):
    state_key = "municipality_dialog"

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_MunicipalityDialog(), parent)
        combos.fill(self.ui.areaKind, options(AreaKind))
        self.municipality = None        # as shown: its values and version
        self.conflict = None            # the conflict's dialog while it is open
        self.municipality_fields = {"name": self.ui.municipalityName,
                                    "code": self.ui.municipalityCode, "county": self.ui.county}
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
            load=lambda: registers.list_areas, fill=self._fill_area, save=self._save_area,
            delete=lambda row: partial(registers.delete_area, area_id=row.id,
                                       version=row.stamp.version),
            describe=lambda row: f"området {row.name}",
            fields={"name": self.ui.areaName, "parent_id": self.ui.areaParent,
                    "kind": self.ui.areaKind, "deso_code": self.ui.areaDeso})
        data.call(_municipality_and_population,
                  on_done=while_alive(self, lambda found: self._show_municipality(*found)))
        self.areas.reload()

    # ---- the municipality ----
    def _show_municipality(self, info, population: list) -> None:
        self.municipality = info
        self.ui.municipalityName.setText(info.name)
        self.ui.municipalityCode.setText(info.code or "")
        self.ui.county.setText(info.county or "")
        self._show_logo(info.logo)
        self.population.set_rows(population)

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.ui.logoPreview.setPixmap(pixmap.scaled(
                72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logoPreview.setText("Ingen\nlogotyp")
        self.ui.removeLogoButton.setEnabled(bool(data))

    def save_municipality(self, shown=None) -> None:
        """Saves over ``shown`` (as the dialog showed it): someone else's change to another
        field is taken, a field both changed is asked about."""
        ui, shown = self.ui, shown or self.municipality
        version, base = (shown.stamp.version, shown.columns()) if shown else (None, None)
        register_panel.write(
            self.data, self, partial(registers.update_municipality,
                                     name=ui.municipalityName.text(),
                                     code=ui.municipalityCode.text(), county=ui.county.text(),
                                     version=version, base=base),
            error=ui.error, fields=self.municipality_fields, changes=Topic.REGISTERS,
            on_done=lambda _: self.data.call(registers.get_municipality, on_done=while_alive(
                self, self._saved_municipality)),
            on_conflict=lambda conflict: self._municipality_met(shown, conflict))

    def _saved_municipality(self, info) -> None:
        self.ui.error.clear()
        self._show_municipality(info, self.population.rows())
        self.changed.emit()

    def _municipality_met(self, shown, conflict) -> None:
        self.ui.error.setText(str(conflict))

        def save_again(values: dict) -> None:
            for name, value in values.items():
                put(self.municipality_fields[name], value)
            self.save_municipality(replace(shown, stamp=conflict.stamp, **conflict.values))
        choose_then_save(self, conflict, self, self.municipality_fields, save_again)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Välj logotyp", str(Path.home()),
                                              "Bilder (*.png *.jpg *.jpeg)")
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path | None, version: int | None = None,
                 shown: bytes | None = None) -> None:
        """Saves over the logo shown (``version`` and ``shown``: the dialog's, else those of the
        other's save it was asked about): someone else's newer logo is shown, and the user asked
        whether theirs is to replace it."""
        info = self.municipality
        if version is None and info is not None:
            version, shown = info.stamp.version, info.logo

        def store(db) -> bytes | None:
            registers.set_logo(db, path, version, shown)
            return registers.get_municipality(db).logo

        def stored(logo) -> None:
            self._logo_shown(logo)
            self.ui.error.clear()
            self.changed.emit()

        def met(conflict) -> None:
            theirs = conflict.values["logo"]
            self._logo_shown(theirs)
            change = "byta till din bild" if path is not None else "ta bort den"
            if ask(self, f"Någon annan har bytt logotypen medan fönstret var öppet; den visas "
                         f"nu. {changed_line(conflict.stamp)}.\n\nVill du ändå {change}?"):
                self.set_logo(path, conflict.stamp.version, theirs)
        register_panel.write(self.data, self, store, error=self.ui.error, fields={},
                             on_done=stored, changes=Topic.REGISTERS, on_conflict=met)

    def _logo_shown(self, logo: bytes | None) -> None:
        """The logo as stored now; the name, code and county keep the version they were
        loaded at, so that their save still merges what someone else changed."""
        if self.municipality is not None:
            self.municipality = replace(self.municipality, logo=logo)
        self._show_logo(logo)

    def save_population(self) -> None:
        """Saves over the figure the list shows for the year (none: version 0)."""
        year = self.ui.populationYear.value()
        seen = next((row for row in self.population.rows() if row.year == year), None)
        if seen is None:
            self._write_population(0, {"population": None, "source": None})
        else:
            self._write_population(seen.stamp.version, {"population": seen.population,
                                                        "source": seen.source})

    def _write_population(self, version: int, base: dict) -> None:
        ui = self.ui
        year, population = ui.populationYear.value(), ui.populationValue.value()
        source = ui.populationSource.text() or "SCB"
        fields = {"year": ui.populationYear, "population": ui.populationValue,
                  "source": ui.populationSource}

        def store(db) -> list:
            registers.set_population(db, year, population, source, version, base)
            return registers.list_population(db)

        def met(conflict) -> None:
            ui.error.setText(str(conflict))

            def save_again(values: dict) -> None:
                for name in ("population", "source"):
                    put(fields[name], values[name])
                self._write_population(conflict.stamp.version, conflict.values)
            choose_then_save(self, conflict, self, fields, save_again)
        register_panel.write(self.data, self, store, error=ui.error, fields=fields,
                             changes=Topic.REGISTERS, on_conflict=met,
                             on_done=lambda rows: (ui.error.clear(),
                                                   self.population.set_rows(rows)))

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

    def _save_area(self, row):
        fields = dict(name=self.ui.areaName.text(), parent_id=combos.chosen(self.ui.areaParent),
                      kind=combos.chosen(self.ui.areaKind), deso_code=self.ui.areaDeso.text())
        if row is None:
            return partial(registers.add_area, **fields)
        return partial(registers.update_area, area_id=row.id, **fields,
                       version=row.stamp.version,
                       base={name: getattr(row, name) for name in fields})
