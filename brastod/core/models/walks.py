"""Trygghetsvandringar: a walk through an area, who took part (by organisation, never as
private persons), the points observed on the way and the list of what can be observed."""
from datetime import date, time
from typing import Optional

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from brastod.core.models.versioned import Versioned

WALK_STATUSES = ("planned", "held")


class ObservationKind(Versioned, table=True):
    """What a walk can find: Belysning, Vegetation, Klotter … (the user adds and renames)."""

    __tablename__ = "observation_kind"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    sort_order: int = 0


class SafetyWalk(Versioned, table=True):
    __tablename__ = "safety_walk"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'held')"),
        CheckConstraint("end_time IS NULL OR start_time IS NULL OR end_time > start_time"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    walk_date: date = Field(index=True)
    start_time: Optional[time] = None
    end_time: Optional[time] = None
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="SET NULL")
    route: str = ""
    meeting_place: Optional[str] = None
    note: str = ""
    status: str = "planned"


class WalkParticipant(Versioned, table=True):
    """An organisation that took part, with how many came: a partner from the register, or
    free text ("Boende", "Hyresgästföreningen")."""

    __tablename__ = "walk_participant"
    __table_args__ = (CheckConstraint("headcount >= 1"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    walk_id: int = Field(foreign_key="safety_walk.id", ondelete="CASCADE", index=True)
    partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                      ondelete="CASCADE")
    organisation: Optional[str] = None
    headcount: int = 1


class WalkPoint(Versioned, table=True):
    __tablename__ = "walk_point"
    id: Optional[int] = Field(default=None, primary_key=True)
    walk_id: int = Field(foreign_key="safety_walk.id", ondelete="CASCADE", index=True)
    position: int
    place: str
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="SET NULL")
    place_id: Optional[int] = Field(default=None, foreign_key="place.id", ondelete="SET NULL")
    kind_id: int = Field(foreign_key="observation_kind.id", ondelete="RESTRICT")
    note: str = ""
    action_id: Optional[int] = Field(default=None, foreign_key="action.id", ondelete="SET NULL",
                                     index=True)
