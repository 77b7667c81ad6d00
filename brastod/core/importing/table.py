"""Finding the table in a workbook: the sheet with the data, its header row (below title rows,
as the second of two header rows, under merged group headings), the columns' meaning, and the
data rows without blank and summary rows."""
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any

from brastod.core.errors import ImportFailure
from brastod.core.importing.sheets import Sheet, Workbook
from brastod.core.importing.values import is_empty, parse_when
from brastod.core.text import normalize

# Field → the headings partners use for it (Swedish and common English), normalised.
HEADINGS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "händelsedatum", "datum för händelsen", "inträffade", "inträffat",
             "datum och tid", "datum tid", "date", "dag", "när", "tidpunkt", "när hände det"),
    "time": ("tid", "klockslag", "kl", "klockan", "tid på dygnet", "time", "starttid", "från",
             "från kl"),
    "end_time": ("sluttid", "till kl", "tid till", "till"),
    "category": ("kategori", "händelsetyp", "typ", "typ av händelse", "brottstyp", "händelse",
                 "category", "type", "incident type", "ärendetyp"),
    "description": ("beskrivning", "vad hände", "kommentar", "kommentarer", "anteckning",
                    "fritext", "notering", "övrigt", "description", "comment", "comments",
                    "händelsebeskrivning"),
    "place": ("plats", "adress", "objekt", "fastighet", "gatuadress", "var", "location",
              "place", "address", "plats adress"),
    "area": ("område", "stadsdel", "bostadsområde", "kommundel", "ort", "area", "district"),
    "count": ("antal", "antal händelser", "count", "number", "st"),
    "police_reported": ("polisanmält", "polisanmäld", "polisanmälan", "anmält till polis",
                        "anmäld till polisen", "polisanmälan gjord", "police report",
                        "reported to police"),
    "assessment": ("bedömning", "egen bedömning", "allvarlighet", "allvarlighetsgrad",
                   "assessment"),
}
# Field → what the mapping dialog calls it.
FIELD_LABELS = {"date": "Datum", "time": "Klockslag", "end_time": "Sluttid",
                "category": "Kategori", "description": "Beskrivning", "place": "Plats",
                "area": "Område", "count": "Antal", "police_reported": "Polisanmält",
                "assessment": "Bedömning"}
_LOOKUP = {normalize(text): name for name, texts in HEADINGS.items() for text in texts}
_SUMMARY_WORDS = ("totalt", "total", "summa", "sum", "summering", "antal totalt")
_SKIPPED_SHEETS = ("instruktion", "instruktioner", "anvisning", "anvisningar", "lathund",
                   "listor", "läs mig", "readme", "instructions")
HEADER_SEARCH_ROWS = 40
COUNTED = ("category", "area")


@dataclass
class Table:
    """The data rows of a sheet kept by column: a few lists of plain values rather than a list
    for each row (Python's cyclic collector walks each list: 50 000 rows' lists cost the import
    a tenth of a second more)."""
    sheet: str
    header_row: int                    # 1-based, as the user sees it in Excel
    headings: list[str]
    columns: dict[str, int]            # field → 0-based column index
    numbers: list[int] = field(repr=False)          # each data row's number (1-based)
    cells: list[list] = field(repr=False)           # by column index: each data row's cell
    skipped_summary_rows: int = 0
    # By column index, for the columns recognised when the table was found: its distinct
    # cells, collected as the columns were made; counted (the rows of each) for the category
    # and area columns, whose unknown values the import dialog lists with their rows.
    distinct: dict[int, set | Counter] = field(default_factory=dict, repr=False)

    def column_letter(self, field_name: str) -> str:
        return column_letter(self.columns[field_name])

    def column(self, index: int) -> Sequence:
        """Each data row's cell in column ``index`` (None beyond a row's last cell)."""
        return self.cells[index] if index < len(self.cells) else (None,) * len(self.numbers)


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def recognise(headings: list[str]) -> dict[str, int]:
    """Field → column for the headings that are known; the first column wins a field."""
    columns: dict[str, int] = {}
    for index, heading in enumerate(headings):
        key = normalize(heading)
        name = _LOOKUP.get(key)
        if name is None and key:
            # "Datum (ÅÅÅÅ-MM-DD)", "Plats/adress": the first words decide.
            name = _LOOKUP.get(key.split(" ")[0])
        if name is not None and name not in columns:
            columns[name] = index
    return columns


def _text(value: Any) -> str:
    return "" if is_empty(value) else str(value).strip()


