"""Områdesbedömningar: for each area in the lägesbild's scope a level on the assessment scale (in
its colour), a trend and a short motivation, saved as they are chosen or typed."""
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from brastod.core.enums import Trend
from brastod.gui import views
from brastod.gui.widgets import combos
from brastod.gui.models.report_figures import AssessmentModel
from brastod.gui.tasks import TaskRunner
from brastod.gui.widgets.autosave import PAUSE_MS
from brastod.gui.widgets.colours import swatch

TRENDS = [(None, "Ej bedömd"), (Trend.UP.value, "↑ Ökande"), (Trend.FLAT.value, "→ Oförändrad"),
          (Trend.DOWN.value, "↓ Minskande")]


class AssessmentsPane(QWidget):
    failed = Signal(str)

    def __init__(self, data, parent=None):
        super().__init__(parent)
        tasks, self._data = data.runner, data  # contract shim (tabs branch)
        self.failed.connect(data.runner.refused)  # contract shim (tabs branch)
        self._tasks, self._db, self._report_id = tasks, None, None
        self._row: int | None = None
        self.read_only = False
        self.model = AssessmentModel(self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.level = QComboBox()
        self.trend = QComboBox()
        combos.fill(self.trend, TRENDS)
        for combo in (self.level, self.trend):
            combo.setMaximumWidth(320)
        self.motivation = QLineEdit()
        self.motivation.setMaxLength(500)
        self.motivation.setPlaceholderText("Kort motivering: vad som hänt och varför nivån")
        self._typing = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._typing.timeout.connect(self._save)
        self.level.currentIndexChanged.connect(self._save)
        self.trend.currentIndexChanged.connect(self._save)
        self.motivation.textEdited.connect(self._typing.start)
        self.motivation.editingFinished.connect(self.flush)
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.scale.setStyleSheet("color: #555;")
        self.area_label = QLabel()
        self.area_label.setStyleSheet("font-weight: 600;")
        form = QFormLayout()
        form.addRow("Område:", self.area_label)
        form.addRow("Bedömning:", self.level)
        form.addRow("Trend:", self.trend)
        form.addRow("Motivering:", self.motivation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.scale)

    def show_assessments(self, report_id: int, rows: list, levels: list,
                         read_only: bool) -> None:
        db = self._data._db  # contract shim (tabs branch)
        self.flush()
        self._db, self._report_id, self.read_only = db, report_id, read_only
        self.model.levels = {level.id: level for level in levels}
        self._row = None
        self.model.set_rows(rows)
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem("Ej bedömd", None)
        for level in levels:
            self.level.addItem(swatch(level.color), f"{level.level} {level.name} "
                               f"({level.color_name})", level.id)
        self.level.blockSignals(False)
        self.scale.setText("Skalan: " + "; ".join(
            f"{level.level} {level.name} – {level.description.rstrip('.')}" for level in levels
            if level.description))
        for widget in (self.level, self.trend, self.motivation):
            widget.setEnabled(not read_only and bool(rows))
        if rows:
            self.table.selectRow(0)

    def _row_chosen(self, current, _previous) -> None:
        self.flush()
        self._row = None
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        for widget in (self.level, self.trend):
            widget.blockSignals(True)
        combos.choose(self.level, row.level_id)
        combos.choose(self.trend, row.trend)
        self.motivation.setText(row.motivation)
        for widget in (self.level, self.trend):
            widget.blockSignals(False)
        self.area_label.setText(row.area)
        self._row = current.row()

    def flush(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self._save()

    def _save(self) -> None:
        if self._row is None or self.read_only:
            return
        from brastod.core.services.situation_reports import save_assessment
        row = self.model.row_at(self._row)
        changed = replace(row, level_id=combos.chosen(self.level),
                          trend=combos.chosen(self.trend),
                          motivation=self.motivation.text().strip())
        if changed == row:
            return
        self.model.replace_row(self._row, changed)
        db, report_id = self._db, self._report_id
        self._tasks.run(lambda ctx: save_assessment(
            db, report_id, changed.area_id, level_id=changed.level_id, trend=changed.trend,
            motivation=changed.motivation), on_done=lambda _: None,
            on_error=lambda error: self.failed.emit(str(error)))
