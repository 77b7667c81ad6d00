"""Turning a table into previewed rows: each with its parsed values, its status (ok, warning,
rejected) and, for problems, the sheet, row and column and what is wrong. Pure: no database."""
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from brastod.core.importing import screening
from brastod.core.importing.table import Table, column_letter
from brastod.core.importing.values import (
    Unusable, is_empty, parse_count, parse_time, parse_when, parse_yes_no,
)

OK, WARNING, REJECTED = "ok", "warning", "rejected"
FREE_TEXT = ("description", "place", "assessment")
# Every text of a row that is stored: category and area names end up in the registers.
SCREENED = ("category", "area") + FREE_TEXT


@dataclass
class Problem:
    column: str | None        # the column letter, None for the row as a whole
    message: str


@dataclass(slots=True)
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


def cell_text(value: Any) -> str | None:
    """A cell as one line of text (whole numbers without .0), None when empty."""
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _parsed(values: list[Any], parse) -> list[tuple[Any, ValueError | None]]:
    """(value, error) for each cell of a column. Each distinct value is worked out once:
    partner files repeat their dates, times, counts and categories on thousands of rows."""
    results: dict[Any, tuple[Any, ValueError | None]] = {}
    for value in set(values):
        try:
            results[value] = (parse(value), None)
        except ValueError as error:
            results[value] = (None, error)
    return [results[value] for value in values]


def _reason(error: ValueError) -> str:
    return str(error).capitalize()


def _texts(values: list[Any]) -> list[str | None]:
    results = {value: cell_text(value) for value in set(values)}
    return [results[value] for value in values]


def build_preview(file_name: str, table: Table, today: date) -> Preview:
    """Every data row of ``table`` parsed and judged; ``today`` decides what is in the future
    and which year a date without one belongs to. Works column by column."""
    letter = {name: column_letter(index) for name, index in table.columns.items()}

    def column(name: str) -> list[Any]:
        index = table.columns.get(name)
        if index is None:
            return [None] * len(table.rows)
        return [cells[index] if index < len(cells) else None for _, cells in table.rows]

    texts = {name: _texts(column(name)) for name in ("category", "area") + FREE_TEXT}
    findings = {name: [hits for hits, _ in _parsed(texts[name], screening.find)]
                for name in SCREENED}
    whens = _parsed(column("date"), lambda value: parse_when(value, default_year=today.year))
    times = {name: _parsed(column(name), parse_time) for name in ("time", "end_time")}
    counts = _parsed(column("count"), parse_count)
    yes_no = _parsed(column("police_reported"), parse_yes_no)
    future, old = today + timedelta(days=1), today - timedelta(days=3650)
    rows = []
    for i, (number, _) in enumerate(table.rows):
        row = PreviewRow(table.sheet, number, category=texts["category"][i],
                         area=texts["area"][i], place=texts["place"][i],
                         description=texts["description"][i], assessment=texts["assessment"][i])
        rows.append(row)
        when, error = whens[i]
        if error is not None:
            row.rejection = Problem(letter["date"], f"{_reason(error)}.")
            continue
        if when is None:
            row.rejection = Problem(letter["date"], "Datum saknas.")
            continue
        row.occurred_on, row.occurred_time = when
        if row.occurred_on > future:
            row.rejection = Problem(letter["date"],
                                    f"Datumet {row.occurred_on} ligger i framtiden.")
            continue
        if not (row.category or row.description or row.place or row.area):
            row.rejection = Problem(None, "Raden har bara ett datum – inget om vad som hände "
                                          "eller var.")
            continue
        if row.occurred_on < old:
            row.warnings.append(Problem(letter["date"], f"Datumet {row.occurred_on} är mer än "
                                                         "tio år gammalt."))
        for name, target in (("time", "occurred_time"), ("end_time", "ends_time")):
            value, error = times[name][i]
            if error is not None:
                row.warnings.append(Problem(letter[name],
                                            f"{_reason(error)}; tiden utelämnas."))
            elif value is not None:
                setattr(row, target, value)
        value, error = counts[i]
        if isinstance(error, Unusable):
            row.rejection = Problem(letter["count"], f"{_reason(error)}.")
            continue
        if error is not None:
            row.warnings.append(Problem(letter["count"], f"{_reason(error)}; räknas som 1."))
        else:
            row.count = value
        value, error = yes_no[i]
        if error is not None:
            row.warnings.append(Problem(letter["police_reported"], f"{_reason(error)}."))
        row.police_reported = value
        for name in SCREENED:
            found = findings[name][i]
            row.findings.extend(found)
            if found:   # one remark per column: "… ett telefonnummer och ett personnummer."
                kinds = list(dict.fromkeys(
                    f"{'en' if finding.kind == screening.EMAIL else 'ett'} {finding.kind}"
                    for finding in found))
                listed = kinds[0] if len(kinds) == 1 else \
                    f"{', '.join(kinds[:-1])} och {kinds[-1]}"
                row.warnings.append(Problem(letter.get(name), f"Innehåller troligen {listed}."))
    return Preview(file_name, table, rows)
