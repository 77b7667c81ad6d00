"""Key figures entered by hand: a value for one year (Anmälda brott 2025: 1 264, Brå), and the
national figures ("riket") they are compared with, which ship with the program and are kept
up to date here."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from brastod.core.errors import BrastodError, FieldError
from brastod.core.figure_rules import MeasurementFields, ReferenceFields
from brastod.core.services.key_figures import list_indicators
from brastod.core.text import clean_name
from brastod.core.versions import Conflict
from brastod.gui import roles, views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.form_conflict import choose_then_save, put
from brastod.gui.field_errors import at_field_or_window, show_at_field
from brastod.gui.forms.ui_measurement_dialog import Ui_MeasurementDialog
from brastod.gui.live import while_alive
from brastod.gui.models.references import PER_100K, NationalReferenceModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.widgets.fields import read_number, write_number
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.register_panel import write

PLACEHOLDER = "t.ex. Anmälda brott"


def _indicators_and_values(db) -> tuple[list, dict]:
    from brastod.core.services.key_figures import stored_values
    return list_indicators(db), stored_values(db)


class MeasurementDialog(QDialog):
    """Choosing a known key figure (fetched on the worker) fills its unit and source. Spara
    saves (closing the dialog) over the value the dialog saw for that key figure and year:
    one someone else saved meanwhile is merged, and a field both changed asked about."""

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_MeasurementDialog()
        ui.setupUi(self)
        buttons.wire(self, ui.buttons, "&Spara")
        self.data = data
        self._known, self._stored = {}, {}
        self.conflict = None            # the conflict's dialog while it is open
        self.fields = {"indicator": ui.indicator, "year": ui.year, "value": ui.value,
                       "source": ui.source}
        ui.indicator.lineEdit().setPlaceholderText("Hämtar nyckeltalen …")
        ui.indicator.currentTextChanged.connect(self._indicator_changed)
        ui.year.setValue(data.today.year - 1)
        ui.unit.setText("antal")
        roles.lock_unless(data, Topic.REPORTS, self)
        data.call(_indicators_and_values,
                  on_done=while_alive(self, lambda found: self._show_indicators(*found)))

    def _show_indicators(self, indicators: list, stored: dict) -> None:
        """The first known one is chosen, unless the user has begun typing a name."""
        ui = self.ui
        self._known, self._stored = {row.name: row for row in indicators}, stored
        typed = ui.indicator.currentText()
        ui.indicator.addItems(list(self._known))
        if typed:
            ui.indicator.setEditText(typed)
        ui.indicator.lineEdit().setPlaceholderText(PLACEHOLDER)
        self._indicator_changed(ui.indicator.currentText())

    def _indicator_changed(self, name: str) -> None:
        known = self._known.get(clean_name(name))
        ui = self.ui
        ui.unit.setEnabled(known is None)
        ui.perHundredThousand.setEnabled(known is None)
        if known is not None:
            ui.unit.setText(known.unit)
            ui.perHundredThousand.setChecked(known.per_100k)
            ui.source.setText(known.source or "")

    def values(self) -> dict:
        ui = self.ui
        return {"indicator": clean_name(ui.indicator.currentText()), "year": ui.year.value(),
                "value": ui.value.value(), "source": ui.source.text(), "unit": ui.unit.text(),
                "per_100k": ui.perHundredThousand.isChecked()}

    def accept(self) -> None:
        values = self.values()
        try:
            MeasurementFields(values["indicator"], values["year"], values["value"]).validate()
        except FieldError as error:
            show_at_field(self.ui.error, self.fields, error)
            return
        seen = self._stored.get((values["indicator"], values["year"]))
        if seen is None:            # none seen: one saved meanwhile is someone else's
            self._write(values, 0, {"value": None, "source": None})
        else:
            self._write(values, seen.stamp.version, {"value": seen.value, "source": seen.source})

    def _write(self, values: dict, version: int, base: dict) -> None:
        from brastod.core.services.key_figures import save_measurement
        write(self.data, self, lambda db: save_measurement(
                  db, values["indicator"], values["year"], values["value"],
                  source=values["source"], unit=values["unit"], per_100k=values["per_100k"],
                  version=version, base=base),
              error=self.ui.error, fields=self.fields, on_done=lambda _: super(
                  MeasurementDialog, self).accept(),
              changes=Topic.REPORTS, on_conflict=self._met)

    def _met(self, conflict: Conflict) -> None:
        """Someone else saved a value for the same key figure and year: both side by side;
        closed, what was typed stays and the next Spara asks again."""
        self.ui.error.setText(str(conflict))

        def save_again(values: dict) -> None:
            for name in ("value", "source"):
                put(self.fields[name], values[name])
            self._write(self.values(), conflict.stamp.version, conflict.values)
        choose_then_save(self, conflict, self, self.fields, save_again)


REFERENCES_NOTE = ("Siffror för hela landet att jämföra kommunens nyckeltal med. De följer med "
                   "programmet och visas som ”Riket” i verksamhetsberättelsen.")


def _references_and_indicators(db) -> tuple[list, list[str]]:
    from brastod.core.services.key_figures import list_national_references
    return list_national_references(db), [row.name for row in list_indicators(db)]


class ReferenceForm(QWidget):
    """One national figure: the fields ``ReferenceFields`` names, and its refusals at them."""

    def __init__(self, indicators: list[str], parent=None):
        super().__init__(parent)
        self.indicator = QComboBox()
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.addItems(indicators)
        self.indicator.lineEdit().setPlaceholderText(PLACEHOLDER)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.value = QLineEdit()
        self.value.setPlaceholderText("t.ex. 15 079 eller 22,6")
        self.unit = QLineEdit("antal")
        self.unit.setPlaceholderText("antal, procent …")
        self.per_100k = QCheckBox(f"Värdet är {PER_100K}")
        self.source = QLineEdit()
        self.source.setPlaceholderText("t.ex. Brå, Nationella trygghetsundersökningen 2020")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.fields = {"indicator": self.indicator, "year": self.year, "value": self.value,
                       "unit": self.unit, "per_100k": self.per_100k, "source": self.source}
        form = QFormLayout()
        for text, field in (("&Nyckeltal:", self.indicator), ("&År:", self.year),
                            ("&Värde:", self.value), ("&Enhet:", self.unit),
                            ("", self.per_100k), ("&Källa:", self.source)):
            form.addRow(text, field)
        self.setMinimumWidth(560)          # the source is a long text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def set_values(self, row) -> None:
        self.indicator.setEditText(row.indicator)
        self.year.setValue(row.year)
        write_number(self.value, row.value)
        self.unit.setText(row.unit)
        self.per_100k.setChecked(row.per_100k)
        self.source.setText(row.source)

    def values(self) -> ReferenceFields:
        value = read_number(self.value, "value")
        return ReferenceFields(self.indicator.currentText(), self.year.value(),
                               float("nan") if value is None else value, self.source.text(),
                               self.unit.text(), self.per_100k.isChecked())

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.error, self.fields, error)


class NationalReferencesDialog(QDialog):
    """The list, with Lägg till…/Ändra…/Ta bort; each change is saved at once on the worker,
    and a value its rules refuse (the same indicator and year twice) opens the form again with
    the reason at the field."""
    loaded = Signal()

    def __init__(self, data: Data, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Nationella jämförelsetal (riket)")
        self.resize(940, 420)
        self.data = data
        self.conflict = None            # the conflict's dialog while it is open
        self._indicators: list[str] = []
        note = QLabel(REFERENCES_NOTE)
        note.setWordWrap(True)
        self.model = NationalReferenceModel(self)
        self.table = QTableView()
        views.attach(self.table, self.model, None, 0)
        self.table.setSortingEnabled(True)
        self.add_button = QPushButton("&Lägg till…")
        self.edit_button = QPushButton("Ä&ndra…")
        self.remove_button = QPushButton("&Ta bort")
        self.status = QLabel("Hämtar jämförelsetalen …")
        self.status.setStyleSheet("color: #555;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.wire(self, box)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.table.doubleClicked.connect(lambda _index: self.edit(self.selected()))
        self.remove_button.clicked.connect(self.remove)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        roles.lock_unless(data, Topic.REPORTS, self)       # read, not changed
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.add_button.setEnabled(False)
        self.data.call(_references_and_indicators, on_done=while_alive(
            self, lambda result: self._show(*result, select_id)))

    def _show(self, references: list, indicators: list[str], select_id: int | None) -> None:
        self.model.set_rows(references)
        known = {clean_name(name) for name in indicators}
        self._indicators = indicators + sorted({r.indicator for r in references} - known)
        self.add_button.setEnabled(True)
        self.status.setText(f"{len(references)} jämförelsetal")
        views.choose_row(self.table, self.table.model(), select_id)
        self._selection_changed()
        self.loaded.emit()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def edit(self, row, values: ReferenceFields | None = None,
             refusal: BrastodError | None = None) -> None:
        """The form for ``row`` (None: a new one), filled with ``values`` and ``refusal``
        when the save was refused."""
        form = ReferenceForm(self._indicators)
        if values or row:
            form.set_values(values or row)
        else:
            form.year.setValue(self.data.today.year - 1)
        if refusal is not None:
            form.show_error(refusal)
        dialog = FormDialog("Ändra jämförelsetal" if row else "Nytt jämförelsetal",
                            "En siffra för hela landet, med källan den kommer från.", form,
                            lambda checked: checked.validate(), self)
        roles.lock_unless(self.data, Topic.REPORTS, dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._write(row, dialog.result_values, row.stamp.version if row else None,
                    row.columns() if row else None)

    def _write(self, row, values: ReferenceFields, version: int | None,
               base: dict | None) -> None:
        """Saves ``values`` over ``base``, the values shown at ``version``: someone else's
        change to another field is taken, a field both changed is asked about."""
        from brastod.core.services.key_figures import save_national_reference
        refused = at_field_or_window(self.data, lambda error: self.edit(row, values, error))

        def failed(error) -> None:
            if isinstance(error, Conflict) and error.clashes:
                self._met(row, error)
            else:
                refused(error)
        self.data.call(save_national_reference, values, row.id if row else None, version, base,
                       on_done=while_alive(self, self.reload),
                       on_error=while_alive(self, failed, self.data.runner.refuse),
                       changes=Topic.REPORTS, origin=self)

    def _met(self, row, conflict: Conflict) -> None:
        """Both changed a field: the two values side by side; closed, the form opens again
        with what was typed, and its next save asks again."""
        form = ReferenceForm(self._indicators, self)     # the fields' labels, not shown
        form.hide()

        def save_again(values: dict) -> None:
            self._write(row, ReferenceFields(**values), conflict.stamp.version, conflict.values)
        choose_then_save(self, conflict, form, form.fields, save_again, self)
        self.conflict.rejected.connect(
            lambda: self.edit(row, ReferenceFields(**conflict.merged), conflict))

    def remove(self) -> None:
        from brastod.core.services.key_figures import delete_national_reference
        row = self.selected()
        if row is None or not ask(self, f"Ta bort jämförelsetalet för {row.indicator} "
                                        f"{row.year}?"):
            return
        self.data.call(delete_national_reference, row.id, row.stamp.version,
                       on_done=while_alive(self, lambda _: self.reload()),
                       on_error=while_alive(self, lambda refusal: self._not_removed(row, refusal),
                                            self.data.runner.refuse),
                       changes=Topic.REPORTS, origin=self)

    def _not_removed(self, row, refusal) -> None:
        """Someone else changed or removed it meanwhile: said, and the list shows the change."""
        self.data.runner.refuse(refusal)
        self.reload(row.id)
