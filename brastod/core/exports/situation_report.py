"""A lägesbild as PDF (cover, sections with the figures where they belong, charts, sources) and
as an Excel workbook (matrix, comparison, the period's incidents, assessments, key figures)."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from brastod.core.dates import WEEKDAYS, long_date
from brastod.core.db import Database
from brastod.core.enums import ReportKind, ReportStatus, Trend
from brastod.core.exports import incidents as incident_export
from brastod.core.exports import content, pdf
from brastod.core.exports.cells import DATE_FORMAT, table_sheet
from brastod.core.exports.files import write_atomically
from brastod.core.labels import PALETTE, label
from brastod.core.personal_data import refuse
from brastod.core.periods import Period, describe
from brastod.core.services import registers
from brastod.core.services.figures import (
    TIME_BANDS, Matrix, ReportFigures, change_text, month_label,
)
from brastod.core.services.situation_reports import (
    AssessmentRow, LevelRow, ReportDetail, assessment_rows, get_report, list_levels,
    personal_data_hits, report_figures,
)

ADOPTED_COLOR, DRAFT_COLOR = "#2e7d32", "#8a6d00"
AREAS_PER_TABLE = 5
SERIES_IN_CHART = 6
CHART_MONTHS = 12


@dataclass
class _Report:
    detail: ReportDetail
    figures: ReportFigures
    levels: dict[int, LevelRow]
    municipality: registers.MunicipalityInfo
    # The areas assessed, and those not assessed whose survey figure is known, in the
    # register's order: the report's own table (feedback and the monthly report show only the
    # assessed ones, without the survey).
    areas: list[AssessmentRow]


def load(db: Database, report_id: int, allow_personal_data: bool) -> _Report:
    """The report, its figures and what its PDF needs; stops at text like personal data."""
    detail = get_report(db, report_id)
    if not allow_personal_data:
        refuse(personal_data_hits(detail), "Lägesbilden")
    assessed = {a.area_id for a in detail.assessments}
    areas = [a for a in assessment_rows(db, report_id) if a.area_id in assessed or a.survey]
    return _Report(detail, report_figures(db, report_id),
                   {level.id: level for level in list_levels(db)},
                   registers.get_municipality(db), areas)


def export_situation_report(db: Database, report_id: int, *, pdf: Path | None = None,
                            xlsx: Path | None = None, printed: date | None = None,
                            allow_personal_data: bool = False) -> None:
    """Write the files asked for. Refuses, naming what it found, when the text looks like it
    holds personal data, unless the user has confirmed it."""
    report = load(db, report_id, allow_personal_data)
    if pdf is not None:
        write_pdf(report, Path(pdf), printed or date.today())
    if xlsx is not None:
        rows = incident_export.incidents_between(db, report.figures.start, report.figures.end)
        write_xlsx(report, rows, Path(xlsx))


def _status(detail: ReportDetail) -> str:
    if detail.adopted:
        return f"Fastställd {detail.adopted_on:%Y-%m-%d} av {detail.adopted_by}"
    return "Utkast – inte fastställd"


# ---------------------------------------------------------------- PDF

def write_pdf(report: _Report, path: Path, printed: date) -> None:
    detail, figures = report.detail, report.figures
    furniture = pdf.Furniture(report.municipality.name, detail.title, printed,
                              report.municipality.logo)
    period = Period(figures.start, figures.end, detail.period.kind)
    story = pdf.cover(furniture, detail.title, [
        f"{label(ReportKind, detail.kind)} lägesbild", describe(period),
        f"Omfattning: {detail.scope_text}"],
        status=_status(detail), status_color=ADOPTED_COLOR if detail.adopted else DRAFT_COLOR)
    titles = [section.title for section in detail.sections]
    figures_after = "Kartläggning" if "Kartläggning" in titles else (titles or [None])[-1]
    assessments_after = ("Områdesbedömningar" if "Områdesbedömningar" in titles
                         else (titles or [None])[-1])
    for section in detail.sections:
        if section.body.strip():         # an empty heading says nothing, as in the pack
            story.append(pdf.Heading(section.title))
            story += pdf.rich_text(section.body)
        if section.title == figures_after:
            story += _figures_story(report)
        if section.title == assessments_after:
            story += _assessments_story(report)
    if not detail.sections:
        story += _figures_story(report) + _assessments_story(report)
    story += _sources_story(report)
    pdf.build(path, furniture, story)


def summary_story(report: _Report, reason: str) -> list:
    """The lägesbild in brief, for the meeting pack: what it covers and why it is the one in
    the pack (``reason``), its summary, the areas against the previous period, and the area
    assessments."""
    detail, figures = report.detail, report.figures
    period = Period(figures.start, figures.end, detail.period.kind)
    title = detail.title if detail.title.casefold().startswith("lägesbild") \
        else f"Lägesbild – {detail.title}"
    story: list = [pdf.Heading(title), pdf.text(
        f"{label(ReportKind, detail.kind)} lägesbild · {describe(period)} · "
        f"{detail.scope_text} · {_status(detail)}. Lägesbilden i handlingarna är {reason}.",
        pdf.styles().small)]
    summary = next((s for s in detail.sections if s.title == "Sammanfattning"),
                   detail.sections[0] if detail.sections else None)
    if summary is not None and summary.body.strip():
        story += [pdf.Heading(summary.title, 1)] + pdf.rich_text(summary.body)
    if figures.matrix.areas:
        story += [pdf.Heading("Händelser per område", 1), _comparison_table(report, "area")]
    return story + _assessments_story(report)


def _count_cell(now: int, before: int):
    change = change_text(now, before) if now or before else ""
    return Paragraph(f"<b>{now}</b><br/><font size='6.5' color='#5f6b76'>{change}</font>",
                     pdf.styles().cell_right)


def _figures_story(report: _Report) -> list:
    figures, matrix = report.figures, report.figures.matrix
    story: list = [pdf.Heading("Händelser per område och kategori", 1), pdf.text(
        f"Antal händelser {figures.start:%Y-%m-%d} – {figures.end:%Y-%m-%d}. Under varje tal: "
        f"förändringen mot föregående period ({figures.previous[0]:%Y-%m-%d} – "
        f"{figures.previous[1]:%Y-%m-%d}); vid små tal anges skillnaden i antal i stället för "
        "procent.", pdf.styles().small)]
    if not matrix.areas:
        return story + [pdf.text("Inga händelser under perioden.")]
    columns = [*matrix.areas, None]            # None: the total column
    for start in range(0, len(columns), AREAS_PER_TABLE):
        chunk = columns[start:start + AREAS_PER_TABLE]
        rows = [["Kategori"] + [a.name if a else "Totalt" for a in chunk]]
        for category in matrix.categories:
            row = [category.name]
            for area in chunk:
                now, before, _ = (matrix.cell(area.id, category.id) if area
                                  else matrix.column_total(category.id))
                row.append(_count_cell(now, before))
            rows.append(row)
        totals = ["Totalt"] + [_count_cell(*(matrix.row_total(a.id) if a
                                              else matrix.total())[:2]) for a in chunk]
        rows.append(totals)
        width = (pdf.TEXT_WIDTH - 48 * mm) / len(chunk)
        story += [pdf.table(rows, [48 * mm] + [width] * len(chunk),
                            numeric=range(1, len(chunk) + 1),
                            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf.INK)]),
                  Spacer(1, 4 * mm)]
    story += [pdf.Heading("Jämfört med tidigare", 1), _comparison_table(report, "area"),
              Spacer(1, 4 * mm), _comparison_table(report, "category")]
    story += _hotspots_and_times(report)
    story += _chart_story(report)
    story += _pinned_story(report)
    if report.detail.kind == ReportKind.STRATEGIC:   # yearly figures: not for an operational one
        story += _key_figures_story(report)
    return story


COMPARISON = ["Perioden", "Föregående period", "Förändring", "Ett år tidigare", "Förändring"]


def comparison_rows(report: _Report, by: str) -> list[list]:
    """Per area (``by`` "area") or main category: the period, the one before, a year earlier
    and the changes, then Totalt; the same rows in the PDF and in the workbooks."""
    return matrix_comparison_rows(report.figures.matrix, by)


def matrix_comparison_rows(matrix: Matrix, by: str) -> list[list]:
    """``comparison_rows`` for any matrix of figures (the månadsrapport's)."""
    headings = matrix.areas if by == "area" else matrix.categories
    total_of = matrix.row_total if by == "area" else matrix.column_total
    rows = [(heading.name, *total_of(heading.id)) for heading in headings]
    rows.append(("Totalt", *matrix.total()))
    return [[name, now, before, change_text(now, before), year_ago, change_text(now, year_ago)]
            for name, now, before, year_ago in rows]


def _comparison_table(report: _Report, by: str):
    rows = [["Område" if by == "area" else "Kategori", *COMPARISON]] + [
        [str(value) for value in row] for row in comparison_rows(report, by)]
    return pdf.table(rows, [58 * mm] + [23.2 * mm] * 5, numeric=range(1, 6),
                     extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf.INK)])


