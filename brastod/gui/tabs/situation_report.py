from functools import partial

from PySide6.QtCore import Qt

from brastod.gui.models.situation_reports import SituationReportTableModel
from brastod.gui.tabs.table_tab import TableTab
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga lägesbilder ännu.\n\nEn lägesbild sammanställer periodens händelser per område "
         "och kategori med bedömning och analys. Den som fastställs låses.")


class SituationReportTab(TableTab):
    """Lägesbild: all situation reports with kind, period and status."""

    def __init__(self, tasks: TaskRunner, parent=None):
        super().__init__(heading="Lägesbilder", empty_text=EMPTY,
                         model=SituationReportTableModel(), tasks=tasks,
                         state_key="situation_reports", sort_column=2,
                         order=Qt.SortOrder.DescendingOrder, parent=parent)

    def fetcher(self, db):
        from brastod.core.services.situation_reports import list_situation_reports
        return partial(list_situation_reports, db)
