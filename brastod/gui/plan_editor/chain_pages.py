"""The chain's detail pages, one per kind of link (problem, cause, goal, action, follow-up): each
knows its form, how to show a link of its kind and how to save what is edited in it, through the
one autosave. ``ChainPane`` picks the page by the chosen link's ``Link``.

Each page saves naming the version of the link it shows; when someone else saved the link
first, the conflict dialog shows the page's main text (``field``) beside theirs, and the chosen
text is saved, with the rest of the page's values, against their version. A form's page (goal,
action, follow-up) also names the values it shows, so that a newer version is merged field by
field and only a field both changed is asked about (widgets.versioned_saves)."""
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from brastod.core.errors import FieldError
from brastod.core.plan_rules import Link, require_text
from brastod.core.versions import changed_line
from brastod.gui.data import Topic
from brastod.gui.dialogs.conflict import Choice
from brastod.gui.field_errors import at_field_or_window
from brastod.gui.plan_editor.forms import ActionForm, FollowUpForm, GoalForm
from brastod.gui.plan_editor.goal_chart import GoalChart
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSave, AutoSaveForm, typing_in
from brastod.gui.widgets.versioned_saves import VersionedSaves

Work = Callable[[Any], Any]       # called with the database, on the worker
Write = Callable[[Any, int | None], Any]    # with the database and the version shown


class LinkPage:
    """A page of the detail stack for one kind of link. ``node`` is the link it shows; what is
    typed is saved to that link, even when the outline has moved on meanwhile (``flush``)."""

    link: Link
    field = "description"       # the text a conflict shows side by side
    form = None                 # a form's page: its AutoSaveForm

    def __init__(self, pane, widget: QWidget, autosave: AutoSave):
        self.pane, self.widget, self.autosave = pane, widget, autosave
        self.node = None
        autosave.due.connect(self.save)
        self.saves = VersionedSaves(pane, pane.data, Topic.PLANS, self.field,
                                    on_error=self._refused, form=self.form)
        self.saves.saved.connect(self._saved)
        self.saves.answered.connect(self._answered)
        self.saves.unanswered.connect(self._unanswered)
        self._writes: dict[int, Callable[[str], Write]] = {}
        self._retry = self._refill = False
        self.changed_label = QLabel()           # "Senast ändrad av anna.berg …"
        self.changed_label.setStyleSheet("color: #777; font-size: 9pt;")
        widget.layout().insertWidget(0, self.changed_label)

    def show(self, node, same: bool) -> None:
        """``same``: this link was shown already (the outline is redrawn after a save), so a
        field the user is typing in is left alone, and so is the version it was typed on:
        someone else's newer text meets it as a conflict at its save."""
        if not same:
            self.clear_error()
        self.node = node
        self.describe(node.item)
        if self._refill or not (same and (typing_in(self.widget) or self.autosave.pending
                                          or self.saves.busy or self._retry)):
            self._refill = self._retry = False
            self.fill(node.item)
            self.saves.seen(node.id, node.item.stamp, self.values_of(node.item))
            self.changed_label.setText(changed_line(node.item.stamp))

    def describe(self, item) -> None:
        """What the page says about the link besides its fields (always redrawn)."""

    def values_of(self, item):
        """A form's values of the link as shown (None: the page is no form)."""
        return None

    def fill(self, item) -> None:
        raise NotImplementedError

    def work(self) -> Callable[[str], Write]:
        """The save of the shown values, after the core's rules passed (else FieldError),
        given the text of ``field`` (the user's, or the one a conflict's answer chose)."""
        raise NotImplementedError

    def text_widget(self) -> QWidget:
        """Where ``field`` is typed."""
        raise NotImplementedError

    def removal_question(self, item) -> str:
        raise NotImplementedError

    def save(self) -> None:
        if self.node is None or self.saves.conflict is not None:
            return
        try:
            work = self.work()
        except FieldError as error:
            self.show_error(error)
            return
        self.clear_error()
        text, link_id = _text(self.text_widget()), self.node.id
        self._writes[link_id] = work
        self.saves.send(link_id, text, work(text))

    def flush(self) -> None:
        if self._retry:
            self._retry = False
            self.autosave.cancel()
            self.save()
        else:
            self.autosave.flush()

    # ---- after a save ----
    def _saved(self, link_id: int, stamp) -> None:
        if self.node is not None and self.node.id == link_id:
            self.changed_label.setText(changed_line(stamp))
        self.pane.changed.emit()
        self.pane.refresh()

    def _refused(self, error) -> None:
        at_field_or_window(self.pane.data, self.show_error)(error)
        self.pane.refresh()

    def _answered(self, link_id: int, choice: Choice, text: str, _theirs) -> None:
        """Taking the other version writes nothing: the outline is fetched again and shows
        it. Otherwise the chosen text is saved against it."""
        if choice is Choice.THEIRS:
            self._refill = True
            self.pane.refresh()
            return
        if choice is Choice.MERGED and self.node is not None and self.node.id == link_id:
            self.loading = True
            _set_text(self.text_widget(), text)
            self.loading = False
        self.saves.send(link_id, text, self._writes[link_id](text))

    def _unanswered(self, link_id: int, _theirs: str) -> None:
        """Closed without a choice: the text stays on the page, and is saved (meeting the
        conflict again) at the next key or flush."""
        if self.node is not None and self.node.id == link_id:
            self._retry = True

    def show_error(self, error: FieldError) -> None:
        raise NotImplementedError

    def clear_error(self) -> None:
        raise NotImplementedError


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


