"""Verksamhetsberättelser: the council's account of a year, or of part of one (a
delårsrapport), with the coordinator's own text in sections and figures from the database.
Like a lägesbild, a draft shows today's figures; adopting it freezes them, and an adopted report
never changes."""
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from brastod.core import report_rules
from brastod.core.dates import MONTHS, utc_now
from brastod.core.db import Database
from brastod.core.enums import ReportStatus
from brastod.core.errors import ValidationError
from brastod.core.models import AnnualReport, AnnualReportSection
from brastod.core.periods import YEAR, Period
from brastod.core.personal_data import PersonalDataHit, find_hits
from brastod.core.richtext import plain_text
from brastod.core.services.annual_figures import AnnualFigures, compute_annual_figures
from brastod.core.services.drafts import Drafts
from brastod.core.services.sections import SectionRow, Sections

STANDARD_SECTIONS = ["Sammanfattning", "Årets viktigaste händelser", "Utmaningar",
                     "Inriktning för nästa år"]
FROZEN = ("Verksamhetsberättelsen är fastställd och kan inte ändras. Skapa en ny om du vill "
          "skriva om den.")
# An account of more than a year would mix up "the year before"; the year before and after
# must be dates too (as for the månadsrapport).
FIRST_YEAR, LAST_YEAR = 1901, 9998
LONGEST = relativedelta(years=1)


@dataclass(frozen=True)
class AnnualReportRow:
    id: int
    title: str
    period_start: date
    period_end: date
    status: str
    adopted_on: date | None
    adopted_by: str | None
    version: int | None = None          # counted up by every change to the report's parts

    @property
    def interim(self) -> bool:
        return not is_whole_year(self.period_start, self.period_end)


@dataclass
class AnnualReportDetail:
    row: AnnualReportRow
    sections: list[SectionRow] = field(default_factory=list)

    @property
    def adopted(self) -> bool:
        return self.row.status == ReportStatus.ADOPTED

    @property
    def period(self) -> Period:
        return Period(self.row.period_start, self.row.period_end,
                      YEAR if not self.row.interim else "custom")


def is_whole_year(start: date, end: date) -> bool:
    return start == date(start.year, 1, 1) and end == date(start.year, 12, 31)


def default_title(start: date, end: date) -> str:
    """"Verksamhetsberättelse 2025"; part of a year: "Delårsrapport januari–augusti 2026"
    (whole months) or with the dates."""
    if is_whole_year(start, end):
        return f"Verksamhetsberättelse {start.year}"
    last_of_month = (end + relativedelta(days=1)).day == 1
    if start.day == 1 and last_of_month and start.year == end.year:
        months = MONTHS[start.month - 1] if start.month == end.month else \
            f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}"
        return f"Delårsrapport {months} {start.year}"
    return f"Delårsrapport {start:%Y-%m-%d} – {end:%Y-%m-%d}"


def check_period(start: date, end: date) -> None:
    if start.year < FIRST_YEAR or end.year > LAST_YEAR:
        raise ValidationError(f"Välj en period mellan år {FIRST_YEAR} och {LAST_YEAR} (året "
                              "före och efter räknas också).")
    if end < start:
        raise ValidationError(f"Perioden slutar ({end:%Y-%m-%d}) före den börjar "
                              f"({start:%Y-%m-%d}). Välj ett slutdatum efter startdatumet.")
    # A year from 29 February ends on 28 February, as one from 1 March ends on 29 February.
    year_later = start + LONGEST + relativedelta(days=1 if (start.month, start.day) == (2, 29)
                                                 else 0)
    if end >= year_later:
        raise ValidationError("En verksamhetsberättelse gäller högst ett år. Välj en kortare "
                              "period, eller ett kalenderår.")


def _row(report: AnnualReport) -> AnnualReportRow:
    return AnnualReportRow(report.id, report.title, report.period_start, report.period_end,
                           report.status, report.adopted_on, report.adopted_by, report.version)


_KIND = Drafts(AnnualReport, ("Verksamhetsberättelse", "Verksamhetsberättelsen"), FROZEN)
_report, _draft = _KIND.get, _KIND.draft
rename_annual_report, delete_annual_report = _KIND.rename, _KIND.delete


SECTIONS = Sections(AnnualReportSection, _draft)


def list_annual_reports(db: Database) -> list[AnnualReportRow]:
    with db.session() as session:
        return [_row(r) for r in session.execute(
            select(AnnualReport).order_by(AnnualReport.period_start.desc(),
                                          AnnualReport.id.desc())).scalars()]


def create_annual_report(db: Database, start: date, end: date, title: str | None = None) -> int:
    """A new draft for ``start``–``end`` with the standard sections."""
    check_period(start, end)
    now = utc_now()
    with db.session() as session:
        report = AnnualReport(title=" ".join((title or "").split()) or default_title(start, end),
                              period_start=start, period_end=end, created_at=now,
                              updated_at=now)
        session.add(report)
        session.flush()
        SECTIONS.add_standard(session, report.id, STANDARD_SECTIONS)
        return report.id


def find_annual_report(db: Database, start: date, end: date) -> int | None:
    """The report for exactly ``start``–``end``: the adopted one, else the newest draft."""
    with db.session() as session:
        found = session.execute(
            select(AnnualReport.id).where(AnnualReport.period_start == start,
                                          AnnualReport.period_end == end)
            .order_by((AnnualReport.status == ReportStatus.ADOPTED.value).desc(),
                      AnnualReport.id.desc())).first()
    return found and found[0]


def period_figures(db: Database, start: date, end: date, today: date) -> AnnualFigures:
    """The figures of a period no report is written for yet."""
    check_period(start, end)
    with db.session() as session:
        return compute_annual_figures(session, Period(start, end), today)


def get_annual_report(db: Database, report_id: int) -> AnnualReportDetail:
    with db.session() as session:
        report = _report(session, report_id)
        return AnnualReportDetail(_row(report), SECTIONS.rows(session, report_id))


def annual_figures(db: Database, report_id: int, today: date) -> AnnualFigures:
    """An adopted report's stored figures; a draft's computed now."""
    with db.session() as session:
        report = _report(session, report_id)
        if report.frozen_figures_json:
            return AnnualFigures.from_json(report.frozen_figures_json)
        return compute_annual_figures(session, Period(report.period_start, report.period_end),
                                      today)


def adopt_annual_report(db: Database, report_id: int, adopted_on: date, adopted_by: str,
                        meeting_id: int | None = None, version: int | None = None) -> None:
    """Fastställ: from now on the report shows the figures computed at this moment. With the
    ``version`` the user saw, a draft someone else changed since is not adopted."""
    adopted_by = report_rules.adopted_by(adopted_by)
    with db.session() as session:
        report = _KIND.to_adopt(session, report_id, version)
        figures = compute_annual_figures(
            session, Period(report.period_start, report.period_end), adopted_on)
        report.frozen_figures_json = figures.to_json()
        report.status = ReportStatus.ADOPTED.value
        report.adopted_on, report.adopted_by = adopted_on, adopted_by
        report.adopted_meeting_id = meeting_id


def personal_data_hits(detail: AnnualReportDetail) -> list[PersonalDataHit]:
    texts = [("Titel", detail.row.title)]
    texts += [(f"Avsnitt ”{s.title}”", f"{s.title}\n{plain_text(s.body)}")
              for s in detail.sections]
    return find_hits(texts)
