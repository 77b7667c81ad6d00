"""Shown on an empty database: example data, or a fresh start for the user's municipality."""
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from brastod.core.text import clean_name
from brastod.gui.forms.ui_first_start import Ui_FirstStartDialog


class FirstStartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Börja")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
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
        if not self.wants_demo and not self.municipality_name:
            self.ui.error.setText("Skriv kommunens namn, till exempel Kungsör.")
            self.ui.municipalityName.setFocus()
            return
        super().accept()
