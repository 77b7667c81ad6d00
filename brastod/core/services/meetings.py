"""Meetings as the Möteskalender tab lists them, and one meeting whole: attendance, agenda with
minutes and decisions, and the open decisions carried from the series' earlier meetings."""
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.enums import DecisionStatus, MeetingStatus
from brastod.core.errors import ValidationError
from brastod.core.meeting_rules import (
    DecisionFields, MeetingFields, check_attendance, check_attendee_name, check_decision_status,
    check_item_title, moved_to_holiday,
)
from brastod.core.models import AgendaItem, Attendee, Decision, Meeting, MeetingSeries, Partner
from brastod.core.services.ordering import renumber
from brastod.core.versions import Conflict, Stamp, save as save_versioned, to_remove


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
    partner_id: int | None
    partner: str | None
    due_on: date | None
    status: str
    action_id: int | None
    stamp: Stamp | None = None


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    name: str
    role: str | None
    organisation: str | None
    status: str
    note: str | None
    stamp: Stamp | None = None


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    presenter: str | None
    minutes: str
    decisions: list[DecisionRow]
    carried: list[DecisionRow]   # earlier meetings' open decisions, under the follow-up item
    stamp: Stamp | None = None   # the version of the item and its minutes, who changed it when


@dataclass(frozen=True, kw_only=True)
class MeetingDetail(MeetingFields):
    """A meeting whole: its editable particulars (MeetingFields, the same rules) and what the
    program keeps about it."""
    id: int
    series: str | None
    body: str | None
    approved_on: date | None
    notice_sent_on: date | None
    previous_id: int | None             # the series' meeting before this one
    attendees: list[AttendeeRow]
    agenda: list[AgendaRow]
    carried: list[DecisionRow]   # all of them, wherever the agenda puts them
    stamp: Stamp | None = None   # the version of the particulars, who changed them when


FOLLOW_UP_ITEM = "föregående mötes"     # the standing item the open decisions come up under


def _decisions(session, *where) -> list[DecisionRow]:
    query = (select(Decision, Meeting.meeting_date, AgendaItem.title, Partner.name)
             .join(Meeting, Meeting.id == Decision.meeting_id)
             .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
             .outerjoin(Partner, Partner.id == Decision.responsible_partner_id)
             .where(*where).order_by(Meeting.meeting_date, Decision.id))
    return [DecisionRow(d.id, d.meeting_id, day, item, d.text, d.responsible_partner_id, partner,
                        d.due_on, d.status, d.action_id, Stamp.of(d))
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
        attendees = [AttendeeRow(a.id, a.name, a.role, a.organisation, a.status, a.note,
                                 Stamp.of(a))
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
                        carried if item.id == follow_up else [], Stamp.of(item))
              for item in items]
    return MeetingDetail(
        title=meeting.title, meeting_date=meeting.meeting_date, start_time=meeting.start_time,
        end_time=meeting.end_time, place=meeting.place, status=meeting.status,
        chair=meeting.chair, secretary=meeting.secretary, approver=meeting.approver,
        situation_report_id=meeting.situation_report_id, id=meeting.id,
        series=series.name if series else None, body=series.body if series else None,
        approved_on=meeting.approved_on, notice_sent_on=meeting.notice_sent_on,
        previous_id=previous, attendees=attendees, agenda=agenda, carried=carried,
        stamp=Stamp.of(meeting))


# ---- editing a meeting ----

