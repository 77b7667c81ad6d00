"""Utvalda händelser: notable incidents pinned into the lägesbild, each with a note (saved as
it is typed)."""
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.models.report_figures import PinnedModel
from brastod.gui.widgets.autosave import AutoSave

EMPTY = ("Inga utvalda händelser. Klicka på en ruta under Siffror, välj händelser och tryck "
         "Lyft in i lägesbilden.")


class PinnedPane(QWidget):
    changed = Signal()           # pins added or removed: the report is shown again

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self._report_id = data, None
        self._noted = None       # the pinned incident whose note the field shows
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
        self.autosave = AutoSave(self)
        self.autosave.watch(self.note)
        self.autosave.due.connect(self._save_note)
        self.note.editingFinished.connect(self._save_note)    # also text put in without keys
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
        self.flush()
        self._report_id, self.read_only = report_id, read_only
        self.model.set_rows(rows)
        self.hint.setVisible(not rows)
        self.note.setVisible(not read_only)
        self.unpin_button.setVisible(not read_only)
        self._selection_changed()

    def _selected(self) -> list:
        return [self.model.row_at(self.table.model().mapToSource(index).row())
                for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        self.flush()
        chosen = self._selected()
        self._noted = chosen[0] if len(chosen) == 1 else None
        self.unpin_button.setEnabled(bool(chosen))
        self.note.setEnabled(self._noted is not None)
        self.note.setText(self._noted.note or "" if self._noted is not None else "")

    def _save_note(self) -> None:
        """The note is saved to its incident and shown in the table at once; the list is not
        fetched again, so the selection (and the typing) stay."""
        from brastod.core.services.situation_reports import pin_incident
        pinned, note = self._noted, self.note.text()
        if pinned is None or self.read_only or (pinned.note or "") == note:
            return
        self._noted = replace(pinned, note=note)
        for row, each in enumerate(self.model.rows()):
            if each.incident_id == pinned.incident_id:
                self.model.replace_row(row, self._noted)
        self.data.call(pin_incident, self._report_id, pinned.incident_id, note,
                       changes=Topic.REPORTS, origin=self)

    def flush(self) -> None:
        self.autosave.flush()

    def _unpin(self) -> None:
        from brastod.core.services.situation_reports import unpin_incident
        report_id, ids = self._report_id, [row.incident_id for row in self._selected()]

        def unpin(db, ctx):
            for incident_id in ids:
                unpin_incident(db, report_id, incident_id)
        self.data.run(unpin, on_done=lambda _: self.changed.emit(), changes=Topic.REPORTS,
                      origin=self)
