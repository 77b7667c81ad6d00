"""Example meeting series and their meetings: agendas, attendance, minutes, decisions."""
import calendar
import random
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from brastod.core.dates import long_date, week_label
from brastod.core.models import (
    AgendaItem, AgendaTemplate, AgendaTemplateItem, Attendee, Contact, Decision, Meeting,
    MeetingSeries, Partner, SeriesMember,
)

COUNCIL_MONTHS = (2, 4, 6, 9, 10, 12)        # lokala BRÅ, six times a year
STEERING_MONTHS = (3, 10)
EST_AGENDA = ["Incheckning", "Lägesbild sedan förra mötet", "Aktuella platser och händelser",
              "Insatser och uppföljning", "Övrigt"]
STEERING_AGENDA = ["Mötets öppnande", "Lägesbild och analys", "Åtgärdsplan – status", "Beslut",
                   "Mötets avslutande"]

COUNCIL_DECISIONS = [
    "Lägesbilden läggs till handlingarna.",
    "Fritid och fältare förstärker närvaron i centrum fredag–lördag kvällstid under sommaren.",
    "Fagerstabostäder ser över belysningen i Kolarbyn och återrapporterar vid nästa möte.",
    "Trygghetsvandring genomförs i Västanfors under hösten.",
    "Arbetsgruppen för klotter får i uppdrag att ta fram rutin för snabb sanering.",
    "Förslaget till åtgärdsplan överlämnas till kommunstyrelsen för beslut.",
]
MINUTES = {
    "Aktuell lägesbild": "Samordnaren redovisade lägesbilden för perioden. Flest händelser i "
                         "Centrum, främst nedskräpning och samlingar kvällstid.",
    "Information från polisen": "Kommunpolisen informerade om läget i lokalpolisområdet och "
                                "om pågående insatser mot buskörning.",
    "Information från kommunen och partner": "Fagerstabostäder och fältarna rapporterade från "
                                             "sina områden.",
    "Åtgärdsplan och medborgarlöften – status": "Genomgång av åtgärdernas status; två åtgärder "
                                                "är försenade.",
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n - 1]


def _status(day: date, today: date) -> str:
    if day > today:
        return "notice_sent" if (day - today).days <= 7 else "planned"
    return "held" if (today - day).days <= 21 else "minutes_approved"


