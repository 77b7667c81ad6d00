"""What a plan, a goal, an action and a follow-up must hold, checked before anything is stored.

Pure functions over plain values, so a form can check its input as it is entered and show the
message beside the field it names (``FieldError.field``), and the services check the same rules
again before they write."""
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from brastod.core.enums import (
    ActionStatus, EffortType, MeasureType, PlanKind, PlanStatus, Rag, Term,
)
from brastod.core.errors import FieldError

OPEN_STATUSES = (ActionStatus.PLANNED.value, ActionStatus.ONGOING.value)
DUE_SOON_DAYS = 30


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """An action still planned or under way whose last day has passed."""
    return status in OPEN_STATUSES and due_on is not None and due_on < today


def is_due_soon(status: str, due_on: date | None, today: date,
                days: int = DUE_SOON_DAYS) -> bool:
    """An open action due today or within ``days`` days (not yet overdue)."""
    return (status in OPEN_STATUSES and due_on is not None
            and 0 <= (due_on - today).days <= days)


class Link(StrEnum):
    """The kinds of link in a plan's chain: problem → cause → goal → action → follow-up."""

    PROBLEM = "problem"
    CAUSE = "cause"
    GOAL = "goal"
    ACTION = "action"
    FOLLOW_UP = "follow_up"


# The text each link of the chain is known by: (field, what to write when it is empty). A
# follow-up's note may be empty.
_REQUIRED = {Link.PROBLEM: ("title", "Skriv vilket problem som är prioriterat."),
             Link.CAUSE: ("description", "Skriv vad orsaken är."),
             Link.GOAL: ("description", "Skriv vad målet är."),
             Link.ACTION: ("title", "Skriv vad åtgärden är.")}


def require_text(link: Link, text: str) -> None:
    if link in _REQUIRED and not text.strip():
        raise FieldError(*_REQUIRED[link])


def _choice(field: str, value: str | None, enum, what: str, required: bool = False) -> None:
    if value is None and not required:
        return
    if value not in {member.value for member in enum}:
        raise FieldError(field, f"Välj {what} i listan.")


@dataclass(frozen=True)
class PlanFields:
    title: str
    kind: str = PlanKind.ACTION_PLAN.value
    period_start: date | None = None
    period_end: date | None = None
    decided_by: str | None = None
    decided_on: date | None = None
    registry_number: str | None = None
    status: str = PlanStatus.DRAFT.value
    situation_report_id: int | None = None
    # The medborgarlöfte's own parts.
    situation_today: str | None = None
    municipality_commitment: str | None = None
    police_commitment: str | None = None
    expected_result: str | None = None
    follow_up_method: str | None = None

    def validate(self) -> None:
        if not self.title.strip():
            raise FieldError("title", "Planen måste ha en titel.")
        _choice("kind", self.kind, PlanKind, "typ av plan", required=True)
        _choice("status", self.status, PlanStatus, "status", required=True)
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise FieldError("period_end", f"Perioden slutar ({self.period_end}) före den börjar "
                                           f"({self.period_start}). Ändra något av datumen.")
        if self.status != PlanStatus.DRAFT and not (self.decided_on and
                                                   (self.decided_by or "").strip()):
            field = "decided_by" if self.decided_on else "decided_on"
            raise FieldError(field, "En beslutad eller avslutad plan behöver beslutsdatum och "
                                    "vem som beslutade (till exempel Kommunstyrelsen). Fyll i "
                                    "dem, eller sätt status Utkast.")


def period_text(values: PlanFields) -> str:
    if not values.period_start and not values.period_end:
        return "Period inte angiven"
    return f"Period {values.period_start or '…'} – {values.period_end or '…'}"


def decided_text(values: PlanFields) -> str:
    if not values.decided_on:
        return "Inte beslutad"
    text = f"Beslutad {values.decided_on:%Y-%m-%d} av {values.decided_by}"
    return f"{text} (dnr {values.registry_number})" if values.registry_number else text


@dataclass(frozen=True)
class GoalFields:
    """An operational goal, SMART: measurable (a target value) and time-bound (a deadline)."""

    description: str
    target: float | None
    deadline: date | None
    cause_id: int | None = None
    indicator_id: int | None = None
    baseline: float | None = None

    def validate(self) -> None:
        require_text("goal", self.description)
        if self.target is None:
            raise FieldError("target", "Målet saknar ett mätbart målvärde. Ange vilket värde som "
                                       "ska nås, till exempel 22 (procent) eller 90 (antal).")
        if self.deadline is None:
            raise FieldError("deadline", "Ange när målet ska vara nått (mål ska vara "
                                         "tidsbestämda).")


@dataclass(frozen=True)
class ActionFields:
    title: str
    responsible_partner_id: int | None
    contact_id: int | None = None
    cause_id: int | None = None
    goal_id: int | None = None
    description: str = ""
    start_on: date | None = None
    due_on: date | None = None
    status: str = ActionStatus.PLANNED.value
    rag: str | None = None
    measure_type: str | None = None
    effort_type: str | None = None
    term: str | None = None

    def validate(self) -> None:
        require_text("action", self.title)
        if self.responsible_partner_id is None:
            raise FieldError("responsible_partner_id",
                             "Välj vilken partner som ansvarar för åtgärden. Saknas den i "
                             "listan, lägg till den under Register → Partner.")
        _due_after_start(self.start_on, self.due_on)
        _choice("status", self.status, ActionStatus, "status", required=True)
        _choice("rag", self.rag, Rag, "uppföljningsfärg")
        _choice("measure_type", self.measure_type, MeasureType, "situationell eller social")
        _choice("effort_type", self.effort_type, EffortType, "engångsinsats eller ordinarie "
                                                             "arbete")
        _choice("term", self.term, Term, "kort eller lång sikt")


@dataclass(frozen=True)
class FollowUpFields:
    followed_up_on: date
    rag: str | None
    note: str = ""

    def validate(self, today: date) -> None:
        if self.followed_up_on > today:
            raise FieldError("followed_up_on", f"Uppföljningen är daterad {self.followed_up_on}, "
                                               "efter i dag. Ange dagen då den gjordes.")
        if self.rag is None:
            raise FieldError("rag", "Välj grön, gul eller röd: har insatsen levererats?")
        _choice("rag", self.rag, Rag, "grön, gul eller röd")


def _due_after_start(start_on: date | None, due_on: date | None) -> None:
    if start_on and due_on and due_on < start_on:
        raise FieldError("due_on", f"Klart senast ({due_on}) är före starten ({start_on}). "
                                   "Ändra något av datumen.")


@dataclass(frozen=True)
class ProgressFields:
    """A follow-up and what it may change in its action at the same time: the status (done,
    cancelled) and the due date (moved), so that following up does not mean finding the
    action's form in the chain."""
    follow_up: FollowUpFields
    status: str
    due_on: date | None
    start_on: date | None = None       # the action's, which the due date may not precede

    def validate(self, today: date) -> None:
        self.follow_up.validate(today)
        _choice("status", self.status, ActionStatus, "status", required=True)
        _due_after_start(self.start_on, self.due_on)
