"""Arkiv → Inställningar: the settings of the open database (the lägesbild interval, gallring,
backup rotation), each with what it does, the folder exports are offered in, and which database
is in use. The database's settings are read and saved through ``Data``; the export folder is
this computer's, kept with the window's other state."""
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from brastod.core import settings
from brastod.core.errors import FieldError
from brastod.core.versions import Conflict
from brastod.gui import roles, state
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.form_conflict import choose_then_save
from brastod.gui.exports import FOLDER_KEY, start_folder
from brastod.gui.field_errors import show_at_field
from brastod.gui.widgets.screen import fit

class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, data: Data, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Inställningar")
        self._data = data
        self.fields: dict[str, QSpinBox] = {}
        self._shown: dict[str, int] | None = None     # as loaded: only changes are saved
        self.conflict = None
        layout = QVBoxLayout(self)
        database = QGroupBox("Databasen")
        form = QFormLayout(database)
        for spec in settings.ALL:
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setEnabled(False)                    # until the values have arrived
            self.fields[spec.key] = spin
            form.addRow(spec.label + ":", spin)
            form.addRow(self._explained(spec.help))       # the whole width, under its field
        layout.addWidget(database)
        files = QGroupBox("Filer")
        form = QFormLayout(files)
        self.folder = QLineEdit(str(start_folder()))
        self.folder.setReadOnly(True)
        choose = QPushButton("&Välj…")
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow("Mapp för export:", row)
        form.addRow(self._explained("Här öppnas dialogrutan när du sparar en PDF, en "
                                    "Excel-fil eller en kalenderfil. Varje export minns sedan "
                                    "den mapp du senast valde."))
        path = data.path
        self.database = QLineEdit(data.name or "")
        self.database.setReadOnly(True)
        show = QPushButton("Visa &mappen")
        show.setEnabled(path is not None)
        show.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path.parent))))
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(show)
        form.addRow("Databas som används:", row)
        form.addRow(self._explained(
            "Säkerhetskopiorna ligger i mappen backups bredvid databasen. Byt databas under "
            "Arkiv → Öppna databas." if path is not None else
            "Databasen ligger på en server: dess säkerhetskopior sköts av IT-avdelningen. Byt "
            "databas under Arkiv → Öppna databas eller Anslut till server…"))
        layout.addWidget(files)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Spara")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit(self, 720, 600)
        # The database's settings are the samordnare's; the export folder is the user's own.
        roles.lock_unless(data, Topic.REGISTERS, *self.fields.values())
        data.call(settings.current, on_done=self._show)

    @staticmethod
    def _explained(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        return label

    def _show(self, values: list[tuple[settings.SettingSpec, int]]) -> None:
        self._shown = {spec.key: value for spec, value in values}
        for spec, value in values:
            self.fields[spec.key].setValue(value)
            self.fields[spec.key].setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Mapp för export", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _save(self) -> None:
        if not roles.may_edit(self._data, Topic.REGISTERS):
            self._saved(None)
            return
        values = {key: spin.value() for key, spin in self.fields.items()}
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._data.call(settings.change, values, self._shown, on_done=self._saved,
                        on_error=self._refused, changes=Topic.MEETINGS, origin=self)

    def _saved(self, _result) -> None:
        state.save_value(FOLDER_KEY, self.folder.text())
        self.saved.emit()
        self.accept()

    def _refused(self, error: FieldError | Conflict) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not isinstance(error, Conflict):
            show_at_field(self.error, self.fields, error)
            return
        # Someone else changed a setting this user changed too: both values to choose from.
        self.error.setText(str(error))

        def save_again(values: dict) -> None:
            for key, value in values.items():
                self.fields[key].setValue(value)
            self._shown = dict(error.values)
            self._save()
        choose_then_save(self, error, self, self.fields, save_again)
