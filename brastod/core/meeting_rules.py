"""What a meeting, a series, a decision, an attendee and an agenda item must hold, and when a
day needs to be confirmed because it is a holiday.

Pure functions over plain values, like ``plan_rules``: the services check them before they
write, and the meeting editor and the series dialog check the same ones to show the message at
the field (``FieldError.field``) or to ask before a meeting is put on a holiday."""
from dataclasses import dataclass
from datetime import date, time

from brastod.core.enums import AttendeeStatus, Body, DecisionStatus, MeetingStatus
from brastod.core.errors import FieldError
from brastod.core.meeting_days import check_rule, holiday_name


def _choice(field: str, value: str | None, enum, message: str) -> None:
    if value not in {member.value for member in enum}:
        raise FieldError(field, message)


@dataclass(frozen=True)
class MeetingFields:
    title: str
    meeting_date: date | None
    start_time: time | None
    end_time: time | None
    place: str | None
    status: str
    chair: str | None
    secretary: str | None
    approver: str | None
    situation_report_id: int | None = None     # None: the one covering the time since the last

    def validate(self) -> None:
        if not self.title.strip():
            raise FieldError("title", "Mötet måste ha en rubrik.")
        if self.meeting_date is None:
            raise FieldError("meeting_date", "Ange mötets datum.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise FieldError("end_time", f"Mötet slutar ({self.end_time:%H.%M}) innan det "
                                         f"börjar ({self.start_time:%H.%M}).")
        _choice("status", self.status, MeetingStatus, "Välj status i listan.")
        if self.status == MeetingStatus.MINUTES_APPROVED and not (self.approver or "").strip():
            raise FieldError("approver", "Ange justerare innan protokollet markeras som "
                                         "justerat.")


def moved_to_holiday(day: date, current: date) -> str | None:
    """ "2026-12-24 är julafton." when a meeting is moved to a holiday: that needs a yes."""
    holiday = holiday_name(day)
    return f"{day} är {holiday.lower()}." if holiday and day != current else None


def holidays_among(days: list[date]) -> str | None:
    """ "2027-04-05 (Annandag påsk) är helgdag." for the days that need a yes, else None."""
    found = [f"{day} ({name})" for day in days if (name := holiday_name(day))]
    return f"{', '.join(found)} är helgdag." if found else None


@dataclass(frozen=True)
class SeriesFields:
    name: str
    body: str
    default_place: str | None
    default_start: time | None
    default_duration_minutes: int
    recurrence_rule: str | None

    def validate(self) -> None:
        if not self.name.strip():
            raise FieldError("name", "Serien måste ha ett namn, till exempel Lokala BRÅ.")
        _choice("body", self.body, Body, "Välj vilket organ serien hör till.")
        if not 15 <= self.default_duration_minutes <= 600:
            raise FieldError("default_duration_minutes", "Ett möte är mellan 15 minuter och "
                                                         "10 timmar.")
        if self.recurrence_rule:
            check_rule(self.recurrence_rule)


@dataclass(frozen=True)
class DecisionFields:
    text: str
    partner_id: int | None
    due_on: date | None
    status: str = DecisionStatus.OPEN.value

    def validate(self, meeting_date: date) -> None:
        if not self.text.strip():
            raise FieldError("text", "Skriv vad som beslutades.")
        check_decision_status(self.status)
        if self.due_on is not None and self.due_on < meeting_date:
            raise FieldError("due_on", f"Klart senast ({self.due_on}) är före mötet "
                                       f"({meeting_date}).")


def check_decision_status(status: str) -> None:
    _choice("status", status, DecisionStatus, "Välj öppet eller genomfört.")


def check_attendance(status: str) -> None:
    _choice("status", status, AttendeeStatus, "Välj närvaro i listan.")


def check_attendee_name(name: str) -> None:
    if not name.strip():
        raise FieldError("name", "Skriv deltagarens namn.")


def check_item_title(title: str) -> None:
    if not title.strip():
        raise FieldError("title", "Punkten måste ha en rubrik.")