def _candidates(rows: list[list[Any]]):
    """(row index, headings) for each row, alone and with blanks filled from the row above
    (a heading merged over two rows, or a group heading above the real ones)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [_text(value) for value in row]
        if sum(bool(cell) for cell in cells) < 2:
            continue
        yield index, cells
        if index > 0:
            above = [_text(value) for value in rows[index - 1]]
            merged = [cell or (above[i] if i < len(above) else "") for i, cell in enumerate(cells)]
            if merged != cells:
                yield index, merged


def _score(columns: dict[str, int]) -> int:
    return len(columns) + (3 if "date" in columns else 0)


def find_table(workbook: Workbook) -> Table:
    """The best table in the workbook; ImportFailure when no sheet has a date column."""
    best: tuple[int, Sheet, int, list[str], dict[str, int]] | None = None
    for sheet in workbook.sheets:
        if not sheet.visible or normalize(sheet.name) in _SKIPPED_SHEETS:
            continue
        for index, headings in _candidates(sheet.rows):
            columns = recognise(headings)
            score = _score(columns)
            if "date" in columns and (best is None or score > best[0]):
                best = (score, sheet, index, headings, columns)
    if best is None:
        raise ImportFailure(
            f"Filen {workbook.file_name}: ingen kolumn med datum hittades (sökte efter rubriker "
            "som Datum eller Händelsedatum i de första 40 raderna på varje blad). Lägg till en "
            "rubrik ”Datum” över datumkolumnen, eller ange kolumnerna i importens mappning.")
    _, sheet, header_index, headings, columns = best
    numbers, cells, distinct, summaries = _data_rows(
        sheet.rows[header_index + 1:], header_index + 2, len(headings), columns)
    return Table(sheet.name, header_index + 1, headings, columns, numbers, cells, summaries,
                 distinct)


# Rows become columns a few thousand at a time, and the distinct cells of each recognised
# column are collected from the part just made while its cells are still in the processor's
# cache. Over all 50 000 rows at once each pass found the cells evicted: the two passes took
# 49–59 ms there, 26–31 ms in parts (processor time, the benchmark's .ods and .xlsx).
_PART = 2048


def _by_column(rows: list[list[Any]], width: int, wanted: set[int],
               counted: set[int]) -> tuple[list[list], dict[int, set | Counter]]:
    """The first ``width`` cells of ``rows`` by column, and the distinct cells of the
    ``wanted`` columns, with their rows counted in the ``counted`` ones."""
    cells: list[list] = [[] for _ in range(width)]
    distinct = {index: Counter() if index in counted else set()
                for index in wanted if index < width}
    for start in range(0, len(rows), _PART):
        for index, part in zip(range(width), zip(*rows[start:start + _PART])):
            cells[index].extend(part)
            if index in distinct:
                distinct[index].update(part)
    return cells, distinct


def _data_rows(body: list[list[Any]], first_number: int, width: int, columns: dict[str, int]
               ) -> tuple[list[int], list[list], dict[int, set | Counter], int]:
    """The numbers of the data rows of ``body`` (the rows under the header), their cells by
    column (as many columns as the shortest row has: never fewer than the header) with the
    distinct cells of the first and the recognised columns, and the number of summary rows
    left out. A sheet's rows are all as wide (a CSV's need not be): then only the rows whose
    first cell is empty or a summary's word are looked at one by one."""
    wanted = set(columns.values()) | {0}
    counted = {columns[name] for name in COUNTED if name in columns}

    def by_column(rows: list[list[Any]], narrowest: int | None = None
                  ) -> tuple[list[list], dict[int, set | Counter]]:
        if narrowest is None:
            narrowest = min(map(len, rows), default=0)
        return _by_column(rows, narrowest, wanted, counted)
    numbers = range(first_number, first_number + len(body))
    narrowest = min(map(len, body), default=0)
    if not body or narrowest < width or width == 0:
        kept, rows, summaries = _each_data_row(numbers, body, width, columns)
        return (kept, *by_column(rows), summaries)
    cells, distinct = by_column(body, narrowest)
    doubtful = {value for value in distinct[0] if value is None or (
        isinstance(value, str) and (not value.strip() or _is_summary_word(value)))}
    if not doubtful:
        return list(numbers), cells, distinct, 0
    keep = [True] * len(body)
    summaries = 0
    for position in compress(range(len(body)), map(doubtful.__contains__, cells[0])):
        kind = _kind(body[position], columns)
        keep[position] = kind is None
        summaries += kind == "summary"
    return (list(compress(numbers, keep)), *by_column(list(compress(body, keep))), summaries)


def _each_data_row(numbers: range, body: list[list[Any]], width: int,
                   columns: dict[str, int]) -> tuple[list[int], list[list[Any]], int]:
    kept_numbers, rows, summaries = [], [], 0
    for number, row in zip(numbers, body):
        cells = row if len(row) >= width else list(row) + [None] * (width - len(row))
        kind = _kind(cells, columns)
        if kind is None:
            kept_numbers.append(number)
            rows.append(cells)
        summaries += kind == "summary"
    return kept_numbers, rows, summaries


def _kind(cells: list[Any], columns: dict[str, int]) -> str | None:
    """"blank", "summary" or None for a data row."""
    first = _first_filled(cells)
    if first is None:
        return "blank"
    # Only a text can be a summary's label ("Totalt"); a date or a number never is.
    if isinstance(first, str) and _is_summary_word(first) and not _has_date(cells, columns):
        return "summary"
    return None


def _first_filled(row: list[Any]) -> Any:
    """The first cell of ``row`` with something in it (not only spaces), None for a blank row."""
    for value in row:
        if value is None or value == "":
            continue
        if not isinstance(value, str) or value.strip():
            return value
    return None


@lru_cache(maxsize=4096)    # a partner's first column repeats its texts on every row
def _is_summary_word(text: str) -> bool:
    return normalize(text.strip()).startswith(_SUMMARY_WORDS)


def _has_date(cells: list[Any], columns: dict[str, int]) -> bool:
    try:
        return parse_when(cells[columns["date"]], default_year=2000) is not None
    except ValueError:
        return False
