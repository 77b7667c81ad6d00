"""Ny lägesbild: kind, period (with its ISO weeks shown as it is chosen) and scope."""
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog

from brastod.core.enums import ReportKind
from brastod.core.errors import FieldError
from brastod.core.labels import options
from brastod.core.periods import CUSTOM, FORTNIGHT, PERIOD_TYPES, Period, describe, period_of
from brastod.core.report_rules import check_new_report
from brastod.core.services.registers import list_areas
from brastod.core.services.situation_reports import default_title
from brastod.gui.data import Data
from brastod.gui.dialogs import buttons
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_new_situation_report_dialog import Ui_NewSituationReportDialog
from brastod.gui.live import while_alive
from brastod.gui.widgets import combos


@dataclass(frozen=True)
class NewReport:
    kind: str
    period: Period
    area_ids: list[int] | None      # None: the whole municipality
    title: str


class NewSituationReportDialog(QDialog):
    """The register's areas come from the worker (the list says "Hämtar områden …" until they
    have); sub-areas are indented under their parent."""

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        today = data.today
        self.ui = ui = Ui_NewSituationReportDialog()
        ui.setupUi(self)
        buttons.wire(self, ui.buttons, "&Skapa")
        combos.fill(ui.kind, options(ReportKind))
        combos.fill(ui.periodType, list(PERIOD_TYPES.items()))
        combos.choose(ui.periodType, FORTNIGHT)
        # The last finished week (today, if it is a Sunday) and the one before it.
        last_sunday = today - timedelta(days=(today.weekday() + 1) % 7)
        ui.day.setDate(QDate(last_sunday))
        ui.start.setDate(QDate(last_sunday - timedelta(days=13)))
        ui.end.setDate(QDate(last_sunday))
        self.areas = QStandardItemModel(self)
        fetching = QStandardItem("Hämtar områden …")
        fetching.setEnabled(False)
        self.areas.appendRow(fetching)
        ui.areaList.setModel(self.areas)
        data.call(list_areas, on_done=while_alive(self, self._show_areas))
        ui.chosenAreas.toggled.connect(ui.areaList.setEnabled)
        for signal in (ui.kind.currentIndexChanged, ui.periodType.currentIndexChanged, ui.day.dateChanged,
                       ui.start.dateChanged, ui.end.dateChanged):
            signal.connect(self._period_changed)
        self._period_changed()

    def _show_areas(self, areas: list) -> None:
        self.areas.clear()
        depth = {}
        for area in areas:
            depth[area.id] = depth.get(area.parent_id, -1) + 1 if area.parent_id else 0
            item = QStandardItem("    " * depth[area.id] + area.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(area.id, Qt.ItemDataRole.UserRole)
            self.areas.appendRow(item)

    def period(self) -> Period | None:
        ui = self.ui
        kind = combos.chosen(ui.periodType)
        if kind == CUSTOM:
            try:
                return Period(ui.start.date().toPython(), ui.end.date().toPython(), CUSTOM)
            except ValueError:      # it ends before it starts
                return None
        return period_of(kind, ui.day.date().toPython())

    def _period_changed(self) -> None:
        ui = self.ui
        custom = combos.chosen(ui.periodType) == CUSTOM
        ui.form.setRowVisible(ui.day, not custom)     # a hidden row leaves no gap
        ui.form.setRowVisible(ui.start, custom)
        ui.form.setRowVisible(ui.end, custom)
        period = self.period()
        ui.periodText.setText(describe(period) if period else "Till-datumet ligger före "
                                                              "från-datumet.")
        if period is not None:
            ui.title.setPlaceholderText(default_title(combos.chosen(ui.kind), period))

    def chosen_area_ids(self) -> list[int] | None:
        if self.ui.wholeMunicipality.isChecked():
            return None
        return [self.areas.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.areas.rowCount())
                if self.areas.item(row).checkState() == Qt.CheckState.Checked]

    def result_report(self) -> NewReport:
        return NewReport(combos.chosen(self.ui.kind), self.period(), self.chosen_area_ids(),
                         self.ui.title.text().strip())

    def accept(self) -> None:
        if self.period() is None:
            self.ui.error.setText("Perioden slutar före den börjar. Rätta datumen.")
            return
        try:
            check_new_report(combos.chosen(self.ui.kind), self.chosen_area_ids())
        except FieldError as error:
            show_at_field(self.ui.error, {"kind": self.ui.kind, "area_ids": self.ui.areaList},
                          error)
            return
        super().accept()
