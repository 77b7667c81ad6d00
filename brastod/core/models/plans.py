"""Åtgärdsplan, medborgarlöfte and samverkansöverenskommelse: goals, actions, follow-ups."""
from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from brastod.core.enums import (
    ActionStatus, EffortType, MeasureType, PlanKind, PlanStatus, Rag, Term, check_in,
)
from brastod.core.models.versioned import Versioned


class ActionPlan(Versioned, table=True):
    __tablename__ = "action_plan"
    __table_args__ = (
        CheckConstraint(check_in("kind", PlanKind)),
        CheckConstraint(check_in("status", PlanStatus)),
        CheckConstraint("period_end IS NULL OR period_start IS NULL OR period_end >= period_start"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = PlanKind.ACTION_PLAN.value
    title: str
    period_start: Optional[date] = None
    period_end: Optional[date] = None
    decided_by: Optional[str] = None
    decided_on: Optional[date] = None
    registry_number: Optional[str] = None     # diarienummer
    status: str = PlanStatus.DRAFT.value
    situation_report_id: Optional[int] = Field(default=None, foreign_key="situation_report.id",
                                               ondelete="SET NULL")
    # The medborgarlöfte's own shape (unused for other kinds).
    situation_today: Optional[str] = None
    municipality_commitment: Optional[str] = None
    police_commitment: Optional[str] = None
    expected_result: Optional[str] = None
    follow_up_method: Optional[str] = None
    created_at: datetime


class Goal(Versioned, table=True):
    """An operational goal (SMART): indicator, baseline, target, deadline."""

    id: Optional[int] = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="action_plan.id", ondelete="CASCADE", index=True)
    cause_id: Optional[int] = Field(default=None, foreign_key="cause.id", ondelete="SET NULL")
    position: int = 0
    description: str
    indicator_id: Optional[int] = Field(default=None, foreign_key="indicator.id",
                                        ondelete="SET NULL")
    baseline: Optional[float] = None
    target: Optional[float] = None
    deadline: Optional[date] = None


class Action(Versioned, table=True):
    __table_args__ = (
        CheckConstraint(check_in("status", ActionStatus)),
        CheckConstraint(check_in("rag", Rag, nullable=True)),
        CheckConstraint(check_in("measure_type", MeasureType, nullable=True)),
        CheckConstraint(check_in("effort_type", EffortType, nullable=True)),
        CheckConstraint(check_in("term", Term, nullable=True)),
        CheckConstraint("due_on IS NULL OR start_on IS NULL OR due_on >= start_on"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="action_plan.id", ondelete="CASCADE", index=True)
    cause_id: Optional[int] = Field(default=None, foreign_key="cause.id", ondelete="SET NULL")
    goal_id: Optional[int] = Field(default=None, foreign_key="goal.id", ondelete="SET NULL")
    position: int = 0
    title: str
    description: str = ""
    responsible_partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                                  ondelete="RESTRICT", index=True)
    contact_id: Optional[int] = Field(default=None, foreign_key="contact.id",
                                      ondelete="SET NULL")
    start_on: Optional[date] = None
    due_on: Optional[date] = Field(default=None, index=True)
    status: str = ActionStatus.PLANNED.value
    rag: Optional[str] = None
    measure_type: Optional[str] = None
    effort_type: Optional[str] = None
    term: Optional[str] = None


class FollowUp(Versioned, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (CheckConstraint(check_in("rag", Rag)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", ondelete="CASCADE", index=True)
    followed_up_on: date
    rag: str
    note: str = ""
