"""The matrix of area × category with the change against the previous period or a year earlier;
a click on a cell lists the incidents behind it, and chosen incidents can be pinned into the
lägesbild."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.data import Data
from brastod.gui.models.incidents import IncidentTableModel
from brastod.gui.models.report_figures import CELL_ROLE, PREVIOUS, YEAR_AGO, MatrixModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.widgets import combos

HINT = "Klicka på en ruta i tabellen för att se händelserna bakom siffran."


class MatrixPane(QWidget):
    pin_requested = Signal(list)        # incident ids
    listed = Signal(int)                # incidents shown after a click on a cell

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self._figures = data, None
        self._scope: tuple[int, ...] | None = None
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self.show_cell)
        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(
            lambda: self.model.set_compare(combos.chosen(self.compare)))
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #444;")
        self.incidents = IncidentTableModel(self)
        self.incident_table = QTableView()
        views.attach(self.incident_table, self.incidents, sort_column=0,
                     order=Qt.SortOrder.DescendingOrder)
        self.incident_table.setSortingEnabled(True)
        self.incident_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.incident_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.cell_label = QLabel(HINT)
        self.cell_label.setWordWrap(True)
        self.pin_button = QPushButton("Lyft in i lägesbilden")
        self.pin_button.setToolTip("De valda händelserna visas under Utvalda händelser och i "
                                   "lägesbildens PDF")
        self.pin_button.setEnabled(False)
        self.pin_button.clicked.connect(self._pin)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("Jämför med:"))
        top.addWidget(self.compare)
        top.addStretch()
        matrix = QWidget()
        matrix_layout = QVBoxLayout(matrix)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addLayout(top)
        matrix_layout.addWidget(self.table)
        matrix_layout.addWidget(self.caption)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.cell_label, 1)
        row.addWidget(self.pin_button)
        below_layout.addLayout(row)
        below_layout.addWidget(self.incident_table)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(matrix)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.splitterMoved.connect(self._sized_by_hand)
        self._by_hand = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _sized_by_hand(self) -> None:
        self._by_hand = True

    def _fit_matrix(self) -> None:
        """The whole matrix, Totalt included, above the incidents (at 1366×768 the Totalt row
        was half hidden), leaving the incidents at least a few rows; unless the user has moved
        the divider."""
        total = sum(self.splitter.sizes())
        if self._by_hand or not total:
            return
        table = self.table
        needed = (table.horizontalHeader().height() + table.verticalHeader().length()
                  + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height())
        matrix = min(needed + self.compare.sizeHint().height() + self.caption.sizeHint().height()
                     + 16, total - 150)
        self.splitter.setSizes([matrix, total - matrix])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_matrix()

    def show_figures(self, figures, scope: list[int] | None, read_only: bool) -> None:
        self._figures = figures
        self._scope = None if scope is None else tuple(
            h.id for h in figures.matrix.areas if h.id)
        combos.fill(self.compare, [
            (PREVIOUS, f"Föregående period ({figures.previous[0]} – {figures.previous[1]})"),
            (YEAR_AGO, f"Samma period ett år tidigare ({figures.year_ago[0]} – "
                       f"{figures.year_ago[1]})")])
        combos.choose(self.compare, self.model.compare)
        self.model.set_figures(figures)
        total = figures.matrix.total()[0]
        self.caption.setText(
            f"{total} händelser {figures.start} – {figures.end}. Rött: fler än jämförelsen, "
            "grönt: färre. Vid små tal (under 10) visas skillnaden i antal, inte i procent.")
        self.pin_button.setVisible(not read_only)
        self._fit_matrix()
        self.incidents.set_rows([])
        self.cell_label.setText(HINT)

    def show_cell(self, index) -> None:
        """The incidents behind one cell (or a total), listed below the matrix."""
        from brastod.core.services.incidents import IncidentFilter, list_incidents
        area_id, category_id = index.data(CELL_ROLE)
        figures = self._figures
        where = IncidentFilter(start=figures.start, end=figures.end, area_id=area_id,
                               sub_areas=False, category_id=category_id,
                               area_ids=self._scope if area_id is None else None)
        area = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        category = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        self.cell_label.setText(f"Hämtar händelserna i {area} · {category} …")
        self.data.call(list_incidents, where,
                       on_done=lambda rows: self._show_incidents(figures, rows, area, category))

    def _show_incidents(self, figures, rows: list, area: str, category: str) -> None:
        if figures is not self._figures:      # another report was opened meanwhile
            return
        self.incidents.set_rows(rows)
        counted = sum(row.count for row in rows)
        reports = f" i {len(rows)} rapporter" if counted != len(rows) else ""
        self.cell_label.setText(
            f"<b>{area} · {category}</b>, {figures.start} – {figures.end}: {counted} "
            f"händelser{reports}, som de finns i databasen nu")
        self.listed.emit(len(rows))

    def _selection_changed(self) -> None:
        self.pin_button.setEnabled(bool(self.incident_table.selectionModel().selectedRows()))

    def _pin(self) -> None:
        ids = [index.data(ROW_ROLE).id
               for index in self.incident_table.selectionModel().selectedRows()]
        if ids:
            self.pin_requested.emit(ids)
