"""The chain inside a plan, as Brå's template has it: prioritised problem → causes (numbered
through the whole plan) → goals → actions → follow-ups, read as one outline and edited one link
at a time.

An action hangs under its goal, and takes the goal's cause; an action without a goal hangs under
its cause. Goals and actions that have lost their cause (it was removed) stay in the plan, at its
top level, so nothing is lost with a cause."""
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

from sqlmodel import Session, select

from brastod.core.db import Database
from brastod.core.errors import FieldError, ValidationError
from brastod.core.models import (
    Action, ActionPlan, Area, AreaAssessment, AssessmentLevel, Category, Cause, Contact, FollowUp,
    Goal, Indicator, Partner, PriorityProblem, SituationReport,
)
from brastod.core.plan_rules import (
    ActionFields, FollowUpFields, GoalFields, Link, ProgressFields, require_text,
)
from brastod.core.services.ordering import renumber
from brastod.core.versions import Stamp, save as save_versioned, to_remove, who


@dataclass(frozen=True)
class FollowUpNode:
    id: int
    action_id: int
    values: FollowUpFields
    stamp: Stamp | None = None          # the version shown, who changed it last and when


@dataclass(frozen=True)
class ActionNode:
    id: int
    values: ActionFields
    partner: str | None
    contact: str | None
    follow_ups: list[FollowUpNode]      # newest first
    stamp: Stamp | None = None


@dataclass(frozen=True)
class GoalNode:
    id: int
    values: GoalFields
    indicator: str | None
    unit: str | None
    actions: list[ActionNode]
    stamp: Stamp | None = None


@dataclass(frozen=True)
class CauseNode:
    id: int
    problem_id: int
    number: int
    description: str
    goals: list[GoalNode]
    actions: list[ActionNode]           # the cause's actions without a goal
    stamp: Stamp | None = None


@dataclass(frozen=True)
class ProblemNode:
    id: int
    title: str
    description: str
    area_id: int | None
    area: str | None
    category_id: int | None
    category: str | None
    source: str | None                  # the lägesbild it was taken from
    causes: list[CauseNode]
    stamp: Stamp | None = None


@dataclass(frozen=True)
class Outline:
    plan_id: int
    problems: list[ProblemNode]
    goals: list[GoalNode]               # goals without a cause
    actions: list[ActionNode]           # actions without a cause or a goal

    def causes(self) -> list[CauseNode]:
        return [cause for problem in self.problems for cause in problem.causes]

    def all_goals(self) -> list[GoalNode]:
        return [goal for cause in self.causes() for goal in cause.goals] + self.goals

    def all_actions(self) -> list[ActionNode]:
        """Every action in the plan, in the outline's order."""
        result = []
        for cause in self.causes():
            for goal in cause.goals:
                result += goal.actions
            result += cause.actions
        for goal in self.goals:
            result += goal.actions
        return result + self.actions

    def cause_of(self, action: ActionNode) -> CauseNode | None:
        return next((c for c in self.causes() if c.id == action.values.cause_id), None)

    def goal_of(self, action: ActionNode) -> GoalNode | None:
        return next((g for g in self.all_goals() if g.id == action.values.goal_id), None)


