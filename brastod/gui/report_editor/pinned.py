"""Utvalda händelser: notable incidents pinned into the lägesbild, each with a note."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.models.report_figures import PinnedModel
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga utvalda händelser. Klicka på en ruta under Siffror, välj händelser och tryck "
         "Lyft in i lägesbilden.")


class PinnedPane(QWidget):
    failed = Signal(str)
    changed = Signal()           # pins added or removed: the report is shown again

    def __init__(self, data, parent=None):
        super().__init__(parent)
        tasks, self._data = data.runner, data  # contract shim (tabs branch)
        self.failed.connect(data.runner.refused)  # contract shim (tabs branch)
        self._tasks, self._db, self._report_id = tasks, None, None
        self.model = PinnedModel(self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = QLabel(EMPTY)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText("Anteckning till den valda händelsen, till exempel varför "
                                     "den är viktig")
        self.note.editingFinished.connect(self._save_note)
        self.unpin_button = QPushButton("Ta bort ur lägesbilden")
        self.unpin_button.clicked.connect(self._unpin)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.unpin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.read_only = False

    def show_pinned(self, report_id: int, rows: list, read_only: bool) -> None:
        db = self._data._db  # contract shim (tabs branch)
        self._db, self._report_id, self.read_only = db, report_id, read_only
        self.model.set_rows(rows)
        self.hint.setVisible(not rows)
        self.note.setVisible(not read_only)
        self.unpin_button.setVisible(not read_only)
        self._selection_changed()

    def _selected(self) -> list:
        return [self.model.row_at(self.table.model().mapToSource(index).row())
                for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.unpin_button.setEnabled(bool(chosen))
        self.note.setEnabled(len(chosen) == 1)
        self.note.setText(chosen[0].note or "" if len(chosen) == 1 else "")

    def _save_note(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1 or self.read_only or (chosen[0].note or "") == self.note.text():
            return
        from brastod.core.services.situation_reports import pin_incident
        db, report_id, incident, note = self._db, self._report_id, chosen[0], self.note.text()
        self._tasks.run(lambda ctx: pin_incident(db, report_id, incident.incident_id, note),
                        on_done=lambda _: self.changed.emit(),
                        on_error=lambda error: self.failed.emit(str(error)))

    def _unpin(self) -> None:
        from brastod.core.services.situation_reports import unpin_incident
        db, report_id = self._db, self._report_id
        ids = [row.incident_id for row in self._selected()]

        def unpin(ctx):
            for incident_id in ids:
                unpin_incident(db, report_id, incident_id)
        self._tasks.run(unpin, on_done=lambda _: self.changed.emit(),
                        on_error=lambda error: self.failed.emit(str(error)))
