"""Områdesbedömningar: for each area in the lägesbild's scope a level on the assessment scale (in
its colour), a trend and a short motivation, saved as they are chosen or typed."""
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from brastod.core.enums import Trend
from brastod.core.versions import Conflict
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.form_conflict import choose_then_save
from brastod.gui.live import while_alive
from brastod.gui.models.report_figures import AssessmentModel
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSave
from brastod.gui.widgets.colours import swatch

TRENDS = [(None, "Ej bedömd"), (Trend.UP.value, "↑ Ökande"), (Trend.FLAT.value, "→ Oförändrad"),
          (Trend.DOWN.value, "↓ Minskande")]


class AssessmentsPane(QWidget):
    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self._report_id = data, None
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
        self._loading = False
        self.conflict = None                # the conflict's dialog while it is open
        self.autosave = AutoSave(self)
        for widget in (self.level, self.trend, self.motivation):
            self.autosave.watch(widget, lambda: not self._loading)
        self.autosave.due.connect(self._save)
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
        self.flush()
        self._report_id, self.read_only = report_id, read_only
        self.model.levels = {level.id: level for level in levels}
        self._row = None
        self.model.set_rows(rows)
        self._loading = True
        self.level.clear()
        self.level.addItem("Ej bedömd", None)
        for level in levels:
            self.level.addItem(swatch(level.color), f"{level.level} {level.name} "
                               f"({level.color_name})", level.id)
        self._loading = False
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
        self._show_row(self.model.row_at(current.row()))
        self._row = current.row()

    def _show_row(self, row) -> None:
        self._loading = True
        combos.choose(self.level, row.level_id)
        combos.choose(self.trend, row.trend)
        self.motivation.setText(row.motivation)
        self._loading = False
        self.area_label.setText(row.area)

    def flush(self) -> None:
        self.autosave.flush()

    def _save(self) -> None:
        if self._row is None or self.read_only:
            return
        row = self.model.row_at(self._row)
        changed = replace(row, level_id=combos.chosen(self.level),
                          trend=combos.chosen(self.trend),
                          motivation=self.motivation.text().strip())
        if changed == row:
            return
        self.model.replace_row(self._row, changed)
        from brastod.core.services.situation_reports import ASSESSED
        self._send(changed, {name: getattr(row, name) for name in ASSESSED})

    def _send(self, changed, base: dict) -> None:
        """Saves ``changed`` over ``base``, the values the pane showed; the saves of one report
        run in order, so each one's base is the one before it."""
        from brastod.core.services.situation_reports import save_assessment
        area_id = changed.area_id
        self.data.call(save_assessment, self._report_id, area_id, level_id=changed.level_id,
                       trend=changed.trend, motivation=changed.motivation, base=base,
                       on_done=while_alive(self, lambda taken: self._take(area_id, taken)),
                       on_error=while_alive(self, lambda error: self._failed(area_id, error),
                                            self.data.runner.refuse),
                       changes=Topic.REPORTS, origin=self)

    def _index(self, area_id: int) -> int | None:
        return next((i for i, row in enumerate(self.model.rows()) if row.area_id == area_id),
                    None)

    def _take(self, area_id: int, values: dict) -> None:
        """Shows the values of the fields someone else changed (and this user did not)."""
        index = self._index(area_id)
        if not values or index is None:
            return
        self.model.replace_row(index, replace(self.model.row_at(index), **values))
        if index == self._row and not self.autosave.pending:
            self._show_row(self.model.row_at(index))

    def _failed(self, area_id: int, error) -> None:
        """Someone else changed a field of this area's assessment that this user changed too:
        both values are shown to choose from; closed, the pane keeps the user's values and the
        next change meets the conflict again."""
        if not (isinstance(error, Conflict) and error.clashes):
            self.data.runner.refuse(error)
            return
        fields = {"level_id": self.level, "trend": self.trend, "motivation": self.motivation}

        def save_again(values: dict) -> None:
            index = self._index(area_id)
            if index is None:
                return
            now = replace(self.model.row_at(index), **values)
            self.model.replace_row(index, now)
            if index == self._row:
                self._show_row(now)
            self._send(now, error.values)
        choose_then_save(self, error, self, fields, save_again)