def get_outline(db: Database, plan_id: int) -> Outline:
    with db.session() as session:
        _plan(session, plan_id)
        follow_ups: dict[int, list[FollowUpNode]] = {}
        for f in session.exec(select(FollowUp).join(Action, Action.id == FollowUp.action_id)
                              .where(Action.plan_id == plan_id)
                              .order_by(FollowUp.followed_up_on.desc(), FollowUp.id.desc())):
            follow_ups.setdefault(f.action_id, []).append(
                FollowUpNode(f.id, f.action_id, FollowUpFields(f.followed_up_on, f.rag, f.note),
                             Stamp.of(f)))
        actions = [ActionNode(a.id, _values(ActionFields, a), partner, contact,
                              follow_ups.get(a.id, []), Stamp.of(a))
                   for a, partner, contact in session.exec(
                       select(Action, Partner.name, Contact.name)
                       .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
                       .outerjoin(Contact, Contact.id == Action.contact_id)
                       .where(Action.plan_id == plan_id)
                       .order_by(Action.position, Action.id))]
        goal_rows = session.exec(select(Goal, Indicator.name, Indicator.unit)
                                 .outerjoin(Indicator, Indicator.id == Goal.indicator_id)
                                 .where(Goal.plan_id == plan_id)
                                 .order_by(Goal.position, Goal.id)).all()
        goal_ids = {goal.id for goal, *_ in goal_rows}
        goals = [GoalNode(g.id, _values(GoalFields, g), indicator, unit,
                          [a for a in actions if a.values.goal_id == g.id], Stamp.of(g))
                 for g, indicator, unit in goal_rows]
        ungoaled = [a for a in actions if a.values.goal_id not in goal_ids]
        problems, cause_ids = [], set()
        for p, area, category, source in session.exec(
                select(PriorityProblem, Area.name, Category.name, SituationReport.title)
                .outerjoin(Area, Area.id == PriorityProblem.area_id)
                .outerjoin(Category, Category.id == PriorityProblem.category_id)
                .outerjoin(SituationReport,
                           SituationReport.id == PriorityProblem.situation_report_id)
                .where(PriorityProblem.action_plan_id == plan_id)
                .order_by(PriorityProblem.position, PriorityProblem.id)):
            causes = []
            for c in session.exec(select(Cause).where(Cause.problem_id == p.id)
                                  .order_by(Cause.number)):
                cause_ids.add(c.id)
                causes.append(CauseNode(c.id, p.id, c.number, c.description,
                                        [g for g in goals if g.values.cause_id == c.id],
                                        [a for a in ungoaled if a.values.cause_id == c.id],
                                        Stamp.of(c)))
            problems.append(ProblemNode(p.id, p.title, p.description, p.area_id, area,
                                        p.category_id, category, source, causes,
                                        Stamp.of(p)))
        return Outline(plan_id, problems,
                       [g for g in goals if g.values.cause_id not in cause_ids],
                       [a for a in ungoaled if a.values.cause_id not in cause_ids])


def versions_shown(outline: Outline) -> dict[Link, dict[int, int]]:
    """Every link ``outline`` shows, by kind: its id → the version shown."""
    shown: dict[Link, dict[int, int]] = {link: {} for link in _MODELS}
    actions = outline.all_actions()
    for link, nodes in ((Link.PROBLEM, outline.problems), (Link.CAUSE, outline.causes()),
                        (Link.GOAL, outline.all_goals()), (Link.ACTION, actions),
                        (Link.FOLLOW_UP, [f for a in actions for f in a.follow_ups])):
        shown[link].update((node.id, node.stamp.version) for node in nodes)
    return shown


def refuse_unseen_changes(session: Session, plan_id: int, shown: dict[Link, dict[int, int]]
                          ) -> None:
    """Before the whole plan goes: a link someone else added or changed since the user saw
    ``shown`` (``versions_shown``) keeps the plan, with who and when said; one they removed
    is no loss, nor is the user's own change (their outline may not have been drawn again)."""
    of_plan = {
        Link.PROBLEM: lambda q: q.where(PriorityProblem.action_plan_id == plan_id),
        Link.CAUSE: lambda q: q.join(PriorityProblem, PriorityProblem.id == Cause.problem_id)
        .where(PriorityProblem.action_plan_id == plan_id),
        Link.GOAL: lambda q: q.where(Goal.plan_id == plan_id),
        Link.ACTION: lambda q: q.where(Action.plan_id == plan_id),
        Link.FOLLOW_UP: lambda q: q.join(Action, Action.id == FollowUp.action_id)
        .where(Action.plan_id == plan_id)}
    me = who(session.connection())
    for link, model in _MODELS.items():
        for row_id, now, by in session.exec(of_plan[link](
                select(model.id, model.version, model.changed_by))):
            seen = shown.get(link, {}).get(row_id, 0)     # 0: no row has it (added since)
            if seen != now and by != me:
                to_remove(session, model, row_id, seen, "planens kedja", _gone(link))


def _values(kind: type, row) -> object:
    return kind(**{f.name: getattr(row, f.name) for f in fields(kind)})


def _plan(session: Session, plan_id: int) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        raise ValidationError(f"Plan {plan_id} finns inte.")
    return plan


_GONE = {Link.PROBLEM: "Problemet", Link.CAUSE: "Orsaken", Link.GOAL: "Målet",
         Link.ACTION: "Åtgärden", Link.FOLLOW_UP: "Uppföljningen"}
_MODELS = {Link.PROBLEM: PriorityProblem, Link.CAUSE: Cause, Link.GOAL: Goal,
           Link.ACTION: Action, Link.FOLLOW_UP: FollowUp}


def _get(session: Session, link: Link, item_id: int):
    item = session.get(_MODELS[link], item_id)
    if item is None:
        raise ValidationError(_gone(link))
    return item


def _plan_of(session: Session, link: Link, item) -> int:
    if link is Link.PROBLEM:
        return item.action_plan_id
    if link is Link.CAUSE:
        return session.get(PriorityProblem, item.problem_id).action_plan_id
    if link is Link.FOLLOW_UP:
        return session.get(Action, item.action_id).plan_id
    return item.plan_id


