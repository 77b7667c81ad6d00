"""Kedja: the plan's chain as an outline (problem → cause → goal → action → follow-up) beside
the chosen link's form. Text is edited in place in the outline or in the form; every change is
saved as it is made, and a refused value is explained under the form."""
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QFrame, QHeaderView, QInputDialog, QScrollArea, QWidget,
)

from brastod.core.errors import FieldError
from brastod.core.plan_rules import ActionFields, FollowUpFields, GoalFields
from brastod.gui import state
from brastod.gui.widgets import combos
from brastod.gui.dialogs.confirm import ask
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.forms.ui_chain_pane import Ui_ChainPane
from brastod.gui.models.outline import Node, OutlineModel
from brastod.gui.plan_editor.forms import ActionForm, FollowUpForm, GoalForm
from brastod.gui.plan_editor.goal_chart import GoalChart
from brastod.gui.tasks import TaskRunner
from brastod.gui.widgets.autosave import PAUSE_MS

HINT = ("Kedjan visar hur planen hänger ihop: prioriterat problem → trolig orsak → mätbart mål → "
        "åtgärd med ansvarig partner → uppföljning.\n\nVälj en rad för att se och ändra den, "
        "eller dubbelklicka på texten för att skriva direkt i kedjan. Allt sparas medan du "
        "arbetar.")
STATE_KEY = "plan_chain"


@dataclass(frozen=True)
class Choices:
    """What the forms' lists offer: (id, name) pairs, contacts per partner id."""

    partners: list[tuple[int, str]]
    contacts: dict[int, list[tuple[int, str]]]
    areas: list[tuple[int, str]]
    categories: list[tuple[int, str]]
    indicators: list[tuple[int, str]]
    problems: list          # plan_chain.ProblemSuggestion from the plan's lägesbild


def fetch_chain(db, plan_id: int):
    """On the worker: the outline and the choices its forms offer."""
    from brastod.core.services import registers
    from brastod.core.services.key_figures import list_indicators
    from brastod.core.services.plan_chain import get_outline, problem_suggestions
    partners = registers.list_partners(db)
    choices = Choices([(p.id, p.name if p.active else f"{p.name} (inaktiv)") for p in partners],
                      {p.id: [(c.id, c.name) for c in registers.list_contacts(db, p.id)]
                       for p in partners},
                      [(a.id, a.name) for a in registers.list_areas(db)],
                      [(c.id, c.name) for c in registers.list_categories(db)],
                      [(i.id, f"{i.name} ({i.unit})") for i in list_indicators(db)],
                      problem_suggestions(db, plan_id))
    return get_outline(db, plan_id), choices


