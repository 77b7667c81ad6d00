"""A table model over a list of plain row objects, described by named columns.

Each concrete model declares its columns; sorting goes through SORT_ROLE (dates sort as dates,
numbers as numbers), and ROW_ROLE hands the row object to views and dialogs.
"""
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QBrush, QColor

from brastod.core.text import swedish_key

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def show(value: Any) -> str:
    """Display text: ISO dates, hh:mm times, '' for None (Swedish office convention)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def sort_key(value: Any) -> Any:
    """A key Qt can compare within one column: numbers stay numbers, the rest become text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).casefold()


def row_sort_key(value: Any) -> tuple:
    """A Python sort key for one column: empty cells first, text in Swedish order."""
    key = sort_key(value)
    return (value is not None, swedish_key(key) if isinstance(key, str) else key)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    numeric: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], str | None] | None = None   # a colour name such as "#c62828"
    foreground: Callable[[Any], str | None] | None = None
    width: int | None = None


class RowTableModel(QAbstractTableModel):
    columns: Sequence[Column] = ()
    row_background: Callable[[Any], str | None] | None = None   # a colour for a whole row

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    # ---- data in and out ----
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def replace_row(self, row: int, value) -> None:
        """One row changed in place (the view keeps its selection)."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_at(self, row: int):
        return self._rows[row]

    # ---- QAbstractTableModel ----
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = show(column.value(row))
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            paint = column.background or self.row_background
            colour = paint(row) if paint is not None else None
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting in Python, for views without a proxy: a proxy compares through data(), which
        is too slow for 100 000 incidents."""
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(range(len(self._rows)), key=lambda i: row_sort_key(value(self._rows[i])),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in order_of]
        new_position = {old: new for new, old in enumerate(order_of)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [
            self.index(new_position[index.row()], index.column()) for index in old_indexes])
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if self.columns[section].numeric else _LEFT)
        return super().headerData(section, orientation, role)


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters on free text across all columns, case-insensitively."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)


def contrast_text(background: str | None) -> str | None:
    """White or black text for a coloured cell."""
    if not background:
        return None
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"
