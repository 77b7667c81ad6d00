"""Register → Polisens händelsetyper: which category each police event type lands in."""
from brastod.core.db import Database
from brastod.core.services import registers
from brastod.gui.widgets import combos
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_police_types_dialog import Ui_PoliceTypesDialog
from brastod.gui.models.registers import PoliceTypeTableModel


class PoliceTypesDialog(RegisterDialog):
    state_key = "police_types_dialog"

    def __init__(self, db: Database, parent=None):
        super().__init__(db, Ui_PoliceTypesDialog(), parent)
        db = self.db  # contract shim (tabs branch)
        ui = self.ui
        combos.fill(ui.typeCategory, [(None, "– välj –")] + [
            (c.id, c.name if c.parent_id is None else f"   {c.name}")
            for c in registers.list_categories(db)])
        # Types come from the police's files: they are mapped here, never added or removed.
        self.types = self.panel(
            table=ui.typeTable, model=PoliceTypeTableModel(self), new_button=ui.typeNewButton,
            save_button=ui.typeSaveButton, delete_button=ui.typeDeleteButton,
            load=lambda: registers.list_police_types(db), fill=self._fill, save=self._save,
            delete=lambda row: None, describe=lambda row: row.police_type,
            fields={"category_id": ui.typeCategory})
        self.types.reload()

    def _fill(self, row) -> None:
        ui = self.ui
        ui.typeName.setText(row.police_type if row else "Välj en händelsetyp i listan")
        combos.choose(ui.typeCategory, row.category_id if row else None)
        for widget in (ui.typeCategory, ui.typeSaveButton):
            widget.setEnabled(row is not None)

    def _save(self, row) -> int | None:
        registers.map_police_type(self.db, row.id, combos.chosen(self.ui.typeCategory))
        return row.id
