"""Someone else saved a form's record first and changed a field the user changed too: one table,
Fält | Ditt värde | Den andra versionen, with a choice per field (the user's by default). The
fields only one of them changed are merged already (core.versions.merge) and are not asked
about. Closed without an answer, the form keeps the user's values and the conflict comes back
at its next save, as with the text editors' dialogs.conflict."""
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QDialog, QDoubleSpinBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTimeEdit, QWidget,
)

from brastod.core.versions import Conflict
from brastod.gui.dialogs.conflict import other_version
from brastod.gui.forms.ui_form_conflict_dialog import Ui_FormConflictDialog
from brastod.gui.widgets import combos
from brastod.gui.widgets.fields import write_date, write_time

MINE, THEIRS = 1, 2         # the columns that can be ticked
EMPTY = "(tomt)"


def shown(widget: QWidget | None, value) -> str:
    """A field's value as its form shows it: a list's text for its choice, ISO dates, hh:mm."""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if value is None or value == "":
        return EMPTY
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        return widget.itemText(index) if index >= 0 else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _number(value: float) -> str:
    """As a Swede writes it, as fields.write_number does: 22,6."""
    return f"{value:g}".replace(".", ",")


def field_label(form: QWidget, widget: QWidget | None, name: str) -> str:
    """The label the form puts by the field ("Plats"), else the field's name."""
    if isinstance(widget, QAbstractButton):        # a check box says what it is itself
        return widget.text().replace("&", "")
    for label in form.findChildren(QLabel):
        if widget is not None and label.buddy() is widget:
            return label.text().replace("&", "").rstrip(": ")
    return name


def put(widget: QWidget, value) -> None:
    """Shows ``value`` in a register dialog's field (a form has its own ``set_values``)."""
    if isinstance(widget, QComboBox):
        combos.choose(widget, value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        write_date(widget, value)
    elif isinstance(widget, QTimeEdit):
        write_time(widget, value)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        text = ("\n".join(value) if isinstance(value, (list, tuple))      # one per line
                else value.strftime("%H:%M") if isinstance(value, time)
                else _number(value) if isinstance(value, float)
                else "" if value is None else str(value))
        widget.setText(text) if isinstance(widget, QLineEdit) else widget.setPlainText(text)
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")


class ChoiceModel(QAbstractTableModel):
    """One row per field both changed: its label, the user's value and the other's, one of
    the two ticked."""

    def __init__(self, rows: list[tuple[str, str, str]], theirs_title: str, parent=None):
        """``rows``: (label, the user's value shown, the other's value shown)."""
        super().__init__(parent)
        self.rows, self.theirs_title = rows, theirs_title
        self.chosen = [MINE] * len(rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # Who and when stand in the message above; in the header they were cut off.
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("Fält", "Ditt värde", "Den andra versionen")[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == THEIRS:
            return self.theirs_title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        if role == Qt.ItemDataRole.CheckStateRole and column in (MINE, THEIRS):
            return (Qt.CheckState.Checked if self.chosen[row] == column
                    else Qt.CheckState.Unchecked).value
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() != 0 else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole \
                or index.column() not in (MINE, THEIRS):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        column = index.column() if checked else MINE + THEIRS - index.column()
        self.choose(index.row(), column)
        return True

    def choose(self, row: int, column: int) -> None:
        """Ticks ``column`` (MINE or THEIRS) in ``row``, and unticks the other."""
        self.chosen[row] = column
        self.dataChanged.emit(self.index(row, MINE), self.index(row, THEIRS),
                              [Qt.ItemDataRole.CheckStateRole])


class FormConflictDialog(QDialog):
    """``values`` once accepted: the chosen value of each field both changed, by name."""

    def __init__(self, conflict: Conflict, form: QWidget, fields: dict[str, QWidget],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_FormConflictDialog()
        ui.setupUi(self)
        self.conflict, self.values = conflict, None
        self.names = [name for name in conflict.clashes]
        mine = conflict.merged         # the user's values of the fields both changed
        self._mine = {name: mine[name] for name in self.names}
        self._theirs = {name: conflict.values[name] for name in self.names}
        if conflict.what:
            self.setWindowTitle(f"Någon annan har ändrat {conflict.what}")
        ui.message.setText(str(conflict))
        self.model = ChoiceModel(
            [(field_label(form, fields.get(name), name), shown(fields.get(name), mine[name]),
              shown(fields.get(name), conflict.values[name])) for name in self.names],
            other_version(conflict), self)
        ui.table.setModel(self.model)
        ui.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.allMine.clicked.connect(lambda: self._all(MINE))
        ui.allTheirs.clicked.connect(lambda: self._all(THEIRS))
        ui.save.clicked.connect(self._save)
        ui.later.clicked.connect(self.reject)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ui.table.resizeRowsToContents()    # once the columns have their widths

    def _all(self, column: int) -> None:
        for row in range(self.model.rowCount()):
            self.model.choose(row, column)

    def _save(self) -> None:
        self.values = {name: (self._mine if chosen == MINE else self._theirs)[name]
                       for name, chosen in zip(self.names, self.model.chosen)}
        self.accept()


def resolve_fields(parent: QWidget, conflict: Conflict, form: QWidget,
                   fields: dict[str, QWidget],
                   on_chosen: Callable[[dict], None]) -> FormConflictDialog:
    """Opens the dialog without blocking (the form and its timers go on); ``on_chosen`` gets
    the chosen values. Returns the dialog, which the form keeps while it is open."""
    dialog = FormConflictDialog(conflict, form, fields, parent)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_chosen(dialog.values)
        dialog.deleteLater()
    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def choose_then_save(owner: QObject, conflict: Conflict, form: QWidget,
                     fields: dict[str, QWidget], save_again: Callable[[dict], None],
                     parent: QWidget | None = None) -> None:
    """What every form does when someone else changed a field it changed too: asks (the dialog
    is ``owner.conflict`` while it is open) and gives ``save_again`` the values to save: the
    user's, the other's where only they changed a field, and the choices. ``save_again`` saves
    them over the other's (``conflict.values``, version ``conflict.stamp``). Closed, nothing
    is saved and the form keeps what was typed."""
    def chosen(values: dict) -> None:
        owner.conflict = None
        save_again({**conflict.merged, **values})
    owner.conflict = resolve_fields(parent or form, conflict, form, fields, chosen)
    owner.conflict.rejected.connect(lambda: setattr(owner, "conflict", None))
