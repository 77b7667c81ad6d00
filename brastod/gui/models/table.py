"""A table model over a list of plain row objects, described by named columns.

Each concrete model declares its columns; sorting goes through SORT_ROLE (dates sort as dates,
numbers as numbers), and ROW_ROLE hands the row object to views and dialogs. A view without a
proxy (100 000 incidents) lets the model sort itself: each column's values are ranked once
(small ints, kept until the rows change), so a sort compares ints; the first sort on a column
of a long list runs on the task runner's worker.
"""
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor

from brastod.core.text import swedish_key

if TYPE_CHECKING:
    from brastod.gui.tasks import TaskRunner

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


PIECE = 8192      # a C sort of this many keys holds the GIL for a few ms only


def in_order(keys: Sequence) -> list[int]:
    """The positions of ``keys`` in ascending, stable order. Sorted in pieces merged in Python,
    so that on a worker thread no single step keeps the GUI thread waiting for the GIL."""
    pieces = [sorted(range(start, min(start + PIECE, len(keys))), key=keys.__getitem__)
              for start in range(0, len(keys), PIECE)]
    if len(pieces) == 1:
        return pieces[0]
    return list(heapq.merge(*pieces, key=keys.__getitem__))


def column_ranks(rows: Sequence, value: Callable[[Any], Any]) -> list[int]:
    """Each row's place in the column's order (row_sort_key; equal keys share a place).
    Sorting by these ints orders the rows as sorting by row_sort_key does."""
    values = [value(row) for row in rows]
    distinct = list(set(values))
    keys = [row_sort_key(v) for v in distinct]
    place, rank, previous = {}, -1, None
    for position in in_order(keys):
        if rank < 0 or keys[position] != previous:
            rank, previous = rank + 1, keys[position]
        place[distinct[position]] = rank
    return list(map(place.__getitem__, values))


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
    resorted = Signal()          # the rows are in their new order (after sort(), maybe later)
    background_rows = 10_000     # a list this long is first sorted on a column on the worker

    def __init__(self, parent=None, tasks: "TaskRunner | None" = None):
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list = []
        self._given: list = []           # the rows as set; _order and _ranks refer to them
        self._order: list[int] = []      # the place in _given of each row shown
        self._ranks: dict[int, list[int]] = {}   # per column, by place in _given
        self._version = 0                # the rows changed: a sort under way is redone
        self._request = 0                # the latest sort asked for: older ones are dropped

    # ---- data in and out ----
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = self._given = list(rows)
        self._order = list(range(len(rows)))
        self._ranks = {}
        self._version += 1
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def replace_row(self, row: int, value) -> None:
        """One row changed in place (the view keeps its selection)."""
        self._rows[row] = self._given[self._order[row]] = value
        self._ranks = {}
        self._version += 1
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
        """Sorting in Python, for views without a proxy (a proxy compares through data(), too
        slow for 100 000 incidents). Stable: rows alike keep their order. ``resorted`` says when
        the rows are in order; with a task runner and a long list that is later (the order is
        worked out on the worker), and only the latest sort asked for is applied."""
        if not 0 <= column < len(self.columns):
            return
        self._request += 1
        request, version, given, shown = self._request, self._version, self._given, self._order
        ranks, value = self._ranks.get(column), self.columns[column].value
        descending = order == Qt.SortOrder.DescendingOrder

        def work(ctx=None):
            kept = ranks if ranks is not None else column_ranks(given, value)
            keys = [-kept[row] if descending else kept[row] for row in shown]
            new_order = [shown[position] for position in in_order(keys)]
            place = [0] * len(new_order)        # where each row of _given is shown now
            for position, row in enumerate(new_order):
                place[row] = position
            return request, version, column, order, kept, new_order, place
        if self._tasks is not None and len(given) >= self.background_rows:
            self._tasks.run(work, on_done=lambda result: self._sorted(*result))
        else:
            self._sorted(*work())

    def _sorted(self, request: int, version: int, column: int, order: Qt.SortOrder,
                ranks: list[int], new_order: list[int], place: list[int]) -> None:
        if request != self._request:
            return
        if version != self._version:       # other rows came meanwhile: sort those
            self.sort(column, order)
            return
        self._ranks[column] = ranks
        self.layoutAboutToBeChanged.emit()
        old_order, self._order = self._order, new_order
        self._rows = list(map(self._given.__getitem__, new_order))
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [
            self.index(place[old_order[index.row()]], index.column()) for index in old_indexes])
        self.layoutChanged.emit()
        self.resorted.emit()

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
