"""Månadsrapport: one or two pages for a month, for Länsstyrelsen and lokala BRÅ — the month's
incidents per main category and area against the month before and the same month a year
earlier, the places with most incidents, the area assessments of the newest adopted lägesbild,
the actions begun in the month and those overdue, and the meetings held. Described once and
written as PDF, Word and an Excel workbook."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from brastod.core.dates import MONTHS
from brastod.core.db import Database
from brastod.core.enums import ActionStatus, MeetingStatus, PlanStatus, ReportStatus, Trend
from brastod.core.errors import ValidationError
from brastod.core.exports import content, pdf, situation_report, word
from brastod.core.exports.cells import table_sheet
from brastod.core.exports.content import Furniture, Heading, Table, text
from brastod.core.exports.files import write_atomically
from brastod.core.labels import label
from brastod.core.periods import MONTH, Period, period_of
from brastod.core.personal_data import find_hits, refuse
from brastod.core.plan_rules import is_overdue
from brastod.core.services import registers
from brastod.core.services.action_plans import ActionRow, list_actions, list_plans
from brastod.core.services.figures import ReportFigures, change_text, compute_figures
from brastod.core.services.meetings import MeetingRow, list_meetings
from brastod.core.services.situation_reports import list_situation_reports

HELD = (MeetingStatus.HELD.value, MeetingStatus.MINUTES_APPROVED.value)
HOTSPOTS = 5
# The month before and the year before must be dates too.
FIRST_YEAR, LAST_YEAR = 1901, 9998


def month_name(day: date) -> str:
    """"mars 2026"."""
    return f"{MONTHS[day.month - 1]} {day.year}"


@dataclass
class MonthlyReport:
    month: Period
    figures: ReportFigures
    situation: object | None      # situation_report._Report: the newest adopted lägesbild
    new_actions: list[ActionRow]
    overdue: list[ActionRow]
    as_of: date                   # the day overdue is counted at
    meetings: list[MeetingRow]
    furniture: Furniture

    @property
    def title(self) -> str:
        return self.furniture.title


def load(db: Database, year: int, month: int, printed: date,
         allow_personal_data: bool = False) -> MonthlyReport:
    """The month's figures and what the report shows beside them; stops at text like personal
    data unless the user has confirmed it."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise ValidationError(f"Välj en månad mellan år {FIRST_YEAR} och {LAST_YEAR}.")
    period = period_of(MONTH, date(year, month, 1))
    with db.session() as session:
        figures = compute_figures(session, period, months=1, key_figure_years=1)
    adopted = [r for r in list_situation_reports(db)
               if r.status == ReportStatus.ADOPTED and r.period_start <= period.end]
    newest = max(adopted, key=lambda r: (r.period_end, r.adopted_on, r.id), default=None)
    decided = {p.id for p in list_plans(db) if p.status == PlanStatus.DECIDED}
    actions = [a for a in list_actions(db) if a.plan_id in decided]
    as_of = min(printed, period.end)
    municipality = registers.get_municipality(db)
    report = MonthlyReport(
        period, figures,
        situation_report.load(db, newest.id, True) if newest else None,
        [a for a in actions if a.start_on and period.contains(a.start_on)
         and a.status != ActionStatus.CANCELLED],
        [a for a in actions if is_overdue(a.status, a.due_on, as_of)], as_of,
        [m for m in list_meetings(db) if period.contains(m.meeting_date) and m.status in HELD],
        Furniture(municipality.name, f"Månadsrapport {month_name(period.start)}", printed,
                  municipality.logo, cover=False))
    if not allow_personal_data:
        refuse(personal_data_hits(report), "Månadsrapporten")
    return report


def personal_data_hits(report: MonthlyReport):
    texts = [(f"Plats ”{h.place}”", h.place) for h in report.figures.hotspots]
    if report.situation is not None:
        texts += [(f"Bedömning {a.area}", a.motivation)
                  for a in report.situation.detail.assessments]
    texts += [(f"Åtgärd ”{a.title}”", a.title) for a in report.new_actions + report.overdue]
    texts += [(f"Möte {m.meeting_date}", m.title) for m in report.meetings]
    return find_hits(texts)


def _headings(report: MonthlyReport, first: str) -> list[str]:
    month = report.month
    return [first, month_name(month.start).capitalize(),
            month_name(month.previous().start).capitalize(), "Förändring",
            month_name(month.year_earlier().start).capitalize(), "Förändring"]


def _comparison(report: MonthlyReport, by: str) -> Table:
    rows = situation_report.matrix_comparison_rows(report.figures.matrix, by)
    return Table([_headings(report, "Område" if by == "area" else "Kategori")]
                 + [[str(value) for value in row] for row in rows],
                 [58] + [23.2] * 5, numeric=range(1, 6), total=True)