class TextPage(LinkPage):
    """A page of plain fields in the pane's own .ui (problem, cause); its message goes under
    them without taking the focus from the field being typed in."""

    def __init__(self, pane, widget: QWidget, error: QLabel, fields: list[QWidget]):
        self.error, self.loading = error, False
        super().__init__(pane, widget, AutoSave(pane))
        for field in fields:
            self.autosave.watch(field, lambda: not self.loading)

    def show_error(self, error: FieldError) -> None:
        self.error.setText(str(error))

    def clear_error(self) -> None:
        self.error.setText("")


class ProblemPage(TextPage):
    link = Link.PROBLEM

    def __init__(self, pane):
        ui = self.ui = pane.ui
        super().__init__(pane, ui.problemPage, ui.problemError,
                         [ui.problemTitle, ui.problemDescription, ui.problemArea,
                          ui.problemCategory])

    def describe(self, problem) -> None:
        source = (f"Ur {problem.source}." if problem.source else
                  "Inte kopplat till någon lägesbild.")
        self.ui.problemSource.setText(f"{source} {len(problem.causes)} orsaker.")

    def fill(self, problem) -> None:
        ui, choices = self.ui, self.pane.choices
        self.loading = True
        self.autosave.cancel()
        ui.problemTitle.setText(problem.title)
        ui.problemTitle.setCursorPosition(0)
        combos.fill(ui.problemArea, [(None, "Hela kommunen")] + choices.areas)
        combos.fill(ui.problemCategory, [(None, "Alla kategorier")] + choices.categories)
        combos.choose(ui.problemArea, problem.area_id)
        combos.choose(ui.problemCategory, problem.category_id)
        if ui.problemDescription.toPlainText() != problem.description:
            ui.problemDescription.setPlainText(problem.description)
        self.loading = False

    def text_widget(self) -> QWidget:
        return self.ui.problemDescription

    def work(self) -> Callable[[str], Write]:
        from brastod.core.services.plan_chain import update_problem
        ui, problem_id = self.ui, self.node.id
        title = ui.problemTitle.text()
        area, category = combos.chosen(ui.problemArea), combos.chosen(ui.problemCategory)
        require_text(Link.PROBLEM, title)
        return lambda text: lambda db, version: update_problem(
            db, problem_id, title=title, description=text, area_id=area, category_id=category,
            version=version)

    def removal_question(self, problem) -> str:
        return (f"Ta bort problemet ”{problem.title}” och dess {len(problem.causes)} orsaker? "
                "Mål och åtgärder som hör till orsakerna blir kvar i planen, utan koppling till "
                "orsak.")


class CausePage(TextPage):
    link = Link.CAUSE

    def __init__(self, pane):
        ui = self.ui = pane.ui
        super().__init__(pane, ui.causePage, ui.causeError, [ui.causeDescription])

    def describe(self, cause) -> None:
        self.ui.causeNumber.setText(str(cause.number))
        actions = len([a for g in cause.goals for a in g.actions]) + len(cause.actions)
        self.ui.causeSummary.setText(
            f"{len(cause.goals)} mål och {actions} åtgärder är kopplade till orsaken."
            if cause.goals or actions else
            "Ingen åtgärd är kopplad till orsaken ännu. Lägg till ett mål och en åtgärd, "
            "så att orsaken inte blir stående utan insats.")

    def fill(self, cause) -> None:
        self.loading = True
        self.autosave.cancel()
        if self.ui.causeDescription.toPlainText() != cause.description:
            self.ui.causeDescription.setPlainText(cause.description)
        self.loading = False

    def text_widget(self) -> QWidget:
        return self.ui.causeDescription

    def work(self) -> Callable[[str], Write]:
        from brastod.core.services.plan_chain import update_cause
        cause_id = self.node.id
        require_text(Link.CAUSE, self.ui.causeDescription.toPlainText())
        return lambda text: lambda db, version: update_cause(db, cause_id, text,
                                                             version=version)

    def removal_question(self, cause) -> str:
        return (f"Ta bort orsak {cause.number}? Dess mål och åtgärder blir kvar i planen, utan "
                "koppling till orsak.")