def _hotspots_and_times(report: _Report) -> list:
    figures = report.figures
    story: list = [pdf.Heading("Platser med flest händelser", 1)]
    if figures.hotspots:
        story.append(pdf.table([["Plats", "Område", "Antal"]] + [
            [h.place, h.area, str(h.count)] for h in figures.hotspots],
            [90 * mm, 60 * mm, 24 * mm], numeric=[2]))
    else:
        story.append(pdf.text("Inga platser angivna under perioden."))
    story.append(pdf.Heading("Veckodag och tid på dygnet", 1))
    bands = [band for index, band in enumerate(TIME_BANDS)
             if index < len(TIME_BANDS) - 1 or any(day[index] for day in figures.weekday_time)]
    rows = [["Veckodag", *[f"kl. {b}" if b[0].isdigit() else b for b in bands], "Totalt"]]
    for name, day in zip(WEEKDAYS, figures.weekday_time, strict=True):
        rows.append([name.capitalize(), *[str(n) for n in day[:len(bands)]], str(sum(day))])
    peak = max((n for day in figures.weekday_time for n in day[:len(bands)]), default=0)
    extra = [("BACKGROUND", (col + 1, row + 1), (col + 1, row + 1), "#fde2c4")
             for row, day in enumerate(figures.weekday_time)
             for col, n in enumerate(day[:len(bands)]) if peak and n >= peak * 0.75]
    width = (pdf.TEXT_WIDTH - 34 * mm) / (len(bands) + 1)
    story.append(pdf.table(rows, [34 * mm] + [width] * (len(bands) + 1),
                           numeric=range(1, len(bands) + 2), extra=extra))
    if peak:
        story.append(pdf.text("Markerat: de tider då flest händelser inträffade (minst tre "
                              "fjärdedelar av den största rutan).", pdf.styles().small))
    return story


