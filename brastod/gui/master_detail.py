"""The "list on top, the chosen item below" tab that Lägesbild, Åtgärdsplan and Möteskalender
share. The base owns the list (model, proxy, search field), the empty page, choosing an item
again after a reload, dropping results that arrived too late, saving typing before anything
else happens, the remembered splitters and header, and reloading on change notices (its
``TOPICS``, through ``ChangeFollower``). A tab
supplies only what differs:

    fetch_list()  -> job(db) run on the worker; list_loaded(result) -> the rows
    fetch_item(id) -> job(db) run on the worker; show_item(result); clear_item()
    flush()       (the editors' waiting typing), choose_default() (which row opens first)

Its form (.ui) has ``table``, ``filter``, ``stack`` with ``tablePage`` and ``emptyPage``,
``emptyLabel``.
"""
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QWidget

from brastod.gui import roles, state, views
from brastod.gui.data import Data, Topic
from brastod.gui.models.table import ROW_ROLE, RowTableModel

OPENING = "Öppnar databasen …"


class ChangeFollower(QObject):
    """Reloads ``tab`` when ``data`` tells of a change in ``topics`` made elsewhere (a change
    made in the tab itself, or one of its panes, is already shown there): at once when the tab
    is visible, else when it is next shown."""

    def __init__(self, tab: QWidget, data: Data, topics: Topic):
        super().__init__(tab)
        self.tab, self.topics, self.stale = tab, topics, False
        data.changed.connect(self._changed)
        tab.installEventFilter(self)

    def _changed(self, topics: Topic, origin) -> None:
        tab = self.tab
        if not topics & self.topics or origin is tab or (
                isinstance(origin, QWidget) and tab.isAncestorOf(origin)):
            return
        if tab.isVisible():
            tab.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.tab.reload()
        return False


