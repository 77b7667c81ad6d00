"""A dialog around one of the plan forms: Spara checks the values by the same rules as the
services and, if one is refused, says why under the form and leaves the dialog open."""
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from brastod.core.errors import FieldError


class FormDialog(QDialog):
    def __init__(self, title: str, intro: str, form: QWidget,
                 check: Callable[[object], None], parent=None):
        """``check(values)`` raises FieldError for values it refuses."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form, self._check = form, check
        self.result_values = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Spara")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            values = self.form.values()
            self._check(values)
        except FieldError as error:
            self.form.show_error(error)
            return
        self.result_values = values
        super().accept()
