"""What the register dialogs share: a Stäng button, Ja/Nej questions, remembered geometry, and
RegisterPanels that report their errors in the dialog's error line, which says "Hämtar …"
until the first list has come from the worker."""
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from brastod.gui import roles, state
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons, confirm
from brastod.gui.widgets import register_panel
from brastod.gui.widgets.register_panel import RegisterPanel

FETCHING = "Hämtar …"


class RegisterDialog(QDialog):
    changed = Signal()      # something in the register was saved or removed
    state_key = ""

    def __init__(self, data: Data, ui, parent=None):
        super().__init__(parent)
        self.data = data
        self.ui = ui
        ui.setupUi(self)
        buttons.wire(self, ui.buttons)
        ui.error.setText(FETCHING)
        state.restore_window(self, self.state_key)
        roles.lock_unless(data, Topic.REGISTERS, self)     # read, not changed

    def panel(self, **parts) -> RegisterPanel:
        panel = RegisterPanel(self.data, error=self.ui.error,
                              confirm=lambda question: self.confirm(question), parent=self,
                              **parts)
        panel.changed.connect(self.changed)
        panel.loaded.connect(self._fetched)
        return panel

    def _fetched(self) -> None:
        if self.ui.error.text() == FETCHING:
            self.ui.error.clear()

    def write(self, job: Callable, fields: dict[str, QWidget], on_done: Callable) -> None:
        """``job(db)`` on the worker, announced as a register change; a refusal is shown at
        the field of ``fields`` it names, and what was typed stays."""
        register_panel.write(self.data, self, job, error=self.ui.error, fields=fields,
                             on_done=on_done, changes=Topic.REGISTERS)

    def confirm(self, question: str) -> bool:
        return confirm.ask(self, question)

    def done(self, result: int) -> None:
        state.save_window(self, self.state_key)
        super().done(result)
