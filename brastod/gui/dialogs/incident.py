"""Opening, editing and adding one incident by hand."""
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from brastod.core.errors import BrastodError, FieldError
from brastod.core.services import incidents, registers
from brastod.core.versions import Conflict
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.dialogs.form_conflict import choose_then_save, put
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_incident_dialog import Ui_IncidentDialog
from brastod.gui.live import while_alive
from brastod.gui.widgets import combos
from brastod.gui.widgets.register_panel import write

POLICE_CHOICES = [(None, "Vet ej"), (True, "Ja"), (False, "Nej")]
FETCHING = "Hämtar …"


def _choices_and_incident(db, incident_id: int | None) -> tuple:
    return (registers.list_categories(db), registers.list_areas(db),
            registers.list_partners(db),
            incidents.get_incident(db, incident_id) if incident_id is not None else None)


class IncidentDialog(QDialog):
    """Saving counts as reviewed; personal data in the text is masked (``masked`` says how
    many items). The lists and the incident come from the worker; until they have, the
    dialog says "Hämtar …" and cannot be saved."""

    def __init__(self, data: Data, incident_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_IncidentDialog()
        ui.setupUi(self)
        self.data, self.incident_id = data, incident_id
        self.masked = 0
        self.loaded: incidents.IncidentInput | None = None     # as stored when shown
        self.conflict = None            # the conflict's dialog while it is open
        # By the incident's columns: the rules' refusals and someone else's values go there.
        self.fields = {"occurred_on": ui.occurredOn, "occurred_time": ui.occurredTime,
                       "category_id": ui.category, "count": ui.count, "area_id": ui.area,
                       "place_text": ui.place, "description": ui.description,
                       "partner_id": ui.partner, "police_reported": ui.policeReported}
        combos.fill(ui.policeReported, POLICE_CHOICES)
        ui.occurredOn.setMaximumDate(QDate(data.today))
        self.setWindowTitle("Ny händelse" if incident_id is None else "Händelse")
        if incident_id is None:
            ui.occurredOn.setDate(QDate(data.today))
            ui.source.setText("Inlagd för hand")
        self._save_button = buttons.wire(self, ui.buttons, on_accept=self.save)
        self._save_button.setEnabled(False)
        ui.message.setText(FETCHING)
        roles.lock_unless(data, Topic.INCIDENTS, self)     # read, not changed
        data.call(_choices_and_incident, incident_id,
                  on_done=while_alive(self, lambda found: self._show(*found)),
                  on_error=while_alive(self, self._not_found, data.runner.refuse))

    def _show(self, categories: list, areas: list, partners: list,
              incident: incidents.IncidentInput | None) -> None:
        ui = self.ui
        combos.fill(ui.category, [(None, "– välj –")] + [
            (c.id, c.name if c.parent_id is None else f"   {c.name}") for c in categories])
        combos.fill(ui.area, [(None, "– okänt –")] + [
            (a.id, a.name if a.parent_id is None else f"   {a.name}") for a in areas])
        combos.fill(ui.partner, [(None, "– ingen –")] + [(p.id, p.name) for p in partners])
        if incident is not None:
            self._show_incident(incident)
        ui.message.clear()
        self._save_button.setEnabled(True)

    def _show_incident(self, data: incidents.IncidentInput) -> None:
        self.loaded = data
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

    def _not_found(self, error: BrastodError) -> None:
        """The incident is gone (an import undone meanwhile): there is nothing to edit."""
        self.reject()
        self.data.runner.refuse(error)

    def _input(self) -> incidents.IncidentInput:
        ui = self.ui
        return incidents.IncidentInput(
            occurred_on=ui.occurredOn.date().toPython(),
            occurred_time=incidents.read_clock(ui.occurredTime.text()),
            area_id=combos.chosen(ui.area), place=ui.place.text(),
            category_id=combos.chosen(ui.category), description=ui.description.toPlainText(),
            count=ui.count.value(), partner_id=combos.chosen(ui.partner),
            police_reported=combos.chosen(ui.policeReported))

    def save(self) -> None:
        try:
            values = self._input()
        except FieldError as error:
            show_at_field(self.ui.message, self.fields, error)
            return
        loaded = self.loaded
        self._write(values, loaded.stamp.version if loaded else None,
                    loaded.columns() if loaded else None)

    def _write(self, values: incidents.IncidentInput, version: int | None,
               base: dict | None) -> None:
        """Saves ``values`` over ``base``, the values shown at ``version``: someone else's
        change to another field is taken, a field both changed is asked about."""
        self._save_button.setEnabled(False)
        incident_id, today = self.incident_id, self.data.today
        write(self.data, self, lambda db: incidents.save_incident(db, incident_id, values, today,
                                                                  version, base),
              error=self.ui.message, fields=self.fields, on_done=self._saved,
              changes=Topic.INCIDENTS, on_refused=lambda: self._save_button.setEnabled(True),
              on_conflict=self._met)

    def _met(self, conflict: Conflict) -> None:
        """Both changed a field: the two values side by side; closed, what was typed stays
        and the next Spara asks again."""
        self.ui.message.setText(str(conflict))

        def save_again(values: dict) -> None:
            for name, value in values.items():
                if name in self.fields:         # not the flags a save sets itself
                    put(self.fields[name], value)
            self._write(self._input(), conflict.stamp.version, conflict.values)
        choose_then_save(self, conflict, self, self.fields, save_again)

    def _saved(self, result: tuple[int, int]) -> None:
        self.incident_id, self.masked = result
        self.accept()