def _chart_story(report: _Report) -> list:
    figures = report.figures
    months, series = figures.monthly(CHART_MONTHS)
    series = series[:SERIES_IN_CHART]
    story: list = [pdf.Heading("Utveckling per månad", 1)]
    if not series:
        return story + [pdf.text("Inga händelser under de senaste månaderna.")]
    drawing = Drawing(pdf.TEXT_WIDTH, 85 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 28, 92
    chart.width, chart.height = pdf.TEXT_WIDTH - 40, 85 * mm - 112
    chart.data = [s.counts for s in series]
    chart.categoryAxis.categoryNames = [month_label(m) for m in months]
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = pdf.RULE
    for index in range(len(series)):
        chart.lines[index].strokeColor = colors.HexColor(PALETTE[index])
        chart.lines[index].strokeWidth = 1.6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 28, 40
    legend.fontName, legend.fontSize = pdf.FONT, 7
    legend.columnMaximum, legend.dx, legend.dy = 2, 8, 6
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(PALETTE[i]), s.category)
                             for i, s in enumerate(series)]
    drawing.add(legend)
    drawing.add(String(0, 85 * mm - 12, "Antal händelser", fontName=pdf.FONT,
                       fontSize=7, fillColor=pdf.MUTED))
    story.append(drawing)
    if len(figures.series) > SERIES_IN_CHART:
        story.append(pdf.text(f"Diagrammet visar de {SERIES_IN_CHART} vanligaste "
                              "kategorierna; alla finns i Excel-filen.", pdf.styles().small))
    return story


