"""The forms for a goal, an action and a follow-up: shown in the outline's detail pane, where
every change is saved as it is made, and in the dialogs that add one. A refused value gets its
message under the form and the field it names gets the focus."""
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from brastod.core.enums import ActionStatus, EffortType, MeasureType, Rag, Term
from brastod.core.errors import FieldError
from brastod.core.labels import RAG_COLORS, options
from brastod.core.plan_rules import ActionFields, FollowUpFields, GoalFields
from brastod.gui.dialogs import combos
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_action_form import Ui_ActionForm
from brastod.gui.forms.ui_follow_up_form import Ui_FollowUpForm
from brastod.gui.forms.ui_goal_form import Ui_GoalForm
from brastod.gui.report_editor.assessments import swatch

TYPING_MS = 500
NO_DATE = QDate(2000, 1, 1)     # the minimum of an optional date field, shown as "–"


def optional_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")


def write_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else edit.minimumDate())


def read_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else value.toPython()


def read_number(edit: QLineEdit, field: str) -> float | None:
    """A number as a Swede writes it ("22,5", "1 200"); empty is None."""
    text = edit.text().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FieldError(field, f"”{edit.text()}” är inget tal. Skriv till exempel 22 eller "
                                "22,5.") from None


def write_number(edit: QLineEdit, value: float | None) -> None:
    edit.setText("" if value is None else f"{value:g}".replace(".", ","))


def narrow(combo: QComboBox, characters: int = 16) -> None:
    """A combo whose long choices (a plan's title, a goal) do not widen the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def fill_rag(combo: QComboBox, empty: str | None) -> None:
    """Grön, gul, röd with their colours; ``empty`` is the text for no colour (or none)."""
    combos.fill(combo, ([(None, empty)] if empty else []) + options(Rag))
    for index in range(combo.count()):
        code = combo.itemData(index)
        if code:
            combo.setItemIcon(index, swatch(RAG_COLORS[code]))


class AutoSaveForm(QWidget):
    """Emits ``edited`` when the user changes a value: at once for a choice or a date, half a
    second after the last key for text. ``set_values`` never emits."""

    edited = Signal()
    fields: dict[str, QWidget] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self._typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self._typing.timeout.connect(self._emit)

    def watch(self) -> None:
        for widget in set(self.fields.values()):
            if isinstance(widget, QComboBox):
                narrow(widget)
                widget.currentIndexChanged.connect(self._emit)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self._emit)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._typed)
                widget.editingFinished.connect(self.flush)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._loading:
            self._typing.start()

    def _emit(self) -> None:
        if not self._loading:
            self._typing.stop()
            self.edited.emit()

    def flush(self) -> None:
        """Typing that waits for its moment is reported now."""
        if self._typing.isActive():
            self._emit()

    def loading(self):
        form = self

        class Loading:
            def __enter__(self):
                form._loading = True
                form._typing.stop()
                form.clear_error()

            def __exit__(self, *exc):
                form._loading = False
        return Loading()

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.ui.error, self.fields, error)

    def clear_error(self) -> None:
        self.ui.error.setText("")

    def set_read_only(self, read_only: bool) -> None:
        for widget in set(self.fields.values()):
            widget.setEnabled(not read_only)


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
