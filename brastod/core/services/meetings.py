"""Meetings as the Möteskalender tab lists them, and one meeting whole: attendance, agenda with
minutes and decisions, and the open decisions carried from the series' earlier meetings."""
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.errors import ValidationError
from brastod.core.models import AgendaItem, Attendee, Decision, Meeting, MeetingSeries, Partner
from brastod.core.enums import DecisionStatus


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    series: str | None
    body: str | None
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    status: str
    agenda_items: int
    open_decisions: int


def list_meetings(db: Database) -> list[MeetingRow]:
    with db.session() as session:
        items = dict(session.exec(select(AgendaItem.meeting_id, func.count())
                                  .group_by(AgendaItem.meeting_id)).all())
        decisions = dict(session.exec(
            select(Decision.meeting_id, func.count())
            .where(Decision.status == DecisionStatus.OPEN.value)
            .group_by(Decision.meeting_id)).all())
        query = (select(Meeting, MeetingSeries.name, MeetingSeries.body)
                 .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                 .order_by(Meeting.meeting_date, Meeting.start_time))
        return [MeetingRow(m.id, m.title, series, body, m.meeting_date, m.start_time, m.end_time,
                           m.place, m.status, items.get(m.id, 0), decisions.get(m.id, 0))
                for m, series, body in session.exec(query).all()]


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int
    meeting_date: date
    item: str | None            # the agenda item it was made under
    text: str
    partner: str | None
    due_on: date | None
    status: str
    action_id: int | None


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    name: str
    role: str | None
    organisation: str | None
    status: str
    note: str | None


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    presenter: str | None
    minutes: str
    decisions: list[DecisionRow]
    carried: list[DecisionRow]   # earlier meetings' open decisions, under the follow-up item


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    title: str
    series: str | None
    body: str | None
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    status: str
    chair: str | None
    secretary: str | None
    approver: str | None
    approved_on: date | None
    notice_sent_on: date | None
    situation_report_id: int | None     # the lägesbild chosen for the meeting
    previous_id: int | None             # the series' meeting before this one
    attendees: list[AttendeeRow]
    agenda: list[AgendaRow]
    carried: list[DecisionRow]   # all of them, wherever the agenda puts them


FOLLOW_UP_ITEM = "föregående mötes"     # the standing item the open decisions come up under


def _decisions(session, *where) -> list[DecisionRow]:
    query = (select(Decision, Meeting.meeting_date, AgendaItem.title, Partner.name)
             .join(Meeting, Meeting.id == Decision.meeting_id)
             .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
             .outerjoin(Partner, Partner.id == Decision.responsible_partner_id)
             .where(*where).order_by(Meeting.meeting_date, Decision.id))
    return [DecisionRow(d.id, d.meeting_id, day, item, d.text, partner, d.due_on, d.status,
                        d.action_id)
            for d, day, item, partner in session.exec(query)]


def open_decisions_before(db: Database, meeting_id: int) -> list[DecisionRow]:
    """The decisions of the series' earlier meetings that are still open: they come up again
    until they are done."""
    with db.session() as session:
        return _carried(session, _meeting(session, meeting_id))


def _meeting(session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationError(f"Möte {meeting_id} finns inte.")
    return meeting


def _carried(session, meeting: Meeting) -> list[DecisionRow]:
    return _decisions(session, Meeting.series_id == meeting.series_id,
                      Meeting.meeting_date < meeting.meeting_date,
                      Decision.status == DecisionStatus.OPEN.value)


def get_meeting(db: Database, meeting_id: int) -> MeetingDetail:
    with db.session() as session:
        meeting = _meeting(session, meeting_id)
        series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
        carried = _carried(session, meeting)
        own = _decisions(session, Decision.meeting_id == meeting_id)
        attendees = [AttendeeRow(a.id, a.name, a.role, a.organisation, a.status, a.note)
                     for a in session.exec(select(Attendee).where(Attendee.meeting_id ==
                                                                  meeting_id)
                                           .order_by(Attendee.id))]
        items = list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                  .order_by(AgendaItem.position)))
        previous = session.exec(select(Meeting.id).where(
            Meeting.series_id == meeting.series_id, Meeting.series_id.is_not(None),
            Meeting.meeting_date < meeting.meeting_date)
            .order_by(Meeting.meeting_date.desc())).first()
    follow_up = next((item.id for item in items
                      if item.title.casefold().startswith(FOLLOW_UP_ITEM)), None)
    agenda = [AgendaRow(item.id, item.position, item.title, item.presenter, item.minutes,
                        [d for d in own if d.item == item.title],
                        carried if item.id == follow_up else [])
              for item in items]
    return MeetingDetail(meeting.id, meeting.title, series.name if series else None,
                         series.body if series else None, meeting.meeting_date,
                         meeting.start_time, meeting.end_time, meeting.place, meeting.status,
                         meeting.chair, meeting.secretary, meeting.approver,
                         meeting.approved_on, meeting.notice_sent_on,
                         meeting.situation_report_id, previous, attendees, agenda, carried)
