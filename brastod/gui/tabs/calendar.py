"""Möteskalender: a month calendar with the meeting days and the Swedish holidays marked, the
list of meetings, and the documents of the chosen meeting (kallelse, protokoll, möteshandlingar,
calendar file) with the meeting itself edited below the list: particulars, attendance, agenda
and minutes, decisions."""
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import (
    QDate, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu, QMessageBox, QWidget

from brastod import APP_NAME
from brastod.core.dates import long_date
from brastod.core.enums import Body
from brastod.core.labels import label
from brastod.gui.data import Data
from brastod.gui import state, views
from brastod.gui.data import Data
from brastod.gui.forms.ui_calendar_tab import Ui_CalendarTab
from brastod.gui.meeting_editor.panes import AgendaPane, AttendancePane, ParticularsPane
from brastod.gui.models.meetings import MeetingTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tasks import TaskRunner

EMPTY = ("Inga möten ännu.\n\nHär planeras lokala BRÅ, EST-gruppen och styrgruppen: kallelse, "
         "dagordning, protokoll och beslut.")
ALL_SERIES = "Alla mötesserier"
BODY_COLOURS = {Body.COUNCIL: "#1f4e79", Body.EST_GROUP: "#2e7d32",
                Body.STEERING_GROUP: "#6a1b9a"}


class _SeriesFilter(QSortFilterProxyModel):
    """Narrows the meeting list to one series before the free-text filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: str | None = None

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if self.series is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row.series == self.series


HOLIDAY = "#c62828"
REMINDER_DAYS_BACK, REMINDER_DAYS_AHEAD = 365, 2 * 365
# What the Handlingar menu offers: (the kind asked for, its menu text).
DOCUMENTS = [("notice", "&Kallelse med dagordning (PDF)…"), ("minutes", "&Protokoll (PDF)…"),
             ("pack", "&Möteshandlingar (PDF och Excel)…"), (None, None),
             ("ics", "Kalenderfil för &mötet (.ics)…"),
             ("series_ics", "Kalenderfil för hela &serien (.ics)…")]


class CalendarTab(QWidget):
    loaded = Signal(int)
    document_requested = Signal(str, object)    # kind (see DOCUMENTS), the chosen MeetingRow
    shown = Signal(int)                         # a meeting's id, once the editor shows it

    def __init__(self, tasks: TaskRunner, today: date | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_CalendarTab()
        self.ui.setupUi(self)
        self._tasks, self._fetch = tasks, None
        self.today = today or date.today()
        self.ui.emptyLabel.setText("Öppnar databasen …")
        self.model = MeetingTableModel(self)
        self.series_filter = _SeriesFilter(self)
        self.series_filter.setSourceModel(self.model)
        self.proxy = views.attach(self.ui.table, self.model, "meetings", sort_column=0,
                                  source=self.series_filter)
        self.ui.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.seriesFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.seriesFilter.currentTextChanged.connect(self._on_series)
        self.ui.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.ui.calendar.setSelectedDate(QDate(self.today))
        self.ui.calendar.selectionChanged.connect(self._on_day)
        self.ui.calendar.currentPageChanged.connect(lambda year, _month: self._mark_holidays(year))
        self._holidays: dict = {}
        self._holiday_years: set[int] = set()
        self._reminders: dict = {}
        menu = QMenu(self)
        for kind, text in DOCUMENTS:
            if kind is None:
                menu.addSeparator()
            else:
                menu.addAction(text, partial(self._document, kind))
        self.ui.documentsButton.setMenu(menu)
        self.ui.documentsButton.setEnabled(False)
        self.ui.seriesButton.clicked.connect(self.edit_series)
        self.ui.table.selectionModel().selectionChanged.connect(self._meeting_chosen)
        self._data = Data(tasks, self.today, self)   # the editors' way to the database
        self.particulars = ParticularsPane(self._data)
        self.attendance = AttendancePane(self._data)
        self.agenda = AgendaPane(self._data)
        for pane, title in ((self.particulars, "&Uppgifter"), (self.attendance, "&Deltagare"),
                            (self.agenda, "Dagordning och &protokoll")):
            self.ui.parts.addTab(pane, title)
            pane.changed.connect(self._meeting_changed)
        self.ui.parts.setEnabled(False)
        self.ui.listSplitter.setStretchFactor(1, 2)
        if not state.restore_splitter(self.ui.listSplitter, "calendar_list"):
            self.ui.listSplitter.setSizes([300, 400])
        self._db = None
        self._meeting_id: int | None = None
        self.ui.table.doubleClicked.connect(self._on_table_activated)
        self.ui.splitter.setStretchFactor(1, 3)
        state.restore_splitter(self.ui.splitter, "calendar")
        self._marked: list[QDate] = []
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def attach(self, db) -> None:
        self._db = db
        self._data.attach(db)
        from brastod.core.meeting_days import holidays_between
        from brastod.core.services.meetings import list_meetings
        from brastod.core.services.reminders import reminders
        start, end = self.today - timedelta(days=REMINDER_DAYS_BACK), \
            self.today + timedelta(days=REMINDER_DAYS_AHEAD)
        # The holiday library is loaded here, on the worker, with the years around today.
        self._holiday_years = set(range(start.year, end.year + 1))
        self._fetch = lambda: (list_meetings(db), reminders(db, start, end), holidays_between(
            date(start.year, 1, 1), date(end.year, 12, 31)))

    def reload(self) -> None:
        fetch = self._fetch
        self._tasks.run(lambda ctx: fetch(), on_done=self._show)

    def _show(self, result) -> None:
        rows, reminders, holidays = result
        self._reminders = {}
        for reminder in reminders:
            self._reminders.setdefault(reminder.day, []).append(reminder.text)
        self.model.set_rows(rows)
        current = self.ui.seriesFilter.currentText()
        self.ui.seriesFilter.blockSignals(True)
        self.ui.seriesFilter.clear()
        self.ui.seriesFilter.addItems([ALL_SERIES, *sorted({r.series for r in rows if r.series})])
        self.ui.seriesFilter.setCurrentText(current or ALL_SERIES)
        self.ui.seriesFilter.blockSignals(False)
        self._add_holidays(holidays)
        self._mark_days(rows)
        self._on_day()
        self.ui.emptyLabel.setText(EMPTY)
        self.ui.stack.setCurrentWidget(self.ui.tablePage if rows else self.ui.emptyPage)
        self.show_next_meeting()
        self.loaded.emit(len(rows))

    def show_next_meeting(self) -> None:
        """Bring the first meeting from today on into view (the past is above it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).meeting_date >= self.today:
                self.ui.table.selectRow(row)
                # After this round of layout, when the view knows its height; persistent,
                # since the list may be refilled before then.
                target = QPersistentModelIndex(index)
                QTimer.singleShot(0, lambda: target.isValid() and self.ui.table.scrollTo(
                    QModelIndex(target), QAbstractItemView.ScrollHint.PositionAtCenter))
                return

    def _mark_holidays(self, year: int) -> None:
        """Paged to a year beyond those fetched with the meetings: its holidays now."""
        from brastod.core.meeting_days import holidays_between
        if year in self._holiday_years:
            return
        self._holiday_years.add(year)
        self._add_holidays(holidays_between(date(year, 1, 1), date(year, 12, 31)))

    def _add_holidays(self, found: dict) -> None:
        """Holidays and de facto days off in red, named in the tooltip; a meeting day keeps
        its colour."""
        meeting_days = {row.meeting_date for row in self.model.rows()}
        new = {day: name for day, name in found.items() if day not in self._holidays}
        self._holidays.update(new)
        for day in new:
            if day not in meeting_days and day not in self._reminders:
                self.ui.calendar.setDateTextFormat(QDate(day), self._holiday_format(day))

    def _holiday_format(self, day: date) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if day in self._holidays:
            fmt.setForeground(QBrush(QColor(HOLIDAY)))
            fmt.setToolTip(self._holidays[day])
        return fmt

    def _mark_days(self, rows: list) -> None:
        """Meeting days in their body's colour; days with a reminder underlined."""
        for day in self._marked:
            self.ui.calendar.setDateTextFormat(day, self._holiday_format(day.toPython()))
        self._marked = []
        for day, texts in self._reminders.items():
            fmt = self._holiday_format(day)
            fmt.setFontUnderline(True)
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip("\n".join(filter(None, [fmt.toolTip(), *texts])))
            self.ui.calendar.setDateTextFormat(QDate(day), fmt)
            self._marked.append(QDate(day))
        for row in rows:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QBrush(QColor("#ffffff")))
            fmt.setBackground(QBrush(QColor(BODY_COLOURS.get(row.body, "#455a64"))))
            holiday = self._holidays.get(row.meeting_date)
            fmt.setToolTip("\n".join([f"{row.title} ({holiday})" if holiday else row.title,
                                      *self._reminders.get(row.meeting_date, [])]))
            day = QDate(row.meeting_date)
            self.ui.calendar.setDateTextFormat(day, fmt)
            self._marked.append(day)

    def _on_series(self, text: str) -> None:
        self.series_filter.series = None if text in ("", ALL_SERIES) else text
        self.series_filter.invalidate()

    def _on_day(self) -> None:
        day = self.ui.calendar.selectedDate().toPython()
        meetings = [r for r in self.model.rows() if r.meeting_date == day]
        lines = [f"<b>{long_date(day).capitalize()}</b>"]
        if day in self._holidays:
            lines.append(f"<span style='color:{HOLIDAY}'>{self._holidays[day]}</span>")
        if meetings:
            for row in meetings:
                start = f"{row.start_time:%H:%M} " if row.start_time else ""
                lines.append(f"{start}{row.title}<br><span style='color:#555'>{row.place or ''}"
                             f" · {label(Body, row.body) if row.body else ''}</span>")
        else:
            lines.append("<span style='color:#555'>Inga möten denna dag.</span>")
        lines += [f"<span style='color:#8a6d00'>{text}</span>"
                  for text in self._reminders.get(day, [])]
        self.ui.dayLabel.setText("<br>".join(lines))

    def _on_table_activated(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.ui.calendar.setSelectedDate(QDate(row.meeting_date))

    # ---- the chosen meeting ----
    def _meeting_chosen(self, *_args) -> None:
        row = self.selected()
        self.ui.documentsButton.setEnabled(row is not None)
        if row is None or row.id == self._meeting_id:
            return
        self.flush()
        self.open_meeting(row.id)

    def open_meeting(self, meeting_id: int) -> None:
        """The meeting whole, and the partners and plans its decisions can point to."""
        from brastod.core.services.action_plans import list_plans
        from brastod.core.services.meetings import get_meeting
        from brastod.core.services.registers import list_partners
        from brastod.core.services.situation_reports import list_situation_reports
        db = self._db
        self._meeting_id = meeting_id
        self._tasks.run(lambda ctx: (get_meeting(db, meeting_id), [
            (p.id, p.name) for p in list_partners(db) if p.active], [
            (p.id, p.title) for p in list_plans(db) if p.status != "closed"], [
            (r.id, r.title) for r in list_situation_reports(db)]),
            on_done=self._show_meeting, on_error=lambda e: self._warn(str(e)))

    def _show_meeting(self, result) -> None:
        detail, partners, plans, reports = result
        if detail.id != self._meeting_id:
            return
        self.particulars.show_meeting(detail, reports)
        self.attendance.show_meeting(detail)
        self.agenda.show_meeting(detail, partners, plans)
        self.ui.parts.setEnabled(True)
        self.shown.emit(detail.id)

    def _meeting_changed(self) -> None:
        """Saved: the meeting again, and the list (dates, status, counts) without losing it."""
        if self._meeting_id is not None:
            self.open_meeting(self._meeting_id)
        fetch = self._fetch
        self._tasks.run(lambda ctx: fetch(), on_done=self._refresh_list)

    def _refresh_list(self, result) -> None:
        rows, _reminders, _holidays = result
        self.model.set_rows(rows)
        self._mark_days(rows)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == self._meeting_id:
                self.ui.table.selectionModel().blockSignals(True)
                self.ui.table.selectRow(row)
                self.ui.table.selectionModel().blockSignals(False)
                break

    def edit_series(self) -> None:
        from brastod.gui.dialogs.series import SeriesDialog
        if self._db is None:
            return
        data = Data(self._tasks, self.today)   # until the tab has the window's Data
        data.attach(self._db)
        dialog = SeriesDialog(data, self)
        dialog.changed.connect(self.reload)
        dialog.exec()

    def flush(self) -> None:
        for pane in (self.particulars, self.attendance, self.agenda):
            pane.flush()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def selected(self):
        indexes = self.ui.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _document(self, kind: str) -> None:
        row = self.selected()
        if row is not None:
            self.document_requested.emit(kind, row)

    def save_state(self) -> None:
        self.flush()
        state.save_splitter(self.ui.listSplitter, "calendar_list")
        views.remember(self.ui.table, "meetings")
        state.save_splitter(self.ui.splitter, "calendar")
