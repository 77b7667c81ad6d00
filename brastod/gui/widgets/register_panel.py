"""The behaviour every register list shares: a table of rows, a form for the selected one, and
Ny / Spara / Ta bort. Listing, saving and removing run on the worker through ``data``; a value
the register's rules refuse is shown at its field, and every change is announced as
``Topic.REGISTERS`` (or the topic given)."""
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from dataclasses import fields as dataclass_fields, replace

from brastod.core.errors import ValidationError
from brastod.core.versions import Conflict
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.field_errors import at_field_or_window, show_at_field
from brastod.gui.live import while_alive
from brastod.gui.models.table import ROW_ROLE, RowTableModel

Job = Callable[[Any], Any]      # run on the worker with the database


def write(data: Data, form: QObject, job: Job, *, error: QLabel, fields: dict[str, QWidget],
          on_done: Callable[[Any], None], changes: Topic | None,
          on_refused: Callable[[], None] = lambda: None,
          on_conflict: Callable[[Conflict], None] | None = None) -> None:
    """``job(db)`` on the worker, announced as ``changes``; ``on_done(result)`` while ``form``
    still exists. A value the rules refuse is said in ``error``, at its field of ``fields``
    (after ``on_refused()`` has tidied up), and what was typed stays; someone else's newer
    save goes to ``on_conflict``; any other refusal (the database busy …) is shown by the
    window, as is one that comes after ``form`` is gone."""
    said = at_field_or_window(data, lambda refusal: show_at_field(error, fields, refusal),
                              on_refused)

    def refused(refusal) -> None:
        if isinstance(refusal, Conflict) and refusal.clashes and on_conflict is not None:
            on_refused()
            on_conflict(refusal)
        else:
            said(refusal)
    data.run(lambda db, ctx: job(db), on_done=while_alive(form, on_done),
             on_error=while_alive(form, refused, data.runner.refuse), changes=changes,
             origin=form)


class RegisterPanel(QObject):
    changed = Signal()   # after a successful save or delete
    loaded = Signal()    # the rows have arrived and are shown

    def __init__(self, data: Data, *, table: QTableView, model: RowTableModel,
                 new_button: QPushButton, save_button: QPushButton,
                 delete_button: QPushButton, error: QLabel, load: Callable[[], Job | None],
                 fill: Callable[[Any | None], None], save: Callable[[Any | None], Job],
                 delete: Callable[[Any], Job], describe: Callable[[Any], str],
                 confirm: Callable[[str], bool], fields: dict[str, QWidget],
                 topic: Topic = Topic.REGISTERS, parent=None):
        """``load()`` gives the job that lists the rows (None: there are none to list);
        ``save(row)`` reads the form and gives the job that saves it (returning a new row's
        id); ``delete(row)`` gives the job that removes it. ``fields`` are the form's inputs by
        the names the core's rules give them; ``topic`` is what a change changes."""
        super().__init__(parent)
        self.data, self.table, self.model, self.error, self.fields = (
            data, table, model, error, fields)
        self._load, self._fill, self._save, self._delete = load, fill, save, delete
        self._describe, self._confirm, self._topic = describe, confirm, topic
        self.buttons = (new_button, save_button, delete_button)
        self.conflict = None            # the conflict's dialog while it is open
        self.delete_button = delete_button
        self.proxy = views.attach(table, model)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        new_button.clicked.connect(self.new)
        save_button.clicked.connect(self.save)
        delete_button.clicked.connect(self.delete)

    def current(self) -> Any | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        self._run(None, select_id)

    def select(self, row_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if row_id is not None and index.data(ROW_ROLE).id == row_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return
        self.table.selectionModel().clear()
        self._on_current()

    def new(self) -> None:
        self.table.selectionModel().clear()
        self.error.clear()
        self._on_current()

    def save(self, shown: Any | None = None) -> None:
        """Saves the form over ``shown`` (the row as the form had it; the current row)."""
        current = shown or self.current()
        try:
            job = self._save(current)
        except ValidationError as refusal:     # a value the form itself cannot read
            show_at_field(self.error, self.fields, refusal)
            return
        self._run(job, current.id if current else None, changes=True,
                  on_conflict=lambda conflict: self._met(current, conflict))

    def _met(self, row: Any, conflict: Conflict) -> None:
        """Someone else saved the row and changed a field this user changed too: they are
        told who and when, see both values and choose; the values typed stay meanwhile, and
        the next Spara meets the conflict again if the dialog is closed."""
        from brastod.gui.dialogs.form_conflict import choose_then_save, put
        self.error.setText(str(conflict))

        def save_again(values: dict) -> None:
            for name, value in values.items():
                if name in self.fields:
                    put(self.fields[name], value)
            names = {f.name for f in dataclass_fields(row)}
            self.save(replace(row, stamp=conflict.stamp, **{
                name: value for name, value in conflict.values.items() if name in names}))
        window = self.table.window()
        choose_then_save(self, conflict, window, self.fields, save_again, window)

    def delete(self) -> None:
        current = self.current()
        if current is None or not self._confirm(f"Ta bort {self._describe(current)}?"):
            return
        self._run(self._delete(current), None, changes=True,
                  on_refused=lambda: self.reload(current.id))

    def _run(self, job: Job | None, select_id: int | None, changes: bool = False,
             on_conflict: Callable[[Conflict], None] | None = None,
             on_refused: Callable[[], None] | None = None) -> None:
        """``job`` (if any) and then the listing, in one task: the list shows what was saved."""
        load = self._load()
        for button in self.buttons:
            button.setEnabled(False)

        def work(db):
            saved = job(db) if job is not None else None
            new_id = saved if isinstance(saved, int) else None     # a new row's id
            return new_id, load(db) if load is not None else []
        write(self.data, self, work, error=self.error, fields=self.fields,
              on_done=lambda result: self._show(
                  result[1], result[0] if result[0] is not None else select_id, changes),
              changes=self._topic if changes else None, on_refused=on_refused or self._enable,
              on_conflict=on_conflict)

    def _show(self, rows: list, select_id: int | None, changed: bool) -> None:
        self._enable()
        if changed:
            self.error.clear()
        self.model.set_rows(rows)
        self.select(select_id)
        self.loaded.emit()
        if changed:
            self.changed.emit()

    def _enable(self) -> None:
        for button in self.buttons:
            button.setEnabled(button is not self.delete_button or self.current() is not None)

    def _on_current(self) -> None:
        current = self.current()
        self.delete_button.setEnabled(current is not None)
        self._fill(current)
