"""Verksamhetsberättelse (or delårsrapport) as PDF, Word and Excel: the coordinator's sections,
with the figures of the period after "Årets viktigaste händelser" — meetings and attendance,
decisions and what became of them, lägesbilder adopted, the plans' follow-up, key figures
against the national level, partners' reporting per month, incidents per main category. The
content is described once (``blocks``) and printed both as PDF and as Word."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from brastod.core.dates import MONTHS
from brastod.core.db import Database
from brastod.core.enums import ActionStatus, Rag, ReportStatus
from brastod.core.exports import content, pdf, word
from brastod.core.exports.cells import table_sheet
from brastod.core.exports.content import Furniture, Heading, Run, Table, text
from brastod.core.exports.files import write_atomically
from brastod.core.labels import RAG_COLORS, label
from brastod.core.periods import describe
from brastod.core.personal_data import find_hits, refuse
from brastod.core.richtext import plain_text
from brastod.core.services import registers
from brastod.core.services.annual_figures import NO_COLOUR, AnnualFigures
from brastod.core.services.annual_reports import (
    AnnualReportDetail, AnnualReportRow, annual_figures, default_title, find_annual_report,
    get_annual_report, period_figures, personal_data_hits,
)
from brastod.core.services.figures import change_text

ADOPTED_COLOR, DRAFT_COLOR = "#2e7d32", "#8a6d00"
FIGURES_AFTER = "Årets viktigaste händelser"
COLOURS = [(Rag.GREEN.value, "Grön"), (Rag.YELLOW.value, "Gul"), (Rag.RED.value, "Röd"),
           (NO_COLOUR, "Ej bedömd")]


@dataclass
class _Report:
    detail: AnnualReportDetail
    figures: AnnualFigures
    furniture: Furniture

    @property
    def status(self) -> str:
        row = self.detail.row
        if self.detail.adopted:
            return f"Fastställd {row.adopted_on:%Y-%m-%d} av {row.adopted_by}"
        return "Utkast – siffrorna räknas om tills den fastställs"


def load(db: Database, report_id: int, printed: date,
         allow_personal_data: bool = False) -> _Report:
    """The report and its figures (frozen, or today's for a draft); stops at text like
    personal data unless the user has confirmed it."""
    detail = get_annual_report(db, report_id)
    municipality = registers.get_municipality(db)
    report = _Report(detail, annual_figures(db, report_id, printed),
                     Furniture(municipality.name, detail.row.title, printed, municipality.logo))
    if not allow_personal_data:
        refuse(_hits(report), "Verksamhetsberättelsen")
    return report


def load_period(db: Database, start: date, end: date, printed: date,
                allow_personal_data: bool = False) -> _Report:
    """The report written for exactly ``start``–``end`` (the adopted one first); for a period
    with none yet, the figures alone under the title a new one would get."""
    report_id = find_annual_report(db, start, end)
    if report_id is not None:
        return load(db, report_id, printed, allow_personal_data)
    municipality = registers.get_municipality(db)
    row = AnnualReportRow(0, default_title(start, end), start, end, ReportStatus.DRAFT.value,
                          None, None)
    return _Report(AnnualReportDetail(row), period_figures(db, start, end, printed),
                   Furniture(municipality.name, row.title, printed, municipality.logo))


def _hits(report: _Report):
    figures = report.figures
    texts = [(f"Beslut {d.meeting_date}", d.text) for d in figures.decisions]
    texts += [(f"Åtgärd ”{title}”", title) for plan in figures.plans
              for title, *_ in plan.overdue]
    texts += [(f"Mål ”{goal.description}”", goal.description) for plan in figures.plans
              for goal in plan.goals]
    return personal_data_hits(report.detail) + find_hits(texts)


def _number(value: float | None) -> str:
    """Swedish style: "1 264", "9 915,9"."""
    if value is None:
        return "–"
    decimals = 0 if float(value).is_integer() else 1
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")


def _share(present: int, called: int) -> str:
    return f"{round(present * 100 / called)} %" if called else "–"


def _month(key: str) -> str:
    return MONTHS[int(key[5:]) - 1][:3]


def blocks(report: _Report, title_page: bool = False) -> list:
    """The whole document; ``title_page`` adds the title and status as its first lines (the
    PDF has a cover page instead)."""
    detail = report.detail
    result: list = []
    if title_page:
        result += [Heading(detail.row.title), text(
            f"{report.furniture.municipality} · {describe(detail.period)} · ",
            Run(report.status, bold=True), small=True)]
    titles = [section.title for section in detail.sections]
    after = FIGURES_AFTER if FIGURES_AFTER in titles else (titles or [None])[-1]
    for section in detail.sections:
        if section.body.strip():
            result += [Heading(section.title), content.Markdown(section.body)]
        if section.title == after:
            result += figure_blocks(report.figures)
    if not detail.sections:
        result += figure_blocks(report.figures)
    return result


def figure_blocks(figures: AnnualFigures) -> list:
    return (_meetings(figures) + _decisions(figures) + _reports(figures) + _plans(figures)
            + _key_figures(figures) + _partners(figures) + _categories(figures))


def _meetings(figures: AnnualFigures) -> list:
    result: list = [Heading("Möten")]
    if not figures.meetings:
        return result + [text("Inga möten hölls under perioden.")]
    held = sum(len(body.dates) for body in figures.meetings)
    result.append(text(f"{held} möten hölls under perioden. Närvaron är andelen av de kallade "
                       "som var där (adjungerade räknas inte)."))
    for body in figures.meetings:
        dates = ", ".join(f"{day.day} {MONTHS[day.month - 1][:3]}" for day in body.dates)
        result += [Heading(f"{body.body}: {len(body.dates)} möten", 1),
                   text(Run("Datum: ", bold=True), dates)]
        if body.attendance:
            total = body.total
            result.append(Table(
                [["Organisation", "Kallade", "Närvarande", "Närvaro"]]
                + [[a.organisation, str(a.called), str(a.present), _share(a.present, a.called)]
                   for a in body.attendance]
                + [["Totalt", str(total.called), str(total.present),
                    _share(total.present, total.called)]],
                [94, 26, 28, 26], numeric=[1, 2, 3], total=True))
        else:
            result.append(text("Ingen närvaro är registrerad för dessa möten.", small=True))
    return result


def _decisions(figures: AnnualFigures) -> list:
    result: list = [Heading("Beslut och vad som blev av dem")]
    if not figures.decisions:
        return result + [text("Inga beslut fattades under perioden.")]
    done = sum(d.fate != "Öppet" for d in figures.decisions)
    result.append(text(f"{len(figures.decisions)} beslut, varav {done} genomförda eller gjorda "
                       "till åtgärder."))
    return result + [Table([["Datum", "Organ", "Beslut", "Vad som blev av det"]] + [
        [f"{d.meeting_date:%Y-%m-%d}", d.body, d.text, d.fate] for d in figures.decisions],
        [22, 30, 74, 48])]


def _reports(figures: AnnualFigures) -> list:
    result: list = [Heading("Fastställda lägesbilder")]
    if not figures.reports:
        return result + [text("Ingen lägesbild fastställdes under perioden.")]
    return result + [Table([["Lägesbild", "Period", "Fastställd", "Av"]] + [
        [r.title, r.period, f"{r.adopted_on:%Y-%m-%d}", r.adopted_by] for r in figures.reports],
        [70, 40, 24, 40])]


def _plans(figures: AnnualFigures) -> list:
    result: list = [Heading("Åtgärdsplaner och uppföljning")]
    if not figures.plans:
        return result + [text("Ingen beslutad plan gällde under perioden.")]
    for plan in figures.plans:
        statuses = ", ".join(f"{n} {label(ActionStatus, status).lower()}"
                             for status, n in plan.by_status.items()) or "inga åtgärder"
        result += [Heading(plan.title, 1), text(
            f"Åtgärder: {statuses}. Uppföljningar under perioden: {plan.follow_ups}. "
            f"Försenade {figures.as_of:%Y-%m-%d}: {len(plan.overdue)}.")]
        colours = [(name, plan.by_colour.get(key, 0), RAG_COLORS.get(key))
                   for key, name in COLOURS]
        result.append(Table(
            [[name for name, *_ in colours], [str(n) for _, n, _ in colours]],
            [30] * len(colours), numeric=range(len(colours)),
            fills={(1, column): colour for column, (_, n, colour) in enumerate(colours)
                   if colour and n}))
        if plan.overdue:
            result += [Heading("Försenade åtgärder", 1, bookmark=False), Table(
                [["Åtgärd", "Klart senast", "Ansvarig"]] + plan.overdue, [94, 26, 54])]
        if plan.goals:
            result += [Heading("Mål", 1, bookmark=False), Table(
                [["Mål", "Indikator", "Utgångsläge", "Senaste mätning", "Målvärde"]] + [
                    [g.description, g.indicator or "–", _number(g.baseline),
                     f"{_number(g.latest)} ({g.latest_year})" if g.latest is not None else "–",
                     _number(g.target)] for g in plan.goals],
                [56, 36, 26, 32, 24], numeric=[2, 3, 4])]
    return result


def _key_figures(figures: AnnualFigures) -> list:
    result: list = [Heading("Nyckeltal")]
    if not figures.key_figures:
        return result + [text("Inga nyckeltal är inlagda.")]
    years = sorted({year for line in figures.key_figures for year, _ in line.values})
    rows = [["Nyckeltal", *map(str, years), "Riket"]]
    for line in figures.key_figures:
        values = dict((year, value) for year, value in line.values)
        unit = "per 100 000 inv." if line.per_100k else line.unit
        national = (f"{_number(line.national[1])} ({line.national[0]})" if line.national
                    else "–")
        rows.append([f"{line.indicator} ({unit})", *[_number(values.get(y)) for y in years],
                     national])
    width = min(20, 90 / max(len(years), 1))
    result.append(Table(rows, [58, *[width] * len(years), 174 - 58 - width * len(years)],
                        numeric=range(1, len(years) + 2)))
    sources = [f"{line.indicator}, riket {line.national[0]}: {line.national[2]}."
               for line in figures.key_figures if line.national]
    if sources:
        result.append(text("Källor: " + " ".join(sources) + " De nationella siffrorna kan "
                           "ändras under Nyckeltal.", small=True))
    return result


def _partners(figures: AnnualFigures) -> list:
    result: list = [Heading("Partnernas rapportering")]
    if not figures.partners:
        return result + [text("Inga partner finns i registret.")]
    silent = [name for name, _, total in figures.partners if not total]
    result.append(text("Antal inskickade rapporter (importerade filer) per månad."
                       + (f" Ingen rapport från: {', '.join(silent)}." if silent else "")))
    months = len(figures.months)
    width = min(10, 120 / months)
    rows = [["Partner", *map(_month, figures.months), "Totalt"]]
    rows += [[name, *[str(n) if n else "·" for n in counts], str(total)]
             for name, counts, total in figures.partners]
    return result + [Table(rows, [174 - width * months - 14, *[width] * months, 14],
                           numeric=range(1, months + 2))]


def _categories(figures: AnnualFigures) -> list:
    result: list = [Heading("Händelser per huvudkategori")]
    if not figures.categories:
        return result + [text("Inga händelser under perioden eller samma period året före.")]
    total_now = sum(now for _, now, _ in figures.categories)
    total_before = sum(before for *_, before in figures.categories)
    rows = [["Kategori", "Perioden", "Året före", "Förändring"]]
    rows += [[name, str(now), str(before), change_text(now, before)]
             for name, now, before in figures.categories]
    rows.append(["Totalt", str(total_now), str(total_before),
                 change_text(total_now, total_before)])
    return result + [Table(rows, [94, 26, 26, 28], numeric=[1, 2, 3], total=True), text(
        "Året före: samma datum ett år tidigare. Vid små tal anges skillnaden i antal i "
        "stället för procent.", small=True)]


def export_annual_report(db: Database, report_id: int, *, pdf_path: Path | None = None,
                         docx: Path | None = None, xlsx: Path | None = None,
                         printed: date | None = None,
                         allow_personal_data: bool = False) -> _Report:
    """Write the files asked for; ``printed`` (today) decides what is overdue in a period
    still running."""
    report = load(db, report_id, printed or date.today(), allow_personal_data)
    return write_files(report, pdf_path, docx, xlsx)


def export_annual_period(db: Database, start: date, end: date, *, pdf_path: Path | None = None,
                         docx: Path | None = None, xlsx: Path | None = None,
                         printed: date | None = None,
                         allow_personal_data: bool = False) -> _Report:
    """As ``export_annual_report``, for the report of a period (see ``load_period``)."""
    report = load_period(db, start, end, printed or date.today(), allow_personal_data)
    return write_files(report, pdf_path, docx, xlsx)


def write_files(report: _Report, pdf_path: Path | None = None, docx: Path | None = None,
          xlsx: Path | None = None) -> _Report:
    if pdf_path is not None:
        color = ADOPTED_COLOR if report.detail.adopted else DRAFT_COLOR
        kind = "Delårsrapport" if report.detail.row.interim else "Verksamhetsberättelse"
        story = pdf.cover(report.furniture, report.detail.row.title,
                          [f"{kind} för det brottsförebyggande arbetet",
                           describe(report.detail.period)], report.status, color)
        pdf.build(Path(pdf_path), report.furniture, story + pdf.flowables(blocks(report)))
    if docx is not None:
        word.build(Path(docx), report.furniture, blocks(report, title_page=True))
    if xlsx is not None:
        write_xlsx(report, Path(xlsx))
    return report


def write_xlsx(report: _Report, path: Path) -> None:
    figures, row = report.figures, report.detail.row

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        table_sheet(book, "Text", [("Avsnitt", 28, None), ("Text", 100, None)],
                    [[s.title, plain_text(s.body)] for s in report.detail.sections])
        table_sheet(book, "Möten", [("Organ", 24, None), ("Datum", 11, None)],
                    [[body.body, day] for body in figures.meetings for day in body.dates])
        table_sheet(book, "Närvaro", [("Organ", 24, None), ("Organisation", 40, None),
                                      ("Kallade", 9, None), ("Närvarande", 11, None),
                                      ("Andel", 8, "0%")],
                    [[body.body, a.organisation, a.called, a.present, a.share]
                     for body in figures.meetings for a in body.attendance])
        table_sheet(book, "Beslut", [("Datum", 11, None), ("Organ", 24, None),
                                     ("Beslut", 70, None), ("Vad som blev av det", 44, None)],
                    [[d.meeting_date, d.body, d.text, d.fate] for d in figures.decisions])
        table_sheet(book, "Lägesbilder", [("Lägesbild", 44, None), ("Period", 24, None),
                                          ("Fastställd", 11, None), ("Av", 30, None)],
                    [[r.title, r.period, r.adopted_on, r.adopted_by] for r in figures.reports])
        table_sheet(book, "Planer", [("Plan", 50, None)]
                    + [(label(ActionStatus, s.value), 10, None) for s in ActionStatus]
                    + [(name, 9, None) for _, name in COLOURS]
                    + [("Uppföljningar", 13, None), ("Försenade", 10, None)],
                    [[p.title, *[p.by_status.get(s.value, 0) for s in ActionStatus],
                      *[p.by_colour.get(key, 0) for key, _ in COLOURS], p.follow_ups,
                      len(p.overdue)] for p in figures.plans])
        table_sheet(book, "Mål", [("Plan", 40, None), ("Mål", 50, None), ("Indikator", 28, None),
                                  ("Utgångsläge", 12, None), ("Senaste mätning", 15, None),
                                  ("År", 6, None), ("Målvärde", 10, None)],
                    [[p.title, g.description, g.indicator, g.baseline, g.latest, g.latest_year,
                      g.target] for p in figures.plans for g in p.goals])
        table_sheet(book, "Nyckeltal", [("Nyckeltal", 30, None), ("Enhet", 16, None),
                                        ("År", 6, None), ("Värde", 10, None)],
                    [[k.indicator, "per 100 000 inv." if k.per_100k else k.unit, year, value]
                     for k in figures.key_figures for year, value in k.values])
        table_sheet(book, "Riket", [("Nyckeltal", 30, None), ("År", 6, None),
                                    ("Värde", 10, None), ("Källa", 80, None)],
                    [[k.indicator, *k.national] for k in figures.key_figures if k.national])
        table_sheet(book, "Rapportering", [("Partner", 40, None)]
                    + [(key, 8, None) for key in figures.months] + [("Totalt", 8, None)],
                    [[name, *counts, total] for name, counts, total in figures.partners])
        table_sheet(book, "Kategorier", [("Kategori", 36, None), ("Perioden", 10, None),
                                         ("Året före", 10, None)], figures.categories)
        table_sheet(book, "Om rapporten", [("Uppgift", 22, None), ("Värde", 70, None)], [
            ["Rapport", row.title], ["Från", row.period_start], ["Till", row.period_end],
            ["Status", report.status], ["Försenade räknade", figures.as_of],
            ["Kommun", report.furniture.municipality]])
        book.properties.title = row.title
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)