def _pinned_story(report: _Report) -> list:
    pinned = report.detail.pinned
    if not pinned:
        return []
    rows = [["Datum", "Område", "Kategori", "Plats", "Vad hände"]]
    for p in pinned:
        when = f"{p.occurred_on:%Y-%m-%d}" + (f" {p.occurred_time:%H:%M}" if p.occurred_time
                                             else "")
        what = " – ".join(filter(None, (p.description, p.note)))
        rows.append([when, p.area or "", p.category or "", p.place or "", what])
    widths = [25 * mm, 24 * mm, 30 * mm, 30 * mm]
    return [pdf.Heading("Särskilda händelser", 1),
            pdf.table(rows, widths + [pdf.TEXT_WIDTH - sum(widths)])]


def _number(value: float | None, decimals: int = 0) -> str:
    """Swedish style: "1 264", "9 915,9"."""
    if value is None:
        return ""
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")


def _key_figures_story(report: _Report) -> list:
    figures = report.figures.key_figures
    story: list = [pdf.Heading("Nyckeltal", 1)]
    if not figures:
        return story + [pdf.text("Inga nyckeltal inlagda. Lägg in anmälda brott under "
                                 "Nyckeltal i lägesbilden och folkmängden från SCB.")]
    rows = [["Nyckeltal", "År", "Värde", "Befolkning", "Per 100 000 inv.", "Källa"]]
    for k in figures:
        decimals = 0 if float(k.value).is_integer() else 1
        rows.append([f"{k.indicator} ({k.unit})", str(k.year), _number(k.value, decimals),
                     _number(k.population), _number(k.per_100k, 1), k.source])
    return story + [pdf.table(rows, [48 * mm, 13 * mm, 20 * mm, 23 * mm,
                                     26 * mm, 44 * mm], numeric=range(1, 5)),
                    pdf.text("Per 100 000 invånare = värdet × 100 000 / befolkningen samma år.",
                             pdf.styles().small)]


def _assessments_story(report: _Report) -> list:
    return pdf.flowables(assessment_blocks(report.areas, report.levels, surveys=True))


def assessment_blocks(assessments: list, levels: dict[int, LevelRow],
                      counts: dict[int, str] | None = None, surveys: bool = False) -> list:
    """Bedömning per område: each area's level on its colour, trend and motivation, and the
    scale beneath; with ``counts`` (area id → what to show) a column of incidents too, with
    ``surveys`` the share of unsafe in the latest survey when any area has one."""
    blocks: list = [content.Heading("Bedömning per område", 1)]
    if not assessments:
        return blocks + [content.text("Ingen områdesbedömning gjord.")]
    surveys = surveys and any(a.survey for a in assessments)
    rows: list = [["Område", "Bedömning", "Trend",
                   *(["Händelser"] if counts is not None else []),
                   *(["Otrygghet (enkät)"] if surveys else []), "Motivering"]]
    fills = {}
    for index, a in enumerate(assessments, start=1):
        level = levels.get(a.level_id)
        rows.append([a.area, content.text(content.Run(level.name, bold=True)) if level else "–",
                     label(Trend, a.trend),
                     *([counts.get(a.area_id, "")] if counts is not None else []),
                     *([a.survey] if surveys else []), a.motivation])
        if level:
            fills[index, 1] = level.color
    widths = [34, 30, 14] + ([20] if counts is not None else []) + ([26] if surveys else [])
    scale = ", ".join(f"{lv.level} {lv.name} ({lv.color_name})" for lv in levels.values())
    notes = [content.text(f"Skala: {scale}.", small=True)]
    if surveys:
        notes.append(content.text("Otrygghet (enkät): andelen som känner sig otrygga i den "
                                  "senaste enkäten, med förändringen i procentenheter sedan "
                                  "enkäten före; under 5 svar visas inte.", small=True))
    return blocks + [content.Table(rows, widths + [174 - sum(widths)],
                                   numeric=[3] if counts is not None else (), fills=fills),
                     *notes]


