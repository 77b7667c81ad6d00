"""Models over a lägesbild's parts: the matrix of area × category with its comparison, weekday ×
time of day, hotspots, sections, area assessments, pinned incidents and key figures."""
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from brastod.core.dates import WEEKDAYS
from brastod.core.enums import Trend
from brastod.core.labels import label
from brastod.gui.models.table import Column, RowTableModel, contrast_text

if TYPE_CHECKING:  # the core loads after the window is shown
    from brastod.core.services.figures import ReportFigures

CELL_ROLE = Qt.ItemDataRole.UserRole + 3      # (area id, category id); None for "Totalt"
TOTAL = "Totalt"
PREVIOUS, YEAR_AGO = 1, 2                     # the comparison: index in a cell's triple
UP, DOWN, MUTED = "#b71c1c", "#1b5e20", "#9e9e9e"
TOTAL_BACKGROUND = "#eef1f5"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def _dates(pair) -> str:
    return f"{pair[0]} – {pair[1]}"


class MatrixModel(QAbstractTableModel):
    """Rows are areas and Totalt, columns main categories and Totalt. Each cell shows the
    period's count and its change against the chosen comparison; the tooltip shows both.
    Counts and texts are worked out when the figures or the comparison change: the view sizes
    its columns to their contents, which asks data() for every cell several times."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._figures: "ReportFigures | None" = None
        self.compare = PREVIOUS
        self._counts: list[list[list[int]]] = []    # [row][column] → the cell's triple
        self._texts: list[list[str]] = []
        self._muted, self._up, self._down, self._total = (
            QBrush(QColor(colour)) for colour in (MUTED, UP, DOWN, TOTAL_BACKGROUND))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_figures(self, figures: "ReportFigures | None") -> None:
        self.beginResetModel()
        self._figures = figures
        self._counts = [] if figures is None else [
            [self._count(row, column) for column in range(len(figures.matrix.categories) + 1)]
            for row in range(len(figures.matrix.areas) + 1)]
        self._texts = self._show_counts()
        self.endResetModel()

    def set_compare(self, compare: int) -> None:
        self.compare = compare
        self._texts = self._show_counts()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _show_counts(self) -> list[list[str]]:
        from brastod.core.services.figures import change_text
        return [["–" if not counts[0] and not counts[self.compare] else
                 f"{counts[0]}   {change_text(counts[0], counts[self.compare])}"
                 for counts in row] for row in self._counts]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._counts else len(self._counts[0])

    def _ids(self, row: int, column: int) -> tuple[int | None, int | None]:
        matrix = self._figures.matrix
        area = matrix.areas[row].id if row < len(matrix.areas) else None
        category = matrix.categories[column].id if column < len(matrix.categories) else None
        return area, category

    def triple(self, row: int, column: int) -> list[int]:
        return self._counts[row][column]

    def _count(self, row: int, column: int) -> list[int]:
        matrix = self._figures.matrix
        area, category = self._ids(row, column)
        if area is None and category is None:
            return matrix.total()
        if area is None:
            return matrix.column_total(category)
        if category is None:
            return matrix.row_total(area)
        return matrix.cell(area, category)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        rows, columns = len(self._counts), len(self._counts[0]) if self._counts else 0
        if not index.isValid() or not 0 <= row < rows or not 0 <= column < columns:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        counts = self._counts[row][column]
        now, before = counts[0], counts[self.compare]
        total = row == rows - 1 or column == columns - 1
        if role == Qt.ItemDataRole.ForegroundRole:
            if not now and not before:
                return self._muted
            if now != before:
                return self._up if now > before else self._down
            return None
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return self._total
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, counts)
        if role == CELL_ROLE:
            return self._ids(row, column)
        return None

    def _tooltip(self, row: int, column: int, counts: list[int]) -> str:
        from brastod.core.services.figures import change_text
        figures = self._figures
        area = self.headerData(row, Qt.Orientation.Vertical)
        category = self.headerData(column, Qt.Orientation.Horizontal)
        return (f"{area} · {category}\n"
                f"Perioden {figures.start} – {figures.end}: {counts[0]}\n"
                f"Föregående period {_dates(figures.previous)}: {counts[1]} "
                f"({change_text(counts[0], counts[1])})\n"
                f"Ett år tidigare {_dates(figures.year_ago)}: {counts[2]} "
                f"({change_text(counts[0], counts[2])})\n"
                "Klicka för att se händelserna.")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self._figures is None or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        headings = (self._figures.matrix.categories if orientation == Qt.Orientation.Horizontal
                    else self._figures.matrix.areas)
        if 0 <= section < len(headings):
            return headings[section].name
        if section == len(headings):
            return TOTAL
        return None


class WeekdayTimeModel(QAbstractTableModel):
    """Weekdays × time bands, the busiest cells shaded darker (a heat map)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid: list[list[int]] = []
        self._bands: list[str] = []

    def set_grid(self, grid: list[list[int]], bands: list[str]) -> None:
        self.beginResetModel()
        self._grid, self._bands = grid, bands
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._grid)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._grid else len(self._bands)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() \
                or index.column() >= self.columnCount():
            return None
        value = self._grid[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE
        peak = max(map(max, self._grid)) or 1
        shade = self._shade(value / peak)
        if role == Qt.ItemDataRole.BackgroundRole and value:
            return QBrush(QColor(shade))
        if role == Qt.ItemDataRole.ForegroundRole and value:
            return QBrush(QColor(contrast_text(shade)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{WEEKDAYS[index.row()].capitalize()} {self._bands[index.column()]}: "
                    f"{value} händelser")
        return None

    @staticmethod
    def _shade(share: float) -> str:
        """From a pale to a deep blue as the cell nears the busiest one."""
        pale, deep = (227, 238, 250), (21, 67, 130)
        return QColor(*(round(p + (d - p) * share) for p, d in zip(pale, deep))).name()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._bands):
                return self._bands[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._grid):
                return WEEKDAYS[section].capitalize()
        return super().headerData(section, orientation, role)


class HotspotModel(RowTableModel):
    columns = (
        Column("Plats", lambda r: r.place, width=220),
        Column("Område", lambda r: r.area, width=140),
        Column("Antal", lambda r: r.count, numeric=True, width=60),
    )


class SectionModel(RowTableModel):
    columns = (Column("Avsnitt", lambda r: f"{r.position}. {r.title}"),)


class AssessmentModel(RowTableModel):
    """Each area's level in its colour, the trend and the motivation; ``levels`` maps a level
    id to its LevelRow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.levels: dict = {}
        self.columns = (
            Column("Område", lambda r: r.area, width=150),
            Column("Bedömning", self._level_name, width=130, background=self._level_colour,
                   foreground=lambda r: contrast_text(self._level_colour(r))),
            Column("Trend", lambda r: label(Trend, r.trend), width=55),
            Column("Otrygghet (enkät)", lambda r: r.survey, width=120),
            Column("Motivering", lambda r: r.motivation, width=400),
        )

    def _level_name(self, row) -> str:
        level = self.levels.get(row.level_id)
        return f"{level.level} {level.name}" if level else ""

    def _level_colour(self, row) -> str | None:
        level = self.levels.get(row.level_id)
        return level.color if level else None


class PinnedModel(RowTableModel):
    columns = (
        Column("Datum", lambda r: r.occurred_on, width=95),
        Column("Tid", lambda r: r.occurred_time, width=55),
        Column("Område", lambda r: r.area, width=120),
        Column("Kategori", lambda r: r.category, width=160),
        Column("Plats", lambda r: r.place, width=150),
        Column("Beskrivning", lambda r: r.description, width=300),
        Column("Anteckning", lambda r: r.note, width=200),
    )


def _number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


class KeyFigureModel(RowTableModel):
    columns = (
        Column("Nyckeltal", lambda r: r.indicator, width=200),
        Column("År", lambda r: r.year, numeric=True, width=55),
        Column("Värde", lambda r: _number(r.value, 0 if r.value == int(r.value) else 1),
               numeric=True, width=80),
        Column("Enhet", lambda r: r.unit, width=70),
        Column("Folkmängd", lambda r: _number(r.population), numeric=True, width=90),
        Column("Per 100 000 inv.", lambda r: _number(r.per_100k, 1), numeric=True, width=110),
        Column("Källa", lambda r: r.source, width=220),
    )
