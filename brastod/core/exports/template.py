"""The partner report template ("Skapa rapportmall"): an instruction sheet and a report sheet
whose area and category columns are drop-down lists of the municipality's own values, so that a
filled-in template imports with no questions."""
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from brastod.core.db import Database
from brastod.core.exports.cells import DATE_FORMAT, HEADER_FILL, HEADER_FONT, put
from brastod.core.exports.files import write_atomically
from brastod.core.services import registers

REPORT_SHEET, LISTS_SHEET = "Rapport", "Listor"
ROWS = 1000          # rows prepared with drop-downs and formats
# (heading, width, what to write) — headings the importer recognises without a mapping.
COLUMNS = (
    ("Datum", 12, "Dagen det hände, t.ex. 2026-03-05."),
    ("Klockslag", 10, "Ungefärlig tid, t.ex. 21:30. Lämna tomt om den inte är känd."),
    ("Område", 20, "Välj i listan."),
    ("Plats", 28, "Adress eller plats, t.ex. Tvättstugan, Storgatan 12."),
    ("Kategori", 28, "Välj i listan."),
    ("Beskrivning", 60, "Vad hände? Beskriv platsen och situationen – aldrig namn, "
                        "personnummer, telefonnummer eller annat som pekar ut en person."),
    ("Antal", 8, "Hur många gånger, om samma sak hänt flera gånger. Tomt betyder 1."),
    ("Polisanmält", 12, "Ja eller Nej."),
)


def write_template(db: Database, path: Path, partner: str | None = None) -> None:
    municipality = registers.get_municipality(db).name
    areas = [area.name for area in registers.list_areas(db)]
    categories = [category.name for category in registers.list_categories(db)]

    def write(target: Path) -> None:
        book = Workbook()
        _instructions(book.active, municipality, partner)
        report = book.create_sheet(REPORT_SHEET)
        lists = book.create_sheet(LISTS_SHEET)
        lists.sheet_state = "hidden"
        for column, values in enumerate((areas, categories, ["Ja", "Nej"]), start=1):
            for row, value in enumerate(values, start=1):
                put(lists, row, column, value)
        for index, (heading, width, _) in enumerate(COLUMNS, start=1):
            header = put(report, 1, index, heading)
            header.font, header.fill = HEADER_FONT, HEADER_FILL
            report.column_dimensions[get_column_letter(index)].width = width
        report.freeze_panes = "A2"
        for row in range(2, ROWS + 2):
            put(report, row, 1, None, DATE_FORMAT)
            put(report, row, 2, None, "hh:mm")
        sheet = quote_sheetname(LISTS_SHEET)
        for column, list_column, count, what in ((3, "A", len(areas), "ett område"),
                                                 (5, "B", len(categories), "en kategori"),
                                                 (8, "C", 2, "Ja eller Nej")):
            _choices(report, column, f"{sheet}!${list_column}$1:${list_column}${max(count, 1)}",
                     what)
        dates = DataValidation(type="date", operator="greaterThan", formula1="36526",
                               showErrorMessage=True, errorTitle="Datum",
                               error="Skriv ett datum, t.ex. 2026-03-05.")
        dates.add(f"A2:A{ROWS + 1}")
        report.add_data_validation(dates)
        book.active = book.index(report)
        book.properties.creator = "Brastöd"
        book.properties.title = f"Rapportmall – {municipality}"
        book.save(target)
    write_atomically(path, write)


def _choices(sheet, column: int, source: str, what: str) -> None:
    letter = get_column_letter(column)
    validation = DataValidation(type="list", formula1=source, allow_blank=True,
                                showErrorMessage=True, errorTitle="Välj i listan",
                                error=f"Välj {what} i listan.")
    validation.add(f"{letter}2:{letter}{ROWS + 1}")
    sheet.add_data_validation(validation)


def _instructions(sheet, municipality: str, partner: str | None) -> None:
    sheet.title = "Instruktioner"
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    title = put(sheet, 1, 1, f"Rapportmall – trygghetsarbetet i {municipality}")
    title.font = Font(bold=True, size=14)
    lines = [
        ("Till", partner or "Samverkanspartner"),
        ("Skapad", date.today().isoformat()),
        ("", ""),
        ("Så gör du", "Skriv en rad per händelse på bladet Rapport och skicka filen till "
                      "trygghetssamordnaren. Ändra inte rubrikerna."),
        ("", "Samma fil kan skickas igen med nya rader nedanför de gamla – det som redan "
             "rapporterats räknas bara en gång."),
        ("Personuppgifter", "Rapporten handlar om platser och situationer, inte om personer. "
                            "Skriv aldrig namn, personnummer, telefonnummer eller e-post."),
        ("", ""),
    ]
    lines += [(heading, text) for heading, _, text in COLUMNS]
    for row, (heading, text) in enumerate(lines, start=3):
        put(sheet, row, 1, heading).font = Font(bold=True)
        put(sheet, row, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
