"""Möteskalender: a month calendar with the meeting days and the Swedish holidays marked, the
list of meetings and trygghetsvandringar, and the documents of the chosen meeting (kallelse,
protokoll, möteshandlingar, calendar file) with the meeting itself edited below the list:
particulars, attendance, agenda and minutes, decisions. A chosen walk is edited there by the
walk editor, and its protokoll is among the documents."""
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path
from functools import partial

from PySide6.QtCore import QDate, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QComboBox, QInputDialog, QMenu

from brastod.core.dates import long_date
from brastod.core.enums import Body, MeetingStatus
from brastod.core.labels import label
from brastod.core.walk_rules import KIND_LABEL, STATUS_LABELS
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.exports import Export
from brastod.gui.forms.ui_calendar_tab import Ui_CalendarTab
from brastod.gui.live import while_alive
from brastod.gui.master_detail import MasterDetailTab
from brastod.gui.meeting_editor.panes import AgendaPane, AttendancePane, ParticularsPane
from brastod.gui.models.meetings import MeetingTableModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.walk_editor.editor import WalkEditor, WalkView, fetch_walk

ALL_SERIES = "Alla mötesserier"
BODY_COLOURS = {Body.COUNCIL: "#1f4e79", Body.EST_GROUP: "#2e7d32",
                Body.STEERING_GROUP: "#6a1b9a"}
WALK_COLOUR = "#8d4e00"
WALKS = "Trygghetsvandringar"        # the series filter's choice for the walks


@dataclass(frozen=True)
class WalkEntry:
    """A walk as a row of the meeting list (the attributes the list and the month read).
    Its ``id`` is the walk's id negated, so that it never equals a meeting's: the list
    chooses and reselects its rows by id."""
    id: int
    walk_id: int
    title: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    status: str
    agenda_items: int              # the points
    open_decisions: int | None = None
    series: str = WALKS
    body: None = None

    @classmethod
    def of(cls, row) -> "WalkEntry":
        """From a core.services.walks.WalkRow."""
        return cls(-row.id, row.id, f"{KIND_LABEL} {row.area or 'utan område'}", row.walk_date,
                   row.start_time, row.end_time, row.meeting_place, row.status, row.points)


def _kind(row) -> str:
    if isinstance(row, WalkEntry):
        return KIND_LABEL
    return label(Body, row.body) if row.body else ""


def _status(row) -> str:
    return STATUS_LABELS[row.status] if isinstance(row, WalkEntry) else label(
        MeetingStatus, row.status)


class CalendarTableModel(MeetingTableModel):
    """Meetings and walks in one list: a walk's kind is Trygghetsvandring, its Punkter the
    points it noted."""
    columns = tuple(replace(column, value=_kind, width=125) if column.title == "Organ" else
                    replace(column, value=_status) if column.title == "Status" else column
                    for column in MeetingTableModel.columns)


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
DOCUMENTS = [("notice", "&Kallelse med dagordning (PDF eller Word)…"),
             ("minutes", "&Protokoll (PDF eller Word)…"),
             ("pack", "&Möteshandlingar (PDF och Excel)…"), (None, None),
             ("ics", "Kalenderfil för &mötet (.ics)…"),
             ("series_ics", "Kalenderfil för hela &serien (.ics)…")]



def _fetch_meetings(db, start: date, end: date):
    """The meetings and walks, the reminders between ``start`` and ``end``, and the holidays
    of their years (the holiday library is loaded here, on the worker)."""
    from brastod.core.meeting_days import holidays_between
    from brastod.core.services.meetings import list_meetings
    from brastod.core.services.reminders import reminders
    from brastod.core.services.walks import list_walks
    return (list_meetings(db) + [WalkEntry.of(walk) for walk in list_walks(db)],
            reminders(db, start, end),
            holidays_between(date(start.year, 1, 1), date(end.year, 12, 31)))


def _fetch_meeting(db, meeting_id: int):
    """The meeting whole, and the partners, plans and reports its parts can point to."""
    from brastod.core.services.action_plans import list_plans
    from brastod.core.services.meetings import get_meeting
    from brastod.core.services.registers import list_partners
    from brastod.core.services.situation_reports import list_situation_reports
    return (get_meeting(db, meeting_id),
            [(p.id, p.name) for p in list_partners(db) if p.active],
            [(p.id, p.title) for p in list_plans(db) if p.status != "closed"],
            [(r.id, r.title) for r in list_situation_reports(db)])


