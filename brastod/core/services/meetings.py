"""Meetings as the Möteskalender tab lists them."""
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.models import AgendaItem, Decision, Meeting, MeetingSeries
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
