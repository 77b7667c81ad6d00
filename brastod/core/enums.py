"""Closed value lists stored as text. Code names are English; the Swedish labels live in
``core.labels`` so the GUI, exports and CLI all say the same thing."""
from enum import StrEnum


class CategoryKind(StrEnum):
    CRIME = "crime"
    INSECURITY = "insecurity"
    OTHER = "other"


class AreaKind(StrEnum):
    TOWN = "town"              # tätort
    DISTRICT = "district"      # stadsdel
    NEIGHBOURHOOD = "neighbourhood"  # bostadsområde
    RURAL = "rural"            # landsbygd


class PartnerKind(StrEnum):
    POLICE = "police"
    HOUSING = "housing"
    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    LEISURE = "leisure"
    RESCUE = "rescue"
    SECURITY = "security"
    BUSINESS = "business"
    ASSOCIATION = "association"
    PUBLIC_TRANSPORT = "public_transport"
    REGION = "region"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class ReportKind(StrEnum):
    OPERATIONAL = "operational"
    STRATEGIC = "strategic"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


class Trend(StrEnum):
    UP = "up"
    FLAT = "flat"
    DOWN = "down"


class PlanKind(StrEnum):
    ACTION_PLAN = "action_plan"
    CITIZEN_PROMISE = "citizen_promise"
    COOPERATION_AGREEMENT = "cooperation_agreement"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    DECIDED = "decided"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


class Rag(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class MeasureType(StrEnum):
    SITUATIONAL = "situational"
    SOCIAL = "social"


class EffortType(StrEnum):
    ONE_OFF = "one_off"
    ORDINARY = "ordinary"


class Term(StrEnum):
    SHORT = "short"
    LONG = "long"


class Body(StrEnum):
    COUNCIL = "council"
    EST_GROUP = "est_group"
    STEERING_GROUP = "steering_group"
    PREPARATORY_GROUP = "preparatory_group"
    WORKING_GROUP = "working_group"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    NOTICE_SENT = "notice_sent"
    HELD = "held"
    MINUTES_APPROVED = "minutes_approved"


class AttendeeStatus(StrEnum):
    CALLED = "called"
    PRESENT = "present"
    APOLOGIES = "apologies"
    CO_OPTED = "co_opted"


class DecisionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


def check_in(column: str, enum: type[StrEnum], nullable: bool = False) -> str:
    """SQL for a CHECK constraint that keeps ``column`` inside ``enum`` (portable SQL)."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    clause = f"{column} IN ({values})"
    return f"{column} IS NULL OR {clause}" if nullable else clause
