"""Kedja: the plan's chain as an outline (problem → cause → goal → action → follow-up) beside
the chosen link's page (chain_pages). Text is edited in place in the outline or on the page;
every change is saved as it is made, and a refused value is explained on the page."""
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QHeaderView, QInputDialog, QScrollArea, QWidget,
)

from brastod.core.plan_rules import ActionFields, FollowUpFields, GoalFields, Link
from brastod.gui import state
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.conflict import Choice
from brastod.gui.field_errors import at_field_or_window
from brastod.gui.forms.ui_chain_pane import Ui_ChainPane
from brastod.gui.models.outline import Node, OutlineModel
from brastod.gui.plan_editor.chain_pages import PAGES, LinkPage, Work
from brastod.gui.plan_editor.forms import ActionForm, GoalForm, ProgressForm
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.versioned_saves import VersionedSaves

HINT = ("Kedjan visar hur planen hänger ihop: prioriterat problem → trolig orsak → mätbart mål → "
        "åtgärd med ansvarig partner → uppföljning.\n\nVälj en rad för att se och ändra den, "
        "eller dubbelklicka på texten för att skriva direkt i kedjan. Allt sparas medan du "
        "arbetar.")
STATE_KEY = "plan_chain"
MOVABLE = (Link.PROBLEM, Link.CAUSE, Link.GOAL, Link.ACTION)


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
    changed = Signal()          # something in the plan was saved (the tracker shows it too)
    shown = Signal()            # the outline is (re)drawn

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_ChainPane()
        ui.setupUi(self)
        self.data, self._plan_id = data, None
        self.outline, self.choices = None, None
        self._shown_key: tuple | None = None
        self._rename_saves: dict[Link, VersionedSaves] = {}
        self._collapsed: set[tuple] = set()
        self.model = OutlineModel(data.today, self)
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
        self.pages: dict[Link, LinkPage] = {page.link: page(self) for page in PAGES}
        goal = self.pages[Link.GOAL]
        self.goal_form, self.goal_chart = goal.form, goal.chart
        self.action_form = self.pages[Link.ACTION].form
        self.follow_up_form = self.pages[Link.FOLLOW_UP].form
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
        self.read_only = False
        self._edit_triggers = ui.tree.editTriggers()
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        """For a läsare: the chain can be browsed, not changed (no buttons, no editing)."""
        self.read_only = read_only
        self.ui.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                     else self._edit_triggers)
        self.ui.detail.setEnabled(not read_only)
        self._enable()

    # ---- showing ----
    def show_plan(self, plan_id: int, outline, choices: Choices) -> None:
        if plan_id != self._plan_id:
            self.flush()
            self._shown_key = None
            self._collapsed.clear()
        self._plan_id = plan_id
        self._show(outline, choices, self.current_key())

    def refresh(self, select: tuple | None = None) -> None:
        plan_id = self._plan_id
        select = select or self.current_key()
        self.data.call(fetch_chain, plan_id, on_done=lambda result: self._show(
            *result, select) if plan_id == self._plan_id else None)

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
            if node.children and node.link != Link.ACTION and node.key not in self._collapsed:
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
        if node is None or node.link is None:
            self.ui.detail.setCurrentWidget(self.ui.hintPage)
            return
        page = self.pages[node.link]
        self.ui.detail.setCurrentWidget(page.widget)
        page.show(node, same)

    def cause_choices(self) -> list[tuple[int, str]]:
        return [(c.id, f"{c.number}. {c.description}") for c in self.outline.causes()]

    def goal_choices(self) -> list[tuple[int, str, int | None]]:
        return [(g.id, g.values.description, g.values.cause_id) for g in self.outline.all_goals()]

    def _context(self, link: Link) -> Node | None:
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
        ui.addCause.setEnabled(self._context(Link.PROBLEM) is not None)
        ui.followUp.setEnabled(self._context(Link.ACTION) is not None)
        ui.moveUp.setEnabled(link in MOVABLE)
        ui.moveDown.setEnabled(link in MOVABLE)
        ui.remove.setEnabled(link is not None)
        if self.read_only:
            for button in (ui.addProblem, ui.addCause, ui.addGoal, ui.addAction, ui.followUp,
                           ui.moveUp, ui.moveDown, ui.remove):
                button.setEnabled(False)

    # ---- saving ----
    def flush(self) -> None:
        """Save whatever is waiting for the typing to stop."""
        for page in self.pages.values():
            page.flush()

    def save(self, work: Work, select=None, on_refused=None) -> None:
        """``work(db)`` on the worker, then the outline redrawn with ``select`` (a key, or a
        function of the result) chosen. A refused value is shown by ``on_refused`` (the
        page), else by the window."""
        tell = at_field_or_window(self.data, on_refused or self.data.runner.refuse)

        def refused(error) -> None:
            tell(error)
            self.refresh()
        self.data.run(lambda db, ctx: work(db), on_done=lambda result: self._saved(
            select(result) if callable(select) else select), on_error=refused,
                      changes=Topic.PLANS, origin=self)

    def _saved(self, select) -> None:
        self.changed.emit()
        self.refresh(select)

    def _rename(self, link: Link, item_id: int, text: str) -> None:
        """Saved naming the version shown: someone else's newer text opens the conflict
        dialog, as on the pages."""
        from brastod.core.services.plan_chain import rename
        saves, node = self._renames(link), self.current_node()
        if node is not None and node.key == (link, item_id):
            saves.seen(item_id, node.item.stamp)
        self._shown_key = None       # the page shows the new text once it is saved
        saves.send(item_id, text, lambda db, version: rename(db, link, item_id, text,
                                                             version=version))

    def _renames(self, link: Link) -> VersionedSaves:
        """The in-place edits of one kind of link (ids are per kind)."""
        if link not in self._rename_saves:
            saves = VersionedSaves(self, self.data, Topic.PLANS, None,
                                   on_error=self._rename_refused)
            saves.saved.connect(lambda item_id, _stamp: self._saved((link, item_id)))
            saves.answered.connect(lambda item_id, choice, text, _theirs: self._renamed(
                link, item_id, choice, text))
            self._rename_saves[link] = saves
        return self._rename_saves[link]

    def _rename_refused(self, error) -> None:
        self.data.runner.refuse(error)
        self.refresh()

    def _renamed(self, link: Link, item_id: int, choice: Choice, text: str) -> None:
        if choice is Choice.THEIRS:
            self.refresh((link, item_id))
        else:
            self._rename(link, item_id, text)

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
        plan_id, area = self._plan_id, suggested.get(title)
        self.save(lambda db: add_problem(db, plan_id, title, area_id=area),
                  select=lambda new_id: (Link.PROBLEM, new_id))

    def add_cause(self) -> None:
        from brastod.core.services.plan_chain import add_cause
        problem = self._context(Link.PROBLEM)
        if problem is None:
            return
        text, ok = QInputDialog.getText(self, "Ny orsak", f"Trolig orsak till ”"
                                        f"{problem.item.title}”:")
        if ok:
            self.save(lambda db: add_cause(db, problem.id, text),
                      select=lambda new_id: (Link.CAUSE, new_id))

    def add_goal(self) -> None:
        from brastod.core.services.plan_chain import add_goal
        form = GoalForm()
        form.set_choices(self.cause_choices(), self.choices.indicators)
        cause = self._context(Link.CAUSE)
        form.set_values(GoalFields("", None, None, cause.id if cause else None))
        self._add("Nytt mål", "Ett mål ska vara mätbart och tidsbestämt: ett målvärde och ett "
                  "datum då det ska vara nått.", form, add_goal, Link.GOAL)

    def add_action(self) -> None:
        from brastod.core.services.plan_chain import add_action
        form = ActionForm()
        form.set_choices(self.cause_choices(), self.goal_choices(), self.choices.partners,
                         self.choices.contacts)
        cause, goal = self._context(Link.CAUSE), self._context(Link.GOAL)
        form.set_values(ActionFields("", None, cause_id=cause.id if cause else None,
                                     goal_id=goal.id if goal else None,
                                     start_on=self.data.today))
        self._add("Ny åtgärd", "Vad ska göras, av vem och när? Koppla åtgärden till en orsak "
                  "och ett mål, så syns kedjan.", form, add_action, Link.ACTION)

    def _add(self, title: str, intro: str, form, add, link: Link) -> None:
        """The form in a dialog; once its values pass, ``add(db, plan_id, values)`` on the
        worker and the new link chosen in the outline."""
        dialog = FormDialog(title, intro, form, lambda values: values.validate(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan_id, values = self._plan_id, dialog.result_values
        self.save(lambda db: add(db, plan_id, values), select=lambda new_id: (link, new_id))

    def follow_up(self) -> None:
        action = self._context(Link.ACTION)
        if action is not None:
            ask_follow_up(self, self.data, action.id, action.item.values,
                          on_done=lambda new_id: self._saved((Link.FOLLOW_UP, new_id)))

    def move(self, step: int) -> None:
        from brastod.core.services.plan_chain import move
        node = self.current_node()
        if node is None or node.link not in MOVABLE:
            return
        self.save(lambda db: move(db, node.link, node.id, step), select=node.key)

    def remove(self) -> None:
        from brastod.core.services.plan_chain import remove
        node = self.current_node()
        if node is None or node.link is None:
            return
        if not ask(self, self.pages[node.link].removal_question(node.item)):
            return
        parent, saves = node.parent, self.pages[node.link].saves
        self.flush()
        self.save(lambda db: remove(db, node.link, node.id, saves.version(node.id)),
                  select=parent.key if parent is not None and parent.link else None)

    def save_state(self) -> None:
        self.flush()
        state.save_splitter(self.ui.splitter, STATE_KEY)


def ask_follow_up(parent: QWidget, data: Data, action_id: int, action, on_done) -> None:
    """The follow-up dialog for an action (``action``: its ActionRow or ActionFields, which
    both have title, rag, status and due_on): today's date and the action's colour, status and
    due date are filled in, and what is chosen is saved on the worker, follow-up and action
    together. The outline and the tracker both use it."""
    from brastod.core.services.plan_chain import follow_up_action
    today = data.today
    form = ProgressForm(today)
    form.set_values(FollowUpFields(today, action.rag, ""), action.status, action.due_on)
    form.follow_up.ui.note.setFocus()
    dialog = FormDialog(f"Följ upp: {action.title}", "Har insatsen levererats? Grön: enligt "
                        "plan. Gul: försenad eller delvis. Röd: inte genomförd. Är den klar, "
                        "eller flyttas den, ändra status eller Klart senast här.", form,
                        lambda values: values.validate(today), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    data.call(follow_up_action, action_id, dialog.result_values, today, on_done=on_done,
              changes=Topic.PLANS, origin=parent)
