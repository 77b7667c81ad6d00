"""A series' year of meetings from its recurrence, with the holidays it falls on, and a
decision made into an action in a plan."""
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from brastod.core.dates import long_date, week_label
from brastod.core.db import Database
from brastod.core.dialects import one_name_check_at_a_time
from brastod.core.enums import ActionStatus, Body
from brastod.core.errors import FieldError, ValidationError
from brastod.core.meeting_days import holiday_name, occurrences
from brastod.core.meeting_rules import SeriesFields, holidays_among
from brastod.core.models import (
    AgendaItem, AgendaTemplate, AgendaTemplateItem, Attendee, Contact,
    Decision, Meeting, MeetingSeries, Partner, SeriesMember,
)
from brastod.core.plan_rules import ActionFields
from brastod.core.services.plan_chain import create_action
from brastod.core.versions import Stamp, save as save_versioned


@dataclass(frozen=True)
class SeriesRow:
    id: int
    fields: SeriesFields
    members: list[int]          # contact ids
    meetings: int
    first_meeting: date | None  # what "every other week" counts from
    stamp: Stamp | None = None  # the version the list showed


def list_series(db: Database) -> list[SeriesRow]:
    with db.session() as session:
        members: dict[int, list[int]] = {}
        for series_id, contact_id in session.exec(
                select(SeriesMember.series_id, SeriesMember.contact_id)
                .where(SeriesMember.contact_id.is_not(None))):
            members.setdefault(series_id, []).append(contact_id)
        counts = {series_id: (n, first) for series_id, n, first in session.exec(
            select(Meeting.series_id, func.count(), func.min(Meeting.meeting_date))
            .group_by(Meeting.series_id)).all()}
        return [SeriesRow(s.id, SeriesFields(s.name, s.body, s.default_place, s.default_start,
                                             s.default_duration_minutes, s.recurrence_rule),
                          members.get(s.id, []), *_count_and_first(counts.get(s.id)),
                          Stamp.of(s))
                for s in session.exec(select(MeetingSeries).order_by(MeetingSeries.name))]


def _count_and_first(found: tuple | None) -> tuple[int, date | None]:
    if found is None:
        return 0, None
    n, first = found
    return n, date.fromisoformat(first) if isinstance(first, str) else first


SERIES_GONE = "Mötesserien finns inte längre; någon har tagit bort den."


def columns(values: SeriesFields) -> dict:
    """A series' own values as stored (what two people's saves are merged by)."""
    return {"name": values.name.strip(), "body": values.body,
            "default_place": (values.default_place or "").strip() or None,
            "default_start": values.default_start,
            "default_duration_minutes": values.default_duration_minutes,
            "recurrence_rule": values.recurrence_rule or None}


def save_series(db: Database, series_id: int | None, values: SeriesFields,
                contact_ids: list[int], version: int | None = None,
                base: SeriesFields | None = None, base_members: list[int] | None = None) -> int:
    """A new series (``series_id`` None) or a changed one, with the contacts who are its
    members; named office holders among the members are kept. With the ``version`` and the
    values (``base``) the dialog showed, someone else's newer save is merged field by field
    (core.versions.save). With the members it showed (``base_members``), only the user's own
    additions and removals are made to the members stored now: someone else's are kept."""
    values.validate()
    name = values.name.strip()
    with db.session() as session:
        one_name_check_at_a_time(session.connection())
        same_name = select(MeetingSeries.id).where(MeetingSeries.name == name)
        if series_id is not None:
            same_name = same_name.where(MeetingSeries.id != series_id)
        if session.exec(same_name).first() is not None:
            raise FieldError("name", f"Det finns redan en mötesserie som heter {name}.")
        if series_id is None:
            series = MeetingSeries(**columns(values))
            session.add(series)
            session.flush()
            series_id = series.id
        else:
            save_versioned(session, MeetingSeries, series_id, columns(values), version,
                           "mötesserien", SERIES_GONE, base and columns(base))
        stored = list(session.exec(select(SeriesMember).where(
            SeriesMember.series_id == series_id, SeriesMember.contact_id.is_not(None))
            .order_by(SeriesMember.id)))
        if base_members is not None:
            contact_ids = _merged_members([m.contact_id for m in stored], base_members,
                                          contact_ids)
        for member in stored:
            session.delete(member)
        for contact_id in dict.fromkeys(contact_ids):
            session.add(SeriesMember(series_id=series_id, contact_id=contact_id))
        return series_id


def _merged_members(stored: list[int], shown: list[int], mine: list[int]) -> list[int]:
    """The members stored now, with the user's additions to and removals from those shown."""
    removed = set(shown) - set(mine)
    return [c for c in stored if c not in removed] + [c for c in mine
                                                      if c not in shown and c not in stored]


@dataclass(frozen=True)
class PlannedDay:
    day: date
    holiday: str | None      # "Midsommarafton": ask before a meeting is put there
    exists: bool             # the series already meets that day


