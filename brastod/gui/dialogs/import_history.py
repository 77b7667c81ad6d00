"""The import history: every batch, its incidents, and undo."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from brastod import APP_NAME
from brastod.core.errors import BrastodError
from brastod.core.services import import_history
from brastod.gui import views
from brastod.gui.dialogs.confirm import ask
from brastod.gui.forms.ui_import_history_dialog import Ui_ImportHistoryDialog
from brastod.gui.models.imports import BatchTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tasks import TaskRunner


class ImportHistoryDialog(QDialog):
    show_batch = Signal(int, str)      # the user wants a batch's incidents in the tab
    changed = Signal()                 # a batch was undone

    def __init__(self, data, parent: QWidget | None = None):
        super().__init__(parent)
        from brastod.gui.data import Topic  # contract shim (tabs branch)
        db, tasks = data._db, data.runner  # contract shim (tabs branch)
        self.changed.connect(lambda: data.changed.emit(Topic.INCIDENTS, self))  # contract shim (tabs branch)
        self.ui = ui = Ui_ImportHistoryDialog()
        ui.setupUi(self)
        self.db, self.tasks = db, tasks
        self.model = BatchTableModel(self)
        self.proxy = views.attach(ui.table, self.model, None, 0, Qt.SortOrder.DescendingOrder)
        ui.table.setSortingEnabled(True)
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.table.doubleClicked.connect(self._show)
        ui.showButton.clicked.connect(self._show)
        ui.undoButton.clicked.connect(self._undo)
        ui.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(import_history.list_batches(self.db))
        if self.proxy.rowCount():
            self.ui.table.selectRow(0)
        self._selection_changed()

    def selected(self):
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selection_changed(self) -> None:
        batch = self.selected()
        ui = self.ui
        ui.showButton.setEnabled(batch is not None and batch.incidents_now > 0)
        ui.undoButton.setEnabled(batch is not None and batch.undone_at is None)

    def _show(self) -> None:
        batch = self.selected()
        if batch is not None and batch.incidents_now:
            self.show_batch.emit(batch.id, batch.file_name or "exempeldata")
            self.accept()

    def _undo(self) -> None:
        batch = self.selected()
        if batch is None or not ask(
                self, f"Ångra importen av {batch.file_name or 'exempeldata'}? Dess "
                      f"{batch.incidents_now} händelser tas bort. Importen står kvar i historiken "
                      "och filen kan importeras igen."):
            return
        db = self.db
        self.tasks.run(lambda ctx: import_history.undo_batch(db, batch.id),
                       on_done=lambda removed: (self.changed.emit(), self.reload()),
                       on_error=self._failed, label="Ångrar importen…", parent=self)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, BrastodError):
            raise error
        QMessageBox.warning(self, APP_NAME, str(error))
        self.reload()