_WHAT = {Link.PROBLEM: "det här problemet", Link.CAUSE: "den här orsaken",
         Link.GOAL: "det här målet", Link.ACTION: "den här åtgärden",
         Link.FOLLOW_UP: "den här uppföljningen"}


def _save(session: Session, link: Link, item_id: int, version: int | None, base=None,
          **values) -> Stamp:
    """``base``: the form's fields as it loaded them, merged field by field with a newer
    version (core.versions.save)."""
    return save_versioned(session, _MODELS[link], item_id, values, version, _WHAT[link],
                          _gone(link), _clean(base) if base is not None else None)


def _gone(link: Link) -> str:
    return f"{_GONE[link]} finns inte längre; någon har tagit bort det."


def _next_position(session: Session, model, *where) -> int:
    positions = session.exec(select(model.position).where(*where)).all()
    return max(positions, default=0) + 1


# ---- problems and causes ----

@dataclass(frozen=True)
class ProblemSuggestion:
    title: str
    area_id: int


def problem_suggestions(db: Database, plan_id: int) -> list[ProblemSuggestion]:
    """The areas the plan's lägesbild assessed above its calmest level, worst first, as
    prioritised problems to choose from (areas the plan already has a problem for left out)."""
    with db.session() as session:
        plan = _plan(session, plan_id)
        if plan.situation_report_id is None:
            return []
        taken = set(session.exec(select(PriorityProblem.area_id)
                                 .where(PriorityProblem.action_plan_id == plan_id)))
        lowest = session.exec(select(AssessmentLevel.level)
                              .order_by(AssessmentLevel.level)).first()
        rows = session.exec(
            select(Area.id, Area.name, AssessmentLevel.level, AssessmentLevel.name,
                   AreaAssessment.motivation)
            .join(Area, Area.id == AreaAssessment.area_id)
            .join(AssessmentLevel, AssessmentLevel.id == AreaAssessment.level_id)
            .where(AreaAssessment.report_id == plan.situation_report_id,
                   AssessmentLevel.level > lowest)
            .order_by(AssessmentLevel.level.desc(), Area.name)).all()
    return [ProblemSuggestion(f"{area}: {motivation.strip() or level_name}".rstrip("."),
                              area_id)
            for area_id, area, _, level_name, motivation in rows if area_id not in taken]


def add_problem(db: Database, plan_id: int, title: str, *, description: str = "",
                area_id: int | None = None, category_id: int | None = None) -> int:
    require_text(Link.PROBLEM, title)
    with db.session() as session:
        plan = _plan(session, plan_id)
        problem = PriorityProblem(
            action_plan_id=plan_id, situation_report_id=plan.situation_report_id,
            position=_next_position(session, PriorityProblem,
                                    PriorityProblem.action_plan_id == plan_id),
            title=title.strip(), description=description.strip(), area_id=area_id,
            category_id=category_id)
        session.add(problem)
        session.flush()
        return problem.id


def update_problem(db: Database, problem_id: int, *, title: str, description: str,
                   area_id: int | None, category_id: int | None,
                   version: int | None = None) -> Stamp:
    """With the ``version`` the editor shows, someone else's newer save of the problem raises
    ``versions.Conflict`` (so do the other updates of a link below)."""
    require_text(Link.PROBLEM, title)
    with db.session() as session:
        return _save(session, Link.PROBLEM, problem_id, version, title=title.strip(),
                     description=description.strip(), area_id=area_id,
                     category_id=category_id)


def add_cause(db: Database, problem_id: int, description: str) -> int:
    require_text(Link.CAUSE, description)
    with db.session() as session:
        problem = _get(session, Link.PROBLEM, problem_id)
        numbers = session.exec(select(Cause.number).where(Cause.problem_id == problem_id)).all()
        cause = Cause(problem_id=problem_id, number=max(numbers, default=0) + 1,
                      description=description.strip())
        session.add(cause)
        session.flush()
        _renumber_causes(session, problem.action_plan_id)
        return cause.id


def update_cause(db: Database, cause_id: int, description: str,
                 version: int | None = None) -> Stamp:
    require_text(Link.CAUSE, description)
    with db.session() as session:
        return _save(session, Link.CAUSE, cause_id, version, description=description.strip())


def _plan_causes(session: Session, plan_id: int) -> list[Cause]:
    return list(session.exec(
        select(Cause).join(PriorityProblem, PriorityProblem.id == Cause.problem_id)
        .where(PriorityProblem.action_plan_id == plan_id)
        .order_by(PriorityProblem.position, PriorityProblem.id, Cause.number)))


