"""Utvalda händelser: notable incidents pinned into the lägesbild, each with a note (saved as
it is typed)."""
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod.core.versions import Conflict
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.form_conflict import choose_then_save
from brastod.gui.live import while_alive
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
        self.conflict = None     # the conflict's dialog while it is open
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
        label = QLabel("&Anteckning:")
        label.setBuddy(self.note)
        row = QHBoxLayout()
        row.addWidget(label)
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
        pinned, note = self._noted, self.note.text()
        if pinned is None or self.read_only or (pinned.note or "") == note:
            return
        self._send(pinned, note)

    def _send(self, pinned, note: str) -> None:
        """Saves ``note`` over ``pinned``'s, the one shown. The saves run in order, so each
        one's base is the note the one before it sent."""
        from brastod.core.services.situation_reports import pin_incident
        incident_id = pinned.incident_id
        self._put(replace(pinned, note=note))
        self.data.call(pin_incident, self._report_id, incident_id, note,
                       pinned.stamp.version if pinned.stamp else None, {"note": pinned.note},
                       on_done=while_alive(self, lambda stamp: self._saved(incident_id, stamp)),
                       on_error=while_alive(self, lambda error: self._failed(incident_id, error),
                                            self.data.runner.refuse),
                       changes=Topic.REPORTS, origin=self)

    def _row(self, incident_id: int):
        return next((row for row in self.model.rows() if row.incident_id == incident_id), None)

    def _put(self, pinned) -> None:
        """``pinned`` in the table, and as the one the field shows if it is."""
        for index, each in enumerate(self.model.rows()):
            if each.incident_id == pinned.incident_id:
                self.model.replace_row(index, pinned)
        if self._noted is not None and self._noted.incident_id == pinned.incident_id:
            self._noted = pinned

    def _saved(self, incident_id: int, stamp) -> None:
        row = self._row(incident_id)
        if row is not None and (row.stamp is None or stamp.version > row.stamp.version):
            self._put(replace(row, stamp=stamp))

    def _failed(self, incident_id: int, error) -> None:
        """Someone else changed the note too: both are shown to choose from; closed, the
        field keeps what was typed and its next change asks again."""
        if not (isinstance(error, Conflict) and error.clashes):
            self.data.runner.refuse(error)
            return

        def save_again(values: dict) -> None:
            row = self._row(incident_id)
            if row is None:
                return
            if self._noted is not None and self._noted.incident_id == incident_id:
                self.note.setText(values["note"] or "")
            self._send(replace(row, note=error.values["note"], stamp=error.stamp),
                       values["note"] or "")
        choose_then_save(self, error, self, {"note": self.note}, save_again)

    def flush(self) -> None:
        self.autosave.flush()

    def _unpin(self) -> None:
        from brastod.core.services.situation_reports import unpin_incident
        report_id = self._report_id
        shown = [(row.incident_id, row.stamp.version if row.stamp else None)
                 for row in self._selected()]

        def unpin(db, ctx):
            for incident_id, version in shown:
                unpin_incident(db, report_id, incident_id, version)
        self.data.run(unpin, on_done=lambda _: self.changed.emit(), changes=Topic.REPORTS,
                      on_error=while_alive(self, self._not_unpinned, self.data.runner.refuse),
                      origin=self)

    def _not_unpinned(self, refusal) -> None:
        """Someone else changed a note meanwhile: nothing was removed; said, and shown again."""
        self.data.runner.refuse(refusal)
        self.changed.emit()
