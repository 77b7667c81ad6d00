"""The forms for a goal, an action and a follow-up: shown in the outline's detail pane, where
every change is saved as it is made, and in the dialogs that add one. A refused value gets its
message under the form and the field it names gets the focus."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QVBoxLayout, QWidget

from brastod.core.enums import ActionStatus, EffortType, MeasureType, Term
from brastod.core.labels import options
from brastod.core.plan_rules import ActionFields, FollowUpFields, GoalFields, ProgressFields
from brastod.gui.forms.ui_action_form import Ui_ActionForm
from brastod.gui.forms.ui_follow_up_form import Ui_FollowUpForm
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_goal_form import Ui_GoalForm
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSaveForm
from brastod.gui.widgets.colours import fill_rag
from brastod.gui.widgets.fields import (
    optional_date, read_date, read_number, write_date, write_number,
)

class GoalForm(AutoSaveForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_GoalForm()
        ui.setupUi(self)
        optional_date(ui.deadline)
        self.fields = {"description": ui.description, "cause_id": ui.cause,
                       "indicator_id": ui.indicator, "baseline": ui.baseline,
                       "target": ui.target, "deadline": ui.deadline}
        self.watch()

    def set_choices(self, causes: list[tuple[int, str]], indicators: list[tuple[int, str]]):
        with self.loading():
            combos.fill(self.ui.cause, [(None, "Ingen orsak")] + causes)
            combos.fill(self.ui.indicator, [(None, "Ingen indikator")] + indicators)

    def set_values(self, values: GoalFields) -> None:
        ui = self.ui
        with self.loading():
            if ui.description.toPlainText() != values.description:
                ui.description.setPlainText(values.description)
            combos.choose(ui.cause, values.cause_id)
            combos.choose(ui.indicator, values.indicator_id)
            write_number(ui.baseline, values.baseline)
            write_number(ui.target, values.target)
            write_date(ui.deadline, values.deadline)

    def values(self) -> GoalFields:
        ui = self.ui
        return GoalFields(ui.description.toPlainText(), read_number(ui.target, "target"),
                          read_date(ui.deadline), combos.chosen(ui.cause),
                          combos.chosen(ui.indicator), read_number(ui.baseline, "baseline"))


class ActionForm(AutoSaveForm):
    """Choosing a goal takes its cause; the contacts follow the responsible partner."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_ActionForm()
        ui.setupUi(self)
        for edit in (ui.startOn, ui.dueOn):
            optional_date(edit)
        combos.fill(ui.status, options(ActionStatus))
        fill_rag(ui.rag, "Inte uppföljd")
        combos.fill(ui.measureType, [(None, "–")] + options(MeasureType))
        combos.fill(ui.effortType, [(None, "–")] + options(EffortType))
        combos.fill(ui.term, [(None, "–")] + options(Term))
        self.fields = {"title": ui.title, "description": ui.description, "cause_id": ui.cause,
                       "goal_id": ui.goal, "responsible_partner_id": ui.partner,
                       "contact_id": ui.contact, "start_on": ui.startOn, "due_on": ui.dueOn,
                       "status": ui.status, "rag": ui.rag, "measure_type": ui.measureType,
                       "effort_type": ui.effortType, "term": ui.term}
        self._goal_causes: dict[int, int | None] = {}
        self._contacts: dict[int, list[tuple[int, str]]] = {}
        ui.goal.currentIndexChanged.connect(self._goal_chosen)
        ui.partner.currentIndexChanged.connect(self._partner_chosen)
        self.watch()

    def set_choices(self, causes: list[tuple[int, str]],
                    goals: list[tuple[int, str, int | None]],
                    partners: list[tuple[int, str]],
                    contacts: dict[int, list[tuple[int, str]]]) -> None:
        """``goals`` are (id, text, cause id); ``contacts`` are per partner id."""
        ui = self.ui
        self._goal_causes = {goal_id: cause_id for goal_id, _, cause_id in goals}
        self._contacts = contacts
        with self.loading():
            combos.fill(ui.cause, [(None, "Ingen orsak")] + causes)
            combos.fill(ui.goal, [(None, "Inget mål")] + [(i, text) for i, text, _ in goals])
            combos.fill(ui.partner, [(None, "Välj ansvarig partner …")] + partners)

    def set_values(self, values: ActionFields) -> None:
        ui = self.ui
        with self.loading():
            if ui.title.text() != values.title:
                ui.title.setText(values.title)
                ui.title.setCursorPosition(0)
            if ui.description.toPlainText() != values.description:
                ui.description.setPlainText(values.description)
            combos.choose(ui.cause, values.cause_id)
            combos.choose(ui.goal, values.goal_id)
            combos.choose(ui.partner, values.responsible_partner_id)
            self._fill_contacts()
            combos.choose(ui.contact, values.contact_id)
            write_date(ui.startOn, values.start_on)
            write_date(ui.dueOn, values.due_on)
            for combo, value in ((ui.status, values.status), (ui.rag, values.rag),
                                 (ui.measureType, values.measure_type),
                                 (ui.effortType, values.effort_type), (ui.term, values.term)):
                combos.choose(combo, value)
        self._goal_chosen()

    def _goal_chosen(self) -> None:
        goal = combos.chosen(self.ui.goal)
        self.ui.cause.setEnabled(goal is None and self.ui.goal.isEnabled())
        if goal is not None:
            self.ui.cause.blockSignals(True)
            combos.choose(self.ui.cause, self._goal_causes.get(goal))
            self.ui.cause.blockSignals(False)

    def _partner_chosen(self) -> None:
        if not self._loading:
            self._fill_contacts()

    def _fill_contacts(self) -> None:
        partner = combos.chosen(self.ui.partner)
        self.ui.contact.blockSignals(True)
        combos.fill(self.ui.contact, [(None, "Ingen kontaktperson")]
                    + self._contacts.get(partner, []))
        self.ui.contact.blockSignals(False)

    def values(self) -> ActionFields:
        ui = self.ui
        return ActionFields(
            ui.title.text(), combos.chosen(ui.partner), combos.chosen(ui.contact),
            combos.chosen(ui.cause), combos.chosen(ui.goal), ui.description.toPlainText(),
            read_date(ui.startOn), read_date(ui.dueOn), combos.chosen(ui.status),
            combos.chosen(ui.rag), combos.chosen(ui.measureType), combos.chosen(ui.effortType),
            combos.chosen(ui.term))


