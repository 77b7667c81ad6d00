"""Meetings: series (one per body), meetings, attendees, agenda, minutes and decisions."""
from datetime import date, time
from typing import Optional

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from brastod.core.enums import AttendeeStatus, Body, DecisionStatus, MeetingStatus, check_in
from brastod.core.models.versioned import Versioned


class AgendaTemplate(SQLModel, table=True):
    __tablename__ = "agenda_template"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    is_default: bool = False


class AgendaTemplateItem(SQLModel, table=True):
    __tablename__ = "agenda_template_item"
    id: Optional[int] = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="agenda_template.id", ondelete="CASCADE", index=True)
    position: int
    title: str


class MeetingSeries(Versioned, table=True):
    __tablename__ = "meeting_series"
    __table_args__ = (CheckConstraint(check_in("body", Body)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    body: str = Body.COUNCIL.value
    default_place: Optional[str] = None
    default_start: Optional[time] = None
    default_duration_minutes: int = 120
    recurrence_rule: Optional[str] = None     # RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    template_id: Optional[int] = Field(default=None, foreign_key="agenda_template.id",
                                       ondelete="SET NULL")
    active: bool = True


class SeriesMember(SQLModel, table=True):
    """A standing member of a body: a partner contact, or a named office holder."""

    __tablename__ = "series_member"
    id: Optional[int] = Field(default=None, primary_key=True)
    series_id: int = Field(foreign_key="meeting_series.id", ondelete="CASCADE", index=True)
    contact_id: Optional[int] = Field(default=None, foreign_key="contact.id", ondelete="CASCADE")
    name: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None


class Meeting(Versioned, table=True):
    __table_args__ = (CheckConstraint(check_in("status", MeetingStatus)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    series_id: Optional[int] = Field(default=None, foreign_key="meeting_series.id",
                                     ondelete="SET NULL", index=True)
    title: str
    meeting_date: date = Field(index=True)
    start_time: Optional[time] = None
    end_time: Optional[time] = None
    place: Optional[str] = None
    status: str = MeetingStatus.PLANNED.value
    chair: Optional[str] = None
    secretary: Optional[str] = None
    approver: Optional[str] = None           # justerare
    approved_on: Optional[date] = None
    notice_sent_on: Optional[date] = None
    situation_report_id: Optional[int] = Field(default=None, foreign_key="situation_report.id",
                                               ondelete="SET NULL")


class Attendee(Versioned, table=True):
    __table_args__ = (CheckConstraint(check_in("status", AttendeeStatus)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    contact_id: Optional[int] = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None
    status: str = AttendeeStatus.CALLED.value
    note: Optional[str] = None               # "t.o.m. punkt 4"


class AgendaItem(Versioned, table=True):
    __tablename__ = "agenda_item"
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    position: int
    title: str
    presenter: Optional[str] = None
    minutes: str = ""                        # protokollstext for the item


class Decision(Versioned, table=True):
    __table_args__ = (CheckConstraint(check_in("status", DecisionStatus)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    agenda_item_id: Optional[int] = Field(default=None, foreign_key="agenda_item.id",
                                          ondelete="SET NULL")
    text: str
    responsible_partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                                  ondelete="SET NULL")
    due_on: Optional[date] = None
    status: str = DecisionStatus.OPEN.value
    action_id: Optional[int] = Field(default=None, foreign_key="action.id", ondelete="SET NULL")