class FormPage(LinkPage):
    """A page that is one of the plan's forms (goal, action, follow-up)."""

    def __init__(self, pane, widget: QWidget, form: AutoSaveForm):
        self.form = form
        super().__init__(pane, widget, form.autosave)
        widget.layout().addWidget(form)
        self.saves.took.connect(self._took)
        self.saves.resolved.connect(self._resolved)

    @property
    def loading(self) -> bool:
        return self.form._loading

    @loading.setter
    def loading(self, value: bool) -> None:
        self.form._loading = value

    def values_of(self, item):
        return item.values

    def text_widget(self) -> QWidget:
        return self.form.fields[self.field]

    def check(self, values) -> None:
        """The core's rules for the form's values (FieldError)."""
        values.validate()

    def write(self, link_id: int) -> Callable[..., Any]:
        """The save on the worker: (db, values, version shown, values shown) → Stamp."""
        raise NotImplementedError

    def save(self) -> None:
        if self.node is None or self.saves.conflict is not None:
            return
        values = self.form.checked(self.check)
        if values is not None:
            self.saves.send_form(self.node.id, values, self.write(self.node.id))

    def _took(self, link_id: int, taken: dict, sent) -> None:
        if self.node is not None and self.node.id == link_id:
            self.form.take(taken, sent)

    def _resolved(self, link_id: int, values: dict, sent) -> None:
        """The values chosen in a conflict are shown and saved against the other version."""
        if self.node is not None and self.node.id == link_id:
            self.form.take(values, sent)
            self.save()

    def show_error(self, error: FieldError) -> None:
        self.form.show_error(error)

    def clear_error(self) -> None:
        self.form.clear_error()


class GoalPage(FormPage):
    link = Link.GOAL

    def __init__(self, pane):
        super().__init__(pane, pane.ui.goalPage, GoalForm())
        self.chart = GoalChart()
        self.widget.layout().addWidget(self.chart)

    def describe(self, goal) -> None:
        from brastod.core.services.key_figures import measurements
        indicator = goal.values.indicator_id
        if indicator is None:
            self.chart.show_goal(goal, [])
            return

        def draw(points) -> None:
            if self.node is not None and self.node.id == goal.id:
                self.chart.show_goal(goal, points)
        self.pane.data.call(measurements, indicator, on_done=draw)

    def fill(self, goal) -> None:
        self.form.set_choices(self.pane.cause_choices(), self.pane.choices.indicators)
        self.form.set_values(goal.values)

    def write(self, link_id: int) -> Callable[..., Any]:
        from brastod.core.services.plan_chain import update_goal
        return lambda db, values, version, base: update_goal(db, link_id, values, version,
                                                             base)

    def removal_question(self, goal) -> str:
        return ("Ta bort målet? Åtgärderna som hör till det blir kvar under sin orsak, utan "
                "mål.")


class ActionPage(FormPage):
    link = Link.ACTION

    def __init__(self, pane):
        super().__init__(pane, pane.ui.actionPage, ActionForm())
        self.widget.layout().addStretch()

    def fill(self, action) -> None:
        pane = self.pane
        self.form.set_choices(pane.cause_choices(), pane.goal_choices(), pane.choices.partners,
                              pane.choices.contacts)
        self.form.set_values(action.values)

    def write(self, link_id: int) -> Callable[..., Any]:
        from brastod.core.services.plan_chain import update_action
        return lambda db, values, version, base: update_action(db, link_id, values, version,
                                                               base)

    def removal_question(self, action) -> str:
        return (f"Ta bort åtgärden ”{action.values.title}” och dess "
                f"{len(action.follow_ups)} uppföljningar?")


class FollowUpPage(FormPage):
    link = Link.FOLLOW_UP
    field = "note"

    def __init__(self, pane):
        super().__init__(pane, pane.ui.followUpPage, FollowUpForm(pane.data.today))

    def fill(self, follow_up) -> None:
        self.form.set_values(follow_up.values)

    def check(self, values) -> None:
        values.validate(self.pane.data.today)

    def write(self, link_id: int) -> Callable[..., Any]:
        from brastod.core.services.plan_chain import update_follow_up
        today = self.pane.data.today
        return lambda db, values, version, base: update_follow_up(db, link_id, values, today,
                                                                  version, base)

    def removal_question(self, follow_up) -> str:
        return f"Ta bort uppföljningen från {follow_up.values.followed_up_on}?"


PAGES = (ProblemPage, CausePage, GoalPage, ActionPage, FollowUpPage)
