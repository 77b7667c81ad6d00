"""Åtgärdsplan: the plans (åtgärdsplan, medborgarlöfte, samverkansöverenskommelse) above, the
chosen one below — its chain as an outline, its particulars (for a medborgarlöfte its five
parts) — and every action across the plans to follow up."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from brastod.core.enums import PlanKind, PlanStatus
from brastod.core.labels import PLAN_STATUS_COLORS, label
from brastod.core.plan_rules import decided_text, period_text
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.exports import Export
from brastod.gui.forms.ui_action_plan_tab import Ui_ActionPlanTab
from brastod.gui.master_detail import MasterDetailTab
from brastod.gui.models.actions import PlanTableModel
from brastod.gui.plan_editor.chain import ChainPane, fetch_chain
from brastod.gui.plan_editor.plan_form import PlanForm
from brastod.gui.plan_editor.tracker import TrackerPane
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.versioned_form import VersionedForm


def _fetch_plans(db):
    from brastod.core.services.action_plans import list_plans
    from brastod.core.services.situation_reports import list_situation_reports
    return list_plans(db), [(r.id, r.title) for r in list_situation_reports(db)]


def _fetch_plan(db, plan_id: int):
    from brastod.core.services.action_plans import get_plan
    return (get_plan(db, plan_id), *fetch_chain(db, plan_id))


def _write_plan(db, plan_id: int, values, version: int | None, base):
    from brastod.core.services.action_plans import update_plan
    return update_plan(db, plan_id, values, version=version, base=base)


class ActionPlanTab(MasterDetailTab):
    EMPTY = ("Ingen plan ännu.\n\nÅtgärdsplanen kedjar prioriterade problem → orsaker → mål → "
             "åtgärder med ansvarig partner, datum och uppföljning. Börja med Ny plan.")
    STATE_KEY = "action_plans"
    # A plan builds on a lägesbild; its actions name partners.
    TOPICS = Topic.PLANS | Topic.REPORTS | Topic.REGISTERS
    NOTHING_TO_EXPORT = "Välj en plan i fliken Åtgärdsplan först."
    EDITS = Topic.PLANS

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_ActionPlanTab(), parent)
        ui = self.ui
        self._select_link: tuple | None = None
        self._reports: list[tuple[int, str]] = []
        self.set_up_list(PlanTableModel(self), 2, Qt.SortOrder.DescendingOrder)
        ui.editorStack.setCurrentWidget(ui.noPlanPage)
        self.chain = ChainPane(data)
        self.plan_form = PlanForm()
        self.tracker = TrackerPane(data)
        ui.parts.addTab(self.chain, "&Kedja")
        ui.parts.addTab(self.plan_form, "&Uppgifter")
        ui.parts.addTab(self.tracker, "&Alla åtgärder")
        self.chain.changed.connect(self.tracker.reload)
        self.chain.shown.connect(self._chain_shown)
        self.tracker.changed.connect(self._tracker_changed)
        self.tracker.open_requested.connect(self.open_action)
        self.plan_saving = VersionedForm(self.plan_form, data, Topic.PLANS, _write_plan)
        self.plan_saving.saved.connect(lambda: self.reload(self.detail.id))
        ui.newButton.clicked.connect(self.new_plan)
        ui.deleteButton.clicked.connect(self.delete_plan)
        ui.exportButton.clicked.connect(lambda: self.export_requested.emit(self.export()))
        ui.splitter.setStretchFactor(1, 4)
        self.keep_splitter(ui.splitter, self.STATE_KEY, [120, 580])
        tracker = self.tracker.ui
        roles.reads(ui.exportButton, tracker.planFilter, tracker.partnerFilter, tracker.search,
                    tracker.statusFilter, tracker.ragFilter, tracker.overdueOnly,
                    tracker.dueSoon, tracker.showInChain)
        self._enable()

    def set_role(self, role: roles.Role) -> None:
        """A role that may not change plans browses them: the chain, the plan's particulars
        and the tracker are read-only."""
        super().set_role(role)
        self.chain.set_read_only(self.read_only)
        self._enable()

    # ---- the master–detail parts ----
    def attach(self) -> None:
        self._enable()

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        if self.data.open:
            self.tracker.reload()

    def fetch_list(self):
        return _fetch_plans

    def list_loaded(self, result) -> list:
        rows, self._reports = result
        self.plan_form.set_reports(self._reports)
        return rows

    def fetch_item(self, plan_id: int):
        return lambda db: _fetch_plan(db, plan_id)

    def clear_item(self) -> None:
        self.ui.editorStack.setCurrentWidget(self.ui.noPlanPage)
        self._enable()

    def show_item(self, result) -> None:
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
        self.plan_saving.show(detail.id, values, detail.stamp,
                              lambda: self.plan_form.set_values(values))
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
        ui.newButton.setEnabled(self.data.open and not self.read_only)
        ui.exportButton.setEnabled(detail is not None)
        ui.deleteButton.setEnabled(detail is not None and not self.read_only
                                   and detail.fields.status == PlanStatus.DRAFT)

    def flush(self) -> None:
        self.chain.flush()
        self.plan_saving.flush()

    def save_state(self) -> None:
        super().save_state()
        self.chain.save_state()
        self.tracker.save_state()

    def export(self) -> Export | None:
        self.flush()
        detail, today = self.detail, self.data.today
        if detail is None:
            return None

        def write(db, pdf, allow: bool) -> None:     # imported on the worker: see calendar.py
            from brastod.core.exports.action_plan import export_action_plan
            export_action_plan(db, detail.id, pdf=pdf, xlsx=pdf.with_suffix(".xlsx"),
                               today=today, allow_personal_data=allow)
        return Export("planen", detail.fields.title, (".pdf",), write, with_excel=True,
                      document=True)

    # ---- changes ----
    def _tracker_changed(self) -> None:
        self.message.emit("Uppföljningen är sparad.")
        if self.detail is not None:
            self.chain.refresh()

    def new_plan(self) -> None:
        from brastod.core.services.action_plans import create_plan
        form = PlanForm()
        form.set_reports(self._reports)
        form.new_plan(self.data.today.year)
        dialog = FormDialog("Ny plan", "Välj typ av plan och vilken lägesbild den bygger på. "
                            "Problem, orsaker, mål och åtgärder lägger du sedan till i "
                            "kedjan.", form, lambda values: values.validate(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.data.call(create_plan, dialog.result_values, on_done=self._created,
                       changes=Topic.PLANS, origin=self)

    def _created(self, plan_id: int) -> None:
        self.detail = None
        self.reload(plan_id)
        self.message.emit("Planen är skapad. Lägg till prioriterade problem, orsaker, mål och "
                          "åtgärder i kedjan.")

    def delete_plan(self) -> None:
        from brastod.core.services.action_plans import delete_plan
        from brastod.core.services.plan_chain import versions_shown
        detail = self.detail
        if detail is None:
            return
        if not ask(self, f"Ta bort utkastet ”{detail.fields.title}” med alla dess problem, "
                         "orsaker, mål, åtgärder och uppföljningar?"):
            return
        # The versions shown: a plan someone else changed meanwhile is kept and shown again.
        outline = self.chain.outline
        links = versions_shown(outline) if outline is not None \
            and outline.plan_id == detail.id else None
        self.data.call(delete_plan, detail.id, detail.stamp.version if detail.stamp else None,
                       links, on_done=lambda _: (
                           self.reload(None),
                           self.message.emit(f"{detail.fields.title} är borttagen.")),
                       on_error=self.refused_and_shown(detail.id), changes=Topic.PLANS,
                       origin=self)