class FollowUpForm(AutoSaveForm):
    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_FollowUpForm()
        ui.setupUi(self)
        ui.followedUpOn.setMaximumDate(QDate(today))
        fill_rag(ui.rag, None)
        self.fields = {"followed_up_on": ui.followedUpOn, "rag": ui.rag, "note": ui.note}
        self.watch()

    def set_values(self, values: FollowUpFields) -> None:
        ui = self.ui
        with self.loading():
            write_date(ui.followedUpOn, values.followed_up_on)
            combos.choose(ui.rag, values.rag)
            if ui.note.toPlainText() != values.note:
                ui.note.setPlainText(values.note)

    def values(self) -> FollowUpFields:
        ui = self.ui
        return FollowUpFields(ui.followedUpOn.date().toPython(), combos.chosen(ui.rag),
                              ui.note.toPlainText())


class ProgressForm(QWidget):
    """Följ upp: the follow-up, and the action's status and due date beside it, so that
    marking the action done or moving its deadline happens in the same step."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.follow_up = FollowUpForm(today)
        self.status = QComboBox()
        combos.fill(self.status, options(ActionStatus))
        self.due_on = QDateEdit()
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        optional_date(self.due_on)
        action = QFormLayout()
        action.addRow("Åtgärdens &status:", self.status)
        action.addRow("&Klart senast:", self.due_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow_up)
        layout.addLayout(action)
        self.fields = {**self.follow_up.fields, "status": self.status, "due_on": self.due_on}

    def set_values(self, follow_up: FollowUpFields, status: str, due_on: date | None) -> None:
        self.follow_up.set_values(follow_up)
        combos.choose(self.status, status)
        write_date(self.due_on, due_on)

    def values(self) -> ProgressFields:
        return ProgressFields(self.follow_up.values(), combos.chosen(self.status),
                              read_date(self.due_on))

    def show_error(self, error) -> None:
        show_at_field(self.follow_up.ui.error, self.fields, error)
