from functools import partial

from PySide6.QtCore import Qt

from brastod.gui.models.incidents import IncidentTableModel
from brastod.gui.tabs.table_tab import TableTab
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga inkomna rapporter ännu.\n\nHär samlas partnernas händelser – när, var och vad – "
         "när deras rapporter har importerats.")


class ReportsTab(TableTab):
    """Inkomna rapporter: every incident, newest first."""

    def __init__(self, tasks: TaskRunner, parent=None):
        super().__init__(heading="Inkomna rapporter", empty_text=EMPTY,
                         model=IncidentTableModel(), tasks=tasks, state_key="reports",
                         sort_column=0, order=Qt.SortOrder.DescendingOrder, parent=parent)

    def fetcher(self, db):
        from brastod.core.services.incidents import list_incidents
        return partial(list_incidents, db)
