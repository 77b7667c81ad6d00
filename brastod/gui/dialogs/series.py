"""Mötesserier: each body's series with its place, time, length, recurrence (chosen in Swedish
words, or an RRULE) and members; and a year's meetings created from the recurrence, with the
holidays it falls on left unticked until the coordinator ticks them."""
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem

from brastod.core.dates import WEEKDAYS
from brastod.core.enums import Body
from brastod.core.errors import FieldError
from brastod.core.labels import options
from brastod.core.versions import Conflict
from brastod.core.meeting_days import PATTERNS, describe_rule, occurrences, rule_for
from brastod.core.meeting_rules import SeriesFields, holidays_among
from brastod.core.services import meeting_series
from brastod.core.services.registers import list_contacts, list_partners
from brastod.gui import roles
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.form_conflict import choose_then_save
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_series_dialog import Ui_SeriesDialog
from brastod.gui.live import while_alive
from brastod.gui.widgets import combos
from brastod.gui.widgets.register_panel import write

OWN_RULE = "own"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1     # a list entry's contact id or day


def _series_and_contacts(db) -> tuple[list, list]:
    """The series, and every active partner's contacts as (id, "name – partner")."""
    contacts = [(c.id, f"{c.name} – {p.name}") for p in list_partners(db) if p.active
                for c in list_contacts(db, p.id)]
    return meeting_series.list_series(db), contacts


