"""Register → Polisens händelsetyper: which category each police event type lands in."""
from brastod.core.services import registers
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_police_types_dialog import Ui_PoliceTypesDialog
from brastod.gui.live import while_alive
from brastod.gui.models.registers import PoliceTypeTableModel
from brastod.gui.widgets import combos


class PoliceTypesDialog(RegisterDialog):
    state_key = "police_types_dialog"

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_PoliceTypesDialog(), parent)
        ui = self.ui
        combos.fill(ui.typeCategory, [(None, "– välj –")])
        data.call(registers.list_categories, on_done=while_alive(self, self._show_categories))
        # Types come from the police's files: they are mapped here, never added or removed.
        # Mapping one moves its imported incidents to the category.
        self.types = self.panel(
            table=ui.typeTable, model=PoliceTypeTableModel(self), new_button=ui.typeNewButton,
            save_button=ui.typeSaveButton, delete_button=ui.typeDeleteButton,
            load=lambda: registers.list_police_types, fill=self._fill, save=self._save,
            delete=lambda row: None, describe=lambda row: row.police_type,
            fields={"category_id": ui.typeCategory}, topic=Topic.REGISTERS | Topic.INCIDENTS)
        self.types.reload()

    def _show_categories(self, categories: list) -> None:
        current = combos.chosen(self.ui.typeCategory)
        combos.fill(self.ui.typeCategory, [(None, "– välj –")] + [
            (c.id, c.name if c.parent_id is None else f"   {c.name}") for c in categories])
        combos.choose(self.ui.typeCategory, current)

    def _fill(self, row) -> None:
        ui = self.ui
        ui.typeName.setText(row.police_type if row else "Välj en händelsetyp i listan")
        combos.choose(ui.typeCategory, row.category_id if row else None)
        for widget in (ui.typeCategory, ui.typeSaveButton):
            widget.setEnabled(row is not None)

    def _save(self, row):
        mapping_id, category_id = row.id, combos.chosen(self.ui.typeCategory)

        def save(db) -> int:
            registers.map_police_type(db, mapping_id, category_id, row.category_id)
            return mapping_id
        return save
