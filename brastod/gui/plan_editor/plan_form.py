"""Uppgifter: what the plan is — kind, title, period, who decided it and when, its registry
number, status and the lägesbild it builds on; for a medborgarlöfte also its five parts."""
from datetime import date

from brastod.core.enums import PlanKind, PlanStatus
from brastod.core.labels import options
from brastod.core.plan_rules import PlanFields
from brastod.gui.widgets import combos
from brastod.gui.forms.ui_plan_form import Ui_PlanForm
from brastod.gui.widgets.autosave import AutoSaveForm
from brastod.gui.widgets.fields import optional_date, read_date, write_date

PROMISE_FIELDS = ("situation_today", "municipality_commitment", "police_commitment",
                  "expected_result", "follow_up_method")


class PlanForm(AutoSaveForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_PlanForm()
        ui.setupUi(self)
        combos.fill(ui.kind, options(PlanKind))
        combos.fill(ui.status, options(PlanStatus))
        for edit in (ui.periodStart, ui.periodEnd, ui.decidedOn):
            optional_date(edit)
        self.fields = {"title": ui.title, "kind": ui.kind, "period_start": ui.periodStart,
                       "period_end": ui.periodEnd, "status": ui.status,
                       "decided_by": ui.decidedBy, "decided_on": ui.decidedOn,
                       "registry_number": ui.registryNumber,
                       "situation_report_id": ui.situationReport,
                       "situation_today": ui.situationToday,
                       "municipality_commitment": ui.municipalityCommitment,
                       "police_commitment": ui.policeCommitment,
                       "expected_result": ui.expectedResult,
                       "follow_up_method": ui.followUpMethod}
        ui.kind.currentIndexChanged.connect(self._kind_chosen)
        # Without the medborgarlöfte's parts the fields keep a readable width.
        ui.layout.addStretch()
        ui.layout.setStretch(0, 2)
        ui.layout.setStretch(1, 3)
        self.watch()
        self._kind_chosen()

    def set_reports(self, reports: list[tuple[int, str]]) -> None:
        with self.loading():
            chosen = combos.chosen(self.ui.situationReport)
            combos.fill(self.ui.situationReport, [(None, "Ingen")] + reports)
            combos.choose(self.ui.situationReport, chosen)

    def set_values(self, values: PlanFields) -> None:
        ui = self.ui
        with self.loading():
            if ui.title.text() != values.title:
                ui.title.setText(values.title)
                ui.title.setCursorPosition(0)
            for combo, value in ((ui.kind, values.kind), (ui.status, values.status),
                                 (ui.situationReport, values.situation_report_id)):
                combos.choose(combo, value)
            write_date(ui.periodStart, values.period_start)
            write_date(ui.periodEnd, values.period_end)
            write_date(ui.decidedOn, values.decided_on)
            for edit, value in ((ui.decidedBy, values.decided_by),
                                (ui.registryNumber, values.registry_number)):
                if edit.text() != (value or ""):
                    edit.setText(value or "")
            for name in PROMISE_FIELDS:
                edit, value = self.fields[name], getattr(values, name) or ""
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        self._kind_chosen()

    def values(self) -> PlanFields:
        ui = self.ui
        return PlanFields(
            ui.title.text(), combos.chosen(ui.kind), read_date(ui.periodStart),
            read_date(ui.periodEnd), ui.decidedBy.text(), read_date(ui.decidedOn),
            ui.registryNumber.text(), combos.chosen(ui.status),
            combos.chosen(ui.situationReport),
            *(self.fields[name].toPlainText() for name in PROMISE_FIELDS))

    def _kind_chosen(self) -> None:
        promise = combos.chosen(self.ui.kind) == PlanKind.CITIZEN_PROMISE
        self.ui.promiseGroup.setVisible(promise)
        self.ui.layout.setStretch(2, 0 if promise else 3)

    def new_plan(self, year: int) -> None:
        """Blank values for a new plan: this year as the period."""
        self.set_values(PlanFields("", period_start=date(year, 1, 1),
                                   period_end=date(year, 12, 31)))
