"""The chosen meeting, edited in three parts that save as they are changed: Uppgifter (date, time,
place, status, chair, secretary, justerare), Deltagare (attendance) and Dagordning och protokoll
(items, minutes per item, the earlier meetings' open decisions, decisions, a decision made an
action in a plan)."""
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QInputDialog, QLabel, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget,
)

from brastod import APP_NAME
from brastod.core.enums import AttendeeStatus, DecisionStatus, MeetingStatus
from brastod.core.errors import FieldError
from brastod.core.labels import options
from brastod.core.meeting_rules import DecisionFields, MeetingFields, moved_to_holiday
from brastod.core.versions import Conflict, changed_line
from brastod.gui import roles, views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.conflict import Choice, resolve
from brastod.gui.field_errors import at_field_or_window, show_at_field
from brastod.gui.live import while_alive
from brastod.gui.forms.ui_agenda_pane import Ui_AgendaPane
from brastod.gui.forms.ui_attendance_pane import Ui_AttendancePane
from brastod.gui.forms.ui_decision_form import Ui_DecisionForm
from brastod.gui.forms.ui_meeting_form import Ui_MeetingForm
from brastod.gui.models.meetings import AttendeeModel, DecisionModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSave, AutoSaveForm, typing_in
from brastod.gui.widgets.fields import (
    narrow, optional_date, optional_time, read_date, read_time, write_date, write_time,
)
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.versioned_form import VersionedForm
from brastod.gui.widgets.versioned_saves import VersionedSaves


NO_LINK = "Ingen (läggs under Utan koppling till orsak)"

class _Pane(QWidget):
    """A part of the meeting editor: saves on the worker and says when it did."""

    changed = Signal()

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self.detail = data, None

    def _save(self, function, *args, on_refused=None, changes=Topic.MEETINGS, **kwargs) -> None:
        """``function(db, *args, **kwargs)`` on the worker; a refused value is shown at its
        field by ``on_refused``, any other refusal by the window, and then what is stored is
        shown again (a removal refused because someone changed the row shows their change)."""
        tell = at_field_or_window(self.data, on_refused or self.data.runner.refuse)

        def refused(error) -> None:
            tell(error)
            self.changed.emit()
        self.data.call(function, *args, on_done=lambda _: self.changed.emit(),
                       on_error=refused, changes=changes, origin=self, **kwargs)


