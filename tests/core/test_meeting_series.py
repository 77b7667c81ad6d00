"""Meeting series: recurrence across the daylight-saving change and the holidays, a year of
meetings, open decisions carried to the next meeting, a decision becoming an action, and the
calendar file parsed back."""
import json
import shutil
from dataclasses import replace
from datetime import date, datetime, time, timezone

import pytest
from icalendar import Calendar
from sqlmodel import select

from brastod.cli import main
from brastod.core.errors import FieldError, ValidationError
from brastod.core.meeting_days import describe_rule, holiday_name, holidays_between, occurrences
from brastod.core.meeting_rules import DecisionFields
from brastod.core.models import Decision, Meeting, MeetingSeries
from brastod.core.exports.calendar import export_calendar
from brastod.core.services import action_plans, meeting_series, meetings, plan_chain


# ---- rules and holidays ----

def test_every_other_tuesday_keeps_its_weeks_across_the_new_year():
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    anchor = date(2026, 1, 13)
    days = occurrences(rule, date(2026, 12, 1), date(2027, 1, 31), anchor)
    assert days == [date(2026, 12, 1), date(2026, 12, 15), date(2026, 12, 29),
                    date(2027, 1, 12), date(2027, 1, 26)]
    assert all((day - anchor).days % 14 == 0 for day in days)
    assert describe_rule(rule) == "varannan tisdag"


def test_six_times_a_year_and_the_first_monday():
    council = "FREQ=YEARLY;BYMONTH=2,4,6,9,10,12;BYDAY=2TH"
    assert occurrences(council, date(2026, 1, 1), date(2026, 12, 31)) == [
        date(2026, 2, 12), date(2026, 4, 9), date(2026, 6, 11), date(2026, 9, 10),
        date(2026, 10, 8), date(2026, 12, 10)]
    assert describe_rule(council) == "andra torsdagen i feb, apr, jun, sep, okt, dec"
    monthly = "FREQ=MONTHLY;BYDAY=1MO"
    assert occurrences(monthly, date(2026, 3, 1), date(2026, 5, 31)) == [
        date(2026, 3, 2), date(2026, 4, 6), date(2026, 5, 4)]
    assert describe_rule(monthly) == "första måndagen varje månad"


def test_a_rule_that_cannot_be_read_is_refused_in_swedish():
    with pytest.raises(FieldError, match="går inte att läsa") as caught:
        occurrences("FREQ=SOMETIMES", date(2026, 1, 1), date(2026, 2, 1))
    assert caught.value.field == "recurrence_rule"


def test_swedish_holidays_come_from_the_holiday_library():
    assert holiday_name(date(2026, 6, 19)) == "Midsommarafton"
    assert holiday_name(date(2026, 4, 6)) == "Annandag påsk"       # moves with Easter
    assert holiday_name(date(2027, 3, 29)) == "Annandag påsk"
    assert holiday_name(date(2026, 6, 18)) is None
    assert list(holidays_between(date(2026, 12, 23), date(2026, 12, 27)).values()) == [
        "Julafton", "Juldagen", "Annandag jul"]


# ---- a year of meetings ----

def _series(db, name: str) -> MeetingSeries:
    with db.session() as session:
        return session.exec(select(MeetingSeries).where(MeetingSeries.name == name)).one()


def test_a_year_is_planned_with_its_holidays_and_existing_meetings(demo_db):
    est = _series(demo_db, "EST-gruppen")
    days = meeting_series.plan_year(demo_db, est.id, 2027)
    assert len(days) in (26, 27)
    assert all(d.day.weekday() == 1 for d in days)
    # The existing meetings' fortnight continues into 2027.
    assert [d.day for d in days if d.exists] == [date(2027, 1, 5), date(2027, 1, 19),
                                                 date(2027, 2, 2), date(2027, 2, 16)]
    assert {d.holiday for d in days if d.holiday} <= {"Julafton", "Nyårsafton",
                                                      "Annandag påsk", "Första maj"}


