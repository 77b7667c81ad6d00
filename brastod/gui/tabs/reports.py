"""Inkomna rapporter: every incident, filtered by period, partner, area, category, review and
free text; opened, edited, added and deleted; the place imports start from.

Filtering and sorting happen on the worker (SQL, then Python), so the tab stays smooth with
100 000 incidents; the view sits straight on the model, which sorts itself.
"""
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolButton, QWidget

from brastod.gui import roles, state, views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.exports import Export
from brastod.gui.forms.ui_reports_tab import Ui_ReportsTab
from brastod.gui.master_detail import ChangeFollower
from brastod.gui.models.incidents import IncidentTableModel
from brastod.gui.models.table import ROW_ROLE, row_sort_key
from brastod.gui.widgets import combos

EMPTY = ("Inga inkomna rapporter ännu.\n\nImportera en partners rapport med knappen "
         "Importera…, eller dra filen hit.")
NO_MATCH = "Inga händelser matchar filtret."
ALL, CUSTOM = "all", "custom"
PERIODS = ((ALL, "Alla datum"), ("30d", "Senaste 30 dagarna"), ("3m", "Senaste 3 månaderna"),
           ("12m", "Senaste 12 månaderna"), ("year", "I år"), ("last_year", "Förra året"),
           (CUSTOM, "Egen period"))
STATE_KEY = "reports"


def period_dates(code: str, today: date) -> tuple[date, date] | None:
    """The first and last day of a period chosen in the list (None for all dates)."""
    if code == "30d":
        return today - timedelta(days=29), today
    if code == "3m":
        return today - timedelta(days=91), today
    if code == "12m":
        return today.replace(year=today.year - 1) + timedelta(days=1), today
    if code == "year":
        return date(today.year, 1, 1), today
    if code == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def _fetch_incidents(db, where, value, descending: bool):
    from brastod.core.services import incidents, registers
    rows = incidents.list_incidents(db, where)
    if value is not None:
        rows.sort(key=lambda row: row_sort_key(value(row)), reverse=descending)
    return (rows, incidents.review_count(db), registers.list_partners(db),
            registers.list_areas(db), registers.list_categories(db))


def _write_incidents(rows: list, target: Path) -> None:
    from brastod.core.exports.incidents import write_csv, write_xlsx
    if target.suffix.lower() == ".csv":
        write_csv(rows, target)
    else:
        write_xlsx(rows, target, title="Händelser ur Brastöd")


