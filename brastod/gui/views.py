"""Set-up shared by every table view: proxy, column widths, remembered header."""
from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from brastod.gui import state
from brastod.gui.models.table import ROW_ROLE, RowFilterProxy, RowTableModel


def attach(view: QTableView, model: RowTableModel, key: str | None = None,
           sort_column: int | None = None,
           order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
           source: QAbstractItemModel | None = None) -> RowFilterProxy:
    """Show ``model`` (through ``source``, a filter over it, when given) sorted and searchable."""
    proxy = RowFilterProxy(view)
    proxy.setSourceModel(source if source is not None else model)
    view.setModel(proxy)
    configure(view, model)
    header = view.horizontalHeader()
    if sort_column is not None:
        view.sortByColumn(sort_column, order)
    else:   # the rows' own order (e.g. categories under their main category)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        proxy.sort(-1)
    if key is not None and state.restore_header(header, key):
        view.setSortingEnabled(True)
    return proxy


def choose_row(view: QTableView, proxy, wanted_id: int | None) -> bool:
    """Makes current the row whose object has ``wanted_id``, or the first row when nothing is
    wanted (a list opens on its first item, as a mail program does). False if none is."""
    found = next((row for row in range(proxy.rowCount())
                  if proxy.index(row, 0).data(ROW_ROLE).id == wanted_id), None)
    if found is None and wanted_id is None and proxy.rowCount():
        found = 0
    if found is None:
        return False
    index = proxy.index(found, 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)
    return True


def remember(view: QTableView, key: str) -> None:
    state.save_header(view.horizontalHeader(), key)


def configure(view: QTableView, model: RowTableModel) -> None:
    """Rows selected whole, no row numbers, the columns' widths (``model`` is already shown)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    stretched = [column for column, spec in enumerate(model.columns) if spec.stretch]
    header.setStretchLastSection(not stretched)
    header.setHighlightSections(False)
    for column, spec in enumerate(model.columns):
        if spec.width:
            view.setColumnWidth(column, spec.width)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