class MeetingForm(AutoSaveForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_MeetingForm()
        ui.setupUi(self)
        combos.fill(ui.status, options(MeetingStatus))
        self.fields = {"title": ui.title, "meeting_date": ui.meetingDate,
                       "start_time": ui.startTime, "end_time": ui.endTime, "place": ui.place,
                       "status": ui.status, "chair": ui.chair, "secretary": ui.secretary,
                       "approver": ui.approver, "situation_report_id": ui.situationReport}
        # Empty ("–") until a meeting is shown, and a time that is not set is not "00:00".
        optional_date(ui.meetingDate)
        for edit in (ui.startTime, ui.endTime):
            optional_time(edit)
        self.watch()

    def set_reports(self, reports: list[tuple[int, str]]) -> None:
        """The lägesbilder to choose for the meeting pack; none chosen means the one that
        covers the time since the previous meeting (core.exports.meeting_pack)."""
        with self.loading():
            combos.fill(self.ui.situationReport,
                        [(None, "Den som täcker tiden sedan förra mötet")] + reports)

    def set_values(self, detail) -> None:
        ui = self.ui
        with self.loading():
            for edit, value in ((ui.title, detail.title), (ui.place, detail.place),
                                (ui.chair, detail.chair), (ui.secretary, detail.secretary),
                                (ui.approver, detail.approver)):
                if edit.text() != (value or ""):
                    edit.setText(value or "")
            write_date(ui.meetingDate, detail.meeting_date)
            write_time(ui.startTime, detail.start_time)
            write_time(ui.endTime, detail.end_time)
            combos.choose(ui.status, detail.status)
            combos.choose(ui.situationReport, detail.situation_report_id)

    def values(self):
        ui = self.ui
        return MeetingFields(ui.title.text(), read_date(ui.meetingDate),
                             read_time(ui.startTime), read_time(ui.endTime),
                             ui.place.text(), combos.chosen(ui.status), ui.chair.text(),
                             ui.secretary.text(), ui.approver.text(),
                             combos.chosen(ui.situationReport))


class ParticularsPane(_Pane):
    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.form = MeetingForm()
        QVBoxLayout(self).addWidget(self.form)
        self.saving = VersionedForm(self.form, data, Topic.MEETINGS, _write_meeting,
                                    before=self._not_to_a_holiday)
        self.saving.saved.connect(self.changed)

    def show_meeting(self, detail, reports: list[tuple[int, str]]) -> None:
        self.detail = detail

        def fill() -> None:
            self.form.set_reports(reports)
            self.form.set_values(detail)
        self.saving.show(detail.id, detail, detail.stamp, fill)

    def _not_to_a_holiday(self, values):
        """A move to a holiday needs a yes. Without it the meeting stays on its day: only the
        date is put back, why is said at its field, and the rest of what is typed is saved."""
        day = self.detail.meeting_date
        holiday = moved_to_holiday(values.meeting_date, day)
        if not holiday or ask(self, f"{holiday} Ska mötet ändå läggas den dagen?"):
            return values
        with self.form.loading():
            write_date(self.form.ui.meetingDate, day)
        self.form.show_error(FieldError("meeting_date", f"{holiday} Mötet ligger kvar {day}; "
                                                        "välj en annan dag om det ska flyttas."))
        return replace(values, meeting_date=day)

    def flush(self) -> None:
        self.saving.flush()


def _write_meeting(db, meeting_id: int, values, version: int | None, base):
    from brastod.core.services.meetings import update_meeting
    return update_meeting(db, meeting_id, values, allow_holiday=True, version=version, base=base)


class AttendancePane(_Pane):
    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.ui = ui = Ui_AttendancePane()
        ui.setupUi(self)
        self.model = AttendeeModel(self)
        views.attach(ui.table, self.model)
        combos.fill(ui.status, options(AttendeeStatus))
        ui.table.selectionModel().currentRowChanged.connect(self._chosen)
        self._loading = False
        self._row = None
        self.conflict = None        # the conflict's dialog while it is open
        self.autosave = AutoSave(self)
        for widget in (ui.status, ui.note):
            self.autosave.watch(widget, lambda: not self._loading)
        self.autosave.due.connect(self._save_row)
        ui.addGuest.clicked.connect(self.add_guest)

    def show_meeting(self, detail) -> None:
        self.detail = detail
        chosen = self._row.id if self._row is not None else None
        self._loading = True
        self.model.set_rows(detail.attendees)
        self._loading = False
        row = next((i for i, a in enumerate(detail.attendees) if a.id == chosen), 0)
        if detail.attendees:
            self.ui.table.selectRow(row)
        self._chosen(self.ui.table.currentIndex())

    def _chosen(self, current, _previous=None) -> None:
        if self._loading:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        same = row is not None and self._row is not None and row.id == self._row.id
        if not same:
            self.flush()
        self._row = row
        self._loading = True
        combos.choose(self.ui.status, row.status if row else None)
        if not (same and (typing_in(self.ui.note) or self.autosave.pending)):
            self.ui.note.setText((row.note or "") if row else "")
        self._loading = False
        for widget in (self.ui.status, self.ui.note):
            widget.setEnabled(self._row is not None)

    def _save_row(self) -> None:
        """Saves the chosen row's status and note naming the version shown: someone else's
        change to the other field is taken, the same field is asked about."""
        from brastod.core.services.meetings import set_attendance
        row = self._row
        if row is None or self.conflict is not None:
            return
        status, note = combos.chosen(self.ui.status), self.ui.note.text()
        if (status, note or None) == (row.status, row.note):
            return
        self._row = replace(row, status=status, note=note or None)   # what is saved now
        base = {"status": row.status, "note": row.note}
        version = row.stamp.version if row.stamp else None
        self.data.call(set_attendance, row.id, status, note, version=version, base=base,
                       on_done=lambda _: self.changed.emit(),
                       on_error=lambda error: self._refused(row, error),
                       changes=Topic.MEETINGS, origin=self)

    def _refused(self, row, error) -> None:
        from brastod.gui.dialogs.form_conflict import choose_then_save, put
        if not (isinstance(error, Conflict) and error.clashes):
            self.data.runner.refuse(error)
            return
        fields = {"status": self.ui.status, "note": self.ui.note}

        def save_again(values: dict) -> None:
            if self._row is None or self._row.id != row.id:
                return
            self._loading = True
            for name, value in values.items():
                put(fields[name], value)
            self._loading = False
            self._row = replace(row, stamp=error.stamp, **error.values)
            self._save_row()

        def unanswered() -> None:
            """What was chosen stays in the fields, unsaved: the next save meets it again."""
            if self._row is not None and self._row.id == row.id:
                self._row = row
        choose_then_save(self, error, self, fields, save_again)
        self.conflict.rejected.connect(unanswered)

    def flush(self) -> None:
        self.autosave.flush()

    def add_guest(self) -> None:
        from brastod.core.services.meetings import add_attendee
        name, ok = QInputDialog.getText(self, "Adjungerad", "Namn och roll, till exempel "
                                        "”Kulturchef”:")
        if ok and self.detail is not None:
            self._save(add_attendee, self.detail.id, name)


class DecisionForm(QWidget):
    def __init__(self, partners: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_DecisionForm()
        ui.setupUi(self)
        optional_date(ui.dueOn)
        combos.fill(ui.partner, [(None, "Ingen")] + partners)
        narrow(ui.partner)
        combos.fill(ui.status, options(DecisionStatus))
        self.fields = {"text": ui.text, "partner_id": ui.partner, "due_on": ui.dueOn,
                       "status": ui.status}

    def set_values(self, row) -> None:
        ui = self.ui
        ui.text.setPlainText(row.text if row else "")
        combos.choose(ui.partner, row.partner_id if row else None)
        write_date(ui.dueOn, row.due_on if row else None)
        combos.choose(ui.status, row.status if row else DecisionStatus.OPEN.value)

    def values(self) -> DecisionFields:
        ui = self.ui
        return DecisionFields(ui.text.toPlainText(), combos.chosen(ui.partner),
                              read_date(ui.dueOn), combos.chosen(ui.status))

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.ui.error, self.fields, error)


class AgendaPane(_Pane):
    """Items on the left; the chosen item's minutes, the open decisions it follows up, and the
    decisions made under it on the right."""

    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.ui = ui = Ui_AgendaPane()
        ui.setupUi(self)
        self.decisions = DecisionModel(self)
        views.attach(ui.decisions, self.decisions)
        self.partners: list[tuple[int, str]] = []
        self.plans: list[tuple[int, str]] = []
        self._item = None
        self._loading = False
        self.autosave = AutoSave(self)
        self.autosave.watch(ui.minutes, lambda: not self._loading)
        self.autosave.due.connect(self._save_minutes)
        # The minutes and the decisions are saved naming the version shown (issue 18).
        self.saves = VersionedSaves(self, data, Topic.MEETINGS, "minutes")
        self.saves.saved.connect(self._minutes_saved)
        self.saves.answered.connect(self._minutes_answered)
        self.saves.unanswered.connect(self._minutes_unanswered)
        self.decision_saves = VersionedSaves(self, data, Topic.MEETINGS, "text")
        self.decision_saves.saved.connect(lambda *_: self.changed.emit())
        self.decision_saves.answered.connect(self._decision_answered)
        self._decision_values: dict[int, tuple] = {}    # decision id → what its save wrote
        self._retry = False
        self.title_conflict = None              # the rename's conflict dialog while it is open
        # Item id → (version, minutes) known to be stored, shared with the saves on the worker.
        self._stored: dict[int, tuple[int, str]] = {}
        self.changed_label = QLabel()           # "Senast ändrad av anna.berg …"
        self.changed_label.setStyleSheet("color: #777; font-size: 9pt;")
        ui.minutesLayout.insertWidget(ui.minutesLayout.indexOf(ui.minutes) + 1,
                                      self.changed_label)
        ui.items.currentRowChanged.connect(self._item_chosen)
        ui.addItem.clicked.connect(self.add_item)
        ui.renameItem.clicked.connect(self.rename_item)
        ui.itemUp.clicked.connect(lambda: self.move_item(-1))
        ui.itemDown.clicked.connect(lambda: self.move_item(1))
        ui.removeItem.clicked.connect(self.remove_item)
        ui.addDecision.clicked.connect(lambda: self.edit_decision(None))
        ui.editDecision.clicked.connect(lambda: self.edit_decision(self._decision()))
        ui.decisions.doubleClicked.connect(lambda _i: self.edit_decision(self._decision()))
        ui.removeDecision.clicked.connect(self.remove_decision)
        ui.toAction.clicked.connect(self.to_action)
        ui.markDone.clicked.connect(self.mark_done)
        for arrow in (ui.itemUp, ui.itemDown):
            arrow.setFixedWidth(36)
        ui.splitter.setSizes([300, 600])

    def show_meeting(self, detail, partners, plans) -> None:
        """``partners`` and ``plans`` are (id, name) pairs for the decision dialogs."""
        self.detail, self.partners, self.plans = detail, partners, plans
        chosen = self._item.id if self._item is not None else None
        self._loading = True
        self.ui.items.clear()
        for item in detail.agenda:
            entry = QListWidgetItem(f"{item.position}. {item.title}")
            entry.setData(ROW_ROLE, item)
            self.ui.items.addItem(entry)
        self._loading = False
        row = next((i for i, item in enumerate(detail.agenda) if item.id == chosen), 0)
        self.ui.items.setCurrentRow(row if detail.agenda else -1)
        self._item_chosen(self.ui.items.currentRow())

    def _item_chosen(self, row: int) -> None:
        if self._loading:
            return
        entry = self.ui.items.item(row) if row >= 0 else None
        item = entry.data(ROW_ROLE) if entry else None
        same = item is not None and self._item is not None and item.id == self._item.id
        if not same:
            self.flush()
        self._item = item
        ui = self.ui
        ui.itemHeading.setText(f"§ {item.position} {item.title}" if item else "")
        self._loading = True
        if same and (self.autosave.pending or self.saves.busy or self._retry or (
                typing_in(ui.minutes) and ui.minutes.toPlainText() != self._item.minutes)):
            # Shown again while the minutes are unsaved: their text and version stay the
            # user's, so someone else's newer text meets them as a conflict at the save.
            self._item = replace(item, minutes=self._item.minutes, stamp=self._item.stamp)
        else:
            self._retry = False
            if item is None or ui.minutes.toPlainText() != item.minutes:
                ui.minutes.setPlainText(item.minutes if item else "")
            if item is not None:
                self.saves.seen(item.id, item.stamp)
                if item.stamp is not None:
                    _know(self._stored, item.id, item.stamp.version, item.minutes)
            self.changed_label.setText(changed_line(item.stamp) if item else "")
        self._loading = False
        ui.carried.clear()
        for decision in item.carried if item else []:
            entry = QListWidgetItem(f"{decision.meeting_date}: {decision.text}"
                                    + (f" ({decision.partner})" if decision.partner else ""))
            entry.setData(ROW_ROLE, decision)
            ui.carried.addItem(entry)
        for widget in (ui.carriedLabel, ui.carried, ui.markDone):
            widget.setVisible(bool(item and item.carried))
        self.decisions.set_rows(item.decisions if item else [])
        for widget in (ui.minutes, ui.renameItem, ui.itemUp, ui.itemDown, ui.removeItem,
                       ui.addDecision, ui.editDecision, ui.removeDecision, ui.toAction):
            widget.setEnabled(item is not None)

    def _save_minutes(self) -> None:
        item, text = self._item, self.ui.minutes.toPlainText()
        if item is None or text == item.minutes or self.saves.conflict is not None:
            return
        self._item = replace(item, minutes=text)       # what is saved now
        self.saves.send(item.id, text, self._minutes_write(item.id, text))

    def _minutes_write(self, item_id: int, text: str):
        """The save of ``text`` on the worker, naming the minutes stored at the version it
        saves on when they are known: someone else's new title for the item is then no
        conflict, only new minutes of theirs are."""
        from brastod.core.services.meetings import save_item
        stored = self._stored

        def write(db, version: int | None):
            known = stored.get(item_id)
            base = {"minutes": known[1]} if known and known[0] == version else None
            stamp = save_item(db, item_id, minutes=text, version=version, base=base)
            _know(stored, item_id, stamp.version, text)
            return stamp
        return write

    def _minutes_saved(self, item_id: int, stamp) -> None:
        if self._item is not None and self._item.id == item_id:
            self._item = replace(self._item, stamp=stamp)
            self.changed_label.setText(changed_line(stamp))
        self.changed.emit()

    def _minutes_answered(self, item_id: int, choice: Choice, text: str, theirs) -> None:
        """The chosen minutes are saved against the other version; taking it writes
        nothing."""
        if self._item is not None and self._item.id == item_id:
            self._loading = True
            if self.ui.minutes.toPlainText() != text:
                self.ui.minutes.setPlainText(text)
            self._loading = False
            self._item = replace(self._item, minutes=text, stamp=theirs)
            self.changed_label.setText(changed_line(theirs))
        if choice is not Choice.THEIRS:
            self.saves.send(item_id, text, self._minutes_write(item_id, text))

    def _minutes_unanswered(self, item_id: int, theirs: str) -> None:
        """Closed without a choice: the minutes stay unsaved in the field, and are saved
        (meeting the conflict again) at the next key or flush."""
        if self._item is not None and self._item.id == item_id:
            self._item = replace(self._item, minutes=theirs)
            self._retry = True

    def flush(self) -> None:
        if self._retry:
            self._retry = False
            self.autosave.cancel()
            self._save_minutes()
        else:
            self.autosave.flush()

    def add_item(self) -> None:
        from brastod.core.services.meetings import add_item
        title, ok = QInputDialog.getText(self, "Ny punkt", "Punktens rubrik:")
        if ok and self.detail is not None:
            self._save(add_item, self.detail.id, title, self._item.id if self._item else None)

    def rename_item(self) -> None:
        if self._item is not None:
            self._ask_title(self._item.id, self._item.title, self._item.title)

    def _ask_title(self, item_id: int, typed: str, shown: str,
                   version: int | None = None) -> None:
        title, ok = QInputDialog.getText(self, "Byt namn", "Punktens rubrik:", text=typed)
        if ok and title.strip() != shown:
            self.flush()            # the minutes typed go first, on the version shown
            self._rename(item_id, title, shown, version)

    def _rename(self, item_id: int, title: str, shown: str, version: int | None = None) -> None:
        """The title saved naming the title shown: someone else's change to the minutes is
        kept, a new title of theirs opens the text conflict dialog. Without ``version``, the
        version the minutes were last saved or shown at."""
        from brastod.core.services.meetings import save_item
        saves, stored = self.saves, self._stored

        def write(db, _ctx):
            minutes_at = saves.version(item_id)
            at = minutes_at if version is None else version
            stamp = save_item(db, item_id, title=title, version=at, base={"title": shown})
            if at is not None and at == minutes_at and stamp.version == at + 1:
                saves.seen(item_id, stamp)  # nobody else's change between: the minutes go on
                known = stored.get(item_id)
                if known and known[0] == at:
                    _know(stored, item_id, stamp.version, known[1])
            return stamp
        self.data.run(write, on_done=lambda _: self.changed.emit(),
                      on_error=lambda error: self._rename_refused(item_id, title, shown,
                                                                  version, error),
                      changes=Topic.MEETINGS, origin=self)

    def _rename_refused(self, item_id: int, title: str, shown: str, version: int | None,
                        error) -> None:
        """A title someone else gave the item meanwhile: the text conflict dialog, whose choice
        is saved against their version. Closed without a choice, the title typed is asked for
        again, as it was typed: its save meets the same conflict."""
        if not isinstance(error, Conflict):
            self.data.runner.refuse(error)
            self.changed.emit()
            return
        theirs = error.values["title"]

        def chosen(choice: Choice, text: str) -> None:
            if choice is Choice.THEIRS:
                self.changed.emit()
            else:
                self._rename(item_id, text, theirs, error.stamp.version)
        self.title_conflict = dialog = resolve(self, error, title, theirs, chosen)
        dialog.finished.connect(lambda _result: self.title_conflict is dialog
                                and setattr(self, "title_conflict", None))
        dialog.rejected.connect(lambda: self._ask_title(item_id, title, shown, version))

    def move_item(self, step: int) -> None:
        """No version: a move is no conflict (core.services.ordering)."""
        from brastod.core.services.meetings import move_item
        if self._item is not None:
            self._save(move_item, self._item.id, step)

    def remove_item(self) -> None:
        """Names the version shown or last saved: an item someone else changed meanwhile is
        kept, and they are named."""
        from brastod.core.services.meetings import remove_item
        item, saves = self._item, self.saves
        if item is None or not ask(self, f"Ta bort punkt {item.position} ”{item.title}” från "
                                         "dagordningen? Dess beslut blir kvar i mötet."):
            return
        self.flush()
        self._save(lambda db: remove_item(db, item.id, saves.version(item.id)))

    def _decision(self):
        indexes = self.ui.decisions.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def edit_decision(self, row) -> None:
        from brastod.core.services.meetings import save_decision, update_decision
        if self._item is None:
            return
        form = DecisionForm(self.partners)
        form.set_values(row)
        meeting_date = self.detail.meeting_date
        dialog = FormDialog("Beslut" if row else "Nytt beslut", f"§ {self._item.position} "
                            f"{self._item.title}", form,
                            lambda values: values.validate(meeting_date), self)
        roles.lock_unless(self.data, Topic.MEETINGS, dialog)      # a läsare reads it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, meeting_id, item_id = dialog.result_values, self.detail.id, self._item.id
        if row is None:
            self._save(save_decision, None, meeting_id=meeting_id, item_id=item_id,
                       values=values)
            return
        self._decision_values[row.id] = (meeting_id, item_id, values)
        self.decision_saves.seen(row.id, row.stamp)
        self.decision_saves.send(row.id, values.text, lambda db, version: update_decision(
            db, row.id, meeting_id=meeting_id, item_id=item_id, values=values,
            version=version))

    def _decision_answered(self, decision_id: int, choice: Choice, text: str, _theirs) -> None:
        """Someone else changed the decision while its dialog was open: the chosen text, with
        the rest of what the user gave it, is saved against the other version."""
        from brastod.core.services.meetings import update_decision
        meeting_id, item_id, values = self._decision_values[decision_id]
        if choice is Choice.THEIRS:
            self.changed.emit()
            return
        values = replace(values, text=text)
        self.decision_saves.send(decision_id, text, lambda db, version: update_decision(
            db, decision_id, meeting_id=meeting_id, item_id=item_id, values=values,
            version=version))

    def remove_decision(self) -> None:
        from brastod.core.services.meetings import remove_decision
        row = self._decision()
        if row is not None and ask(self, f"Ta bort beslutet ”{row.text}”?"):
            self._save(remove_decision, row.id, row.stamp.version if row.stamp else None)

    def to_action(self) -> None:
        """Which plan, then (its causes and goals fetched on the worker) under which cause or
        goal: without one the action would land "utan koppling till orsak"."""
        from brastod.core.services.plan_chain import get_outline
        row = self._decision()
        if row is None:
            return
        if not self.plans:
            QMessageBox.information(self, APP_NAME, "Det finns ingen plan att lägga åtgärden "
                                                    "i. Skapa en under Åtgärdsplan först.")
            return
        titles = [title for _, title in self.plans]
        chosen, ok = QInputDialog.getItem(self, "Gör till åtgärd", "Lägg beslutet som åtgärd "
                                          "i planen:", titles, 0, False)
        if not ok:
            return
        plan_id = self.plans[titles.index(chosen)][0]
        self.data.call(get_outline, plan_id, on_done=while_alive(
            self, lambda outline: self._to_action_under(row, plan_id, outline)))

    def _to_action_under(self, row, plan_id: int, outline) -> None:
        from brastod.core.services.meeting_series import decision_to_action
        links = [(f"Orsak {cause.number}: {cause.description}", {"cause_id": cause.id})
                 for cause in outline.causes()]
        links += [(f"Mål: {goal.values.description}", {"goal_id": goal.id})
                  for goal in outline.all_goals()]
        link = {}
        if links:
            texts = [text for text, _ in links] + [NO_LINK]
            chosen, ok = QInputDialog.getItem(self, "Gör till åtgärd", "Vilken orsak eller vilket "
                                              "mål hör åtgärden till?", texts, 0, False)
            if not ok:
                return
            link = dict(links).get(chosen, {})
        # A new action in a plan: Åtgärdsplan, Alla åtgärder and the counts show it too.
        self._save(decision_to_action, row.id, plan_id, changes=Topic.PLANS | Topic.MEETINGS,
                   **link)

    def mark_done(self) -> None:
        from brastod.core.services.meetings import set_decision_status
        entry = self.ui.carried.currentItem()
        if entry is None:
            return
        row = entry.data(ROW_ROLE)
        self._save(set_decision_status, row.id, DecisionStatus.DONE.value,
                   version=row.stamp.version if row.stamp else None, shown=row.status)


def _know(stored: dict, item_id: int, version: int, minutes: str) -> None:
    """Minutes stored at ``version``, unless a newer version is known already."""
    if version >= stored.get(item_id, (0, ""))[0]:
        stored[item_id] = (version, minutes)
