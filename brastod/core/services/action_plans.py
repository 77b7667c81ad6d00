"""Plans (åtgärdsplan, medborgarlöfte, samverkansöverenskommelse) and the list of every action
across them that the tracker filters. The chain inside a plan is in ``plan_chain``."""
from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.enums import PlanStatus
from brastod.core.errors import ValidationError
from brastod.core.models import (
    Action, ActionPlan, Cause, Contact, FollowUp, Goal, Partner, SituationReport,
)
from brastod.core.plan_rules import PlanFields, is_due_soon, is_overdue
from brastod.core.versions import Stamp, save as save_versioned, to_remove

PLAN_GONE = "Planen finns inte längre; någon har tagit bort den."


@dataclass(frozen=True)
class PlanRow:
    id: int
    kind: str
    title: str
    period_start: date | None
    period_end: date | None
    status: str
    decided_by: str | None
    decided_on: date | None
    registry_number: str | None
    situation_report_id: int | None
    situation_report: str | None
    actions: int


@dataclass(frozen=True)
class PlanDetail:
    id: int
    fields: PlanFields
    situation_report: str | None    # the title of the lägesbild it builds on
    stamp: Stamp | None = None      # the version of the fields, who changed them when


def _plan(session: Session, plan_id: int) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        raise ValidationError(f"Plan {plan_id} finns inte.")
    return plan


def _fields(plan: ActionPlan) -> PlanFields:
    return PlanFields(**{f.name: getattr(plan, f.name) for f in fields(PlanFields)})


def _check_report(session: Session, report_id: int | None) -> None:
    if report_id is not None and session.get(SituationReport, report_id) is None:
        raise ValidationError(f"Lägesbild {report_id} finns inte.")


def list_plans(db: Database) -> list[PlanRow]:
    with db.session() as session:
        counts = (select(Action.plan_id, func.count().label("n")).group_by(Action.plan_id)
                  .subquery())
        query = (select(ActionPlan, SituationReport.title, counts.c.n)
                 .outerjoin(SituationReport, SituationReport.id == ActionPlan.situation_report_id)
                 .outerjoin(counts, counts.c.plan_id == ActionPlan.id)
                 .order_by(ActionPlan.period_start.desc(), ActionPlan.id.desc()))
        return [PlanRow(p.id, p.kind, p.title, p.period_start, p.period_end, p.status,
                        p.decided_by, p.decided_on, p.registry_number, p.situation_report_id,
                        report, n or 0)
                for p, report, n in session.exec(query).all()]


def get_plan(db: Database, plan_id: int) -> PlanDetail:
    with db.session() as session:
        plan = _plan(session, plan_id)
        report = (session.get(SituationReport, plan.situation_report_id)
                  if plan.situation_report_id else None)
        return PlanDetail(plan.id, _fields(plan), report.title if report else None,
                          Stamp.of(plan))


def create_plan(db: Database, values: PlanFields) -> int:
    values.validate()
    with db.session() as session:
        _check_report(session, values.situation_report_id)
        plan = ActionPlan(**_clean(values), created_at=utc_now())
        session.add(plan)
        session.flush()
        return plan.id


def update_plan(db: Database, plan_id: int, values: PlanFields, *, version: int | None = None,
                base: PlanFields | None = None) -> Stamp:
    """With the ``version`` and the values (``base``) the form loaded, someone else's newer
    save is merged field by field (core.versions.save)."""
    values.validate()
    with db.session() as session:
        _plan(session, plan_id)
        _check_report(session, values.situation_report_id)
        return save_versioned(session, ActionPlan, plan_id, _clean(values), version, "planen",
                              PLAN_GONE,
                              _clean(base) if base is not None else None)


def _clean(values: PlanFields) -> dict:
    """The values as stored: text trimmed, empty text as NULL (the title is never empty)."""
    result = asdict(values)
    for name, value in result.items():
        if isinstance(value, str):
            result[name] = value.strip() or None
    return result


def delete_plan(db: Database, plan_id: int, version: int | None = None,
                links: dict | None = None) -> None:
    """A draft and its chain. With the ``version`` of the plan and the versions of the links
    the user saw (``plan_chain.versions_shown``), a plan someone else changed meanwhile, or
    whose chain they added to or changed, is kept: who and when are said."""
    from brastod.core.services.plan_chain import refuse_unseen_changes
    with db.session() as session:
        plan = to_remove(session, ActionPlan, plan_id, version, "planen", PLAN_GONE)
        if plan.status != PlanStatus.DRAFT:
            raise ValidationError("En beslutad eller avslutad plan kan inte tas bort; den är en "
                                  "del av kommunens handlingar. Sätt status Avslutad i stället.")
        if links is not None:
            refuse_unseen_changes(session, plan_id, links)
        session.delete(plan)


# ---- the tracker: every action across plans ----

@dataclass(frozen=True)
class ActionRow:
    id: int
    plan_id: int
    plan_title: str
    cause: str | None
    goal: str | None
    title: str
    partner_id: int | None
    partner: str | None
    contact: str | None
    start_on: date | None
    due_on: date | None
    status: str
    rag: str | None
    follow_ups: int
    last_follow_up: date | None

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.due_on, today)

    def is_due_soon(self, today: date) -> bool:
        return is_due_soon(self.status, self.due_on, today)


def _as_date(value) -> date | None:
    """An aggregate over a date column comes back from SQLite as text."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def list_actions(db: Database, plan_id: int | None = None) -> list[ActionRow]:
    with db.session() as session:
        follow = (select(FollowUp.action_id, func.count().label("n"),
                         func.max(FollowUp.followed_up_on).label("last"))
                  .group_by(FollowUp.action_id).subquery())
        query = (select(Action, ActionPlan.title, Cause.number, Cause.description,
                        Goal.description, Partner.name, Contact.name, follow.c.n, follow.c.last)
                 .join(ActionPlan, ActionPlan.id == Action.plan_id)
                 .outerjoin(Cause, Cause.id == Action.cause_id)
                 .outerjoin(Goal, Goal.id == Action.goal_id)
                 .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
                 .outerjoin(Contact, Contact.id == Action.contact_id)
                 .outerjoin(follow, follow.c.action_id == Action.id)
                 .order_by(ActionPlan.id, Action.position, Action.id))
        if plan_id is not None:
            query = query.where(Action.plan_id == plan_id)
        result = []
        for (action, plan, cause_no, cause_text, goal, partner, contact, n,
             last) in session.exec(query).all():
            cause = f"{cause_no}. {cause_text}" if cause_no is not None else None
            result.append(ActionRow(action.id, action.plan_id, plan, cause, goal, action.title,
                                    action.responsible_partner_id, partner, contact,
                                    action.start_on, action.due_on, action.status, action.rag,
                                    n or 0, _as_date(last)))
        return result