def add_meetings(session: Session, rng: random.Random, today: date) -> None:
    contacts = session.exec(select(Contact, Partner.name)
                            .join(Partner, Partner.id == Contact.partner_id)).all()
    template = session.exec(select(AgendaTemplate).where(AgendaTemplate.is_default)).one()
    council_agenda = [t.title for t in session.exec(
        select(AgendaTemplateItem).where(AgendaTemplateItem.template_id == template.id)
        .order_by(AgendaTemplateItem.position)).all()]
    partners = {name: pid for pid, name in session.exec(select(Partner.id, Partner.name)).all()}

    council = MeetingSeries(name="Lokala BRÅ", body="council",
                            default_place="Kommunhuset, sammanträdesrum Stora salen",
                            default_start=time(13, 0), default_duration_minutes=120,
                            recurrence_rule="FREQ=YEARLY;BYMONTH=2,4,6,9,10,12;BYDAY=2TH",
                            template_id=template.id)
    est = MeetingSeries(name="EST-gruppen", body="est_group", default_place="Kommunhuset, rum 214",
                        default_start=time(9, 0), default_duration_minutes=90,
                        recurrence_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
    steering = MeetingSeries(name="Styrgrupp", body="steering_group",
                             default_place="Kommunhuset, KS-rummet", default_start=time(10, 0),
                             default_duration_minutes=60,
                             recurrence_rule="FREQ=YEARLY;BYMONTH=3,10;BYDAY=1MO")
    for series in (council, est, steering):
        session.add(series)
    session.flush()

    members = {council.id: [], est.id: [], steering.id: []}
    for contact, partner in contacts:
        members[council.id].append((contact, partner))
        if partner.startswith(("Polisen", "Fagerstabostäder", "Fritid", "Bevakning", "Social")):
            members[est.id].append((contact, partner))
    office_holders = [("Kommunstyrelsens ordförande", "Ordförande", "Fagersta kommun"),
                      ("Kommundirektör", "Ledamot", "Fagersta kommun"),
                      ("Lokalpolisområdeschef", "Ledamot", "Polisen")]
    for series_id, people in members.items():
        for contact, _partner in people:
            session.add(SeriesMember(series_id=series_id, contact_id=contact.id))
    for title, role, organisation in office_holders:
        for series_id in (council.id, steering.id):
            session.add(SeriesMember(series_id=series_id, name=title, role=role,
                                     organisation=organisation))

    start, end = today - timedelta(days=730), today + timedelta(days=90)
    meetings = []
    for year in range(start.year, end.year + 1):
        for month in COUNCIL_MONTHS:
            meetings.append((council, _nth_weekday(year, month, 3, 2), council_agenda))
        for month in STEERING_MONTHS:
            meetings.append((steering, _nth_weekday(year, month, 0, 1), STEERING_AGENDA))
    est_day = start + timedelta(days=(1 - start.weekday()) % 7)
    while est_day <= end:
        meetings.append((est, est_day, EST_AGENDA))
        est_day += timedelta(days=14)
    meetings = sorted((m for m in meetings if start <= m[1] <= end), key=lambda m: m[1])

    decision_cycle = 0
    for series, day, agenda in meetings:
        status = _status(day, today)
        begin = series.default_start
        finish = (datetime.combine(day, begin)
                  + timedelta(minutes=series.default_duration_minutes)).time()
        title = (f"{series.name} {week_label(day)}" if series.body == "est_group"
                 else f"{series.name} {long_date(day)}")
        held = status in ("held", "minutes_approved")
        meeting = Meeting(series_id=series.id, title=title, meeting_date=day, start_time=begin,
                          end_time=finish, place=series.default_place, status=status,
                          chair="Kommunstyrelsens ordförande" if series.body != "est_group"
                          else "Trygghetssamordnare",
                          secretary="Trygghetssamordnare",
                          approver="Maria Lindqvist" if series.body == "council" else None,
                          approved_on=day + timedelta(days=7) if status == "minutes_approved"
                          else None,
                          notice_sent_on=day - timedelta(days=7) if status != "planned" else None)
        session.add(meeting)
        session.flush()
        for contact, partner in members[series.id]:
            attendee_status = "called"
            if held:
                attendee_status = "apologies" if rng.random() < 0.15 else "present"
            session.add(Attendee(meeting_id=meeting.id, contact_id=contact.id, name=contact.name,
                                 role=contact.role, organisation=partner, status=attendee_status))
        if series.body == "council" and held and rng.random() < 0.5:
            session.add(Attendee(meeting_id=meeting.id, name="Verksamhetschef Kultur och fritid",
                                 role="Föredragande", organisation="Fagersta kommun",
                                 status="co_opted", note="t.o.m. punkt 9"))
        item_ids = {}
        for position, item_title in enumerate(agenda, start=1):
            item = AgendaItem(meeting_id=meeting.id, position=position, title=item_title,
                              minutes=MINUTES.get(item_title, "") if held else "")
            session.add(item)
            session.flush()
            item_ids[item_title] = item.id
        if series.body == "council" and held:
            for _ in range(2):
                text = COUNCIL_DECISIONS[decision_cycle % len(COUNCIL_DECISIONS)]
                decision_cycle += 1
                responsible = next((pid for name, pid in partners.items()
                                    if name.split()[0] in text), None)
                closed = (today - day).days > 120
                session.add(Decision(meeting_id=meeting.id, agenda_item_id=item_ids["Beslut"],
                                     text=text, responsible_partner_id=responsible,
                                     due_on=day + timedelta(days=60),
                                     status="done" if closed else "open"))

