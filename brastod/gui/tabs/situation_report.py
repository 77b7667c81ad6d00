from functools import partial

from PySide6.QtCore import Qt

from brastod.core.db import Database
from brastod.core.services.situation_reports import list_situation_reports
from brastod.gui.models.situation_reports import SituationReportTableModel
from brastod.gui.tabs.table_tab import TableTab
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga lägesbilder ännu.\n\nEn lägesbild sammanställer periodens händelser per område "
         "och kategori med bedömning och analys. Den som fastställs låses.")


class SituationReportTab(TableTab):
    """Lägesbild: all situation reports with kind, period and status."""

    def __init__(self, db: Database, tasks: TaskRunner, parent=None):
        super().__init__(heading="Lägesbilder", empty_text=EMPTY,
                         model=SituationReportTableModel(),
                         fetch=partial(list_situation_reports, db), tasks=tasks,
                         state_key="situation_reports", sort_column=2,
                         order=Qt.SortOrder.DescendingOrder, parent=parent)
