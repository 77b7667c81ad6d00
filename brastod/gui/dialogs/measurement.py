"""A key figure's value for one year, entered by hand (Anmälda brott 2025: 1 264, Brå)."""
from PySide6.QtWidgets import QDialog

from brastod.core.errors import FieldError
from brastod.core.figure_rules import MeasurementFields
from brastod.core.services.key_figures import list_indicators
from brastod.core.text import clean_name
from brastod.gui.data import Data
from brastod.gui.dialogs import buttons
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_measurement_dialog import Ui_MeasurementDialog
from brastod.gui.live import while_alive

PLACEHOLDER = "t.ex. Anmälda brott"


class MeasurementDialog(QDialog):
    """Choosing a known key figure (fetched on the worker) fills its unit and source."""

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_MeasurementDialog()
        ui.setupUi(self)
        buttons.wire(self, ui.buttons, "&Spara")
        self._known = {}
        ui.indicator.lineEdit().setPlaceholderText("Hämtar nyckeltalen …")
        ui.indicator.currentTextChanged.connect(self._indicator_changed)
        ui.year.setValue(data.today.year - 1)
        ui.unit.setText("antal")
        data.call(list_indicators, on_done=while_alive(self, self._show_indicators))

    def _show_indicators(self, indicators: list) -> None:
        """The first known one is chosen, unless the user has begun typing a name."""
        ui = self.ui
        self._known = {row.name: row for row in indicators}
        typed = ui.indicator.currentText()
        ui.indicator.addItems(list(self._known))
        if typed:
            ui.indicator.setEditText(typed)
        ui.indicator.lineEdit().setPlaceholderText(PLACEHOLDER)
        self._indicator_changed(ui.indicator.currentText())

    def _indicator_changed(self, name: str) -> None:
        known = self._known.get(clean_name(name))
        ui = self.ui
        ui.unit.setEnabled(known is None)
        ui.perHundredThousand.setEnabled(known is None)
        if known is not None:
            ui.unit.setText(known.unit)
            ui.perHundredThousand.setChecked(known.per_100k)
            ui.source.setText(known.source or "")

    def values(self) -> dict:
        ui = self.ui
        return {"indicator": clean_name(ui.indicator.currentText()), "year": ui.year.value(),
                "value": ui.value.value(), "source": ui.source.text(), "unit": ui.unit.text(),
                "per_100k": ui.perHundredThousand.isChecked()}

    def accept(self) -> None:
        values = self.values()
        try:
            MeasurementFields(values["indicator"], values["year"], values["value"]).validate()
        except FieldError as error:
            ui = self.ui
            show_at_field(ui.error, {"indicator": ui.indicator, "year": ui.year,
                                     "value": ui.value}, error)
            return
        super().accept()
