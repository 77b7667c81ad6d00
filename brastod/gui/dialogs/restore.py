"""Återställ från säkerhetskopia: the database's backups, newest first, with when and why each
was taken; the chosen one is handed to the application, which closes the database, restores
and opens it again."""
from pathlib import Path

from PySide6.QtWidgets import QDialog

from brastod.gui import views
from brastod.gui.dialogs import buttons
from brastod.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from brastod.gui.models.table import ROW_ROLE, Column, RowTableModel

KINDS = {"auto": "Daglig", "fore-import": "Före import", "fore-aterstallning":
         "Före återställning", "skadad": "Skadad fil (sparad som den var)"}


def kind_text(kind: str) -> str:
    if kind.startswith("fore-v"):
        return "Före uppgradering"
    return KINDS.get(kind, "Manuell")


class BackupModel(RowTableModel):
    columns = (
        Column("Tagen", lambda b: b.taken.strftime("%Y-%m-%d %H:%M"), width=140),
        Column("Varför", lambda b: kind_text(b.kind), width=220),
        Column("Storlek", lambda b: f"{b.size / 1_000_000:.1f} MB".replace(".", ","),
               numeric=True, width=90),
    )


class RestoreDialog(QDialog):
    def __init__(self, backups: list, folder: Path, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_RestoreDialog()
        ui.setupUi(self)
        self.model = BackupModel(self)
        self.model.set_rows(backups)
        views.attach(ui.table, self.model)
        ok = buttons.wire(self, ui.buttons, "&Återställ")
        ui.folder.setText(f"Säkerhetskopiorna ligger i {folder}." if backups else
                          f"Det finns inga säkerhetskopior i {folder} ännu.")
        ok.setEnabled(bool(backups))
        if backups:
            ui.table.selectRow(0)

    def chosen(self):
        indexes = self.ui.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None