class ReportsTab(QWidget):
    loaded = Signal(int)              # number of rows shown, after each load
    message = Signal(str)
    export_requested = Signal(object)
    import_requested = Signal()
    history_requested = Signal()
    TOPICS = Topic.INCIDENTS | Topic.REGISTERS
    NOTHING_TO_EXPORT = ""

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_ReportsTab()
        ui.setupUi(self)
        self.data = data
        self._token = 0
        self._batch: tuple[int, str] | None = None
        self._total = 0
        self.model = IncidentTableModel(self)
        # No proxy: the model sorts itself (see RowTableModel.sort) when a heading is clicked.
        ui.table.setModel(self.model)
        views.configure(ui.table, self.model)
        header = ui.table.horizontalHeader()
        if not state.restore_header(header, STATE_KEY):
            header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        ui.emptyLabel.setText("Öppnar databasen …")
        ui.stack.setCurrentWidget(ui.emptyPage)
        combos.fill(ui.period, list(PERIODS))
        self.batch_chip = QToolButton(self)
        self.batch_chip.setToolTip("Visa alla händelser igen")
        self.batch_chip.clicked.connect(lambda: self.show_batch(None))
        self.batch_chip.hide()
        ui.filters.insertWidget(0, self.batch_chip)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self._connect()
        # The filters choose what is shown; an incident opens (read-only where the role may
        # not change it) and the import history is read for every role.
        roles.reads(ui.filter, ui.period, ui.start, ui.end, ui.partner, ui.area, ui.category,
                    ui.reviewOnly, ui.openButton, ui.historyButton, self.batch_chip)
        self._set_period(ALL)
        self.attach()
        ChangeFollower(self, data, self.TOPICS)

    @property
    def today(self) -> date:
        return self.data.today

    def _connect(self) -> None:
        ui = self.ui
        ui.period.currentIndexChanged.connect(lambda: self._set_period(combos.chosen(ui.period)))
        for edit in (ui.start, ui.end):
            edit.userDateChanged.connect(self._dates_edited)
        for combo in (ui.partner, ui.area, ui.category):
            combo.currentIndexChanged.connect(self._debounce.start)
        ui.reviewOnly.toggled.connect(self._debounce.start)
        ui.filter.textChanged.connect(self._debounce.start)
        ui.importButton.clicked.connect(self.import_requested)
        ui.historyButton.clicked.connect(self.history_requested)
        ui.remindButton.clicked.connect(self.remind)
        ui.newButton.clicked.connect(lambda: self.edit(None))
        ui.openButton.clicked.connect(self.open_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.table.doubleClicked.connect(self.open_selected)
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, ui.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), ui.table, self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # ---- filters ----
    def _set_period(self, code: str) -> None:
        ui = self.ui
        dates = period_dates(code, self.today)
        for edit in (ui.start, ui.end):
            edit.blockSignals(True)
            edit.setEnabled(code != ALL)
        if dates is not None:
            ui.start.setDate(QDate(dates[0]))
            ui.end.setDate(QDate(dates[1]))
        elif code == ALL:
            ui.start.setDate(QDate(self.today.replace(year=self.today.year - 1)))
            ui.end.setDate(QDate(self.today))
        for edit in (ui.start, ui.end):
            edit.blockSignals(False)
        self._debounce.start()

    def _dates_edited(self) -> None:
        combos.choose(self.ui.period, CUSTOM)   # → _set_period(CUSTOM) keeps the dates
        self._debounce.start()

    def current_filter(self):
        from brastod.core.services.incidents import IncidentFilter
        ui = self.ui
        start = end = None
        if combos.chosen(ui.period) != ALL:
            start, end = ui.start.date().toPython(), ui.end.date().toPython()
        return IncidentFilter(start=start, end=end, partner_id=combos.chosen(ui.partner),
                              area_id=combos.chosen(ui.area),
                              category_id=combos.chosen(ui.category),
                              needs_review=ui.reviewOnly.isChecked(),
                              batch_id=self._batch[0] if self._batch else None,
                              text=ui.filter.text())

    def show_batch(self, batch: tuple[int, str] | None) -> None:
        """Only the incidents of one import (id, file name), or all again with None."""
        self._batch = batch
        self.batch_chip.setVisible(batch is not None)
        if batch is not None:
            self.batch_chip.setText(f"Import: {batch[1]}  ✕")
            combos.choose(self.ui.period, ALL)
        self.reload()

    # ---- loading ----
    def attach(self) -> None:
        ui = self.ui
        for button in (ui.importButton, ui.historyButton, ui.remindButton, ui.newButton):
            button.setEnabled(self.data.open)

    def set_role(self, role: roles.Role) -> None:
        """Importing, adding, deleting and reminding partners are off for a role that may not
        change the incidents."""
        if not role.may_edit(Topic.INCIDENTS):
            roles.lock(role, self)

    def reload(self) -> None:
        """The incidents as the filters say; a result overtaken by a newer request (the user
        changed a filter meanwhile) is dropped."""
        if not self.data.open:
            return
        self._debounce.stop()
        where = self.current_filter()
        header = self.ui.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        value = (self.model.columns[column].value
                 if 0 <= column < len(self.model.columns) else None)
        self._token += 1
        token = self._token
        self.data.call(_fetch_incidents, where, value, order == Qt.SortOrder.DescendingOrder,
                       on_done=lambda result: token == self._token and self._show(result))

    def _show(self, result) -> None:
        from brastod.core.services.incidents import IncidentFilter
        rows, review, partners, areas, categories = result
        ui = self.ui
        self._fill_choices(partners, areas, categories)
        selected = {row.id for row in self.selected_rows()}
        self.model.set_rows(rows)
        self._reselect(selected)
        filtered = self.current_filter() != IncidentFilter()
        ui.emptyLabel.setText(NO_MATCH if filtered else EMPTY)
        ui.stack.setCurrentWidget(ui.tablePage if rows else ui.emptyPage)
        count = f"{len(rows):,}".replace(",", "\u00a0")
        text = f"{count} händelser" + (" (filtrerat)" if filtered else "")
        if review:
            text += f" · {review} att granska i hela databasen"
        ui.countLabel.setText(text)
        self._selection_changed()
        self.loaded.emit(len(rows))

    def _fill_choices(self, partners, areas, categories) -> None:
        def refill(combo, everything: str, choices):
            current = combos.chosen(combo)
            combos.fill(combo, [(None, everything)] + choices)
            combo.blockSignals(True)
            combos.choose(combo, current)
            combo.blockSignals(False)
        ui = self.ui
        refill(ui.partner, "Alla partner", [(p.id, p.name) for p in partners])
        refill(ui.area, "Alla områden",
               [(a.id, f"{a.name}" if a.parent_id is None else f"   {a.name}") for a in areas])
        refill(ui.category, "Alla kategorier",
               [(c.id, c.name if c.parent_id is None else f"   {c.name}") for c in categories])

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.ui.table.selectionModel()
        # One pass over the shown rows in Python's own loop: 100 000 rows asked one by one
        # through the model held the GUI thread for over 100 ms.
        for row in [i for i, shown in enumerate(self.model.rows()) if shown.id in ids]:
            selection.select(self.model.index(row, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    # ---- selection and editing ----
    def selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.ui.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        count = len(self.selected_rows())
        self.ui.openButton.setEnabled(count == 1)
        self.ui.deleteButton.setEnabled(count > 0)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.edit(rows[0].id)

    def edit(self, incident_id: int | None) -> None:
        """The incident in its dialog, which tells what it saved (the list follows)."""
        from brastod.gui.dialogs.incident import IncidentDialog
        IncidentDialog(self.data, incident_id, self).exec()

    def remind(self) -> None:
        """Drafts to the partners that sent nothing in a period (the dialog fetches them)."""
        from brastod.gui.dialogs.reminders import RemindersDialog
        RemindersDialog(self.data, self).exec()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not roles.may_edit(self.data, Topic.INCIDENTS):   # the Delete key
            return
        what = "händelsen" if len(rows) == 1 else f"de {len(rows)} markerade händelserna"
        if not ask(self, f"Ta bort {what}? Det går inte att ångra (men en import kan importeras "
                         "igen från sin originalfil)."):
            return
        from brastod.core.services.incidents import delete_incidents
        self.data.call(delete_incidents, [row.id for row in rows],
                       {row.id: row.version for row in rows},
                       on_done=lambda _: self.reload(), on_error=self._not_deleted,
                       changes=Topic.INCIDENTS, origin=self)

    def _not_deleted(self, refusal) -> None:
        """Someone else changed one of them meanwhile: said, and the list shows the change."""
        self.data.runner.refuse(refusal)
        self.reload()

    def flush(self) -> None:
        """Nothing is typed here that waits to be saved."""

    def save_state(self) -> None:
        views.remember(self.ui.table, STATE_KEY)

    def export(self) -> Export:
        """What the tab shows, in its order, as Excel or CSV."""
        rows = self.model.rows()
        return Export(f"{len(rows)} händelser", f"händelser-{self.today}", (".xlsx", ".csv"),
                      lambda db, target, _: _write_incidents(rows, target))