class ChainPane(QWidget):
    failed = Signal(str)
    changed = Signal()          # something in the plan was saved (the tracker shows it too)
    shown = Signal()            # the outline is (re)drawn

    def __init__(self, data, parent=None):
        super().__init__(parent)
        tasks, today, self._data = data.runner, data.today, data  # contract shim (tabs branch)
        self.failed.connect(data.runner.refused)  # contract shim (tabs branch)
        self.ui = ui = Ui_ChainPane()
        ui.setupUi(self)
        self.today = today
        self._tasks, self._db, self._plan_id = tasks, None, None
        self.outline, self.choices = None, None
        self._shown_key: tuple | None = None
        self._collapsed: set[tuple] = set()
        self.model = OutlineModel(self, today)
        self.model.rename_requested.connect(self._rename)
        ui.tree.setModel(self.model)
        header = ui.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 90), (3, 75), (4, 80)):
            ui.tree.setColumnWidth(column, width)
        ui.tree.collapsed.connect(lambda i: self._collapsed.add(self.model.node(i).key))
        ui.tree.expanded.connect(lambda i: self._collapsed.discard(self.model.node(i).key))
        ui.tree.selectionModel().currentChanged.connect(self._chosen)
        ui.hint.setText(HINT)
        self.goal_form, self.goal_chart = GoalForm(), GoalChart()
        self.action_form, self.follow_up_form = ActionForm(), FollowUpForm(today)
        for page, widgets in ((ui.goalPage, (self.goal_form, self.goal_chart)),
                              (ui.actionPage, (self.action_form,)),
                              (ui.followUpPage, (self.follow_up_form,))):
            for widget in widgets:
                page.layout().addWidget(widget)
        ui.actionPage.layout().addStretch()
        self.goal_form.edited.connect(self._save_goal)
        self.action_form.edited.connect(self._save_action)
        self.follow_up_form.edited.connect(self._save_follow_up)
        self._problem_typing = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._problem_typing.timeout.connect(self._save_problem)
        self._cause_typing = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._cause_typing.timeout.connect(self._save_cause)
        ui.problemTitle.textEdited.connect(self._problem_typing.start)
        ui.problemTitle.editingFinished.connect(self.flush)
        ui.problemDescription.textChanged.connect(self._problem_typed)
        ui.problemArea.currentIndexChanged.connect(self._problem_chosen)
        ui.problemCategory.currentIndexChanged.connect(self._problem_chosen)
        ui.causeDescription.textChanged.connect(self._cause_typed)
        ui.addProblem.clicked.connect(self.add_problem)
        ui.addCause.clicked.connect(self.add_cause)
        ui.addGoal.clicked.connect(self.add_goal)
        ui.addAction.clicked.connect(self.add_action)
        ui.followUp.clicked.connect(self.follow_up)
        for arrow in (ui.moveUp, ui.moveDown):
            arrow.setFixedWidth(36)
        ui.moveUp.clicked.connect(lambda: self.move(-1))
        ui.moveDown.clicked.connect(lambda: self.move(1))
        ui.remove.clicked.connect(self.remove)
        # The forms scroll rather than widen the window on a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(ui.detail)        # takes it out of the splitter
        ui.splitter.addWidget(scroll)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        if not state.restore_splitter(ui.splitter, STATE_KEY):
            ui.splitter.setSizes([720, 520])
        self._loading = False
        self._enable()

    # ---- showing ----
    def show_plan(self, plan_id: int, outline, choices: Choices) -> None:
        db = self._data._db  # contract shim (tabs branch)
        if plan_id != self._plan_id:
            self.flush()
            self._shown_key = None
            self._collapsed.clear()
        self._db, self._plan_id = db, plan_id
        self._show(outline, choices, self.current_key())

    def refresh(self, select: tuple | None = None) -> None:
        db, plan_id = self._db, self._plan_id
        select = select or self.current_key()
        self._tasks.run(lambda ctx: fetch_chain(db, plan_id),
                        on_done=lambda result: self._show(*result, select),
                        on_error=lambda e: self.failed.emit(str(e)))

    def _show(self, outline, choices: Choices, select: tuple | None) -> None:
        self.outline, self.choices = outline, choices
        self._loading = True
        self.model.set_outline(outline)
        self._expand(QModelIndex())
        self._loading = False
        index = self.model.find(select) if select else QModelIndex()
        if index.isValid():
            self.ui.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.tree.scrollTo(index)
        else:
            self._chosen(QModelIndex())
        self.shown.emit()

    def _expand(self, parent: QModelIndex) -> None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            node = self.model.node(index)
            if node.children and node.link not in ("action",) and node.key not in self._collapsed:
                self.ui.tree.expand(index)
            self._expand(index)

    def current_node(self) -> Node | None:
        index = self.ui.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def current_key(self) -> tuple | None:
        node = self.current_node()
        return node.key if node is not None else None

    def _chosen(self, current: QModelIndex, _previous=None) -> None:
        if self._loading:
            return
        node = self.model.node(current) if current.isValid() else None
        key = node.key if node is not None else None
        if key != self._shown_key:
            self.flush()
        self._enable()
        same = key == self._shown_key
        self._shown_key = key
        ui = self.ui
        if node is None or node.link is None:
            ui.detail.setCurrentWidget(ui.hintPage)
            return
        getattr(self, f"_show_{node.link}")(node.item, same)

    def _show_problem(self, problem, same: bool) -> None:
        ui = self.ui
        ui.detail.setCurrentWidget(ui.problemPage)
        ui.problemError.setText("")
        if same and ui.problemPage.isVisible() and self._typing_in(ui.problemPage):
            return
        self._loading = True
        ui.problemTitle.setText(problem.title)
        ui.problemTitle.setCursorPosition(0)
        combos.fill(ui.problemArea, [(None, "Hela kommunen")] + self.choices.areas)
        combos.fill(ui.problemCategory, [(None, "Alla kategorier")] + self.choices.categories)
        combos.choose(ui.problemArea, problem.area_id)
        combos.choose(ui.problemCategory, problem.category_id)
        if ui.problemDescription.toPlainText() != problem.description:
            ui.problemDescription.setPlainText(problem.description)
        self._loading = False
        source = (f"Ur {problem.source}." if problem.source else
                  "Inte kopplat till någon lägesbild.")
        ui.problemSource.setText(f"{source} {len(problem.causes)} orsaker.")

    def _show_cause(self, cause, same: bool) -> None:
        ui = self.ui
        ui.detail.setCurrentWidget(ui.causePage)
        ui.causeError.setText("")
        ui.causeNumber.setText(str(cause.number))
        actions = len([a for g in cause.goals for a in g.actions]) + len(cause.actions)
        ui.causeSummary.setText(
            f"{len(cause.goals)} mål och {actions} åtgärder är kopplade till orsaken."
            if cause.goals or actions else
            "Ingen åtgärd är kopplad till orsaken ännu. Lägg till ett mål och en åtgärd, "
            "så att orsaken inte blir stående utan insats.")
        if same and self._typing_in(ui.causePage):
            return
        self._loading = True
        if ui.causeDescription.toPlainText() != cause.description:
            ui.causeDescription.setPlainText(cause.description)
        self._loading = False

    def _show_goal(self, goal, same: bool) -> None:
        from brastod.core.services.key_figures import measurements
        ui = self.ui
        ui.detail.setCurrentWidget(ui.goalPage)
        if not (same and self._typing_in(ui.goalPage)):
            self.goal_form.set_choices(self._cause_choices(), self.choices.indicators)
            self.goal_form.set_values(goal.values)
        indicator, db = goal.values.indicator_id, self._db
        if indicator is None:
            self.goal_chart.show_goal(goal, [])
            return
        self._tasks.run(lambda ctx: measurements(db, indicator),
                        on_done=lambda points: self.goal_chart.show_goal(goal, points),
                        on_error=lambda e: self.failed.emit(str(e)))

    def _show_action(self, action, same: bool) -> None:
        ui = self.ui
        ui.detail.setCurrentWidget(ui.actionPage)
        if same and self._typing_in(ui.actionPage):
            return
        self.action_form.set_choices(self._cause_choices(), self._goal_choices(),
                                     self.choices.partners, self.choices.contacts)
        self.action_form.set_values(action.values)

    def _show_follow_up(self, follow_up, same: bool) -> None:
        ui = self.ui
        ui.detail.setCurrentWidget(ui.followUpPage)
        if not (same and self._typing_in(ui.followUpPage)):
            self.follow_up_form.set_values(follow_up.values)

    def _typing_in(self, page: QWidget) -> bool:
        """The user is in one of the page's fields: a refill would move their cursor."""
        focus = self.focusWidget()
        return focus is not None and page.isAncestorOf(focus)

    def _cause_choices(self) -> list[tuple[int, str]]:
        return [(c.id, f"{c.number}. {c.description}") for c in self.outline.causes()]

    def _goal_choices(self) -> list[tuple[int, str, int | None]]:
        return [(g.id, g.values.description, g.values.cause_id) for g in self.outline.all_goals()]

    def _context(self, link: str) -> Node | None:
        """The chosen link, or the nearest one above it, of the kind ``link``."""
        node = self.current_node()
        while node is not None and node.link != link:
            node = node.parent
        return node

    def _enable(self) -> None:
        ui, node = self.ui, self.current_node()
        has_plan = self._plan_id is not None
        link = node.link if node is not None else None
        for button in (ui.addProblem, ui.addGoal, ui.addAction):
            button.setEnabled(has_plan)
        ui.addCause.setEnabled(self._context("problem") is not None)
        ui.followUp.setEnabled(self._context("action") is not None)
        movable = link in ("problem", "cause", "goal", "action")
        ui.moveUp.setEnabled(movable)
        ui.moveDown.setEnabled(movable)
        ui.remove.setEnabled(link is not None)

    # ---- saving ----
    def flush(self) -> None:
        """Save whatever is waiting for the typing to stop."""
        for form in (self.goal_form, self.action_form, self.follow_up_form):
            form.flush()
        for timer in (self._problem_typing, self._cause_typing):
            if timer.isActive():
                timer.stop()
                timer.timeout.emit()

    def _run(self, work, select: tuple | None = None, message_field=None) -> None:
        """Save on the worker, then redraw the outline; a refusal is shown on the form."""
        def failed(error: BaseException) -> None:
            if isinstance(error, FieldError) and message_field is not None:
                message_field(error)
            else:
                self.failed.emit(str(error))
            self.refresh()
        self._tasks.run(lambda ctx: work(), on_done=lambda result: self._saved(
            select(result) if callable(select) else select), on_error=failed)

    def _saved(self, select) -> None:
        self.changed.emit()
        self.refresh(select)

    def _problem_typed(self) -> None:
        if not self._loading:
            self._problem_typing.start()

    def _problem_chosen(self) -> None:
        if not self._loading:
            self._save_problem()

    def _save_problem(self) -> None:
        from brastod.core.services.plan_chain import update_problem
        node, ui, db = self._context("problem"), self.ui, self._db
        if node is None or self._shown_key != node.key:
            return
        title, text = ui.problemTitle.text(), ui.problemDescription.toPlainText()
        area, category = combos.chosen(ui.problemArea), combos.chosen(ui.problemCategory)
        self._run(lambda: update_problem(db, node.id, title=title, description=text,
                                         area_id=area, category_id=category),
                  message_field=lambda e: ui.problemError.setText(str(e)))

    def _cause_typed(self) -> None:
        if not self._loading:
            self._cause_typing.start()

    def _save_cause(self) -> None:
        from brastod.core.services.plan_chain import update_cause
        node, ui, db = self._context("cause"), self.ui, self._db
        if node is None or self._shown_key != node.key:
            return
        text = ui.causeDescription.toPlainText()
        self._run(lambda: update_cause(db, node.id, text),
                  message_field=lambda e: ui.causeError.setText(str(e)))

    def _save_form(self, link: str, form, update) -> None:
        node = self.current_node()
        if node is None or node.link != link:
            return
        try:
            values = form.values()
            values.validate(self.today) if link == "follow_up" else values.validate()
        except FieldError as error:
            form.show_error(error)
            return
        form.clear_error()
        db = self._db
        self._run(lambda: update(db, node.id, values), message_field=form.show_error)

    def _save_goal(self) -> None:
        from brastod.core.services.plan_chain import update_goal
        self._save_form("goal", self.goal_form, update_goal)

    def _save_action(self) -> None:
        from brastod.core.services.plan_chain import update_action
        self._save_form("action", self.action_form, update_action)

    def _save_follow_up(self) -> None:
        from brastod.core.services.plan_chain import update_follow_up
        today = self.today
        self._save_form("follow_up", self.follow_up_form,
                        lambda db, item_id, values: update_follow_up(db, item_id, values, today))

    def _rename(self, link: str, item_id: int, text: str) -> None:
        from brastod.core.services.plan_chain import Link, rename
        db = self._db
        self._shown_key = None       # the form shows the new text once it is saved
        self._run(lambda: rename(db, Link(link), item_id, text), select=(link, item_id))

    # ---- adding, moving, removing ----
    def add_problem(self) -> None:
        from brastod.core.services.plan_chain import add_problem
        suggested = {s.title: s.area_id for s in self.choices.problems}
        question = ("Prioriterat problem. Förslagen är områdena som planens lägesbild bedömt som "
                    "oroligast; välj ett eller skriv ett eget:" if suggested else
                    "Prioriterat problem, till exempel ”Samlingar och nedskräpning i centrum "
                    "kvällstid”:")
        title, ok = QInputDialog.getItem(self, "Nytt problem", question, list(suggested), 0,
                                         True)
        if not ok:
            return
        db, plan_id, area = self._db, self._plan_id, suggested.get(title)
        self._run(lambda: add_problem(db, plan_id, title, area_id=area),
                  select=lambda new_id: ("problem", new_id))

    def add_cause(self) -> None:
        from brastod.core.services.plan_chain import add_cause
        problem = self._context("problem")
        if problem is None:
            return
        text, ok = QInputDialog.getText(self, "Ny orsak", f"Trolig orsak till ”"
                                        f"{problem.item.title}”:")
        if not ok:
            return
        db = self._db
        self._run(lambda: add_cause(db, problem.id, text), select=lambda new_id: ("cause", new_id))

    def add_goal(self) -> None:
        from brastod.core.services.plan_chain import add_goal
        form = GoalForm()
        form.set_choices(self._cause_choices(), self.choices.indicators)
        cause = self._context("cause")
        form.set_values(GoalFields("", None, None, cause.id if cause else None))
        self._add("Nytt mål", "Ett mål ska vara mätbart och tidsbestämt: ett målvärde och ett "
                  "datum då det ska vara nått.", form, add_goal, "goal")

    def add_action(self) -> None:
        from brastod.core.services.plan_chain import add_action
        form = ActionForm()
        form.set_choices(self._cause_choices(), self._goal_choices(), self.choices.partners,
                         self.choices.contacts)
        cause, goal = self._context("cause"), self._context("goal")
        form.set_values(ActionFields("", None, cause_id=cause.id if cause else None,
                                     goal_id=goal.id if goal else None, start_on=self.today))
        self._add("Ny åtgärd", "Vad ska göras, av vem och när? Koppla åtgärden till en orsak "
                  "och ett mål, så syns kedjan.", form, add_action, "action")

    def _add(self, title: str, intro: str, form, add, link: str) -> None:
        """The form in a dialog; once its values pass, ``add(db, plan_id, values)`` on the
        worker and the new link chosen in the outline."""
        dialog = FormDialog(title, intro, form, lambda values: values.validate(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, plan_id, values = self._db, self._plan_id, dialog.result_values
        self._run(lambda: add(db, plan_id, values), select=lambda new_id: (link, new_id))

    def follow_up(self) -> None:
        action = self._context("action")
        if action is not None:
            ask_follow_up(self, self._tasks, self._db, action.id, action.item.values.title,
                          action.item.values.rag, self.today,
                          on_done=lambda new_id: self._saved(("follow_up", new_id)))

    def move(self, step: int) -> None:
        from brastod.core.services.plan_chain import Link, move
        node = self.current_node()
        if node is None or node.link not in ("problem", "cause", "goal", "action"):
            return
        db = self._db
        self._run(lambda: move(db, Link(node.link), node.id, step), select=node.key)

    def remove(self) -> None:
        from brastod.core.services.plan_chain import Link, remove
        node = self.current_node()
        if node is None or node.link is None:
            return
        if not ask(self, _removal_question(node)):
            return
        db, parent = self._db, node.parent
        self.flush()
        self._run(lambda: remove(db, Link(node.link), node.id),
                  select=parent.key if parent is not None and parent.link else None)

    def save_state(self) -> None:
        self.flush()
        state.save_splitter(self.ui.splitter, STATE_KEY)


def _removal_question(node: Node) -> str:
    item = node.item
    if node.link == "problem":
        return (f"Ta bort problemet ”{item.title}” och dess {len(item.causes)} orsaker? Mål och "
                "åtgärder som hör till orsakerna blir kvar i planen, utan koppling till orsak.")
    if node.link == "cause":
        return (f"Ta bort orsak {item.number}? Dess mål och åtgärder blir kvar i planen, utan "
                "koppling till orsak.")
    if node.link == "goal":
        return ("Ta bort målet? Åtgärderna som hör till det blir kvar under sin orsak, utan "
                "mål.")
    if node.link == "action":
        return (f"Ta bort åtgärden ”{item.values.title}” och dess {len(item.follow_ups)} "
                "uppföljningar?")
    return f"Ta bort uppföljningen från {item.values.followed_up_on}?"


def ask_follow_up(parent: QWidget, tasks: TaskRunner, db, action_id: int, title: str,
                  rag: str | None, today: date, on_done) -> None:
    """The follow-up dialog (today's date and the action's colour are filled in), then the
    follow-up saved on the worker; the outline and the tracker both use it."""
    from brastod.core.services.plan_chain import add_follow_up
    form = FollowUpForm(today)
    form.set_values(FollowUpFields(today, rag, ""))
    form.ui.note.setFocus()
    dialog = FormDialog(f"Följ upp: {title}", "Har insatsen levererats? Grön: enligt plan. "
                        "Gul: försenad eller delvis. Röd: inte genomförd.", form,
                        lambda values: values.validate(today), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    values = dialog.result_values
    tasks.run(lambda ctx: add_follow_up(db, action_id, values, today), on_done=on_done,
              on_error=lambda e: parent.failed.emit(str(e)))
