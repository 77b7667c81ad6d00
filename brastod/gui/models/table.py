"""A table model over a list of plain row objects, described by named columns.

Each concrete model declares its columns; sorting goes through SORT_ROLE (dates sort as dates,
numbers as numbers), and ROW_ROLE hands the row object to views and dialogs. A view without a
proxy (100 000 incidents) lets the model sort itself: each column's values are ranked once
(small ints, kept until the rows change), so a sort compares ints. A long list is sorted in
slices of a few ms on the GUI thread between its other events: pure Python work on a worker
thread would hold the GIL that every paint of the window needs, so it would stall it as much.
"""
import heapq
import time as clock
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt, QTimer, Signal,
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
    return (value is not None, _swedish(value))


def _swedish(value: Any) -> Any:
    key = sort_key(value)
    return swedish_key(key) if isinstance(key, str) else key


STEP = 2048           # items handled between two looks at the clock (a ms or two)
SLICE_S = 0.008       # the longest a long sort keeps the GUI thread before the window's turn

Steps = Generator[None, None, list[int]]    # work done in steps; the result is returned


def in_order(keys: Sequence) -> Steps:
    """The positions of ``keys`` in ascending, stable order: pieces of STEP sorted by C, then
    merged lazily."""
    pieces = []
    for start in range(0, len(keys), STEP):
        pieces.append(sorted(range(start, min(start + STEP, len(keys))), key=keys.__getitem__))
        yield
    if len(pieces) <= 1:
        return pieces[0] if pieces else []
    merged = []
    for position in heapq.merge(*pieces, key=keys.__getitem__):
        merged.append(position)
        if not len(merged) % STEP:
            yield
    return merged


def column_ranks(rows: Sequence, value: Callable[[Any], Any]) -> Steps:
    """Each row's place in the column's order (row_sort_key; equal keys share a place).
    Sorting by these ints orders the rows as sorting by row_sort_key does."""
    values: list = []
    for start in range(0, len(rows), STEP):
        values.extend(value(row) for row in rows[start:start + STEP])
        yield
    distinct = list(set(values) - {None})      # None, an empty cell, comes first: rank 0
    keys: list = []                            # no tuples: 100 000 would wake the GC
    for start in range(0, len(distinct), STEP):
        keys.extend(map(_swedish, distinct[start:start + STEP]))
        yield
    place, rank, previous = {None: 0}, 0, None
    for count, position in enumerate((yield from in_order(keys))):
        if rank == 0 or keys[position] != previous:
            rank, previous = rank + 1, keys[position]
        place[distinct[position]] = rank
        if not count % STEP:
            yield
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
    stretch: bool = False       # takes the width the others leave (the text that needs it)


class RowTableModel(QAbstractTableModel):
    columns: Sequence[Column] = ()
    row_background: Callable[[Any], str | None] | None = None   # a colour for a whole row
    resorted = Signal()          # the rows are in their new order (after sort(), maybe later)
    sliced_rows = 10_000         # a list this long is sorted in slices, between other events

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._given: list = []           # the rows as set; _order and _ranks refer to them
        self._order: list[int] = []      # the place in _given of each row shown
        self._ranks: dict[int, list[int]] = {}   # per column, by place in _given
        self._sorting: tuple[int, Qt.SortOrder] | None = None    # a sort under way
        self._steps: Generator | None = None
        self._slices = QTimer(self, interval=0)
        self._slices.timeout.connect(lambda: self._work(clock.perf_counter() + SLICE_S))

    # ---- data in and out ----
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = self._given = list(rows)
        self._order = list(range(len(rows)))
        self._ranks = {}
        self.endResetModel()
        self._restart()

    def rows(self) -> list:
        return list(self._rows)

    def replace_row(self, row: int, value) -> None:
        """One row changed in place (the view keeps its selection)."""
        self._rows[row] = self._given[self._order[row]] = value
        self._ranks = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self._restart()

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
        the rows are in order: at once for a short list, else once the slices are done. A sort
        asked for meanwhile replaces the one under way; rows set meanwhile are sorted instead."""
        if not 0 <= column < len(self.columns):
            return
        self._sorting = column, order
        self._steps = self._sort_steps(column, order)
        if len(self._given) < self.sliced_rows:
            self._work(None)
        else:
            self._slices.start()

    def _restart(self) -> None:
        if self._steps is not None:
            self._steps = self._sort_steps(*self._sorting)

    def _sort_steps(self, column: int, order: Qt.SortOrder) -> Generator:
        """The steps of sorting the rows as they are now; the generator's value is the new
        order and where each row of _given goes."""
        given, shown, kept = self._given, self._order, self._ranks.get(column)
        value, descending = self.columns[column].value, order == Qt.SortOrder.DescendingOrder

        def steps():
            ranks = kept
            if ranks is None:
                ranks = self._ranks[column] = yield from column_ranks(given, value)
            keys: list[int] = []
            for start in range(0, len(shown), STEP):
                keys.extend(-ranks[row] if descending else ranks[row]
                            for row in shown[start:start + STEP])
                yield
            new_order = [shown[position] for position in (yield from in_order(keys))]
            place = [0] * len(new_order)
            for position, row in enumerate(new_order):
                place[row] = position
                if not position % STEP:
                    yield
            return new_order, place
        return steps()

    def _work(self, until: float | None) -> None:
        """Sorting steps until the time ``until`` (None: to the end), then the rows in place."""
        try:
            while until is None or clock.perf_counter() < until:
                next(self._steps)
        except StopIteration as finished:
            self._slices.stop()
            self._steps = None
            self._reorder(*finished.value)

    def _reorder(self, new_order: list[int], place: list[int]) -> None:
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
