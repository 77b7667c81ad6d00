"""Alla åtgärder: every action across the plans, filtered by plan, responsible partner, status,
colour, overdue and due within 30 days, sortable by any column. Overdue rows stand out in red.
A double-click (or Följ upp…) records a follow-up."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from brastod.core.enums import ActionStatus
from brastod.core.labels import options
from brastod.gui import views
from brastod.gui.data import Data
from brastod.gui.forms.ui_tracker_pane import Ui_TrackerPane
from brastod.gui.models.actions import OPEN, ActionFilterProxy, ActionTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.plan_editor.chain import ask_follow_up
from brastod.gui.widgets import combos
from brastod.gui.widgets.colours import fill_rag
from brastod.gui.widgets.fields import narrow

STATE_KEY = "actions"


class TrackerPane(QWidget):
    changed = Signal()                  # a follow-up was saved
    open_requested = Signal(int, int)   # plan id, action id
    loaded = Signal(int)                # rows, after each load

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_TrackerPane()
        ui.setupUi(self)
        self.data = data
        today = self.today = data.today
        self.model = ActionTableModel(today, self)
        self.filters = ActionFilterProxy(today, self)
        self.filters.setSourceModel(self.model)
        self.proxy = views.attach(ui.table, self.model, STATE_KEY, 5, Qt.SortOrder.AscendingOrder,
                                  source=self.filters)
        combos.fill(ui.statusFilter, [(None, "Alla"), (OPEN, "Planerade och pågående")]
                    + options(ActionStatus))
        fill_rag(ui.ragFilter, "Alla")
        for combo in (ui.planFilter, ui.partnerFilter, ui.statusFilter, ui.ragFilter):
            narrow(combo, 12)
            combo.currentIndexChanged.connect(self._filter)
        ui.overdueOnly.toggled.connect(self._filter)
        ui.dueSoon.toggled.connect(self._filter)
        ui.search.textChanged.connect(self.filters.setFilterFixedString)
        ui.table.doubleClicked.connect(lambda _index: self.follow_up())
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ui.followUp.clicked.connect(self.follow_up)
        ui.showInChain.clicked.connect(self._show_in_chain)
        for signal in (self.filters.rowsInserted, self.filters.rowsRemoved,
                       self.filters.modelReset, self.filters.layoutChanged):
            signal.connect(self._count)
        self._enable()

    def reload(self) -> None:
        from brastod.core.services.action_plans import list_actions, list_plans
        from brastod.core.services.registers import list_partners
        self.data.run(lambda db, ctx: (list_actions(db), list_plans(db), list_partners(db)),
                      on_done=self._show)

    def _show(self, result) -> None:
        rows, plans, partners = result
        ui = self.ui
        used = {row.partner_id for row in rows}
        for combo, choices in ((ui.planFilter, [(p.id, p.title) for p in plans]),
                               (ui.partnerFilter, [(p.id, p.name) for p in partners
                                                   if p.id in used])):
            chosen = combos.chosen(combo)
            combos.fill(combo, [(None, "Alla")] + choices)
            combos.choose(combo, chosen)
        self.model.set_rows(rows)
        self._filter()
        self.loaded.emit(len(rows))

    def _filter(self) -> None:
        ui = self.ui
        self.filters.set_filter(plan_id=combos.chosen(ui.planFilter),
                                partner_id=combos.chosen(ui.partnerFilter),
                                status=combos.chosen(ui.statusFilter),
                                rag=combos.chosen(ui.ragFilter),
                                overdue_only=ui.overdueOnly.isChecked(),
                                due_soon_only=ui.dueSoon.isChecked())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        late = sum(row.is_overdue(self.today) for row in self.model.rows())
        text = f"{shown} av {total} åtgärder" if shown != total else f"{total} åtgärder"
        if late:
            text += f" · <span style='color:#c62828; font-weight:600'>{late} försenade</span>"
        self.ui.count.setText(text)

    def selected(self):
        indexes = self.ui.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.ui.followUp.setEnabled(chosen)
        self.ui.showInChain.setEnabled(chosen)

    def follow_up(self) -> None:
        row = self.selected()
        if row is None:
            return
        ask_follow_up(self, self.data, row.id, row,
                      on_done=lambda _id: (self.changed.emit(), self.reload()))

    def _show_in_chain(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.plan_id, row.id)

    def save_state(self) -> None:
        views.remember(self.ui.table, STATE_KEY)
