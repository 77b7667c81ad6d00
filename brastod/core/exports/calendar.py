"""Meetings as an iCalendar file (RFC 5545, written by the icalendar library) in Swedish time
(Europe/Stockholm, with its VTIMEZONE), one event per meeting with the agenda in the
description, so that the coordinator can send the invitations from Outlook."""
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from brastod.core.dates import local_datetime, utc_now
from brastod.core.db import Database
from brastod.core.errors import ValidationError
from brastod.core.exports.files import write_atomically
from brastod.core.models import AgendaItem, Meeting, MeetingSeries
from brastod.core.services import registers


def export_calendar(db: Database, path: Path, *, series: str | None = None,
                    meeting_id: int | None = None) -> int:
    """Writes one meeting, one series' meetings (by name) or all meetings; returns how many."""
    from icalendar import Calendar, Event   # loaded when first needed
    with db.session() as session:
        query = (select(Meeting, MeetingSeries.name)
                 .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                 .order_by(Meeting.meeting_date, Meeting.start_time))
        if meeting_id is not None:
            query = query.where(Meeting.id == meeting_id)
        if series is not None:
            if session.exec(select(MeetingSeries.id)
                            .where(MeetingSeries.name == series)).first() is None:
                names = ", ".join(session.exec(select(MeetingSeries.name)))
                raise ValidationError(f"Mötesserien ”{series}” finns inte. Serierna heter: "
                                      f"{names}.")
            query = query.where(MeetingSeries.name == series)
        meetings = session.exec(query).all()
        agendas: dict[int, list[str]] = {}
        for item in session.exec(select(AgendaItem).order_by(AgendaItem.position)):
            agendas.setdefault(item.meeting_id, []).append(item.title)
    if not meetings:
        raise ValidationError("Det finns inga möten att exportera.")
    municipality = registers.get_municipality(db).name
    calendar = Calendar()
    calendar.add("prodid", "-//Brastöd//Möteskalender//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{municipality}: {series or 'möten'}")
    stamp = utc_now()
    for meeting, series_name in meetings:
        event = Event()
        event.add("uid", f"brastod-meeting-{meeting.id}@{_slug(municipality)}")
        event.add("dtstamp", stamp)
        event.add("summary", meeting.title)
        if meeting.start_time is not None:
            start = local_datetime(meeting.meeting_date, meeting.start_time)
            event.add("dtstart", start)
            event.add("dtend", local_datetime(meeting.meeting_date, meeting.end_time)
                      if meeting.end_time and meeting.end_time > meeting.start_time
                      else start + timedelta(hours=2))
        else:
            event.add("dtstart", meeting.meeting_date)
            event.add("dtend", meeting.meeting_date + timedelta(days=1))
        if meeting.place:
            event.add("location", meeting.place)
        agenda = agendas.get(meeting.id, [])
        description = [f"{series_name}." if series_name else "", "Dagordning:"] if agenda else []
        description += [f"{n}. {title}" for n, title in enumerate(agenda, start=1)]
        if description:
            event.add("description", "\n".join(line for line in description if line))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    write_atomically(Path(path), lambda target: target.write_bytes(calendar.to_ical()))
    return len(meetings)


def _slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum()) or "kommun"
