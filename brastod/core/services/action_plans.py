"""Action plans and their actions as the Åtgärdsplan tab lists them."""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.models import Action, ActionPlan, Cause, FollowUp, Partner
from brastod.core.enums import ActionStatus


@dataclass(frozen=True)
class ActionRow:
    id: int
    plan_title: str
    cause: str | None
    title: str
    partner: str | None
    start_on: date | None
    due_on: date | None
    status: str
    rag: str | None
    follow_ups: int
    last_follow_up: date | None

    def is_overdue(self, today: date) -> bool:
        open_status = self.status in (ActionStatus.PLANNED, ActionStatus.ONGOING)
        return open_status and self.due_on is not None and self.due_on < today


def list_actions(db: Database) -> list[ActionRow]:
    with db.session() as session:
        follow = (select(FollowUp.action_id, func.count().label("n"),
                         func.max(FollowUp.followed_up_on).label("last"))
                  .group_by(FollowUp.action_id).subquery())
        query = (select(Action, ActionPlan.title, Cause.number, Cause.description, Partner.name,
                        follow.c.n, follow.c.last)
                 .join(ActionPlan, ActionPlan.id == Action.plan_id)
                 .outerjoin(Cause, Cause.id == Action.cause_id)
                 .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
                 .outerjoin(follow, follow.c.action_id == Action.id)
                 .order_by(ActionPlan.id, Action.position, Action.id))
        result = []
        for action, plan, cause_no, cause_text, partner, n, last in session.exec(query).all():
            cause = f"{cause_no}. {cause_text}" if cause_no is not None else None
            result.append(ActionRow(action.id, plan, cause, action.title, partner,
                                    action.start_on, action.due_on, action.status, action.rag,
                                    n or 0, date.fromisoformat(last) if isinstance(last, str) else last))
        return result
