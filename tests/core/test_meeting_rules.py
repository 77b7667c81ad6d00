"""Every rule of core/meeting_rules.py refused through the service that saves it: the field it
names, its Swedish message, and the meeting or series left as it was."""
from dataclasses import replace
from datetime import date, time

import pytest

from brastod.core.errors import FieldError, ValidationError
from brastod.core.meeting_rules import DecisionFields, MeetingFields, SeriesFields
from brastod.core.services import meeting_series, meetings


@pytest.fixture
def meeting(demo_db):
    found = next(m for m in meetings.list_meetings(demo_db)
                 if m.series == "Lokala BRÅ" and m.status in ("planned", "notice_sent"))
    return meetings.get_meeting(demo_db, found.id)


def _fields(detail, **changes) -> MeetingFields:
    return replace(MeetingFields(detail.title, detail.meeting_date, detail.start_time,
                                 detail.end_time, detail.place, detail.status, detail.chair,
                                 detail.secretary, detail.approver), **changes)


@pytest.mark.parametrize("changes, field, message", [
    (dict(title="  "), "title", "Mötet måste ha en rubrik."),
    (dict(start_time=time(13), end_time=time(13)), "end_time", "Mötet slutar (13.00) innan "
                                                               "det börjar (13.00)."),
    (dict(status="postponed"), "status", "Välj status i listan."),
    (dict(status="minutes_approved", approver=" "), "approver", "Ange justerare innan "
                                                                "protokollet markeras som "
                                                                "justerat."),
])
def test_a_meeting_is_refused_at_the_field(demo_db, meeting, changes, field, message):
    with pytest.raises(FieldError) as caught:
        meetings.update_meeting(demo_db, meeting.id, _fields(meeting, place="Ändrad",
                                                             **changes))
    assert (caught.value.field, str(caught.value)) == (field, message)
    assert meetings.get_meeting(demo_db, meeting.id) == meeting


def test_a_meeting_moved_to_a_holiday_needs_a_yes(demo_db, meeting):
    christmas_eve = _fields(meeting, meeting_date=date(2026, 12, 24))
    with pytest.raises(ValidationError) as caught:
        meetings.update_meeting(demo_db, meeting.id, christmas_eve)
    assert str(caught.value) == ("2026-12-24 är julafton. Bekräfta att mötet ska läggas där, "
                                 "eller välj en annan dag.")
    assert meetings.get_meeting(demo_db, meeting.id) == meeting
    meetings.update_meeting(demo_db, meeting.id, christmas_eve, allow_holiday=True)
    assert meetings.get_meeting(demo_db, meeting.id).meeting_date == date(2026, 12, 24)


@pytest.mark.parametrize("values, field, message", [
    (DecisionFields(" ", None, None), "text", "Skriv vad som beslutades."),
    (DecisionFields("Belysning", None, None, "maybe"), "status",
     "Välj öppet eller genomfört."),
    (DecisionFields("Belysning", None, date(2020, 1, 1)), "due_on",
     "Klart senast (2020-01-01) är före mötet ({day})."),
])
def test_a_decision_is_refused_at_the_field(demo_db, meeting, values, field, message):
    item = meeting.agenda[0]
    with pytest.raises(FieldError) as caught:
        meetings.save_decision(demo_db, None, meeting_id=meeting.id, item_id=item.id,
                               values=values)
    assert caught.value.field == field
    assert str(caught.value) == message.format(day=meeting.meeting_date)
    assert meetings.get_meeting(demo_db, meeting.id) == meeting


@pytest.mark.parametrize("change, message", [
    (lambda db, m: meetings.set_attendance(db, m.attendees[0].id, "asleep"),
     "Välj närvaro i listan."),
    (lambda db, m: meetings.add_attendee(db, m.id, "  "), "Skriv deltagarens namn."),
    (lambda db, m: meetings.add_item(db, m.id, " "), "Punkten måste ha en rubrik."),
    (lambda db, m: meetings.save_item(db, m.agenda[0].id, title=""),
     "Punkten måste ha en rubrik."),
    (lambda db, m: meetings.set_decision_status(db, 1, "maybe"), "Välj öppet eller genomfört."),
])
def test_attendance_and_agenda_are_refused(demo_db, meeting, change, message):
    with pytest.raises(FieldError, match=message):
        change(demo_db, meeting)
    assert meetings.get_meeting(demo_db, meeting.id) == meeting


SERIES = SeriesFields("Arbetsgrupp klotter", "working_group", None, time(14), 60, None)


@pytest.mark.parametrize("changes, field, message", [
    (dict(name=" "), "name", "Serien måste ha ett namn, till exempel Lokala BRÅ."),
    (dict(name="Lokala BRÅ"), "name", "Det finns redan en mötesserie som heter Lokala BRÅ."),
    (dict(body="choir"), "body", "Välj vilket organ serien hör till."),
    (dict(default_duration_minutes=601), "default_duration_minutes",
     "Ett möte är mellan 15 minuter och 10 timmar."),
    (dict(recurrence_rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), "recurrence_rule",
     "Upprepningen ”FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30” ger inga mötesdagar."),
])
def test_a_series_is_refused_at_the_field(demo_db, changes, field, message):
    before = meeting_series.list_series(demo_db)
    with pytest.raises(FieldError) as caught:
        meeting_series.save_series(demo_db, None, replace(SERIES, **changes), [])
    assert (caught.value.field, str(caught.value)) == (field, message)
    assert meeting_series.list_series(demo_db) == before


def test_meetings_on_holidays_need_a_yes(demo_db):
    series_id = meeting_series.save_series(demo_db, None, SERIES, [])
    days = [date(2027, 3, 29), date(2027, 3, 30), date(2027, 12, 24)]
    with pytest.raises(ValidationError) as caught:
        meeting_series.create_meetings(demo_db, series_id, days)
    assert str(caught.value) == ("2027-03-29 (Annandag påsk), 2027-12-24 (Julafton) är "
                                 "helgdag. Bekräfta att mötet ska läggas där, eller välj en "
                                 "annan dag.")
    assert not [m for m in meetings.list_meetings(demo_db) if m.series == SERIES.name]
    assert len(meeting_series.create_meetings(demo_db, series_id, days,
                                              allow_holidays=True)) == 3