def test_meetings_are_created_with_agenda_and_members_and_holidays_ask(demo_db):
    council = _series(demo_db, "Lokala BRÅ")
    with pytest.raises(ValidationError, match="2027-06-25 \\(Midsommarafton\\) är helgdag"):
        meeting_series.create_meetings(demo_db, council.id, [date(2027, 6, 10),
                                                             date(2027, 6, 25)])
    with demo_db.session() as session:
        assert session.exec(select(Meeting).where(Meeting.meeting_date == date(2027, 6, 10))
                            ).first() is None       # nothing of the refused call was stored
    ids = meeting_series.create_meetings(demo_db, council.id,
                                         [date(2027, 6, 10), date(2027, 6, 25),
                                          date(2027, 2, 11)], allow_holidays=True)
    assert len(ids) == 2                             # 11 February 2027 exists already
    from brastod.core.services.meetings import list_meetings
    created = [m for m in list_meetings(demo_db) if m.id in ids]
    assert [m.title for m in created] == ["Lokala BRÅ 10 juni 2027", "Lokala BRÅ 25 juni 2027"]
    assert created[0].start_time == time(13, 0) and created[0].end_time == time(15, 0)
    assert created[0].agenda_items == 13
    with demo_db.session() as session:
        attendees = session.get(Meeting, ids[0])
        from brastod.core.models import Attendee
        names = session.exec(select(Attendee.name, Attendee.status)
                             .where(Attendee.meeting_id == attendees.id)).all()
    assert ("Kommunstyrelsens ordförande", "called") in names and len(names) > 10


# ---- decisions ----

def test_open_decisions_follow_to_the_next_meeting_until_done(demo_db):
    from brastod.core.services.meetings import list_meetings
    council = [m for m in list_meetings(demo_db) if m.series == "Lokala BRÅ"]
    last, upcoming = council[-2], council[-1]
    carried = meetings.open_decisions_before(demo_db, upcoming.id)
    assert carried and all(d.meeting_date < upcoming.meeting_date for d in carried)
    assert all(d.status == "open" for d in carried)
    first = carried[0]
    with demo_db.session() as session:
        decision = session.get(Decision, first.id)
        decision.status = "done"
        session.add(decision)
    after = meetings.open_decisions_before(demo_db, upcoming.id)
    assert first.id not in {d.id for d in after} and len(after) == len(carried) - 1
    # An earlier meeting does not see what was decided after it.
    assert all(d.meeting_date < last.meeting_date
               for d in meetings.open_decisions_before(demo_db, last.id))


def test_a_decision_becomes_an_action_in_a_plan(demo_db):
    plan = next(p for p in action_plans.list_plans(demo_db) if p.kind == "action_plan")
    with demo_db.session() as session:
        decision = session.exec(select(Decision).where(
            Decision.responsible_partner_id.is_not(None), Decision.action_id.is_(None))).first()
        unassigned = Decision(meeting_id=decision.meeting_id, text="Frågan utreds vidare.")
        session.add(unassigned)
    action_id = meeting_series.decision_to_action(demo_db, decision.id, plan.id)
    outline = plan_chain.get_outline(demo_db, plan.id)
    action = next(a for a in outline.all_actions() if a.id == action_id)
    assert action.values.title == decision.text
    assert action.values.responsible_partner_id == decision.responsible_partner_id
    assert action in outline.actions              # not yet tied to a cause: it shows as such
    with pytest.raises(ValidationError, match="redan en åtgärd"):
        meeting_series.decision_to_action(demo_db, decision.id, plan.id)
    with pytest.raises(FieldError, match="ansvarar"):
        meeting_series.decision_to_action(demo_db, unassigned.id, plan.id)


# ---- the calendar file ----

