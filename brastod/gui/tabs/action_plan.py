"""Åtgärdsplan: the plans (åtgärdsplan, medborgarlöfte, samverkansöverenskommelse) above, the
chosen one below — its chain as an outline, its particulars (for a medborgarlöfte its five
parts) — and every action across the plans to follow up."""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from brastod import APP_NAME
from brastod.core.enums import PlanKind, PlanStatus
from brastod.core.errors import FieldError
from brastod.core.labels import PLAN_STATUS_COLORS, label
from brastod.core.plan_rules import decided_text, period_text
from brastod.gui import state, views
from brastod.gui.data import Data
from brastod.gui.dialogs.confirm import ask
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.forms.ui_action_plan_tab import Ui_ActionPlanTab
from brastod.gui.models.actions import PlanTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.plan_editor.chain import ChainPane, fetch_chain
from brastod.gui.plan_editor.plan_form import PlanForm
from brastod.gui.plan_editor.tracker import TrackerPane
from brastod.gui.tasks import TaskRunner

EMPTY = ("Ingen plan ännu.\n\nÅtgärdsplanen kedjar prioriterade problem → orsaker → mål → "
         "åtgärder med ansvarig partner, datum och uppföljning. Börja med Ny plan.")
STATE_KEY = "action_plans"


class ActionPlanTab(QWidget):
    loaded = Signal(int)          # number of plans, after each load
    shown = Signal(int)           # a plan's id, once it is shown
    export_requested = Signal()
    message = Signal(str)

    def __init__(self, tasks: TaskRunner, today: date | None = None, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_ActionPlanTab()
        ui.setupUi(self)
        self.today = today or date.today()
        self._tasks, self._db = tasks, None
        self._select_id: int | None = None
        self._select_link: tuple | None = None
        self._listing = False
        self.detail = None
        self._reports: list[tuple[int, str]] = []
        self.model = PlanTableModel(self)
        self.proxy = views.attach(ui.table, self.model, STATE_KEY, 2, Qt.SortOrder.DescendingOrder)
        ui.filter.textChanged.connect(self.proxy.setFilterFixedString)
        ui.emptyLabel.setText("Öppnar databasen …")
        ui.stack.setCurrentWidget(ui.emptyPage)
        ui.editorStack.setCurrentWidget(ui.noPlanPage)
        self._data = Data(tasks, self.today, self)   # the editors' way to the database
        self.chain = ChainPane(self._data)
        self.plan_form = PlanForm()
        self.tracker = TrackerPane(self._data)
        ui.parts.addTab(self.chain, "&Kedja")
        ui.parts.addTab(self.plan_form, "&Uppgifter")
        ui.parts.addTab(self.tracker, "&Alla åtgärder")
        self.chain.changed.connect(self._chain_changed)
        self.chain.shown.connect(self._chain_shown)
        self.tracker.changed.connect(self._tracker_changed)
        self.tracker.open_requested.connect(self.open_action)
        self.plan_form.edited.connect(self._save_plan)
        ui.table.selectionModel().currentRowChanged.connect(self._plan_chosen)
        ui.newButton.clicked.connect(self.new_plan)
        ui.deleteButton.clicked.connect(self.delete_plan)
        ui.exportButton.clicked.connect(self.export_requested)
        ui.splitter.setStretchFactor(1, 4)
        if not state.restore_splitter(ui.splitter, STATE_KEY):
            ui.splitter.setSizes([120, 580])
        self._enable()

    # ---- the list ----
    def attach(self, db) -> None:
        self._db = db
        self._data.attach(db)

    def reload(self, select_id: int | None = None) -> None:
        from brastod.core.services.action_plans import list_plans
        from brastod.core.services.situation_reports import list_situation_reports
        self.flush()
        current = self.selected_rows()
        self._select_id = select_id or (current[0].id if current else None)
        db = self._db
        self._tasks.run(lambda ctx: (list_plans(db), [(r.id, r.title) for r in
                                                      list_situation_reports(db)]),
                        on_done=self._show, on_error=lambda e: self._warn(str(e)))
        self.tracker.reload()

    def _show(self, result) -> None:
        rows, self._reports = result
        self.plan_form.set_reports(self._reports)
        self._listing = True
        self.model.set_rows(rows)
        self._listing = False
        ui = self.ui
        ui.emptyLabel.setText(EMPTY)
        ui.stack.setCurrentWidget(ui.tablePage if rows else ui.emptyPage)
        if not views.choose_row(ui.table, self.proxy, self._select_id):
            self._plan_chosen(ui.table.currentIndex())
        self.loaded.emit(len(rows))

    def selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.ui.table.selectionModel().selectedRows()]

    def _plan_chosen(self, current, _previous=None) -> None:
        if self._listing:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.detail = None
            self.ui.editorStack.setCurrentWidget(self.ui.noPlanPage)
            self._enable()
            return
        self.open_plan(row.id)

    # ---- one plan ----
    def open_plan(self, plan_id: int) -> None:
        from brastod.core.services.action_plans import get_plan
        db = self._db
        self._tasks.run(lambda ctx: (get_plan(db, plan_id), *fetch_chain(db, plan_id)),
                        on_done=self._show_plan, on_error=lambda e: self._warn(str(e)))

    def _show_plan(self, result) -> None:
        detail, outline, choices = result
        opened = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        ui, values = self.ui, detail.fields
        colour = PLAN_STATUS_COLORS[values.status]
        ui.planLine.setText(
            f"<b>{label(PlanKind, values.kind)}</b> · {period_text(values)} · "
            f"<span style='color:{colour}; font-weight:600'>{label(PlanStatus, values.status)}"
            f"</span> · {decided_text(values)}"
            + (f" · bygger på {detail.situation_report}" if detail.situation_report else ""))
        self.plan_form.set_values(values)
        promise = values.kind == PlanKind.CITIZEN_PROMISE
        ui.parts.setTabText(ui.parts.indexOf(self.plan_form),
                            "&Medborgarlöftet" if promise else "&Uppgifter")
        self.chain.show_plan(detail.id, outline, choices)
        if opened and promise:
            ui.parts.setCurrentWidget(self.plan_form)
        elif opened and ui.parts.currentWidget() is self.plan_form:
            ui.parts.setCurrentWidget(self.chain)
        ui.editorStack.setCurrentWidget(ui.editorPage)
        self._enable()
        self.shown.emit(detail.id)

    def _chain_shown(self) -> None:
        if self._select_link is not None:
            link, self._select_link = self._select_link, None
            self.chain.refresh(link)

    def open_action(self, plan_id: int, action_id: int) -> None:
        """From the tracker: the action in its plan's chain."""
        self.ui.parts.setCurrentWidget(self.chain)
        if self.detail is not None and self.detail.id == plan_id:
            self.chain.refresh(("action", action_id))
            return
        self._select_link = ("action", action_id)
        self.ui.filter.clear()
        self.reload(plan_id)

    def _enable(self) -> None:
        ui, detail = self.ui, self.detail
        ui.newButton.setEnabled(self._db is not None)
        ui.exportButton.setEnabled(detail is not None)
        ui.deleteButton.setEnabled(detail is not None
                                   and detail.fields.status == PlanStatus.DRAFT)

    def flush(self) -> None:
        self.chain.flush()
        self.plan_form.flush()

    # ---- changes ----
    def _save_plan(self) -> None:
        from brastod.core.services.action_plans import update_plan
        detail = self.detail
        if detail is None:
            return
        try:
            values = self.plan_form.values()
            values.validate()
        except FieldError as error:
            self.plan_form.show_error(error)
            return
        self.plan_form.clear_error()
        db = self._db
        self._tasks.run(lambda ctx: update_plan(db, detail.id, values),
                        on_done=lambda _: self.reload(detail.id),
                        on_error=lambda e: self.plan_form.show_error(e)
                        if isinstance(e, FieldError) else self._warn(str(e)))

    def _chain_changed(self) -> None:
        self.tracker.reload()

    def _tracker_changed(self) -> None:
        self.message.emit("Uppföljningen är sparad.")
        if self.detail is not None:
            self.chain.refresh()

    def new_plan(self) -> None:
        from brastod.core.services.action_plans import create_plan
        form = PlanForm()
        form.set_reports(self._reports)
        form.new_plan(self.today.year)
        dialog = FormDialog("Ny plan", "Välj typ av plan och vilken lägesbild den bygger på. "
                            "Problem, orsaker, mål och åtgärder lägger du sedan till i "
                            "kedjan.", form, lambda values: values.validate(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, values = self._db, dialog.result_values
        self._tasks.run(lambda ctx: create_plan(db, values),
                        on_done=self._created, on_error=lambda e: self._warn(str(e)))

    def _created(self, plan_id: int) -> None:
        self.detail = None
        self.reload(plan_id)
        self.message.emit("Planen är skapad. Lägg till prioriterade problem, orsaker, mål och "
                          "åtgärder i kedjan.")

    def delete_plan(self) -> None:
        from brastod.core.services.action_plans import delete_plan
        detail = self.detail
        if detail is None:
            return
        if not ask(self, f"Ta bort utkastet ”{detail.fields.title}” med alla dess problem, "
                         "orsaker, mål, åtgärder och uppföljningar?"):
            return
        db = self._db
        self._tasks.run(lambda ctx: delete_plan(db, detail.id),
                        on_done=lambda _: (self.reload(None), self.message.emit(
                            f"{detail.fields.title} är borttagen.")),
                        on_error=lambda e: self._warn(str(e)))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def save_state(self) -> None:
        self.flush()
        self.chain.save_state()
        self.tracker.save_state()
        views.remember(self.ui.table, STATE_KEY)
        state.save_splitter(self.ui.splitter, STATE_KEY)