def _sources_story(report: _Report) -> list:
    figures = report.figures
    story: list = [pdf.Heading("Källor")]
    lines = [f"{name}: {n} händelser under perioden" for name, n in figures.by_partner]
    if report.detail.kind == ReportKind.STRATEGIC:
        lines += sorted({f"{k.indicator}: {k.source}" for k in figures.key_figures})
    if not lines:
        lines = ["Inga källor under perioden."]
    story.append(pdf.rich_text("\n".join(f"- {line}" for line in lines))[0])
    when = (f"Siffrorna fastställdes {long_date(report.detail.adopted_on)} och ändras inte "
            "när händelser läggs till eller tas bort." if report.detail.adopted else
            "Siffrorna är beräknade vid utskriften; lägesbilden är ett utkast.")
    story.append(pdf.text(when, pdf.styles().small))
    return story


# ---------------------------------------------------------------- Excel

def write_xlsx(report: _Report, incidents: list, path: Path) -> None:
    detail, figures, matrix = report.detail, report.figures, report.figures.matrix

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        areas = matrix.areas
        table_sheet(book, "Matris", [("Kategori", 30, None)] + [
            (a.name, max(10, len(a.name) + 2), None) for a in areas] + [("Totalt", 10, None)],
            [[c.name, *[matrix.cell(a.id, c.id)[0] for a in areas],
              matrix.column_total(c.id)[0]] for c in matrix.categories]
            + [["Totalt", *[matrix.row_total(a.id)[0] for a in areas], matrix.total()[0]]])
        table_sheet(book, "Jämförelse", [
            ("Område", 22, None), ("Kategori", 30, None), ("Perioden", 11, None),
            ("Föregående period", 18, None), ("Förändring", 12, None),
            ("Ett år tidigare", 15, None), ("Förändring mot ett år tidigare", 28, None)],
            [[a.name, c.name, now, before, change_text(now, before), year_ago,
              change_text(now, year_ago)]
             for a in areas for c in matrix.categories
             for now, before, year_ago in [matrix.cell(a.id, c.id)] if now or before or year_ago])
        incident_export.sheet_of_incidents(book, incidents)
        table_sheet(book, "Bedömningar", [("Område", 22, None), ("Nivå", 8, None),
                                          ("Bedömning", 14, None), ("Trend", 8, None),
                                          ("Otrygghet (enkät)", 18, None),
                                          ("Motivering", 80, None)],
                    [[a.area, *_level(report, a.level_id),
                      label(Trend, a.trend), a.survey,
                      a.motivation] for a in report.areas])
        table_sheet(book, "Per månad", [("Kategori", 30, None)] + [
            (month_label(m), 10, None) for m in figures.months],
            [[s.category, *s.counts] for s in figures.series])
        table_sheet(book, "Nyckeltal", [("Nyckeltal", 30, None), ("Enhet", 10, None),
                                        ("År", 7, None), ("Värde", 10, None),
                                        ("Befolkning", 12, None),
                                        ("Per 100 000 inv.", 16, "0.0"), ("Källa", 34, None)],
                    [[k.indicator, k.unit, k.year, k.value, k.population, k.per_100k,
                      k.source] for k in figures.key_figures])
        table_sheet(book, "Om lägesbilden", [("Uppgift", 22, None), ("Värde", 70, None)], [
            ["Titel", detail.title], ["Typ", label(ReportKind, detail.kind)],
            ["Från", figures.start], ["Till", figures.end],
            ["Omfattning", detail.scope_text],
            ["Status", label(ReportStatus, detail.status)],
            ["Fastställd", detail.adopted_on], ["Fastställd av", detail.adopted_by or ""],
            ["Kommun", report.municipality.name]], date_format=DATE_FORMAT)
        book.properties.title = detail.title
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)


def _level(report: _Report, level_id: int | None) -> list:
    level = report.levels.get(level_id)
    return [level.level, level.name] if level else [None, None]
