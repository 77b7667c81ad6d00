"""Turning a table into previewed rows: each with its parsed values, its status (ok, warning,
rejected) and, for problems, the sheet, row and column and what is wrong. Pure: no database."""
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from brastod.core.importing import screening
from brastod.core.importing.table import Table, column_letter
from brastod.core.importing.values import (
    is_empty, parse_count, parse_time, parse_when, parse_yes_no,
)

OK, WARNING, REJECTED = "ok", "warning", "rejected"
FREE_TEXT = ("description", "place", "assessment")


@dataclass
class Problem:
    column: str | None        # the column letter, None for the row as a whole
    message: str


@dataclass
class PreviewRow:
    sheet: str
    row: int
    occurred_on: date | None = None
    occurred_time: time | None = None
    ends_time: time | None = None
    category: str | None = None
    area: str | None = None
    place: str | None = None
    description: str | None = None
    count: int = 1
    police_reported: bool | None = None
    assessment: str | None = None
    findings: list[screening.Finding] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rejection: Problem | None = None

    @property
    def status(self) -> str:
        if self.rejection is not None:
            return REJECTED
        return WARNING if self.warnings or self.findings else OK


@dataclass
class Preview:
    file_name: str
    table: Table
    rows: list[PreviewRow]

    @property
    def accepted(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.rejection is None]


def _text(value: Any) -> str | None:
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


class _Once:
    """A parser that works out each distinct cell value once per file: partner files repeat
    their dates, times, counts, yes/no and categories on thousands of rows."""

    def __init__(self, parse):
        self._parse, self._cache = parse, {}

    def __call__(self, value):
        key = (type(value), value)
        if key not in self._cache:
            try:
                self._cache[key] = (self._parse(value), None)
            except ValueError as error:
                self._cache[key] = (None, str(error))
        result, error = self._cache[key]
        if error is not None:
            raise ValueError(error)
        return result


class _Parsers:
    def __init__(self, today: date):
        self.when = _Once(lambda value: parse_when(value, default_year=today.year))
        self.time = _Once(parse_time)
        self.count = _Once(parse_count)
        self.yes_no = _Once(parse_yes_no)
        self.text = _Once(_text)
        self.screen = _Once(screening.find)


def build_preview(file_name: str, table: Table, today: date) -> Preview:
    """Every data row of ``table`` parsed and judged; ``today`` decides what is in the future
    and which year a date without one belongs to."""
    letters = {name: column_letter(index) for name, index in table.columns.items()}
    parsers = _Parsers(today)
    return Preview(file_name, table, [_row(table, letters, parsers, number, cells, today)
                                      for number, cells in table.rows])


def _cell(table: Table, cells: list[Any], name: str) -> Any:
    index = table.columns.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def _row(table: Table, letter: dict[str, str], parse: _Parsers, number: int,
         cells: list[Any], today: date) -> PreviewRow:
    row = PreviewRow(table.sheet, number)
    for name in ("category", "area", "place", "description", "assessment"):
        setattr(row, name, parse.text(_cell(table, cells, name)))
    raw_date = _cell(table, cells, "date")
    try:
        when = parse.when(raw_date)
    except ValueError as error:
        row.rejection = Problem(letter["date"], f"{str(error).capitalize()}.")
        return row
    if when is None:
        row.rejection = Problem(letter["date"], "Datum saknas.")
        return row
    row.occurred_on, row.occurred_time = when
    if row.occurred_on > today + timedelta(days=1):
        row.rejection = Problem(letter["date"], f"Datumet {row.occurred_on} ligger i framtiden.")
        return row
    if row.occurred_on < today - timedelta(days=3650):
        row.warnings.append(Problem(letter["date"], f"Datumet {row.occurred_on} är mer än tio år "
                                                     "gammalt."))
    if not any((row.category, row.description, row.place, row.area)):
        row.rejection = Problem(None, "Raden har bara ett datum – inget om vad som hände eller "
                                      "var.")
        return row
    for name, target in (("time", "occurred_time"), ("end_time", "ends_time")):
        try:
            value = parse.time(_cell(table, cells, name))
        except ValueError as error:
            row.warnings.append(Problem(letter[name], f"{str(error).capitalize()}; tiden utelämnas."))
            continue
        if value is not None:
            setattr(row, target, value)
    try:
        row.count = parse.count(_cell(table, cells, "count"))
    except ValueError as error:
        row.warnings.append(Problem(letter["count"], f"{str(error).capitalize()}; räknas som 1."))
    try:
        row.police_reported = parse.yes_no(_cell(table, cells, "police_reported"))
    except ValueError as error:
        row.warnings.append(Problem(letter["police_reported"], f"{str(error).capitalize()}."))
    for name in FREE_TEXT:
        for finding in parse.screen(getattr(row, name)):
            row.findings.append(finding)
            row.warnings.append(Problem(letter.get(name), f"Innehåller troligen ett "
                                                           f"{finding.kind}."))
    return row