def test_the_calendar_file_parses_back_in_swedish_time(demo_db, tmp_path):
    target = tmp_path / "braa.ics"
    count = export_calendar(demo_db, target, series="Lokala BRÅ")
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == count > 10
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    by_day = {e.decoded("dtstart").date(): e for e in events}
    # 13:00 on both sides of the daylight-saving change: 12:00 UTC in winter, 11:00 in summer.
    winter, summer = by_day[date(2026, 2, 12)], by_day[date(2026, 4, 9)]
    for event, utc_hour in ((winter, 12), (summer, 11)):
        start = event.decoded("dtstart")
        assert start.hour == 13 and str(start.tzinfo) == "Europe/Stockholm"
        assert start.astimezone(timezone.utc).hour == utc_hour
        assert event.decoded("dtend") - start == datetime(1, 1, 1, 15) - datetime(1, 1, 1, 13)
    description = str(winter["description"])
    assert "Dagordning:" in description and "1. Mötets öppnande" in description
    assert str(winter["location"]).startswith("Kommunhuset")
    assert len({str(e["uid"]) for e in events}) == count
    with pytest.raises(ValidationError, match="Serierna heter"):
        export_calendar(demo_db, tmp_path / "x.ics", series="Okänd")
    assert not (tmp_path / "x.ics").exists()


