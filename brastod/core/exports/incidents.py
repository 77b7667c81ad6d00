"""The incidents of a period as an Excel workbook or a CSV file (Swedish Excel: `;`, UTF-8 with
BOM), for partners and for the coordinator's own pivot tables."""
import csv
from datetime import date, time
from pathlib import Path

from openpyxl import Workbook

from brastod.core.dates import WEEKDAYS
from brastod.core.db import Database
from brastod.core.errors import BrastodError
from brastod.core.exports.cells import DATE_FORMAT, TIME_FORMAT, csv_text, table_sheet
from brastod.core.exports.files import write_atomically
from brastod.core.services.incidents import IncidentFilter, IncidentRow, list_incidents

# (heading, value, width in characters, number format)
COLUMNS = (
    ("Datum", lambda r: r.occurred_on, 11, DATE_FORMAT),
    ("Tid", lambda r: r.occurred_time, 7, TIME_FORMAT),
    ("Veckodag", lambda r: WEEKDAYS[r.occurred_on.weekday()], 10, None),
    ("Område", lambda r: r.area, 16, None),
    ("Plats", lambda r: r.place, 22, None),
    ("Huvudkategori", lambda r: r.parent_category or r.category, 24, None),
    ("Kategori", lambda r: r.category, 24, None),
    ("Beskrivning", lambda r: r.description, 60, None),
    ("Antal", lambda r: r.count, 7, None),
    ("Rapporterad av", lambda r: r.partner, 26, None),
    ("Polisanmäld", lambda r: {True: "Ja", False: "Nej"}.get(r.police_reported), 11, None),
    ("Att granska", lambda r: "Ja" if r.needs_review else None, 11, None),
)


def incidents_between(db: Database, start: date, end: date) -> list[IncidentRow]:
    if end < start:
        raise BrastodError(f"Perioden är baklänges: {start} till {end}.")
    rows = list_incidents(db, IncidentFilter(start=start, end=end))
    rows.reverse()   # oldest first, as a table of a period reads
    return rows


def write_xlsx(rows: list[IncidentRow], path: Path, title: str) -> None:
    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        sheet_of_incidents(book, rows)
        book.properties.title = title
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)


def sheet_of_incidents(book: Workbook, rows: list[IncidentRow]) -> None:
    table_sheet(book, "Händelser", [(heading, width, number_format)
                                    for heading, _, width, number_format in COLUMNS],
                [[value(row) for _, value, _, _ in COLUMNS] for row in rows])


def write_csv(rows: list[IncidentRow], path: Path) -> None:
    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([heading for heading, *_ in COLUMNS])
            for row in rows:
                writer.writerow([_csv_value(value(row)) for _, value, _, _ in COLUMNS])
    write_atomically(path, write)


def _csv_value(value) -> object:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return csv_text(value)


def export_incidents(db: Database, start: date, end: date, *, xlsx: Path | None = None,
                     csv_path: Path | None = None) -> list:
    """Write the period's incidents to the given files; the rows written."""
    rows = incidents_between(db, start, end)
    if xlsx is not None:
        write_xlsx(rows, xlsx, f"Händelser {start} – {end}")
    if csv_path is not None:
        write_csv(rows, csv_path)
    return rows


def counted(rows: list) -> str:
    """ "64 rader med sammanlagt 85 händelser": a row may stand for several incidents (its
    Antal), and the lägesbild and ``brastod summary`` count incidents, so both are said."""
    total = sum(row.count for row in rows)
    if total == len(rows):
        return f"{len(rows)} händelser"
    return f"{len(rows)} rader med sammanlagt {total} händelser (kolumnen Antal)"