def meeting_document(kind: str, meeting, today: date) -> Export:
    """The file of ``kind`` (see DOCUMENTS) for the meeting ``meeting`` (a MeetingRow). The
    writers import the export modules on the worker: reportlab and openpyxl take half a second
    to load, which on the GUI thread would freeze the window."""
    title, meeting_id, series = meeting.title, meeting.id, meeting.series
    if kind == "pack":
        def pack(db, pdf: Path, allow: bool) -> None:
            from brastod.core.exports.meeting_pack import export_meeting_pack
            export_meeting_pack(db, meeting_id, pdf=pdf, xlsx=pdf.with_suffix(".xlsx"),
                                printed=today, allow_personal_data=allow)
        return Export("möteshandlingarna", f"Möteshandlingar {title}", (".pdf",), pack,
                      with_excel=True, document=True)
    if kind in ("notice", "minutes"):
        def document(db, path: Path, allow: bool) -> None:
            from brastod.core.exports import meeting_documents
            export = getattr(meeting_documents, f"export_{kind}")
            target = {"docx": path} if path.suffix.lower() == ".docx" else {"path": path}
            export(db, meeting_id, printed=today, allow_personal_data=allow, **target)
        what, name = ("kallelsen", "Kallelse") if kind == "notice" else ("protokollet",
                                                                          "Protokoll")
        return Export(what, f"{name} {title}", (".pdf", ".docx"), document, document=True)

    def ics(db, path: Path, _allow: bool) -> None:
        from brastod.core.exports.calendar import export_calendar
        if kind == "ics":
            export_calendar(db, path, meeting_id=meeting_id)
        else:
            export_calendar(db, path, series=series)
    return Export("kalenderfilen", title if kind == "ics" else series or "Möten", (".ics",),
                  ics)


def walk_protocol(entry: WalkEntry, today: date) -> Export:
    """The walk's protokoll, as PDF or Word (written on the worker, as the meetings' are)."""
    walk_id = entry.walk_id

    def write(db, path: Path, allow: bool) -> None:
        from brastod.core.exports.walk_protocol import export_walk_protocol
        target = {"docx": path} if path.suffix.lower() == ".docx" else {"pdf_path": path}
        export_walk_protocol(db, walk_id, printed=today, allow_personal_data=allow, **target)
    return Export("protokollet", f"Protokoll {entry.title} {entry.meeting_date}",
                  (".pdf", ".docx"), write, document=True)


def _new_walk(db, day: date, area_id: int | None) -> int:
    from brastod.core.services.walks import create_walk
    from brastod.core.walk_rules import WalkFields
    return create_walk(db, WalkFields(day, time(18), time(20), area_id))


def legend() -> str:
    """What the marks in the month mean (a day's own tooltip names its meeting, holiday or
    reminder)."""
    bodies = " ".join(f"<span style='background:{colour}; color:#fff'>&nbsp;{label(Body, body)}"
                      f"&nbsp;</span>" for body, colour in BODY_COLOURS.items())
    bodies += (f" <span style='background:{WALK_COLOUR}; color:#fff'>&nbsp;{KIND_LABEL}"
               "&nbsp;</span>")
    return (f"<small>{bodies} &nbsp;<span style='color:{HOLIDAY}'>Helgdag</span> &nbsp;"
            "<u><b>Understruken</b></u>: påminnelse (åtgärd som ska vara klar, årshjulet, "
            "nästa lägesbild). Håll muspekaren över en dag för detaljer.</small>")


