"""A tab that lists rows from one service function, with a search field and an empty state."""
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from brastod.gui import views
from brastod.gui.forms.ui_table_tab import Ui_TableTab
from brastod.gui.models.table import ROW_ROLE, RowTableModel
from brastod.gui.tasks import TaskRunner


class TableTab(QWidget):
    """Subclasses name their service function in ``fetcher(db)``; the tab is built before the
    database is open and gets it through ``attach``."""

    loaded = Signal(int)    # number of rows, after each load

    def __init__(self, *, heading: str, empty_text: str, model: RowTableModel,
                 tasks: TaskRunner, state_key: str, sort_column: int | None = None,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, parent=None):
        super().__init__(parent)
        self.ui = Ui_TableTab()
        self.ui.setupUi(self)
        self.ui.heading.setText(heading)
        self.ui.emptyLabel.setText("Öppnar databasen …")
        self._empty_text = empty_text
        self.model = model
        model.setParent(self)
        self._fetch: Callable[[], list] | None = None
        self._tasks, self._state_key = tasks, state_key
        self.proxy = views.attach(self.ui.table, model, state_key, sort_column, order)
        self.ui.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def fetcher(self, db) -> Callable[[], list]:
        raise NotImplementedError

    def attach(self, db) -> None:
        self._fetch = self.fetcher(db)

    def reload(self) -> None:
        fetch = self._fetch
        self._tasks.run(lambda ctx: fetch(), on_done=self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.stack.setCurrentWidget(self.ui.tablePage if rows else self.ui.emptyPage)
        self.loaded.emit(len(rows))

    def selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.ui.table.selectionModel().selectedRows()]

    def save_state(self) -> None:
        views.remember(self.ui.table, self._state_key)