def test_cli_lists_meetings_and_writes_the_calendar(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    assert main(["--db", str(path), "list", "meetings", "--json"]) == 0
    meetings = json.loads(capsys.readouterr().out)
    council = [m for m in meetings if m["series"] == "Lokala BRÅ"]
    assert council[0]["start"] == "13:00" and council[0]["agenda_items"] == 13
    target = tmp_path / "alla.ics"
    assert main(["--db", str(path), "export", "calendar", "--ics", str(target)]) == 0
    assert f"{len(meetings)} möten sparade" in capsys.readouterr().out
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == len(meetings)
    with pytest.raises(SystemExit) as caught:        # --ics is required
        main(["--db", str(path), "export", "calendar", "--series", "EST-gruppen"])
    assert caught.value.code == 2 and "--ics" in capsys.readouterr().err


def test_a_meeting_whole_with_the_open_decisions_under_the_follow_up_item(demo_db):
    from brastod.core.services.meetings import list_meetings
    council = [m for m in list_meetings(demo_db) if m.series == "Lokala BRÅ"]
    held = next(m for m in reversed(council) if m.status in ("held", "minutes_approved"))
    detail = meetings.get_meeting(demo_db, held.id)
    assert [item.position for item in detail.agenda] == list(range(1, 14))
    follow_up = next(i for i in detail.agenda if i.title.startswith("Föregående mötes"))
    assert follow_up.carried == detail.carried and detail.carried
    assert all(not item.carried for item in detail.agenda if item is not follow_up)
    decided = next(i for i in detail.agenda if i.title == "Beslut")
    assert decided.decisions and all(d.meeting_id == held.id for d in decided.decisions)
    assert {a.status for a in detail.attendees} <= {"present", "apologies", "co_opted"}
    with pytest.raises(ValidationError, match="Möte 9999 finns inte"):
        meetings.get_meeting(demo_db, 9999)


# ---- documents ----

def _council(db, held: bool):
    from brastod.core.services.meetings import list_meetings
    council = [m for m in list_meetings(db) if m.series == "Lokala BRÅ"]
    if held:
        return next(m for m in reversed(council) if m.status in ("held", "minutes_approved"))
    return next(m for m in council if m.status in ("planned", "notice_sent"))


def _text(path) -> str:
    from pypdf import PdfReader
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_notice_has_time_place_agenda_and_the_open_decisions(demo_db, tmp_path):
    from brastod.core.exports.meeting_documents import export_notice
    meeting = _council(demo_db, held=False)
    target = tmp_path / "kallelse.pdf"
    export_notice(demo_db, meeting.id, target, printed=date(2026, 11, 22))
    text = _text(target)
    assert f"Kallelse – {meeting.title}" in text
    assert "torsdag 10 december 2026 kl. 13.00–15.00" in text
    assert "Kommunhuset, sammanträdesrum Stora salen" in text
    assert text.index("1. Mötets öppnande") < text.index("13. Mötets avslutande")
    carried = meetings.open_decisions_before(demo_db, meeting.id)
    assert text.count("Öppet beslut:") == len(carried) > 0
    assert "Kallade" in text
    from pypdf import PdfReader
    first = PdfReader(target).pages[0].extract_text()
    # No cover: page 1 carries the running header too (the title as heading and in the header).
    assert first.count(f"Kallelse – {meeting.title}") == 2


def test_the_minutes_have_attendance_decisions_and_signature_lines(demo_db, tmp_path):
    from brastod.core.exports.meeting_documents import export_minutes
    meeting = _council(demo_db, held=True)
    detail = meetings.get_meeting(demo_db, meeting.id)
    target = tmp_path / "protokoll.pdf"
    export_minutes(demo_db, meeting.id, target, printed=date(2026, 11, 22))
    text = _text(target)
    assert f"Protokoll – {meeting.title}" in text and "Närvarande" in text
    assert "§ 4 Föregående mötes protokoll och beslut" in text
    own = [d for item in detail.agenda for d in item.decisions]
    assert text.count("Beslut:") == len(own) > 0
    assert own[0].text[:40] in text
    for role in ("Vid protokollet", "Ordförande", "Justeras"):
        assert role in text
    assert detail.approver in text.split("Justeras")[-1]


# ---- the meeting pack ----

def test_the_meeting_pack_has_a_bookmarked_part_each(demo_db, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    from brastod.core.exports.meeting_pack import export_meeting_pack
    meeting = _council(demo_db, held=False)
    detail = meetings.get_meeting(demo_db, meeting.id)
    previous = meetings.get_meeting(demo_db, detail.previous_id)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    export_meeting_pack(demo_db, meeting.id, pdf=pdf, xlsx=xlsx, printed=date(2026, 11, 22))
    reader = PdfReader(pdf)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    # No lägesbild chosen: the one covering the time since the previous meeting, not August's.
    parts = [f"Kallelse – {meeting.title}", "Lägesbild oktober–november 2026 (inför nästa möte)",
             "Åtgärdsplanens status", f"Protokoll – {previous.title}"]
    assert [t for t in titles if t in parts] == parts
    text = _text(pdf)
    assert "Medborgarlöfte 2026" in text and "Försenade 2026-11-22: 3" in text
    assert "Bedömning per område" in text
    assert (f"Lägesbilden i handlingarna är den som täcker tiden sedan föregående möte "
            f"({previous.meeting_date:%Y-%m-%d}).") in " ".join(text.split())
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Dagordning", "Öppna beslut", "Åtgärder",
                                   "Händelser per område", "Bedömningar", "Om mötet"]
    by_area = list(workbook["Händelser per område"].iter_rows(values_only=True))
    assert by_area[0][:3] == ("Område", "Perioden", "Föregående period")
    assert by_area[-1][0] == "Totalt" and by_area[-1][1] == sum(r[1] for r in by_area[1:-1])
    assert workbook["Dagordning"].max_row == 14
    assert workbook["Öppna beslut"].max_row - 1 == len(detail.carried)
    assert workbook["Åtgärder"].max_row - 1 == 11


def test_a_chosen_lagesbild_goes_into_the_pack(demo_db, tmp_path):
    from brastod.core.exports.meeting_pack import export_meeting_pack
    from brastod.core.services.situation_reports import list_situation_reports
    strategic = next(r for r in list_situation_reports(demo_db) if r.kind == "strategic")
    meeting = _council(demo_db, held=False)
    pdf = tmp_path / "pack.pdf"
    export_meeting_pack(demo_db, meeting.id, pdf=pdf, printed=date(2026, 11, 22),
                        report_id=strategic.id)
    assert f"Lägesbild – {strategic.title}" in _text(pdf)


def test_without_a_covering_lagesbild_the_pack_takes_the_newest_adopted_and_says_so(demo_db):
    from brastod.core.exports.meeting_pack import chosen_report
    from brastod.core.services.situation_reports import list_situation_reports
    reports = {r.title: r.id for r in list_situation_reports(demo_db)}
    meeting = _council(demo_db, held=False)
    detail = meetings.get_meeting(demo_db, meeting.id)
    previous = meetings.get_meeting(demo_db, detail.previous_id)
    assert chosen_report(demo_db, detail, previous) == (
        reports["Lägesbild oktober–november 2026 (inför nästa möte)"],
        f"den som täcker tiden sedan föregående möte ({previous.meeting_date:%Y-%m-%d})")
    later = replace(detail, meeting_date=date(2027, 3, 2))
    since = replace(previous, meeting_date=date(2027, 2, 2))
    assert chosen_report(demo_db, later, since) == (
        reports["Lägesbild augusti–september 2026"],
        "den senast fastställda; ingen lägesbild täcker tiden sedan föregående möte")
    chosen = replace(detail, situation_report_id=reports["Strategisk lägesbild 2025"])
    assert chosen_report(demo_db, chosen, previous) == (reports["Strategisk lägesbild 2025"],
                                                        "vald för mötet")


def test_cli_writes_the_meeting_pack(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    main(["--db", str(path), "list", "meetings", "--json"])
    meeting = next(m for m in json.loads(capsys.readouterr().out)
                   if m["series"] == "Lokala BRÅ" and m["date"] > "2026-11-22")
    pdf = tmp_path / "pack.pdf"
    assert main(["--db", str(path), "export", "meeting-pack", str(meeting["id"]),
                 "--pdf", str(pdf)]) == 0
    assert "sparade i" in capsys.readouterr().out and pdf.stat().st_size > 0
    assert main(["--db", str(path), "export", "meeting-pack", "9999", "--pdf", str(pdf)]) == 1
    assert "Möte 9999 finns inte" in capsys.readouterr().err


def test_a_first_meeting_without_lagesbild_or_plan_still_gets_its_pack(db, tmp_path):
    from brastod.core.exports.meeting_pack import export_meeting_pack
    with db.session() as session:
        series = MeetingSeries(name="Lokala BRÅ", body="council", default_start=time(13, 0),
                               recurrence_rule="FREQ=MONTHLY;BYDAY=1MO")
        session.add(series)
    [meeting_id] = meeting_series.create_meetings(db, series.id, [date(2027, 2, 1)])
    pdf = tmp_path / "pack.pdf"
    export_meeting_pack(db, meeting_id, pdf=pdf, xlsx=tmp_path / "pack.xlsx",
                        printed=date(2027, 1, 20))
    text = _text(pdf)
    for fallback in ("Ingen lägesbild täcker tiden före mötet och ingen är fastställd.",
                     "Ingen beslutad plan gäller vid mötet.",
                     "Serien har inget tidigare möte.",
                     "måndag 1 februari 2027 kl. 13.00–15.00"):
        assert fallback in text, fallback


def test_reminders_of_due_actions_the_year_and_the_statutory_lagesbild(demo_db):
    from brastod.core.models import Setting
    from brastod.core.services.reminders import reminders
    found = reminders(demo_db, date(2026, 11, 23), date(2028, 3, 1))
    texts = [(r.day, r.kind) for r in found]
    assert (date(2026, 12, 12), "action") in texts                  # Rutin för sanering …
    assert (date(2027, 2, 28), "annual_cycle") in texts             # verksamhetsberättelse
    # The strategic lägesbild was adopted 2026-02-12; the interval is a setting (24 months).
    assert (date(2028, 2, 12), "situation_report") in texts
    assert all(r.day >= date(2026, 11, 23) for r in found)
    assert not any("Röja vegetation" in r.text for r in found)      # done: no reminder
    with demo_db.session() as session:
        setting = session.get(Setting, "situation_report_interval_months")
        setting.value = "12"
        session.add(setting)
    again = reminders(demo_db, date(2026, 11, 23), date(2028, 3, 1))
    assert (date(2027, 2, 12), "situation_report") in [(r.day, r.kind) for r in again]


# ---- editing a meeting ----

def _fields(detail, **changes):
    values = dict(title=detail.title, meeting_date=detail.meeting_date,
                  start_time=detail.start_time, end_time=detail.end_time, place=detail.place,
                  status=detail.status, chair=detail.chair, secretary=detail.secretary,
                  approver=detail.approver)
    values.update(changes)
    return meetings.MeetingFields(**values)


def test_a_meeting_is_moved_rescheduled_and_its_status_kept_honest(demo_db):
    meeting = _council(demo_db, held=False)
    detail = meetings.get_meeting(demo_db, meeting.id)
    with pytest.raises(ValidationError, match="julafton"):
        meetings.update_meeting(demo_db, meeting.id, _fields(detail,
                                                             meeting_date=date(2026, 12, 24)))
    with pytest.raises(FieldError, match="slutar") as caught:
        meetings.update_meeting(demo_db, meeting.id, _fields(detail, end_time=time(12, 0)))
    assert caught.value.field == "end_time"
    with pytest.raises(FieldError, match="justerare"):
        meetings.update_meeting(demo_db, meeting.id, _fields(detail, approver=" ",
                                                             status="minutes_approved"))
    assert meetings.get_meeting(demo_db, meeting.id).meeting_date == detail.meeting_date
    meetings.update_meeting(demo_db, meeting.id, _fields(
        detail, meeting_date=date(2026, 12, 17), place=" Folkets hus ", status="notice_sent"))
    after = meetings.get_meeting(demo_db, meeting.id)
    assert (after.meeting_date, after.place, after.status) == (date(2026, 12, 17),
                                                               "Folkets hus", "notice_sent")
    assert after.notice_sent_on is not None


def test_the_agenda_is_edited_and_renumbered(demo_db):
    meeting = _council(demo_db, held=False)
    detail = meetings.get_meeting(demo_db, meeting.id)
    theme = next(i for i in detail.agenda if i.title == "Tema/fördjupning")
    new = meetings.add_item(demo_db, meeting.id, "Tema: trygghet i centrum", after_id=theme.id)
    assert meetings.move_item(demo_db, new, -1)
    meetings.save_item(demo_db, new, minutes="Fältarna berättade om sommaren.",
                       presenter="Fältsekreterare")
    meetings.remove_item(demo_db, theme.id)
    agenda = meetings.get_meeting(demo_db, meeting.id).agenda
    assert [i.position for i in agenda] == list(range(1, 14))
    moved = next(i for i in agenda if i.id == new)
    assert moved.position == 9 and moved.presenter == "Fältsekreterare"
    assert moved.minutes == "Fältarna berättade om sommaren."
    assert not meetings.move_item(demo_db, agenda[0].id, -1)
    with pytest.raises(ValidationError):
        meetings.save_item(demo_db, new, title="  ")


def test_attendance_and_decisions_are_recorded(demo_db):
    meeting = _council(demo_db, held=True)
    detail = meetings.get_meeting(demo_db, meeting.id)
    first = detail.attendees[0]
    meetings.set_attendance(demo_db, first.id, "apologies")
    guest = meetings.add_attendee(demo_db, meeting.id, "Kulturchef", organisation="Fagersta "
                                  "kommun")
    meetings.set_attendance(demo_db, guest, "co_opted", "t.o.m. punkt 4")
    decided = next(i for i in detail.agenda if i.title == "Beslut")
    with pytest.raises(FieldError, match="före mötet") as caught:
        meetings.save_decision(demo_db, None, meeting_id=meeting.id, item_id=decided.id,
                               values=DecisionFields("Ny rutin", None,
                                                     meeting.meeting_date.replace(year=2020)))
    assert caught.value.field == "due_on"
    new = meetings.save_decision(demo_db, None, meeting_id=meeting.id, item_id=decided.id,
                                 values=DecisionFields("Ny rutin för klotter", None, None))
    after = meetings.get_meeting(demo_db, meeting.id)
    statuses = {a.name: (a.status, a.note) for a in after.attendees}
    assert statuses[first.name][0] == "apologies"
    assert statuses["Kulturchef"] == ("co_opted", "t.o.m. punkt 4")
    item = next(i for i in after.agenda if i.title == "Beslut")
    assert "Ny rutin för klotter" in [d.text for d in item.decisions]
    meetings.remove_decision(demo_db, new)
    assert len(next(i for i in meetings.get_meeting(demo_db, meeting.id).agenda
                    if i.title == "Beslut").decisions) == len(item.decisions) - 1


# ---- series ----

def test_a_series_is_saved_with_members_and_its_rule_checked(demo_db):
    from brastod.core.meeting_days import PATTERNS, rule_for
    from brastod.core.services import registers
    partner = registers.list_partners(demo_db)[0]
    contacts = [c.id for c in registers.list_contacts(demo_db, partner.id)]
    rule = rule_for(dict(PATTERNS)["Första i månaden"], 0)
    assert rule == "FREQ=MONTHLY;BYDAY=1MO"
    values = meeting_series.SeriesFields(" Arbetsgrupp klotter ", "working_group", "Rum 3",
                                         time(14, 0), 60, rule)
    series_id = meeting_series.save_series(demo_db, None, values, contacts + contacts)
    row = next(s for s in meeting_series.list_series(demo_db) if s.id == series_id)
    assert row.fields.name == "Arbetsgrupp klotter" and row.members == contacts
    assert row.meetings == 0
    days = meeting_series.plan_year(demo_db, series_id, 2027)
    assert [d.day for d in days][:2] == [date(2027, 1, 4), date(2027, 2, 1)]
    with pytest.raises(FieldError, match="redan en mötesserie") as caught:
        meeting_series.save_series(demo_db, None, replace(values, name="Lokala BRÅ"), [])
    assert caught.value.field == "name"
    with pytest.raises(FieldError, match="inga mötesdagar"):
        meeting_series.save_series(demo_db, series_id, meeting_series.SeriesFields(
            "Arbetsgrupp klotter", "working_group", None, None, 60,
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), [])
    with pytest.raises(FieldError) as caught:
        meeting_series.SeriesFields("X", "council", None, None, 5, None).validate()
    assert caught.value.field == "default_duration_minutes"
    meeting_series.save_series(demo_db, series_id, values, [])
    assert next(s for s in meeting_series.list_series(demo_db)
                if s.id == series_id).members == []


def test_a_decision_made_an_action_under_a_goal_takes_the_goals_cause(demo_db):
    plan = next(p for p in action_plans.list_plans(demo_db) if p.kind == "action_plan")
    outline = plan_chain.get_outline(demo_db, plan.id)
    goal = next(g for g in outline.all_goals() if g.values.cause_id is not None)
    with demo_db.session() as session:
        open_ones = session.exec(select(Decision.id).where(
            Decision.responsible_partner_id.is_not(None), Decision.action_id.is_(None))).all()
    action_id = meeting_series.decision_to_action(demo_db, open_ones[0], plan.id,
                                                  goal_id=goal.id)
    node = next(a for a in plan_chain.get_outline(demo_db, plan.id).all_actions()
                if a.id == action_id)
    assert (node.values.goal_id, node.values.cause_id) == (goal.id, goal.values.cause_id)
    other = next(p for p in action_plans.list_plans(demo_db) if p.id != plan.id)
    with pytest.raises(FieldError, match="Målet hör inte till den här planen"):
        meeting_series.decision_to_action(demo_db, open_ones[1], other.id, goal_id=goal.id)
