"""Opening, editing and adding one incident by hand."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from brastod.core.errors import BrastodError
from brastod.core.importing.values import parse_time
from brastod.core.services import incidents, registers
from brastod.gui.widgets import combos
from brastod.gui.forms.ui_incident_dialog import Ui_IncidentDialog

POLICE_CHOICES = [(None, "Vet ej"), (True, "Ja"), (False, "Nej")]


class IncidentDialog(QDialog):
    """Saving counts as reviewed; personal data in the text is masked and the user told so."""

    def __init__(self, data, incident_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        from brastod.gui.data import Topic  # contract shim (tabs branch)
        db, today = data._db, data.today  # contract shim (tabs branch)
        self.accepted.connect(lambda: data.changed.emit(Topic.INCIDENTS, self))  # contract shim (tabs branch)
        self.ui = ui = Ui_IncidentDialog()
        ui.setupUi(self)
        self.db, self.incident_id, self.today = db, incident_id, today
        self.masked = 0
        combos.fill(ui.category, [(None, "– välj –")] + [
            (c.id, c.name if c.parent_id is None else f"   {c.name}")
            for c in registers.list_categories(db)])
        combos.fill(ui.area, [(None, "– okänt –")] + [
            (a.id, a.name if a.parent_id is None else f"   {a.name}")
            for a in registers.list_areas(db)])
        combos.fill(ui.partner, [(None, "– ingen –")] + [
            (p.id, p.name) for p in registers.list_partners(db)])
        combos.fill(ui.policeReported, POLICE_CHOICES)
        ui.occurredOn.setMaximumDate(QDate(today))
        if incident_id is None:
            self.setWindowTitle("Ny händelse")
            ui.occurredOn.setDate(QDate(today))
            ui.source.setText("Inlagd för hand")
        else:
            self._show(incidents.get_incident(db, incident_id))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _show(self, data: incidents.IncidentInput) -> None:
        ui = self.ui
        self.setWindowTitle(f"Händelse {data.occurred_on.isoformat()}")
        ui.occurredOn.setDate(QDate(data.occurred_on))
        ui.occurredTime.setText(data.occurred_time.strftime("%H:%M") if data.occurred_time else "")
        combos.choose(ui.category, data.category_id)
        combos.choose(ui.area, data.area_id)
        ui.place.setText(data.place or "")
        ui.description.setPlainText(data.description or "")
        ui.count.setValue(data.count)
        combos.choose(ui.partner, data.partner_id)
        combos.choose(ui.policeReported, data.police_reported)
        ui.source.setText(data.source)

    def _input(self) -> incidents.IncidentInput:
        ui = self.ui
        try:
            clock = parse_time(ui.occurredTime.text())
        except ValueError as error:
            raise BrastodError(f"Klockan: {str(error).capitalize()}. Skriv till exempel 21:30, "
                               "eller lämna fältet tomt.") from None
        return incidents.IncidentInput(
            occurred_on=ui.occurredOn.date().toPython(), occurred_time=clock,
            area_id=combos.chosen(ui.area), place=ui.place.text(),
            category_id=combos.chosen(ui.category), description=ui.description.toPlainText(),
            count=ui.count.value(), partner_id=combos.chosen(ui.partner),
            police_reported=combos.chosen(ui.policeReported))

    def save(self) -> None:
        try:
            self.incident_id, self.masked = incidents.save_incident(
                self.db, self.incident_id, self._input(), self.today)
        except BrastodError as error:
            self.ui.message.setText(str(error))
            return
        self.accept()
