"""Möteshandlingar: what the coordinator sends before a meeting, in one PDF with a bookmark per
part — kallelse and dagordning, the lägesbild in brief, the plans' status with their colours and
overdue actions, the previous protocol with its open decisions — and the same as a workbook."""
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from reportlab.platypus import PageBreak

from brastod.core.db import Database
from brastod.core.enums import ActionStatus, PlanStatus, Rag, ReportStatus, Trend
from brastod.core.exports import action_plan, pdf, situation_report
from brastod.core.exports.cells import table_sheet
from brastod.core.exports.files import write_atomically
from brastod.core.exports.meeting_documents import minutes_story, notice_story, when_text
from brastod.core.labels import label
from brastod.core.plan_rules import is_overdue
from brastod.core.services import registers
from brastod.core.services.action_plans import list_plans
from brastod.core.services.meetings import MeetingDetail, get_meeting
from brastod.core.services.situation_reports import list_situation_reports


@dataclass
class _Pack:
    meeting: MeetingDetail
    previous: MeetingDetail | None
    report: object | None           # situation_report._Report
    report_reason: str              # why this lägesbild: said in the pack
    plans: list                     # action_plan._Plan, decided and running at the meeting
    municipality: registers.MunicipalityInfo
    printed: date


def chosen_report(db: Database, meeting: MeetingDetail,
                  previous: MeetingDetail | None) -> tuple[int | None, str]:
    """The lägesbild for the meeting and why: the one chosen for it; else the one that covers
    the time since the previous meeting of the series (an adopted one before a draft, then
    the newest period), so that a December pack does not carry August's figures; else the
    newest adopted one up to the meeting day."""
    if meeting.situation_report_id is not None:
        return meeting.situation_report_id, "vald för mötet"
    day = meeting.meeting_date
    since = previous.meeting_date if previous is not None else day - timedelta(days=28)
    reports = list_situation_reports(db)
    covering = [r for r in reports if r.period_start <= day and r.period_end > since]
    if covering:
        best = max(covering, key=lambda r: (r.status == ReportStatus.ADOPTED, r.period_end,
                                            r.id))
        return best.id, (f"den som täcker tiden sedan föregående möte ({since:%Y-%m-%d})"
                         if previous is not None else "den som täcker de senaste fyra veckorna")
    adopted = [r for r in reports if r.status == ReportStatus.ADOPTED
               and r.adopted_on and r.adopted_on <= day]
    if adopted:
        return max(adopted, key=lambda r: (r.adopted_on, r.id)).id, \
            "den senast fastställda; ingen lägesbild täcker tiden sedan föregående möte"
    return None, ""


def _load(db: Database, meeting_id: int, printed: date, report_id: int | None,
          allow_personal_data: bool) -> _Pack:
    meeting = get_meeting(db, meeting_id)
    previous = get_meeting(db, meeting.previous_id) if meeting.previous_id else None
    why = "vald när handlingarna skrevs ut"
    if report_id is None:
        report_id, why = chosen_report(db, meeting, previous)
    report = (situation_report.load(db, report_id, allow_personal_data)
              if report_id is not None else None)
    day = meeting.meeting_date
    plans = [action_plan.load(db, p.id, printed, allow_personal_data)
             for p in list_plans(db) if p.status == PlanStatus.DECIDED
             and (p.period_start is None or p.period_start <= day)
             and (p.period_end is None or day <= p.period_end)]
    return _Pack(meeting, previous, report, why, plans, registers.get_municipality(db),
                 printed)


def export_meeting_pack(db: Database, meeting_id: int, *, pdf: Path | None = None,
                        xlsx: Path | None = None, printed: date | None = None,
                        report_id: int | None = None,
                        allow_personal_data: bool = False) -> None:
    """``printed`` decides what is overdue; ``report_id`` chooses another lägesbild."""
    pack = _load(db, meeting_id, printed or date.today(), report_id, allow_personal_data)
    if pdf is not None:
        write_pdf(pack, Path(pdf))
    if xlsx is not None:
        write_xlsx(pack, Path(xlsx))