def _renumber_causes(session: Session, plan_id: int, causes: list[Cause] | None = None) -> None:
    """Number the plan's causes 1, 2, 3 … in outline order (through the plan, as in Brå's
    template)."""
    causes = _plan_causes(session, plan_id) if causes is None else causes
    renumber(session, Cause, causes, "number")


# ---- goals, actions and follow-ups ----

def _check_cause(session: Session, plan_id: int, cause_id: int | None) -> None:
    if cause_id is not None and cause_id not in {c.id for c in _plan_causes(session, plan_id)}:
        raise FieldError("cause_id", "Orsaken hör inte till den här planen.")


def add_goal(db: Database, plan_id: int, values: GoalFields) -> int:
    values.validate()
    with db.session() as session:
        _plan(session, plan_id)
        _check_cause(session, plan_id, values.cause_id)
        goal = Goal(plan_id=plan_id, **_clean(values),
                    position=_next_position(session, Goal, Goal.plan_id == plan_id))
        session.add(goal)
        session.flush()
        return goal.id


def update_goal(db: Database, goal_id: int, values: GoalFields,
                version: int | None = None, base: GoalFields | None = None) -> Stamp:
    values.validate()
    with db.session() as session:
        goal = _get(session, Link.GOAL, goal_id)
        _check_cause(session, goal.plan_id, values.cause_id)
        cause_changed = goal.cause_id != values.cause_id
        stamp = _save(session, Link.GOAL, goal_id, version, base, **_clean(values))
        if cause_changed:     # the goal's actions follow it to its new cause
            for action in session.exec(select(Action).where(Action.goal_id == goal_id)):
                action.cause_id = values.cause_id
                session.add(action)
        return stamp


def _clean(values) -> dict:
    result = asdict(values)
    for name, value in result.items():
        if isinstance(value, str):
            result[name] = value.strip()
    return result


def _action_values(session: Session, plan_id: int, values: ActionFields) -> dict:
    """The values to store: the goal decides the cause; goal, cause and contact must fit."""
    result = _clean(values)
    if values.goal_id is not None:
        goal = session.get(Goal, values.goal_id)
        if goal is None or goal.plan_id != plan_id:
            raise FieldError("goal_id", "Målet hör inte till den här planen.")
        result["cause_id"] = goal.cause_id
    _check_cause(session, plan_id, result["cause_id"])
    if session.get(Partner, values.responsible_partner_id) is None:
        raise FieldError("responsible_partner_id", "Den ansvariga partnern finns inte längre.")
    if values.contact_id is not None:
        contact = session.get(Contact, values.contact_id)
        if contact is None or contact.partner_id != values.responsible_partner_id:
            raise FieldError("contact_id", "Kontaktpersonen hör inte till den ansvariga "
                                           "partnern. Välj en kontakt hos partnern.")
    return result


def add_action(db: Database, plan_id: int, values: ActionFields) -> int:
    with db.session() as session:
        return create_action(session, plan_id, values).id


def create_action(session: Session, plan_id: int, values: ActionFields) -> Action:
    """A new action last in ``plan_id``, checked as every action is (in the caller's
    session: a decision made an action is linked to it in the same transaction)."""
    values.validate()
    _plan(session, plan_id)
    action = Action(plan_id=plan_id, **_action_values(session, plan_id, values),
                    position=_next_position(session, Action, Action.plan_id == plan_id))
    session.add(action)
    session.flush()
    return action


def update_action(db: Database, action_id: int, values: ActionFields,
                  version: int | None = None, base: ActionFields | None = None) -> Stamp:
    values.validate()
    with db.session() as session:
        action = _get(session, Link.ACTION, action_id)
        return _save(session, Link.ACTION, action_id, version, base,
                     **_action_values(session, action.plan_id, values))


def add_follow_up(db: Database, action_id: int, values: FollowUpFields, today: date) -> int:
    """A follow-up; the newest one gives the action its colour."""
    values.validate(today)
    with db.session() as session:
        return _add_follow_up(session, _get(session, Link.ACTION, action_id), values)


def follow_up_action(db: Database, action_id: int, progress: ProgressFields,
                     today: date) -> int:
    """A follow-up, and the action's status and due date as it leaves them, in one go."""
    with db.session() as session:
        action = _get(session, Link.ACTION, action_id)
        replace(progress, start_on=action.start_on).validate(today)
        action.status, action.due_on = progress.status, progress.due_on
        session.add(action)
        return _add_follow_up(session, action, progress.follow_up)