def blocks(report: MonthlyReport) -> list:
    """The report's content, the same in the PDF and the Word document."""
    month, matrix = report.month, report.figures.matrix
    now, before, year_ago = matrix.total()
    result: list = [Heading(report.title), text(
        f"Trygghetsarbetet i {report.furniture.municipality} – underlag till Länsstyrelsen och "
        f"lokala BRÅ. Perioden {month.start:%Y-%m-%d} – {month.end:%Y-%m-%d}.", small=True),
        Heading("Händelser", 1)]
    if not (now or before or year_ago):
        result.append(text("Inga händelser under månaden, månaden före eller samma månad året "
                           "före."))
    else:
        result.append(text(
            f"{now} händelser i {month_name(month.start)}, mot {before} i "
            f"{month_name(month.previous().start)} ({change_text(now, before)}) och {year_ago} i "
            f"{month_name(month.year_earlier().start)} ({change_text(now, year_ago)}). Vid små "
            "tal anges skillnaden i antal i stället för procent."))
        result += [_comparison(report, "category"), content.Space(3),
                   _comparison(report, "area")]
    hotspots = report.figures.hotspots[:HOTSPOTS]
    if hotspots:
        result += [Heading("Platser med flest händelser", 1), Table(
            [["Plats", "Område", "Antal"]] + [[h.place, h.area, str(h.count)] for h in hotspots],
            [90, 60, 24], numeric=[2])]
    result += _assessments(report) + _actions(report)
    result.append(Heading("Möten under månaden", 1))
    if report.meetings:
        result.append(Table([["Datum", "Möte", "Serie"]] + [
            [str(m.meeting_date), m.title, m.series or ""] for m in report.meetings],
            [24, 100, 50]))
    else:
        result.append(text("Inga hållna möten under månaden."))
    return result


def _assessments(report: MonthlyReport) -> list:
    situation = report.situation
    if situation is None:
        return [Heading("Bedömning per område", 1),
                text("Ingen lägesbild är fastställd ännu.")]
    detail = situation.detail
    found = situation_report.assessment_blocks(detail.assessments, situation.levels)
    found.insert(1, text(f"Ur {detail.title}, fastställd {detail.adopted_on:%Y-%m-%d} av "
                         f"{detail.adopted_by}.", small=True))
    return found


def _action_rows(actions: list[ActionRow]) -> list[list]:
    return [[a.title, a.plan_title, a.partner or "", str(a.due_on or ""),
             label(ActionStatus, a.status)] for a in actions]


def _actions(report: MonthlyReport) -> list:
    widths = [52, 44, 32, 24, 22]
    headings = ["Åtgärd", "Plan", "Ansvarig", "Klart senast", "Status"]
    result: list = [Heading("Åtgärder", 1), text(
        f"{len(report.new_actions)} påbörjade under månaden i beslutade planer; "
        f"{len(report.overdue)} försenade {report.as_of:%Y-%m-%d} (status i dag).")]
    for title, actions in (("Påbörjade under månaden", report.new_actions),
                           (f"Försenade {report.as_of:%Y-%m-%d}", report.overdue)):
        if actions:
            result += [Heading(title, 1, bookmark=False),
                       Table([headings] + _action_rows(actions), widths)]
    return result


def export_monthly_report(db: Database, year: int, month: int, *, pdf_path: Path | None = None,
                          docx: Path | None = None, xlsx: Path | None = None,
                          printed: date | None = None,
                          allow_personal_data: bool = False) -> MonthlyReport:
    """Write the files asked for; ``printed`` (today) decides what is overdue in the month
    still running."""
    report = load(db, year, month, printed or date.today(), allow_personal_data)
    content_blocks = blocks(report)
    if pdf_path is not None:
        pdf.build(Path(pdf_path), report.furniture, pdf.flowables(content_blocks))
    if docx is not None:
        word.build(Path(docx), report.furniture, content_blocks)
    if xlsx is not None:
        write_xlsx(report, Path(xlsx))
    return report


def write_xlsx(report: MonthlyReport, path: Path) -> None:
    matrix = report.figures.matrix
    comparison = [(heading, max(12, len(heading) + 2), None)
                  for heading in _headings(report, "")[1:]]

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        for title, first, by in (("Kategorier", "Kategori", "category"),
                                 ("Områden", "Område", "area")):
            table_sheet(book, title, [(first, 30, None)] + comparison, situation_report.matrix_comparison_rows(matrix, by))
        table_sheet(book, "Platser", [("Plats", 36, None), ("Område", 24, None),
                                      ("Antal", 8, None)],
                    [[h.place, h.area, h.count] for h in report.figures.hotspots])
        situation = report.situation
        table_sheet(book, "Bedömningar", [("Område", 22, None), ("Bedömning", 14, None),
                                          ("Trend", 8, None), ("Motivering", 80, None)],
                    [[a.area, situation.levels[a.level_id].name
                      if a.level_id in situation.levels else None,
                      label(Trend, a.trend), a.motivation]
                     for a in situation.detail.assessments] if situation else [])
        columns = [("Åtgärd", 44, None), ("Plan", 36, None), ("Ansvarig", 26, None),
                   ("Klart senast", 12, None), ("Status", 11, None)]
        for title, actions in (("Påbörjade åtgärder", report.new_actions),
                               ("Försenade åtgärder", report.overdue)):
            table_sheet(book, title, columns, [[a.title, a.plan_title, a.partner, a.due_on,
                                                label(ActionStatus, a.status)] for a in actions])
        table_sheet(book, "Möten", [("Datum", 11, None), ("Möte", 50, None), ("Serie", 30, None)],
                    [[m.meeting_date, m.title, m.series] for m in report.meetings])
        table_sheet(book, "Om rapporten", [("Uppgift", 22, None), ("Värde", 70, None)], [
            ["Rapport", report.title], ["Från", report.month.start], ["Till", report.month.end],
            ["Lägesbild", situation.detail.title if situation else None],
            ["Försenade räknade", report.as_of], ["Kommun", report.furniture.municipality]])
        book.properties.title = report.title
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)
