"""Writing text into cells that a spreadsheet will not run and that every client accepts."""
import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
    result = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        result.data_type = "s"      # "=SUMMA(…)" from a partner stays words
    if number_format:
        result.number_format = number_format
    return result


def header_row(sheet: WriteOnlyWorksheet, titles: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        item = WriteOnlyCell(sheet, value=title)
        item.font, item.fill = HEADER_FONT, HEADER_FILL
        item.alignment = Alignment(vertical="center")
        cells.append(item)
    return cells
