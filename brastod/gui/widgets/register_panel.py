"""The behaviour every register list shares: a table of rows, a form for the selected one, and
Ny / Spara / Ta bort with the service's Swedish message shown in the dialog when it refuses."""
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from brastod.core.errors import ValidationError
from brastod.gui import views
from brastod.gui.field_errors import show_at_field
from brastod.gui.models.table import ROW_ROLE, RowTableModel


class RegisterPanel(QObject):
    changed = Signal()   # after a successful save or delete

    def __init__(self, *, table: QTableView, model: RowTableModel, new_button: QPushButton,
                 save_button: QPushButton, delete_button: QPushButton, error: QLabel,
                 load: Callable[[], list], fill: Callable[[Any | None], None],
                 save: Callable[[Any | None], int | None], delete: Callable[[Any], None],
                 describe: Callable[[Any], str], confirm: Callable[[str], bool],
                 fields: dict[str, QWidget], parent=None):
        """``fields`` are the form's inputs by the names the core's rules give them."""
        super().__init__(parent)
        self.table, self.model, self.error, self.fields = table, model, error, fields
        self._load, self._fill, self._save, self._delete = load, fill, save, delete
        self._describe, self._confirm = describe, confirm
        self.delete_button = delete_button
        self.proxy = views.attach(table, model)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        new_button.clicked.connect(self.new)
        save_button.clicked.connect(self.save)
        delete_button.clicked.connect(self.delete)

    def current(self) -> Any | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(self._load())
        self.select(select_id)

    def select(self, row_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if row_id is not None and index.data(ROW_ROLE).id == row_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return
        self.table.selectionModel().clear()
        self._on_current()

    def new(self) -> None:
        self.table.selectionModel().clear()
        self.error.clear()
        self._on_current()

    def save(self) -> bool:
        current = self.current()
        try:
            new_id = self._save(current)
        except ValidationError as refusal:
            show_at_field(self.error, self.fields, refusal)
            return False
        self.error.clear()
        self.reload(new_id if new_id is not None else current.id if current else None)
        self.changed.emit()
        return True

    def delete(self) -> bool:
        current = self.current()
        if current is None or not self._confirm(f"Ta bort {self._describe(current)}?"):
            return False
        try:
            self._delete(current)
        except ValidationError as refusal:
            self.error.setText(str(refusal))
            return False
        self.error.clear()
        self.reload()
        self.changed.emit()
        return True

    def _on_current(self) -> None:
        current = self.current()
        self.delete_button.setEnabled(current is not None)
        self._fill(current)
