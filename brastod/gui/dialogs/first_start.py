"""Shown on an empty database: example data, or a fresh start for the user's municipality."""
from PySide6.QtWidgets import QDialog

from brastod.core.errors import FieldError
from brastod.core.register_rules import municipality_name
from brastod.core.text import clean_name
from brastod.gui.dialogs import buttons
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_first_start import Ui_FirstStartDialog


class FirstStartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        buttons.wire(self, self.ui.buttons, "&Börja")
        self.ui.emptyChoice.toggled.connect(self._choice_changed)

    @property
    def wants_demo(self) -> bool:
        return self.ui.demoChoice.isChecked()

    @property
    def municipality_name(self) -> str:
        return clean_name(self.ui.municipalityName.text())

    def _choice_changed(self, empty: bool) -> None:
        self.ui.municipalityName.setEnabled(empty)
        if empty:
            self.ui.municipalityName.setFocus()
        self.ui.error.clear()

    def accept(self) -> None:
        if not self.wants_demo:
            try:
                municipality_name(self.municipality_name)
            except FieldError as error:
                show_at_field(self.ui.error, {"name": self.ui.municipalityName}, error)
                return
        super().accept()
