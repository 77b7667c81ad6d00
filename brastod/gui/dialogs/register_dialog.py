"""What the register dialogs share: a Stäng button, Ja/Nej questions, remembered geometry, and
RegisterPanels that report their errors in the dialog's error line."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from brastod.gui import state
from brastod.gui.dialogs import confirm
from brastod.gui.widgets.register_panel import RegisterPanel


class RegisterDialog(QDialog):
    changed = Signal()      # something in the register was saved or removed
    state_key = ""

    def __init__(self, data, ui, parent=None):
        super().__init__(parent)
        from brastod.gui.data import Topic  # contract shim (tabs branch)
        self.db = getattr(data, "_db", data)  # contract shim (tabs branch): Data or Database
        if self.db is not data:  # contract shim (tabs branch)
            self.changed.connect(lambda: data.changed.emit(Topic.REGISTERS, self))  # shim
        self.ui = ui
        ui.setupUi(self)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        ui.buttons.rejected.connect(self.reject)
        state.restore_window(self, self.state_key)

    def panel(self, **parts) -> RegisterPanel:
        panel = RegisterPanel(error=self.ui.error,
                              confirm=lambda question: self.confirm(question), parent=self,
                              **parts)
        panel.changed.connect(self.changed)
        return panel

    def confirm(self, question: str) -> bool:
        return confirm.ask(self, question)

    def done(self, result: int) -> None:
        state.save_window(self, self.state_key)
        super().done(result)
