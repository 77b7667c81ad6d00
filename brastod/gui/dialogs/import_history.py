"""The import history: every batch, its incidents, and undo."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from brastod.core.errors import BrastodError, ValidationError
from brastod.core.services import import_history
from brastod.gui import roles, views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.dialogs.confirm import ask, choose
from brastod.gui.forms.ui_import_history_dialog import Ui_ImportHistoryDialog
from brastod.gui.live import while_alive
from brastod.gui.models.imports import BatchTableModel
from brastod.gui.models.table import ROW_ROLE

FETCHING = "Hämtar importerna …"


class ImportHistoryDialog(QDialog):
    show_batch = Signal(int, str)      # the user wants a batch's incidents in the tab
    changed = Signal()                 # a batch was undone
    loaded = Signal()                  # the batches have come from the worker

    def __init__(self, data: Data, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ImportHistoryDialog()
        ui.setupUi(self)
        self.data = data
        self._help = ui.help.text()
        self.model = BatchTableModel(self)
        self.proxy = views.attach(ui.table, self.model, None, 0, Qt.SortOrder.DescendingOrder)
        ui.table.setSortingEnabled(True)
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.table.doubleClicked.connect(self._show)
        ui.showButton.clicked.connect(self._show)
        ui.undoButton.clicked.connect(self._undo)
        buttons.wire(self, ui.buttons)
        roles.reads(ui.showButton)
        roles.lock_unless(data, Topic.INCIDENTS, self)     # no undo where the role may not
        self.reload()

    def reload(self) -> None:
        self.ui.help.setText(FETCHING)
        self.data.call(import_history.list_batches, on_done=while_alive(self, self._loaded))

    def _loaded(self, batches: list) -> None:
        self.ui.help.setText(self._help)
        self.model.set_rows(batches)
        if self.proxy.rowCount():
            self.ui.table.selectRow(0)
        self._selection_changed()
        self.loaded.emit()

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
        if batch is not None:
            self._ask_undo(batch.id)

    def _ask_undo(self, batch_id: int, before: str = "") -> None:
        """What the undo removes (which incidents were changed by hand since the import, by
        whom) is read on the worker, then asked about; ``before``: why it is asked again."""
        self.ui.undoButton.setEnabled(False)
        self.data.call(import_history.plan_undo, batch_id,
                       on_done=while_alive(self, lambda plan: self._confirm_undo(plan, before)),
                       on_error=while_alive(self, self._refused, self.data.runner.refuse))

    def _confirm_undo(self, plan: import_history.UndoPlan, before: str) -> None:
        question = (f"{before}\n\n" if before else "") + \
            f"Ångra importen av {plan.file_name}? Dess {plan.incidents} händelser tas bort. "
        after = "Importen står kvar i historiken och filen kan importeras igen."
        keep = False
        if plan.edited:
            rest = plan.incidents - len(plan.edited)      # the button says what it removes
            keeping = f"behåll de {len(plan.edited)} ändrade"
            answer = choose(self, f"{question}{plan.edited.text()} {after}",
                            (f"Ta bort alla {plan.incidents}",
                             f"Ta bort {rest}, {keeping}" if rest else keeping.capitalize()))
            keep = answer == 1
        else:
            answer = 0 if ask(self, question + after) else None
        if answer is None:
            self._selection_changed()
            return
        self.data.call(import_history.undo_batch, plan.batch_id, plan.edited, keep,
                       on_done=while_alive(self, lambda removed: (self.changed.emit(),
                                                                  self.reload())),
                       on_error=while_alive(self, lambda error: self._undo_refused(plan, error),
                                            self.data.runner.refuse),
                       changes=Topic.INCIDENTS, origin=self,
                       label="Ångrar importen…", parent=self)

    def _undo_refused(self, plan: import_history.UndoPlan, error: BrastodError) -> None:
        """An incident of the batch changed after the question: asked again, saying so (any
        other refusal, such as the batch undone meanwhile: said, and the list fetched again)."""
        if not isinstance(error, ValidationError):
            self._refused(error)
        else:
            self.reload()
            self._ask_undo(plan.batch_id, str(error))

    def _refused(self, error: BrastodError) -> None:
        """Shown by the window; the list is fetched again, as the batch may have changed."""
        self.data.runner.refuse(error)
        self.reload()