def _add_follow_up(session: Session, action: Action, values: FollowUpFields) -> int:
    follow_up = FollowUp(action_id=action.id, **_clean(values))
    session.add(follow_up)
    session.flush()
    _colour_from_newest(session, action)
    return follow_up.id


def update_follow_up(db: Database, follow_up_id: int, values: FollowUpFields,
                     today: date, version: int | None = None,
                     base: FollowUpFields | None = None) -> Stamp:
    values.validate(today)
    with db.session() as session:
        follow_up = _get(session, Link.FOLLOW_UP, follow_up_id)
        stamp = _save(session, Link.FOLLOW_UP, follow_up_id, version, base, **_clean(values))
        _colour_from_newest(session, session.get(Action, follow_up.action_id))
        return stamp


def _colour_from_newest(session: Session, action: Action) -> None:
    newest = session.exec(select(FollowUp).where(FollowUp.action_id == action.id)
                          .order_by(FollowUp.followed_up_on.desc(), FollowUp.id.desc())).first()
    if newest is not None:
        action.rag = newest.rag
        session.add(action)


# ---- editing the outline in place ----

def rename(db: Database, link: Link, item_id: int, text: str,
           version: int | None = None) -> Stamp:
    """The text the outline shows for a link: a problem's title, a cause's or a goal's
    description, an action's title, a follow-up's note."""
    text = text.strip()
    require_text(link, text)
    name = {Link.PROBLEM: "title", Link.CAUSE: "description", Link.GOAL: "description",
            Link.ACTION: "title", Link.FOLLOW_UP: "note"}[link]
    with db.session() as session:
        return _save(session, link, item_id, version, **{name: text})


def remove(db: Database, link: Link, item_id: int, version: int | None = None) -> None:
    """Removes one link. A problem takes its causes with it; the goals and actions of a removed
    cause stay in the plan without a cause; an action takes its follow-ups. With the
    ``version`` the user saw, a link someone else changed meanwhile is kept."""
    with db.session() as session:
        item = to_remove(session, _MODELS[link], item_id, version, _WHAT[link], _gone(link))
        plan_id = _plan_of(session, link, item)
        follow_up_of = session.get(Action, item.action_id) if link is Link.FOLLOW_UP else None
        session.delete(item)
        session.flush()
        if link in (Link.PROBLEM, Link.CAUSE):
            _renumber_causes(session, plan_id)
        if follow_up_of is not None:
            _colour_from_newest(session, follow_up_of)


def move(db: Database, link: Link, item_id: int, step: int) -> bool:
    """Moves a link up (-1) or down (+1) among its siblings; False at either end."""
    with db.session() as session:
        item = _get(session, link, item_id)
        plan_id = _plan_of(session, link, item)
        if link is Link.CAUSE:
            causes = _plan_causes(session, plan_id)
            siblings = [c for c in causes if c.problem_id == item.problem_id]
        elif link is Link.PROBLEM:
            siblings = list(session.exec(select(PriorityProblem)
                                         .where(PriorityProblem.action_plan_id == plan_id)
                                         .order_by(PriorityProblem.position, PriorityProblem.id)))
        elif link is Link.GOAL:
            siblings = list(session.exec(select(Goal).where(Goal.plan_id == plan_id,
                                                            Goal.cause_id == item.cause_id)
                                         .order_by(Goal.position, Goal.id)))
        elif link is Link.ACTION:
            same = (Action.goal_id == item.goal_id if item.goal_id is not None
                    else (Action.goal_id.is_(None)) & (Action.cause_id == item.cause_id))
            siblings = list(session.exec(select(Action).where(Action.plan_id == plan_id, same)
                                         .order_by(Action.position, Action.id)))
        else:
            raise ValidationError("Uppföljningar står i datumordning och flyttas inte.")
        index = siblings.index(item)
        other = index + step
        if not 0 <= other < len(siblings):
            return False
        siblings[index], siblings[other] = siblings[other], siblings[index]
        if link is Link.CAUSE:
            order = [c for c in causes if c.problem_id != item.problem_id]
            _renumber_causes(session, plan_id, _in_problem_order(session, order + siblings))
            return True
        renumber(session, type(item), siblings)
        if link is Link.PROBLEM:
            session.flush()
            _renumber_causes(session, plan_id)
        return True


def _in_problem_order(session: Session, causes: list[Cause]) -> list[Cause]:
    """Causes grouped by their problem's place in the plan, each group in the given order."""
    problems = {p.id: (p.position, p.id) for p in session.exec(
        select(PriorityProblem).where(PriorityProblem.id.in_({c.problem_id for c in causes})))}
    return sorted(causes, key=lambda c: problems[c.problem_id])   # sorted() keeps group order