class SeriesDialog(QDialog):
    changed = Signal()          # a series or meetings were saved

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_SeriesDialog()
        ui.setupUi(self)
        self.data, self.today = data, data.today
        self._series: list = []
        self._series_id: int | None = None
        self._shown = None                    # the chosen series as listed (version, values)
        self.conflict = None                  # the conflict's dialog while it is open
        self._anchor: date | None = None      # the series' first meeting
        ui.seriesList.setMinimumWidth(190)
        combos.fill(ui.body, options(Body))
        combos.fill(ui.pattern, [(pattern, text) for text, pattern in PATTERNS]
                    + [(OWN_RULE, "Egen regel"), (None, "Ingen upprepning")])
        combos.fill(ui.weekday, list(enumerate(WEEKDAYS)))
        ui.year.setValue(self.today.year + 1)
        buttons.wire(self, ui.buttons)
        ui.seriesList.currentRowChanged.connect(self._series_chosen)
        ui.newSeries.clicked.connect(self._new_series)
        for combo in (ui.pattern, ui.weekday):
            combo.currentIndexChanged.connect(self._pattern_chosen)
        ui.rule.textEdited.connect(self._preview)
        ui.save.clicked.connect(self.save)
        ui.showDays.clicked.connect(self.show_days)
        ui.createMeetings.clicked.connect(self.create_meetings)
        ui.start.setTime(QTime(13, 0))
        self.fields = {"name": ui.name, "body": ui.body, "default_place": ui.place,
                       "default_start": ui.start, "default_duration_minutes": ui.duration,
                       "recurrence_rule": ui.rule}
        roles.reads(ui.year, ui.showDays)      # a year's days are shown to every role
        roles.lock_unless(data, Topic.MEETINGS, self)
        self._load()

    # ---- the series ----
    def _load(self, select_id: int | None = None) -> None:
        if not self._series:
            self.ui.error.setText("Hämtar mötesserierna …")
        self.data.call(_series_and_contacts, on_done=while_alive(
            self, lambda result: self._show(*result, select_id)))

    def _show(self, series: list, contacts: list, select_id: int | None) -> None:
        self._series, ui = series, self.ui
        ui.members.clear()
        for contact_id, text in contacts:
            entry = QListWidgetItem(text)
            entry.setData(VALUE_ROLE, contact_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            ui.members.addItem(entry)
        ui.seriesList.blockSignals(True)
        ui.seriesList.clear()
        for row in series:
            ui.seriesList.addItem(f"{row.fields.name} ({row.meetings} möten)")
        ui.seriesList.blockSignals(False)
        index = next((i for i, row in enumerate(series) if row.id == select_id), 0)
        ui.seriesList.setCurrentRow(index if series else -1)
        self._series_chosen(ui.seriesList.currentRow())

    def _series_chosen(self, row: int) -> None:
        ui = self.ui
        chosen = self._series[row] if 0 <= row < len(self._series) else None
        same = chosen is not None and chosen.id == self._series_id
        self._series_id = chosen.id if chosen else None
        self._anchor = chosen.first_meeting if chosen else None
        self._shown = chosen
        self._put(chosen.fields if chosen else None)
        members = set(chosen.members) if chosen else set()
        for index in range(ui.members.count()):
            entry = ui.members.item(index)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(VALUE_ROLE) in members
                                else Qt.CheckState.Unchecked)
        ui.error.setText("")
        if not same:
            ui.days.clear()
            ui.daysNote.setText("")
        ui.daysGroup.setEnabled(chosen is not None)

    def _put(self, values: SeriesFields | None) -> None:
        ui = self.ui
        ui.name.setText(values.name if values else "")
        combos.choose(ui.body, values.body if values else Body.COUNCIL.value)
        ui.place.setText((values.default_place or "") if values else "")
        start = values.default_start if values else None
        ui.start.setTime(QTime(start) if start else QTime(13, 0))
        ui.duration.setValue(values.default_duration_minutes if values else 120)
        self._show_rule(values.recurrence_rule if values else None)

    def _show_rule(self, rule: str | None) -> None:
        """Shows ``rule`` as a pattern and weekday when it is one of them, else as its own."""
        ui = self.ui
        found = next(((pattern, day) for _, pattern in PATTERNS for day in range(7)
                      if rule and rule_for(pattern, day) == rule), None)
        for combo in (ui.pattern, ui.weekday):
            combo.blockSignals(True)
        if rule is None:
            combos.choose(ui.pattern, None)
        elif found:
            combos.choose(ui.pattern, found[0])
            combos.choose(ui.weekday, found[1])
        else:
            combos.choose(ui.pattern, OWN_RULE)
        for combo in (ui.pattern, ui.weekday):
            combo.blockSignals(False)
        ui.rule.setText(rule or "")
        self._pattern_chosen(keep_rule=True)

    def _pattern_chosen(self, *_args, keep_rule: bool = False) -> None:
        ui = self.ui
        pattern = combos.chosen(ui.pattern)
        ui.weekday.setEnabled(pattern not in (OWN_RULE, None))
        # The rule itself (RFC 5545, "FREQ=WEEKLY;…") only for one's own; a chosen pattern is
        # said in Swedish words by the preview.
        for widget in (ui.ruleLabel, ui.rule):
            widget.setVisible(pattern == OWN_RULE)
        if not keep_rule and pattern not in (OWN_RULE, None):
            ui.rule.setText(rule_for(pattern, combos.chosen(ui.weekday)))
        if pattern is None:
            ui.rule.setText("")
        self._preview()

    def _preview(self) -> None:
        rule = self.ui.rule.text().strip()
        if not rule:
            self.ui.preview.setText("Mötena läggs in ett och ett.")
            return
        try:
            days = occurrences(rule, self.today, date(self.today.year + 2, 12, 31),
                               self._anchor)[:4]
        except FieldError as error:
            self.ui.preview.setText(str(error))
            return
        self.ui.preview.setText(f"{describe_rule(rule).capitalize()}. Nästa: "
                                + ", ".join(str(day) for day in days) + ".")

    def _new_series(self) -> None:
        self.ui.seriesList.setCurrentRow(-1)
        self._series_chosen(-1)
        self.ui.name.setFocus()

    def values(self) -> SeriesFields:
        ui = self.ui
        start = ui.start.time().toPython()
        return SeriesFields(ui.name.text(), combos.chosen(ui.body), ui.place.text(),
                            time(start.hour, start.minute), ui.duration.value(),
                            ui.rule.text().strip() or None)

    def members(self) -> list[int]:
        ui = self.ui
        return [ui.members.item(i).data(VALUE_ROLE) for i in range(ui.members.count())
                if ui.members.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            values = self.values()
            values.validate()
        except FieldError as error:
            show_at_field(self.ui.error, self.fields, error)
            return
        self._save(values, self._shown)

    def _save(self, values: SeriesFields, shown) -> None:
        """``shown``: the series as the dialog had it (its version and values), None when new."""
        kwargs = {} if shown is None else {"version": shown.stamp.version, "base": shown.fields,
                                           "base_members": shown.members}
        self._write(meeting_series.save_series, self._series_id, values, self.members(),
                    on_done=self._saved, on_conflict=lambda met: self._met(shown, met), **kwargs)

    def _met(self, shown, conflict: Conflict) -> None:
        """Someone else saved the series and changed a field this user changed too: both
        values are shown to choose from; what was typed stays if the dialog is closed."""
        self.ui.error.setText(str(conflict))

        def save_again(values: dict) -> None:
            now = SeriesFields(**{**meeting_series.columns(self.values()), **values})
            self._put(now)
            self._save(now, replace(shown, fields=SeriesFields(**conflict.values),
                                    stamp=conflict.stamp))
        choose_then_save(self, conflict, self, self.fields, save_again)

    def _saved(self, series_id: int) -> None:
        self.changed.emit()
        self._load(series_id)

    def _write(self, function, *args, on_done, changes: Topic | None = Topic.MEETINGS,
               on_conflict=None, **kwargs) -> None:
        """``function(db, *args, **kwargs)`` on the worker; a refused value is shown at its
        field, a field someone else changed too goes to ``on_conflict``."""
        write(self.data, self, lambda db: function(db, *args, **kwargs), error=self.ui.error,
              fields=self.fields, on_done=on_done, changes=changes, on_conflict=on_conflict)

    # ---- a year's meetings ----
    def show_days(self) -> None:
        if self._series_id is None:
            return
        self._write(meeting_series.plan_year, self._series_id, self.ui.year.value(),
                    on_done=self._show_days, changes=None)

    def _show_days(self, days: list) -> None:
        ui = self.ui
        ui.days.clear()
        for planned in days:
            text = f"{planned.day} {WEEKDAYS[planned.day.weekday()]}"
            if planned.holiday:
                text += f" – {planned.holiday}"
            if planned.exists:
                text += " (finns redan)"
            entry = QListWidgetItem(text)
            entry.setData(VALUE_ROLE, planned.day)
            if planned.exists:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked if planned.holiday
                                    else Qt.CheckState.Checked)
            ui.days.addItem(entry)
        holidays = sum(1 for planned in days if planned.holiday and not planned.exists)
        ui.daysNote.setText(f"{len(days)} dagar. Helgdagar är inte markerade; markera dem om "
                            "mötet ändå ska hållas där." if holidays else f"{len(days)} dagar.")

    def chosen_days(self) -> list[date]:
        ui = self.ui
        return [ui.days.item(i).data(VALUE_ROLE) for i in range(ui.days.count())
                if ui.days.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and ui.days.item(i).checkState() == Qt.CheckState.Checked]

    def create_meetings(self) -> None:
        days = self.chosen_days()
        if self._series_id is None or not days:
            return
        holidays = holidays_among(days)
        if holidays and not ask(self, f"{holidays} Ska mötet ändå läggas där?"):
            return
        self._write(meeting_series.create_meetings, self._series_id, days,
                    allow_holidays=True, on_done=self._created)

    def _created(self, ids: list[int]) -> None:
        self.ui.days.clear()
        self.ui.daysNote.setText(f"{len(ids)} möten skapade, med dagordning och kallade "
                                 "medlemmar.")
        self.changed.emit()
        self._load(self._series_id)