def update_meeting(db: Database, meeting_id: int, values: MeetingFields, *,
                   allow_holiday: bool = False, version: int | None = None,
                   base: MeetingFields | None = None) -> Stamp:
    """Saves the meeting's particulars. Moving it to a holiday is refused unless confirmed;
    a protocol marked approved gets today's date as approved (once). With the ``version`` and
    the values (``base``) the form loaded, someone else's newer save is merged field by field
    (core.versions.save)."""
    values.validate()
    with db.session() as session:
        meeting = _meeting(session, meeting_id)
        holiday = moved_to_holiday(values.meeting_date, meeting.meeting_date)
        if holiday and not allow_holiday:
            raise ValidationError(f"{holiday} Bekräfta att mötet ska läggas där, eller välj en "
                                  "annan dag.")
        stored = _meeting_values(values)
        if values.status == MeetingStatus.NOTICE_SENT and meeting.notice_sent_on is None:
            stored["notice_sent_on"] = date.today()
        if values.status == MeetingStatus.MINUTES_APPROVED and meeting.approved_on is None:
            stored["approved_on"] = date.today()
        return save_versioned(session, Meeting, meeting_id, stored, version, "mötet",
                              MEETING_GONE, _meeting_values(base) if base else None)


MEETING_GONE = "Mötet finns inte längre; någon har tagit bort det."


def _meeting_values(values: MeetingFields) -> dict:
    """The particulars as they are stored: texts without spaces around, an empty one none."""
    stored = {name: getattr(values, name) for name in (
        "meeting_date", "start_time", "end_time", "status", "situation_report_id")}
    stored["title"] = values.title.strip()
    for name in ("place", "chair", "secretary", "approver"):
        stored[name] = (getattr(values, name) or "").strip() or None
    return stored


def set_attendance(db: Database, attendee_id: int, status: str, note: str | None = None, *,
                   version: int | None = None, base: dict | None = None) -> Stamp:
    """With the ``version`` and the values (``base``: status, note) the row showed, someone
    else's newer save is merged field by field (core.versions.save)."""
    check_attendance(status)
    with db.session() as session:
        attendee = session.get(Attendee, attendee_id)
        return save_versioned(session, Attendee, attendee_id,
                              {"status": status, "note": (note or "").strip() or None}, version,
                              f"närvaron för {attendee.name}" if attendee else "närvaron",
                              "Deltagaren finns inte längre.", base)


def add_attendee(db: Database, meeting_id: int, name: str, *, role: str | None = None,
                 organisation: str | None = None, status: str = "co_opted") -> int:
    """A person for this meeting only, often adjungerad ("t.o.m. punkt 4" goes in the note)."""
    check_attendee_name(name)
    with db.session() as session:
        _meeting(session, meeting_id)
        attendee = Attendee(meeting_id=meeting_id, name=name.strip(), role=role,
                            organisation=organisation, status=status)
        session.add(attendee)
        session.flush()
        return attendee.id


ITEM_GONE = "Punkten finns inte längre på dagordningen."


def save_item(db: Database, item_id: int, *, title: str | None = None,
              minutes: str | None = None, presenter: str | None = None,
              version: int | None = None, base: dict | None = None) -> Stamp:
    """An item's title, presenter or minutes; with the ``version`` the editor shows, someone
    else's newer save raises ``versions.Conflict``. With the values it showed (``base``, by
    field name) a newer version is merged field by field: a renamed item and its minutes,
    changed by two people, are both kept. Each text is edited alone, so a text both changed
    is a text's conflict (the text dialog), not a form's."""
    values = {}
    if title is not None:
        check_item_title(title)
        values["title"] = title.strip()
    if minutes is not None:
        values["minutes"] = minutes
    if presenter is not None:
        values["presenter"] = presenter.strip() or None
    what = "protokollet för den här punkten" if minutes is not None else "punkten"
    with db.session() as session:
        try:
            return save_versioned(session, AgendaItem, item_id, values, version, what,
                                  ITEM_GONE, base)
        except Conflict as conflict:
            raise Conflict(what, conflict.values, conflict.stamp) from None


def _items(session, meeting_id: int) -> list[AgendaItem]:
    return list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                             .order_by(AgendaItem.position, AgendaItem.id)))