class MasterDetailTab(QWidget):
    loaded = Signal(int)          # number of rows, after each load
    shown = Signal(int)           # an item's id, once the editor shows it
    message = Signal(str)         # for the status bar
    export_requested = Signal(object)   # an exports.Export, for the window's export controller

    EMPTY = ""                    # the empty page's text once the list is known to be empty
    STATE_KEY = ""                # where the header is remembered
    TOPICS = Topic(0)             # the change notices that alter what the tab shows
    EDITS = Topic(0)              # what the tab changes: a role that may not only reads here
    NOTHING_TO_EXPORT = ""

    def __init__(self, data: Data, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.ui = ui
        ui.setupUi(self)
        self.detail = None                 # what show_item last showed
        self.item_id: int | None = None    # the item the user is on (shown or on its way)
        self._select_id: int | None = None
        self._list_token = self._item_token = 0
        self._listing = self._filtering = False
        self._splitters: list[tuple[QSplitter, str]] = []
        self.role = roles.Role.COORDINATOR
        ChangeFollower(self, data, self.TOPICS)

    def set_up_list(self, model: RowTableModel, sort_column: int | None = None,
                    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, source=None) -> None:
        ui = self.ui
        self.model = model
        self.proxy = views.attach(ui.table, model, self.STATE_KEY, sort_column, order, source)
        ui.filter.textChanged.connect(self._filter)
        roles.reads(ui.filter)
        ui.emptyLabel.setText(OPENING)
        ui.stack.setCurrentWidget(ui.emptyPage)
        ui.table.selectionModel().currentRowChanged.connect(self._chosen)

    def keep_splitter(self, splitter: QSplitter, key: str, sizes: list[int] | None = None) -> None:
        """``splitter`` opens as it was left (``sizes``, if given, the first time)."""
        if not state.restore_splitter(splitter, key) and sizes:
            splitter.setSizes(sizes)
        self._splitters.append((splitter, key))

    # ---- what a tab supplies ----
    def fetch_list(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def list_loaded(self, result) -> list:
        """The rows of what ``fetch_list`` returned (the rest is the tab's)."""
        return result

    def list_shown(self, rows: list) -> None:
        """The model holds ``rows`` now."""

    def fetch_item(self, item_id: int) -> Callable[[Any], Any]:
        raise NotImplementedError

    def show_item(self, result) -> None:
        raise NotImplementedError

    def clear_item(self) -> None:
        raise NotImplementedError

    def item_failed(self) -> None:
        """The chosen item could not be fetched (the window says why)."""

    def flush(self) -> None:
        """Save typing that is waiting for its moment (before anything else happens)."""

    def choose_default(self) -> bool:
        return views.choose_row(self.ui.table, self.proxy, None)

    @property
    def read_only(self) -> bool:
        """The login's role may not change what this tab changes."""
        return not self.role.may_edit(self.EDITS)

    # ---- the tab interface (see tabs/__init__.py) ----
    def set_role(self, role: roles.Role) -> None:
        """The login's role is known: what it may not change here is locked."""
        self.role = role
        if self.read_only:
            roles.lock(role, self)

    def attach(self) -> None:
        """A database is open: what needs one is enabled (the rows come with ``reload``)."""

    def reload(self, select_id: int | None = None) -> None:
        """The list again (and the item: ``select_id``, else the one the user is on)."""
        if not self.data.open:
            return
        self.flush()
        self._select_id = select_id or self.item_id
        self._list_token += 1
        token, fetch = self._list_token, self.fetch_list()
        self.data.run(lambda db, ctx: fetch(db),
                      on_done=lambda result: token == self._list_token
                      and self._show_list(result))

    def refused_and_shown(self, item_id: int) -> Callable[[Any], None]:
        """An ``on_error`` for a change refused because someone else changed the item after the
        user saw it: the window says who and when, and shows the item again with their change."""
        def refused(error) -> None:
            self.data.runner.refuse(error)
            self.reload(item_id)
        return refused

    def save_state(self) -> None:
        self.flush()
        views.remember(self.ui.table, self.STATE_KEY)
        for splitter, key in self._splitters:
            state.save_splitter(splitter, key)

    def export(self):
        """What Arkiv → Exportera writes from this tab now (None: nothing is chosen)."""
        return None

    # ---- the list ----
    def _show_list(self, result) -> None:
        rows = self.list_loaded(result)
        self._listing = True
        self.model.set_rows(rows)
        self._listing = False
        self.list_shown(rows)
        ui = self.ui
        ui.emptyLabel.setText(self.EMPTY)
        ui.stack.setCurrentWidget(ui.tablePage if rows else ui.emptyPage)
        self.item_id = None          # chosen again below, so fetched afresh
        wanted = self._select_id
        chosen = views.choose_row(ui.table, self.proxy, wanted) if wanted is not None \
            else self.choose_default()
        if not chosen:
            self._chosen(QModelIndex())
        self.loaded.emit(len(rows))

    def _filter(self, text: str) -> None:
        self.refilter(lambda: self.proxy.setFilterFixedString(text))

    def refilter(self, narrow: Callable[[], None]) -> None:
        """Narrow the list with ``narrow()`` (a search, a series …): the chosen item stays
        shown, and chosen and in view in the list when it matches."""
        self._filtering = True
        narrow()
        self._filtering = False
        index = self._row_of(self.item_id)
        if index is not None:
            self._listing = True
            self.ui.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._listing = False
            self.scroll_to(index)

    def scroll_to(self, index: QModelIndex) -> None:
        """``index`` in the middle of the list, once the view has laid out its rows (persistent,
        since the list may be refilled before then)."""
        target = QPersistentModelIndex(index)
        QTimer.singleShot(0, lambda: target.isValid() and self.ui.table.scrollTo(
            QModelIndex(target), QAbstractItemView.ScrollHint.PositionAtCenter))

    def _row_of(self, item_id: int | None) -> QModelIndex | None:
        if item_id is None:
            return None
        return next((self.proxy.index(row, 0) for row in range(self.proxy.rowCount())
                     if self.proxy.index(row, 0).data(ROW_ROLE).id == item_id), None)

    def _chosen(self, current: QModelIndex, _previous=None) -> None:
        if self._listing or self._filtering:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and row.id == self.item_id:
            return
        self.flush()
        if row is None:
            self._item_token += 1
            self.item_id = self.detail = None
            self.clear_item()
            return
        self.open_item(row.id)

    # ---- one item ----
    def open_item(self, item_id: int) -> None:
        """Fetch the item on the worker and show it, unless the user has moved on by then."""
        self.item_id = item_id
        self._item_token += 1
        token, fetch = self._item_token, self.fetch_item(item_id)

        def failed(error) -> None:
            if token == self._item_token:
                self.item_failed()
            self.data.runner.refuse(error)
        self.data.run(lambda db, ctx: fetch(db),
                      on_done=lambda result: token == self._item_token
                      and self._show_item(result), on_error=failed)

    def _show_item(self, result) -> None:
        self.show_item(result)
        self.shown.emit(self.item_id)
