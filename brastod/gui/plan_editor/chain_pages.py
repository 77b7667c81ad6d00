"""The chain's detail pages, one per kind of link (problem, cause, goal, action, follow-up): each
knows its form, how to show a link of its kind and how to save what is edited in it, through the
one autosave. ``ChainPane`` picks the page by the chosen link's ``Link``."""
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from brastod.core.errors import FieldError
from brastod.core.plan_rules import Link, require_text
from brastod.gui.plan_editor.forms import ActionForm, FollowUpForm, GoalForm
from brastod.gui.plan_editor.goal_chart import GoalChart
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSave, AutoSaveForm, typing_in

Work = Callable[[Any], Any]       # called with the database, on the worker


class LinkPage:
    """A page of the detail stack for one kind of link. ``node`` is the link it shows; what is
    typed is saved to that link, even when the outline has moved on meanwhile (``flush``)."""

    link: Link

    def __init__(self, pane, widget: QWidget, autosave: AutoSave):
        self.pane, self.widget, self.autosave = pane, widget, autosave
        self.node = None
        autosave.due.connect(self.save)

    def show(self, node, same: bool) -> None:
        """``same``: this link was shown already (the outline is redrawn after a save), so a
        field the user is typing in is left alone."""
        if not same:
            self.clear_error()
        self.node = node
        self.describe(node.item)
        if not (same and (typing_in(self.widget) or self.autosave.pending)):
            self.fill(node.item)

    def describe(self, item) -> None:
        """What the page says about the link besides its fields (always redrawn)."""

    def fill(self, item) -> None:
        raise NotImplementedError

    def work(self) -> Work:
        """The save of the shown values, after the core's rules passed (else FieldError)."""
        raise NotImplementedError

    def removal_question(self, item) -> str:
        raise NotImplementedError

    def save(self) -> None:
        if self.node is None:
            return
        try:
            work = self.work()
        except FieldError as error:
            self.show_error(error)
            return
        self.clear_error()
        self.pane.save(work, on_refused=self.show_error)

    def flush(self) -> None:
        self.autosave.flush()

    def show_error(self, error: FieldError) -> None:
        raise NotImplementedError

    def clear_error(self) -> None:
        raise NotImplementedError


class TextPage(LinkPage):
    """A page of plain fields in the pane's own .ui (problem, cause); its message goes under
    them without taking the focus from the field being typed in."""

    def __init__(self, pane, widget: QWidget, error: QLabel, fields: list[QWidget]):
        super().__init__(pane, widget, AutoSave(pane))
        self.error, self.loading = error, False
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

    def work(self) -> Work:
        from brastod.core.services.plan_chain import update_problem
        ui, problem_id = self.ui, self.node.id
        title, text = ui.problemTitle.text(), ui.problemDescription.toPlainText()
        area, category = combos.chosen(ui.problemArea), combos.chosen(ui.problemCategory)
        require_text(Link.PROBLEM, title)
        return lambda db: update_problem(db, problem_id, title=title, description=text,
                                         area_id=area, category_id=category)

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

    def work(self) -> Work:
        from brastod.core.services.plan_chain import update_cause
        cause_id, text = self.node.id, self.ui.causeDescription.toPlainText()
        require_text(Link.CAUSE, text)
        return lambda db: update_cause(db, cause_id, text)

    def removal_question(self, cause) -> str:
        return (f"Ta bort orsak {cause.number}? Dess mål och åtgärder blir kvar i planen, utan "
                "koppling till orsak.")


class FormPage(LinkPage):
    """A page that is one of the plan's forms (goal, action, follow-up)."""

    def __init__(self, pane, widget: QWidget, form: AutoSaveForm):
        super().__init__(pane, widget, form.autosave)
        self.form = form
        widget.layout().addWidget(form)

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

    def work(self) -> Work:
        from brastod.core.services.plan_chain import update_goal
        goal_id, values = self.node.id, self.form.values()
        values.validate()
        return lambda db: update_goal(db, goal_id, values)

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

    def work(self) -> Work:
        from brastod.core.services.plan_chain import update_action
        action_id, values = self.node.id, self.form.values()
        values.validate()
        return lambda db: update_action(db, action_id, values)

    def removal_question(self, action) -> str:
        return (f"Ta bort åtgärden ”{action.values.title}” och dess "
                f"{len(action.follow_ups)} uppföljningar?")


class FollowUpPage(FormPage):
    link = Link.FOLLOW_UP

    def __init__(self, pane):
        super().__init__(pane, pane.ui.followUpPage, FollowUpForm(pane.data.today))

    def fill(self, follow_up) -> None:
        self.form.set_values(follow_up.values)

    def work(self) -> Work:
        from brastod.core.services.plan_chain import update_follow_up
        follow_up_id, values, today = self.node.id, self.form.values(), self.pane.data.today
        values.validate(today)
        return lambda db: update_follow_up(db, follow_up_id, values, today)

    def removal_question(self, follow_up) -> str:
        return f"Ta bort uppföljningen från {follow_up.values.followed_up_on}?"


PAGES = (ProblemPage, CausePage, GoalPage, ActionPage, FollowUpPage)