def _series(session: Session, series_id: int) -> MeetingSeries:
    series = session.get(MeetingSeries, series_id)
    if series is None:
        raise ValidationError(f"Mötesserie {series_id} finns inte.")
    return series


def plan_year(db: Database, series_id: int, year: int) -> list[PlannedDay]:
    """The days of ``year`` the series' recurrence falls on, counted from its first meeting."""
    with db.session() as session:
        series = _series(session, series_id)
        if not series.recurrence_rule:
            raise FieldError("recurrence_rule", f"{series.name} har ingen upprepning. Ange hur "
                                                "ofta serien möts först.")
        held = set(session.exec(select(Meeting.meeting_date)
                                .where(Meeting.series_id == series_id)))
    anchor = min(held, default=None)
    days = occurrences(series.recurrence_rule, date(year, 1, 1), date(year, 12, 31),
                       anchor if anchor and anchor.year <= year else None)
    return [PlannedDay(day, holiday_name(day), day in held) for day in days]


def meeting_title(series: MeetingSeries, day: date) -> str:
    """ "Lokala BRÅ 12 februari 2026"; the weekly groups go by week: "EST-gruppen v. 7"."""
    if series.body == Body.EST_GROUP:
        return f"{series.name} {week_label(day)}"
    return f"{series.name} {long_date(day)}"


def create_meetings(db: Database, series_id: int, days: list[date], *,
                    allow_holidays: bool = False) -> list[int]:
    """Meetings on ``days`` with the series' place, time, agenda and members (kallade). Days the
    series already meets on are passed over; a holiday is refused unless allowed."""
    holidays = holidays_among(days)
    if holidays and not allow_holidays:
        raise ValidationError(f"{holidays} Bekräfta att mötet ska läggas där, eller välj en "
                              "annan dag.")
    with db.session() as session:
        series = _series(session, series_id)
        existing = set(session.exec(select(Meeting.meeting_date)
                                    .where(Meeting.series_id == series_id)))
        agenda = _agenda(session, series)
        members = _members(session, series_id)
        created = []
        for day in sorted(set(days) - existing):
            start = series.default_start
            end = ((datetime.combine(day, start)
                    + timedelta(minutes=series.default_duration_minutes)).time()
                   if start else None)
            meeting = Meeting(series_id=series_id, title=meeting_title(series, day),
                              meeting_date=day, start_time=start, end_time=end,
                              place=series.default_place)
            session.add(meeting)
            session.flush()
            for position, title in enumerate(agenda, start=1):
                session.add(AgendaItem(meeting_id=meeting.id, position=position, title=title))
            for contact_id, name, role, organisation in members:
                session.add(Attendee(meeting_id=meeting.id, contact_id=contact_id, name=name,
                                     role=role, organisation=organisation))
            created.append(meeting.id)
        return created


def _agenda(session: Session, series: MeetingSeries) -> list[str]:
    template_id = series.template_id or session.exec(
        select(AgendaTemplate.id).where(AgendaTemplate.is_default)).first()
    return list(session.exec(select(AgendaTemplateItem.title)
                             .where(AgendaTemplateItem.template_id == template_id)
                             .order_by(AgendaTemplateItem.position)))


def _members(session: Session, series_id: int) -> list[tuple]:
    rows = session.exec(select(SeriesMember, Contact, Partner.name)
                        .outerjoin(Contact, Contact.id == SeriesMember.contact_id)
                        .outerjoin(Partner, Partner.id == Contact.partner_id)
                        .where(SeriesMember.series_id == series_id)
                        .order_by(SeriesMember.id)).all()
    return [(contact.id, contact.name, member.role or contact.role,
             member.organisation or partner) if contact is not None
            else (None, member.name, member.role, member.organisation)
            for member, contact, partner in rows]


# ---- decisions ----

def decision_to_action(db: Database, decision_id: int, plan_id: int, *,
                       cause_id: int | None = None, goal_id: int | None = None) -> int:
    """The decision as an action in ``plan_id`` (its text, responsible partner and due date),
    linked both ways, so that the follow-up happens in the plan; under ``goal_id`` (and its
    cause) or ``cause_id`` when given, so that it does not land "utan koppling till orsak"."""
    with db.session() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise ValidationError("Beslutet finns inte längre.")
        if decision.action_id is not None:
            raise ValidationError("Beslutet är redan en åtgärd i en plan.")
        if decision.responsible_partner_id is None:
            raise FieldError("responsible_partner_id", "Ange vilken partner som ansvarar för "
                                                       "beslutet innan det blir en åtgärd.")
        meeting = session.get(Meeting, decision.meeting_id)
        action = create_action(session, plan_id, ActionFields(
            decision.text, decision.responsible_partner_id, cause_id=cause_id, goal_id=goal_id,
            description=f"Beslut {meeting.title}.", start_on=meeting.meeting_date,
            due_on=decision.due_on if decision.due_on and
            decision.due_on >= meeting.meeting_date else None,
            status=ActionStatus.PLANNED.value))
        decision.action_id = action.id
        session.add(decision)
        return action.id