def add_item(db: Database, meeting_id: int, title: str, after_id: int | None = None) -> int:
    """A new item after ``after_id`` (at the end when None); the items are renumbered."""
    check_item_title(title)
    with db.session() as session:
        _meeting(session, meeting_id)
        items = _items(session, meeting_id)
        at = next((i + 1 for i, it in enumerate(items) if it.id == after_id), len(items))
        item = AgendaItem(meeting_id=meeting_id, position=at + 1, title=title.strip())
        session.add(item)
        session.flush()
        items.insert(at, item)
        renumber(session, AgendaItem, items)
        return item.id


def move_item(db: Database, item_id: int, step: int) -> bool:
    """One place up (step -1) or down (+1) from where the item stands now; False when it is
    already first or last. A move is no conflict with someone else's change (see
    services.ordering): the order shown after it is the one that holds."""
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise ValidationError(ITEM_GONE)
        items = _items(session, item.meeting_id)
        index = items.index(item)
        if not 0 <= index + step < len(items):
            return False
        items[index], items[index + step] = items[index + step], items[index]
        renumber(session, AgendaItem, items)
        return True


def remove_item(db: Database, item_id: int, version: int | None = None) -> None:
    """Removes an item; its decisions stay with the meeting, without an item. With the
    ``version`` the user saw, an item someone else changed meanwhile (its title or minutes)
    is kept."""
    with db.session() as session:
        if version is None and session.get(AgendaItem, item_id) is None:
            return
        item = to_remove(session, AgendaItem, item_id, version, "punkten", ITEM_GONE)
        meeting_id = item.meeting_id
        session.delete(item)
        session.flush()
        renumber(session, AgendaItem, _items(session, meeting_id))


def save_decision(db: Database, decision_id: int | None, *, meeting_id: int,
                  item_id: int | None, values: DecisionFields,
                  version: int | None = None) -> int:
    """A new decision (``decision_id`` None) or a changed one (see ``update_decision``)."""
    if decision_id is not None:
        update_decision(db, decision_id, meeting_id=meeting_id, item_id=item_id, values=values,
                        version=version)
        return decision_id
    with db.session() as session:
        decision = Decision(meeting_id=meeting_id, **_decision_values(session, meeting_id,
                                                                      item_id, values))
        session.add(decision)
        session.flush()
        return decision.id


def update_decision(db: Database, decision_id: int, *, meeting_id: int, item_id: int | None,
                    values: DecisionFields, version: int | None = None) -> Stamp:
    """With the ``version`` the dialog was opened on, someone else's newer save raises
    ``versions.Conflict``."""
    with db.session() as session:
        return save_versioned(session, Decision, decision_id,
                              _decision_values(session, meeting_id, item_id, values), version,
                              "beslutet", "Beslutet finns inte längre.")


def _decision_values(session, meeting_id: int, item_id: int | None,
                     values: DecisionFields) -> dict:
    values.validate(_meeting(session, meeting_id).meeting_date)
    return {"agenda_item_id": item_id, "text": values.text.strip(),
            "responsible_partner_id": values.partner_id, "due_on": values.due_on,
            "status": values.status}


def set_decision_status(db: Database, decision_id: int, status: str, *,
                        version: int | None = None, shown: str | None = None) -> Stamp:
    """Open or done: a done decision stops coming up at the series' next meetings. With the
    ``version`` and the status the user saw (``shown``), someone else's newer change to the
    decision's other fields is kept, not overwritten (core.versions.save)."""
    check_decision_status(status)
    with db.session() as session:
        return save_versioned(session, Decision, decision_id, {"status": status}, version,
                              "beslutet", DECISION_GONE,
                              {"status": shown} if shown is not None else None)


DECISION_GONE = "Beslutet finns inte längre; någon har tagit bort det."


def remove_decision(db: Database, decision_id: int, version: int | None = None) -> None:
    """With the ``version`` the user saw, a decision someone else changed meanwhile is kept."""
    with db.session() as session:
        if version is None and session.get(Decision, decision_id) is None:
            return
        session.delete(to_remove(session, Decision, decision_id, version, "beslutet",
                                 DECISION_GONE))