def write_pdf(pack: _Pack, path: Path) -> None:
    meeting = pack.meeting
    furniture = pdf.Furniture(pack.municipality.name, f"Möteshandlingar – {meeting.title}",
                              pack.printed, pack.municipality.logo)
    story = pdf.cover(furniture, f"Möteshandlingar – {meeting.title}", [
        when_text(meeting), meeting.place or "", "Kallelse och dagordning · lägesbild · "
        "åtgärdsplanens status · föregående protokoll"])
    story += notice_story(meeting)
    story.append(PageBreak())
    if pack.report is not None:
        story += situation_report.summary_story(pack.report, pack.report_reason)
    else:
        story += [pdf.Heading("Lägesbild"), pdf.text("Ingen lägesbild täcker tiden före mötet "
                                                     "och ingen är fastställd.")]
    story += [PageBreak(), pdf.Heading("Åtgärdsplanens status")]
    if not pack.plans:
        story.append(pdf.text("Ingen beslutad plan gäller vid mötet."))
    for plan in pack.plans:
        story += action_plan.status_story(plan, plan.detail.fields.title)
        story.append(action_plan.actions_table(plan))
    story.append(PageBreak())
    if pack.previous is not None:
        story += minutes_story(pack.previous)
    else:
        story += [pdf.Heading("Föregående protokoll"), pdf.text("Serien har inget tidigare möte.")]
    pdf.build(path, furniture, story)


def write_xlsx(pack: _Pack, path: Path) -> None:
    meeting = pack.meeting

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        table_sheet(book, "Dagordning", [("Punkt", 7, None), ("Ärende", 60, None),
                                         ("Föredragande", 24, None)],
                    [[item.position, item.title, item.presenter] for item in meeting.agenda])
        table_sheet(book, "Öppna beslut", [
            ("Beslutat", 11, None), ("Beslut", 70, None), ("Ansvarig", 28, None),
            ("Klart senast", 12, None)],
            [[d.meeting_date, d.text, d.partner, d.due_on] for d in meeting.carried])
        rows = []
        for plan in pack.plans:
            for action in plan.outline.all_actions():
                values = action.values
                rows.append([plan.detail.fields.title, values.title, action.partner,
                             values.due_on, label(ActionStatus, values.status),
                             label(Rag, values.rag),
                             "Ja" if is_overdue(values.status, values.due_on, pack.printed)
                             else "Nej"])
        table_sheet(book, "Åtgärder", [
            ("Plan", 36, None), ("Åtgärd", 50, None), ("Ansvarig", 26, None),
            ("Klart senast", 12, None), ("Status", 11, None), ("Uppföljning", 12, None),
            (f"Försenad {pack.printed:%Y-%m-%d}", 18, None)], rows)
        report = pack.report
        table_sheet(book, "Händelser per område", [("Område", 26, None)] + [
            (heading, max(11, len(heading) + 2), None)
            for heading in situation_report.COMPARISON],
            situation_report.comparison_rows(report, "area") if report else [])
        table_sheet(book, "Bedömningar", [("Område", 22, None), ("Bedömning", 14, None),
                                          ("Trend", 8, None), ("Motivering", 80, None)],
                    [[a.area, report.levels[a.level_id].name if a.level_id in report.levels
                      else None, label(Trend, a.trend), a.motivation]
                     for a in report.detail.assessments] if report else [])
        table_sheet(book, "Om mötet", [("Uppgift", 22, None), ("Värde", 70, None)], [
            ["Möte", meeting.title], ["Tid", when_text(meeting)], ["Plats", meeting.place],
            ["Lägesbild", report.detail.title if report else None],
            ["Lägesbilden är", pack.report_reason or None],
            ["Föregående möte", pack.previous.title if pack.previous else None],
            ["Kommun", pack.municipality.name]])
        book.properties.title = f"Möteshandlingar – {meeting.title}"
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)