class CalendarTab(MasterDetailTab):
    # The first tab on a new database: the set-up, in the order that works (Handbok, Kom igång).
    EMPTY = ("Inga möten ännu.\n\nKom igång, i den här ordningen:\n"
             "1. Register → Kommun och områden: kommunen och dess områden\n"
             "2. Register → Partner och kontakter: de som rapporterar\n"
             "3. Arkiv → Skapa rapportmall…: skicka den till partnerna\n"
             "4. Mötesserier… (här ovan): lokala BRÅ, EST-gruppen, styrgruppen\n"
             "5. Arkiv → Importera rapport…: partnernas filer\n"
             "6. Lägesbild → Ny lägesbild…\n\n"
             "Mer om varje steg under Hjälp → Handbok (F1).")
    STATE_KEY = "meetings"
    # Reminders show actions' due dates and the statutory lägesbild; the parts list partners,
    # plans and reports.
    TOPICS = Topic.MEETINGS | Topic.PLANS | Topic.REPORTS | Topic.REGISTERS
    NOTHING_TO_EXPORT = "Välj ett möte i fliken Möteskalender först."
    EDITS = Topic.MEETINGS

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_CalendarTab(), parent)
        ui = self.ui
        self.series_filter = _SeriesFilter(self)
        model = CalendarTableModel(self)
        self.series_filter.setSourceModel(model)
        self.set_up_list(model, sort_column=0, source=self.series_filter)
        ui.seriesFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.seriesFilter.currentTextChanged.connect(self._on_series)
        ui.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        ui.legend.setText(legend())
        ui.calendar.setSelectedDate(QDate(self.today))
        ui.calendar.selectionChanged.connect(self._on_day)
        ui.calendar.currentPageChanged.connect(lambda year, _month: self._mark_holidays(year))
        self._holidays: dict = {}
        self._holiday_years: set[int] = set()
        self._reminders: dict = {}
        self._marked: list[QDate] = []
        self.meeting_menu = menu = QMenu(self)
        for kind, text in DOCUMENTS:
            if kind is None:
                menu.addSeparator()
            else:
                menu.addAction(text, partial(self._document, kind))
        self.walk_menu = QMenu(self)
        self.walk_menu.addAction("&Protokoll från vandringen (PDF eller Word)…",
                                 self._walk_document)
        ui.documentsButton.setMenu(menu)
        ui.newWalkButton.clicked.connect(self.new_walk)
        ui.documentsButton.setEnabled(False)
        ui.seriesButton.clicked.connect(self.edit_series)
        self.particulars = ParticularsPane(data)
        self.attendance = AttendancePane(data)
        self.agenda = AgendaPane(data)
        for pane, title in ((self.particulars, "&Uppgifter"), (self.attendance, "&Deltagare"),
                            (self.agenda, "Dagordning och &protokoll")):
            ui.parts.addTab(pane, title)
            pane.changed.connect(lambda *_: self.reload())   # the list's dates and status too
        ui.parts.setEnabled(False)
        self.walk_editor = WalkEditor(data)
        self.walk_editor.changed.connect(lambda: self.reload())
        self.walk_editor.delete_requested.connect(self._delete_walk)
        ui.editors.addWidget(self.walk_editor)
        ui.table.doubleClicked.connect(self._on_table_activated)
        ui.listSplitter.setStretchFactor(1, 2)
        self.keep_splitter(ui.listSplitter, "calendar_list", [210, 490])   # the editor has room
        ui.splitter.setStretchFactor(1, 3)
        self.keep_splitter(ui.splitter, "calendar")
        # The month, the series shown and the documents read; Mötesserier… opens for every role
        # (its dialog is locked where the role may not change it).
        roles.reads(ui.calendar, ui.seriesFilter, ui.documentsButton, ui.seriesButton)

    def set_role(self, role: roles.Role) -> None:
        """A läsare reads the meetings; a sekreterare may change them and the trygghetsvandringar,
        but a decision or a walk's point made an action changes a plan."""
        super().set_role(role)
        if not role.may_edit(Topic.PLANS | Topic.MEETINGS):
            roles.lock(role, self.agenda.ui.toAction, self.walk_editor.points.ui.toAction)

    @property
    def today(self) -> date:
        return self.data.today

    # ---- the master–detail parts ----
    def fetch_list(self):
        start = self.today - timedelta(days=REMINDER_DAYS_BACK)
        end = self.today + timedelta(days=REMINDER_DAYS_AHEAD)
        self._holiday_years = set(range(start.year, end.year + 1))
        return lambda db: _fetch_meetings(db, start, end)

    def list_loaded(self, result) -> list:
        rows, reminders, holidays = result
        self._reminders = {}
        for reminder in reminders:
            self._reminders.setdefault(reminder.day, []).append(reminder.text)
        series = self.ui.seriesFilter
        current = series.currentText()
        series.blockSignals(True)
        series.clear()
        series.addItems([ALL_SERIES, *sorted({r.series for r in rows if r.series})])
        series.setCurrentText(current or ALL_SERIES)
        series.blockSignals(False)
        self._add_holidays(holidays, {row.meeting_date for row in rows})
        return rows

    def list_shown(self, rows: list) -> None:
        self._mark_days(rows)
        self._on_day()

    def choose_default(self) -> bool:
        """The first meeting from today on, in the middle of the list (the past above it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).meeting_date >= self.today:
                self.ui.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.scroll_to(index)
                return True
        return False

    def fetch_item(self, meeting_id: int):
        if meeting_id < 0:
            return lambda db: fetch_walk(db, -meeting_id)
        return lambda db: _fetch_meeting(db, meeting_id)

    def show_item(self, result) -> None:
        ui = self.ui
        if isinstance(result, WalkView):
            self.detail = result.detail
            self.walk_editor.show_walk(result)
            ui.editors.setCurrentWidget(self.walk_editor)
            ui.documentsButton.setMenu(self.walk_menu)
            ui.documentsButton.setEnabled(True)
            return
        ui.editors.setCurrentWidget(ui.parts)
        ui.documentsButton.setMenu(self.meeting_menu)
        detail, partners, plans, reports = result
        self.detail = detail
        self.particulars.show_meeting(detail, reports)
        self.attendance.show_meeting(detail)
        self.agenda.show_meeting(detail, partners, plans)
        self.ui.parts.setEnabled(True)
        self.ui.documentsButton.setEnabled(True)

    def clear_item(self) -> None:
        self.ui.editors.setCurrentWidget(self.ui.parts)
        self.ui.parts.setEnabled(False)
        self.ui.documentsButton.setEnabled(False)

    def flush(self) -> None:
        for pane in (self.particulars, self.attendance, self.agenda, self.walk_editor):
            pane.flush()

    def export(self) -> Export | None:
        chosen = self._chosen_row()
        if isinstance(chosen, WalkEntry):
            return walk_protocol(chosen, self.today)
        return meeting_document("pack", chosen, self.today) if chosen is not None else None

    # ---- the month ----
    def _mark_holidays(self, year: int) -> None:
        """Paged to a year beyond those fetched with the meetings: its holidays now."""
        from brastod.core.meeting_days import holidays_between
        if year in self._holiday_years:
            return
        self._holiday_years.add(year)
        self._add_holidays(holidays_between(date(year, 1, 1), date(year, 12, 31)),
                           {row.meeting_date for row in self.model.rows()})

    def _add_holidays(self, found: dict, meeting_days: set[date]) -> None:
        """Holidays and de facto days off in red, named in the tooltip; a meeting day keeps
        its colour."""
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
            fmt.setBackground(QBrush(QColor(WALK_COLOUR if isinstance(row, WalkEntry)
                                            else BODY_COLOURS.get(row.body, "#455a64"))))
            holiday = self._holidays.get(row.meeting_date)
            fmt.setToolTip("\n".join([f"{row.title} ({holiday})" if holiday else row.title,
                                      *self._reminders.get(row.meeting_date, [])]))
            day = QDate(row.meeting_date)
            self.ui.calendar.setDateTextFormat(day, fmt)
            self._marked.append(day)

    def _on_series(self, text: str) -> None:
        def narrow() -> None:
            self.series_filter.series = None if text in ("", ALL_SERIES) else text
            self.series_filter.invalidate()
        self.refilter(narrow)

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
                             f" · {_kind(row)}</span>")
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
    def _chosen_row(self):
        return next((row for row in self.model.rows() if row.id == self.item_id), None)

    def edit_series(self) -> None:
        from brastod.gui.dialogs.series import SeriesDialog
        if not self.data.open:
            return
        dialog = SeriesDialog(self.data, self)
        dialog.changed.connect(self.reload)
        dialog.exec()

    def _document(self, kind: str) -> None:
        chosen = self._chosen_row()
        if chosen is not None and not isinstance(chosen, WalkEntry):
            self.export_requested.emit(meeting_document(kind, chosen, self.today))

    # ---- trygghetsvandringar ----
    def _walk_document(self) -> None:
        chosen = self._chosen_row()
        if isinstance(chosen, WalkEntry):
            self.export_requested.emit(walk_protocol(chosen, self.today))

    def new_walk(self) -> None:
        """A walk on the day chosen in the month, in the area asked for (the areas fetched on
        the worker), opened in the editor."""
        if not self.data.open:
            return

        def areas(db):
            from brastod.core.services.registers import list_areas
            return [(a.id, a.name) for a in list_areas(db)]
        self.data.run(lambda db, ctx: areas(db), on_done=while_alive(self, self._ask_area))

    def _ask_area(self, areas: list[tuple[int, str]]) -> None:
        day = self.ui.calendar.selectedDate().toPython()
        none = "Inget område ännu"
        names = [name for _, name in areas]
        chosen, ok = QInputDialog.getItem(self, "Ny trygghetsvandring", f"Vandringen {day}, "
                                          "kl. 18–20 (ändras i formuläret). Område:",
                                          names + [none], 0, False)
        if not ok:
            return
        area_id = areas[names.index(chosen)][0] if chosen in names else None
        self.flush()
        self.data.call(_new_walk, day, area_id, changes=Topic.MEETINGS, origin=self,
                       on_done=lambda walk_id: self.reload(select_id=-walk_id))

    def _delete_walk(self, walk_id: int) -> None:
        """Names the versions shown: a walk whose fields, points or participants someone else
        changed meanwhile is kept and shown again, with who changed it and when."""
        from brastod.core.services.walks import delete_walk
        editor, seen = self.walk_editor, self.walk_editor.seen()

        def refused(error) -> None:
            self.data.runner.refuse(error)
            self.reload()
        self.data.call(lambda db: delete_walk(db, walk_id, editor.version(walk_id), **seen),
                       changes=Topic.MEETINGS, origin=self, on_done=lambda _: self.reload(),
                       on_error=refused)
