"""Writing text into cells that a spreadsheet will not run and that every client accepts: every
workbook the program writes puts its values through ``cell`` (write-only sheets) or ``put``
(ordinary sheets, such as the partner template's)."""
import re
from datetime import date, time
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold these control characters; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
DATE_FORMAT, TIME_FORMAT = "yyyy-mm-dd", "hh:mm"


def csv_text(value: Any) -> Any:
    """A CSV field that Excel will not take for a formula (OWASP: a leading apostrophe)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> WriteOnlyCell:
    """A write-only cell; text is always text, never a formula."""
    return _fill(WriteOnlyCell(sheet), value, number_format)


def put(sheet: Worksheet, row: int, column: int, value: Any,
        number_format: str | None = None) -> Cell:
    """The same into an ordinary worksheet, at ``row``, ``column``."""
    return _fill(sheet.cell(row=row, column=column), value, number_format)


# Excel holds at most this many characters in a cell and "repairs" a file with more.
CELL_MAX = 32_767


def _fill(target: Cell, value: Any, number_format: str | None) -> Cell:
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        if len(value) > CELL_MAX:
            value = value[:CELL_MAX - 13] + " … (avkortad)"
        target.value = value
        target.data_type = "s"      # "=SUMMA(…)" from a partner stays words
    else:
        target.value = value
    if number_format:
        target.number_format = number_format
    return target


def header_row(sheet: WriteOnlyWorksheet, titles: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        item = cell(sheet, title)       # headings can be area names
        item.font, item.fill = HEADER_FONT, HEADER_FILL
        item.alignment = Alignment(vertical="center")
        cells.append(item)
    return cells


def table_sheet(book, title: str, columns: list[tuple[str, int, str | None]], rows: list[list],
                date_format: str = DATE_FORMAT) -> None:
    """A sheet of ``rows`` under a styled header: (heading, width in characters, number format)
    per column; frozen header, filter, real dates (``date_format``) and times."""
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    sheet.append(header_row(sheet, [heading for heading, *_ in columns]))
    formats = [number_format for *_, number_format in columns]
    for row in rows:
        sheet.append([cell(sheet, value, formats[index] or _format(value, date_format))
                      for index, value in enumerate(row)])


def _format(value: Any, date_format: str) -> str | None:
    if isinstance(value, date):
        return date_format
    if isinstance(value, time):
        return TIME_FORMAT
    return None
