from datetime import date
from functools import partial

from brastod.gui.models.actions import ActionTableModel
from brastod.gui.tabs.table_tab import TableTab
from brastod.gui.tasks import TaskRunner

EMPTY = ("Ingen åtgärdsplan ännu.\n\nÅtgärdsplanen kedjar prioriterade problem → orsaker → mål → "
         "åtgärder med ansvarig partner, datum och uppföljning.")


class ActionPlanTab(TableTab):
    """Åtgärdsplan: every action across plans; overdue dates in red, follow-up in its colour."""

    def __init__(self, tasks: TaskRunner, today: date | None = None, parent=None):
        super().__init__(heading="Åtgärder", empty_text=EMPTY,
                         model=ActionTableModel(today=today), tasks=tasks, state_key="actions",
                         parent=parent)

    def fetcher(self, db):
        from brastod.core.services.action_plans import list_actions
        return partial(list_actions, db)
